"""客服主管工作台 — start the window, or run a headless subcommand (demo, import, export, check).

Subcommands name their handler as "module:function" so that starting the window imports none of them.
An area adds its subcommand in `build_parser` and its handler in cli/<area>.py.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED = 60, 36, 7


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, required=True, dest="sub_db", help="database file")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="客服主管工作台 Supervisor's Desk")
    parser.add_argument("--db", type=Path, help="database file (default: in the user data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    parser.add_argument("--demo", action="store_true", help="open the demo database, creating it if needed")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="write demo data into a new database")
    _db(demo)
    demo.add_argument("--agents", type=int, default=DEMO_HEADCOUNT, help="headcount to keep")
    demo.add_argument("--months", type=int, default=DEMO_MONTHS, help="months of history")
    demo.add_argument("--seed", type=int, default=DEMO_SEED)
    demo.set_defaults(handler="cli.roster:run_demo")

    check = sub.add_parser("check", help="integrity, foreign keys and schema version")
    _db(check)
    check.set_defaults(handler="cli.roster:run_check")

    backup = sub.add_parser("backup", help="back up the database (SQLite backup API, checked copy)")
    _db(backup)
    backup.add_argument("--to", type=Path, help="folder for this copy (default: the backup folder)")
    backup.add_argument("--list", action="store_true", help="list the backups with their record counts")
    backup.set_defaults(handler="cli.backup:run_backup")

    restore = sub.add_parser("restore", help="restore a backup into the database (the current state is kept)")
    restore.add_argument("backup", type=Path, help="backup file")
    _db(restore)
    restore.set_defaults(handler="cli.backup:run_restore")

    imports = sub.add_parser("import", help="import a file").add_subparsers(dest="what", required=True)
    roster_in = imports.add_parser("roster", help="roster from .xlsx or .csv")
    roster_in.add_argument("file", type=Path)
    _db(roster_in)
    roster_in.add_argument("--dry-run", action="store_true")
    roster_in.add_argument("--sheet", help="the sheet to read (needed when several look like a roster, or hidden)")
    roster_in.add_argument("--value", action="append", default=[], metavar="列:原词=取值",
                           help="what a word in the file means, e.g. 岗位:客服专员=热线 (remembered)")
    roster_in.set_defaults(handler="cli.roster:run_import_roster")
    kpi_in = imports.add_parser("kpi", help="monthly KPIs from the platform's .xlsx or .csv")
    kpi_in.add_argument("file", type=Path)
    _db(kpi_in)
    kpi_in.add_argument("--month", help="the month the figures are for, YYYY-MM (else read from the file)")
    kpi_in.add_argument("--dry-run", action="store_true")
    kpi_in.add_argument("--replace", action="store_true", help="replace a month already imported")
    kpi_in.add_argument("--skip-unknown", action="store_true", help="skip rows whose 工号 is not in the roster")
    kpi_in.add_argument("--sheet", help="the sheet to read (needed when several look like KPIs, or hidden)")
    kpi_in.add_argument("--accept-out-of-tenure", action="store_true",
                        help="import rows of agents who had left before the month or were hired after it")
    kpi_in.add_argument("--accept-implausible", action="store_true",
                        help="import figures listed as implausible (negative, over 100 %%, over 4 h, …)")
    kpi_in.set_defaults(handler="cli.performance:run_import_kpi")

    exports = sub.add_parser("export", help="export a file").add_subparsers(dest="what", required=True)
    roster_out = exports.add_parser("roster", help="roster to .xlsx")
    _db(roster_out)
    roster_out.add_argument("--out", type=Path, required=True)
    roster_out.set_defaults(handler="cli.roster:run_export_roster")
    report_out = exports.add_parser("report", help="the monthly report for HQ (.xlsx)")
    report_out.add_argument("--month", required=True, help="YYYY-MM")
    _db(report_out)
    report_out.add_argument("--out", type=Path, required=True)
    report_out.add_argument("--sections", help="comma-separated section keys (default: all)")
    report_out.set_defaults(handler="cli.reports:run_export_report")
    allowance_out = exports.add_parser("allowance", help="the monthly mentor allowance statement (.xlsx)")
    allowance_out.add_argument("--month", required=True, help="YYYY-MM")
    _db(allowance_out)
    allowance_out.add_argument("--out", type=Path, required=True)
    allowance_out.set_defaults(handler="cli.mentoring:run_export_allowance")
    return parser


def run_cli(args: argparse.Namespace) -> int:
    from cli.common import OpenFailed, fail, start_core

    start_core(args.lang or "zh_CN")
    module, function = args.handler.split(":")
    try:
        return int(getattr(importlib.import_module(module), function)(args))
    except OpenFailed as exc:
        return fail(exc.message, exc.code)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return run_cli(args)
    from ui.app import run_gui

    return run_gui(args.db, args.lang, args.demo)


if __name__ == "__main__":
    sys.exit(main())
