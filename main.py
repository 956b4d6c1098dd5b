"""客服主管工作台 — start the window, or run a headless subcommand (demo, import, export, check)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED = 60, 36, 7


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="客服主管工作台 Supervisor's Desk")
    parser.add_argument("--db", type=Path, help="database file (default: in the user data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language")
    parser.add_argument("--demo", action="store_true", help="open the demo database, creating it if needed")
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="write demo data into a new database")
    demo.add_argument("--db", type=Path, required=True, dest="sub_db")
    demo.add_argument("--agents", type=int, default=DEMO_HEADCOUNT, help="headcount to keep")
    demo.add_argument("--months", type=int, default=DEMO_MONTHS, help="months of history")
    demo.add_argument("--seed", type=int, default=DEMO_SEED)

    imp = sub.add_parser("import", help="import a file")
    imp_sub = imp.add_subparsers(dest="what", required=True)
    roster = imp_sub.add_parser("roster", help="roster from .xlsx or .csv")
    roster.add_argument("file", type=Path)
    roster.add_argument("--db", type=Path, required=True, dest="sub_db")
    roster.add_argument("--dry-run", action="store_true")

    exp = sub.add_parser("export", help="export a file")
    exp_sub = exp.add_subparsers(dest="what", required=True)
    roster_out = exp_sub.add_parser("roster", help="roster to .xlsx")
    roster_out.add_argument("--db", type=Path, required=True, dest="sub_db")
    roster_out.add_argument("--out", type=Path, required=True)

    check = sub.add_parser("check", help="integrity, foreign keys and schema version")
    check.add_argument("--db", type=Path, required=True, dest="sub_db")
    return parser


def run_cli(args: argparse.Namespace) -> int:
    from cli import roster
    from cli.common import OpenFailed, fail, start_core

    start_core(args.lang or "zh_CN")
    try:
        if args.command == "demo":
            return roster.run_demo(args.sub_db, args.agents, args.months, args.seed)
        if args.command == "import" and args.what == "roster":
            return roster.run_import_roster(args.sub_db, args.file, args.dry_run)
        if args.command == "export" and args.what == "roster":
            return roster.run_export_roster(args.sub_db, args.out)
        if args.command == "check":
            return roster.run_check(args.sub_db)
    except OpenFailed as exc:
        return fail(exc.message, exc.code)
    return fail(f"unknown command {args.command}")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return run_cli(args)
    from ui.app import run_gui

    return run_gui(args.db, args.lang, args.demo)


if __name__ == "__main__":
    sys.exit(main())
