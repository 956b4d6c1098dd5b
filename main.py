"""客服主管工作台 — start the window, or run a headless subcommand (demo, import, export, check).

Subcommands name their handler as "module:function" so that starting the window imports none of them.
An area adds its subcommand in `build_parser` and its handler in cli/<area>.py. Every help text goes
through tr() (cli/language.py; lupdate reads this file into core_zh_CN.ts under the empty context).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __name__ != "__mp_main__":
    # A file-reading child (persistence/sandboxed_read.py, multiprocessing's "spawn") runs this module again under
    # that name before its own work, and needs nothing of the command line: skipping these spares each child
    # PySide6.QtCore and the parser's words (~80 ms of CPU per file read).
    from cli.language import DeskArgumentParser, language_in, tr, use_language
    from domain.demo_size import DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED
    from persistence.locations import location

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_REFUSED, EXIT_FILE, EXIT_UNEXPECTED, EXIT_BUSY = 0, 1, 2, 3, 4, 5, 6


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=location, required=True, dest="sub_db", metavar=tr("FILE|URL"),
                        help=tr("database file, or a shared PostgreSQL database: postgresql+psycopg://user@host/name"))


def exit_codes() -> str:
    return "\n".join([
        tr("Exit codes:"),
        tr("  0  done"),
        tr("  1  check: the database has problems"),
        tr("  2  bad input: wrong arguments, or a file with errors (nothing was imported)"),
        tr("  3  refused: not our database, made by a newer version, already open, or already holds data"),
        tr("  4  a file could not be read or written (not found, no permission, open in Excel, disk full)"),
        tr("  5  unexpected problem (details in the log)"),
        tr("  6  busy: the window or another command is writing to this database; nothing was changed, try again"),
    ])


def build_parser() -> argparse.ArgumentParser:
    parser = DeskArgumentParser(prog="main.py", description=tr("Supervisor's Desk: without a command, opens the "
                                                                "window."),
                                epilog=exit_codes(), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=location, metavar=tr("FILE|URL"),
                        help=tr("database file (default: in the user data folder), or a shared PostgreSQL "
                                "database: postgresql+psycopg://user@host/name"))
    parser.add_argument("--lang", choices=("zh_CN", "en"),
                        help=tr("interface language (default: Chinese; the window remembers the choice in Settings)"))
    parser.add_argument("--demo", action="store_true", help=tr("open the demo database, creating it if needed"))
    sub = parser.add_subparsers(dest="command", title=tr("commands"), metavar=tr("COMMAND"))

    def add(parent, name: str, help_text: str):  # type: ignore[no-untyped-def]
        return parent.add_parser(name, help=help_text, description=help_text, epilog=exit_codes(),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)

    demo = add(sub, "demo", tr("write demo data into a new database"))
    _db(demo)
    demo.add_argument("--agents", type=int, default=DEMO_HEADCOUNT, metavar=tr("N"), help=tr("headcount to keep"))
    demo.add_argument("--months", type=int, default=DEMO_MONTHS, metavar=tr("N"), help=tr("months of history"))
    demo.add_argument("--seed", type=int, default=DEMO_SEED, metavar=tr("N"),
                      help=tr("random seed (the same seed gives the same data)"))
    demo.set_defaults(handler="cli.roster:run_demo")

    check = add(sub, "check", tr("integrity, foreign keys and schema version"))
    _db(check)
    check.set_defaults(handler="cli.roster:run_check")

    backup = add(sub, "backup", tr("back up the database (SQLite backup API, checked copy)"))
    _db(backup)
    backup.add_argument("--to", type=Path, metavar=tr("FOLDER"),
                        help=tr("folder for this copy (default: the backup folder)"))
    backup.add_argument("--list", action="store_true", help=tr("list the backups with their record counts"))
    backup.set_defaults(handler="cli.backup:run_backup")

    restore = add(sub, "restore", tr("restore a backup into the database (the current state is kept)"))
    restore.add_argument("backup", type=Path, metavar=tr("BACKUP"), help=tr("backup file"))
    _db(restore)
    restore.add_argument("--yes-overwrite-shared", action="store_true",
                         help=tr("restore over a shared (PostgreSQL) database, replacing what everyone wrote since"))
    restore.set_defaults(handler="cli.backup:run_restore")

    teams = add(sub, "teams", tr("which supervisor each team belongs to, on a shared database"))
    _db(teams)
    teams.add_argument("--owner", action="append", default=[], metavar=tr("TEAM=LOGIN"),
                       help=tr("give a team to a supervisor (login name); TEAM= gives it back to nobody"))
    teams.add_argument("--manager", action="append", metavar=tr("LOGIN"),
                       help=tr("a centre manager, who sees every team (repeat it; replaces the list)"))
    teams.set_defaults(handler="cli.teams:run_teams")

    imports = add(sub, "import", tr("import a file")).add_subparsers(
        dest="what", required=True, title=tr("what to import"), metavar=tr("WHAT"))
    roster_in = add(imports, "roster", tr("roster from .xlsx or .csv"))
    roster_in.add_argument("file", type=Path, metavar=tr("FILE"), help=tr("the file to import"))
    _db(roster_in)
    roster_in.add_argument("--dry-run", action="store_true", help=tr("check and preview only; write nothing"))
    roster_in.add_argument("--sheet", metavar=tr("SHEET"),
                           help=tr("the sheet to read (needed when several look like a roster, or hidden)"))
    roster_in.add_argument("--value", action="append", default=[], metavar=tr("COLUMN:WORD=MEANING"),
                           help=tr("what a word in the file means, e.g. 岗位:客服专员=热线 (remembered)"))
    roster_in.set_defaults(handler="cli.roster:run_import_roster")
    kpi_in = add(imports, "kpi", tr("monthly KPIs from the platform's .xlsx or .csv"))
    kpi_in.add_argument("file", type=Path, metavar=tr("FILE"), help=tr("the file to import"))
    _db(kpi_in)
    kpi_in.add_argument("--month", metavar=tr("YYYY-MM"),
                        help=tr("the month the figures are for, YYYY-MM (else read from the file)"))
    kpi_in.add_argument("--dry-run", action="store_true", help=tr("check and preview only; write nothing"))
    kpi_in.add_argument("--replace", action="store_true", help=tr("replace a month already imported"))
    kpi_in.add_argument("--skip-unknown", action="store_true",
                        help=tr("skip rows whose employee no. is not in the roster"))
    kpi_in.add_argument("--sheet", metavar=tr("SHEET"),
                        help=tr("the sheet to read (needed when several look like KPIs, or hidden)"))
    kpi_in.add_argument("--accept-out-of-tenure", action="store_true",
                        help=tr("import rows of agents who had left before the month or were hired after it"))
    kpi_in.add_argument("--accept-implausible", action="store_true",
                        help=tr("import figures listed as implausible (negative, over 100 %%, over 4 h, …)"))
    kpi_in.set_defaults(handler="cli.performance:run_import_kpi")

    exports = add(sub, "export", tr("export a file")).add_subparsers(
        dest="what", required=True, title=tr("what to export"), metavar=tr("WHAT"))
    roster_out = add(exports, "roster", tr("roster to .xlsx"))
    _db(roster_out)
    roster_out.add_argument("--out", type=Path, required=True, metavar=tr("FILE"), help=tr("the .xlsx file to write"))
    roster_out.set_defaults(handler="cli.roster:run_export_roster")
    report_out = add(exports, "report", tr("the monthly report for HQ (.xlsx)"))
    report_out.add_argument("--month", required=True, metavar=tr("YYYY-MM"), help=tr("the month to report on"))
    _db(report_out)
    report_out.add_argument("--out", type=Path, required=True, metavar=tr("FILE"), help=tr("the .xlsx file to write"))
    report_out.add_argument("--sections", metavar=tr("KEYS"), help=tr("comma-separated section keys (default: all)"))
    report_out.set_defaults(handler="cli.reports:run_export_report")
    allowance_out = add(exports, "allowance", tr("the monthly mentor allowance statement (.xlsx)"))
    allowance_out.add_argument("--month", required=True, metavar=tr("YYYY-MM"), help=tr("the month of the statement"))
    _db(allowance_out)
    allowance_out.add_argument("--out", type=Path, required=True, metavar=tr("FILE"),
                               help=tr("the .xlsx file to write"))
    allowance_out.set_defaults(handler="cli.mentoring:run_export_allowance")
    publish_out = add(exports, "publish", tr("the team's 公示 workbook: schemes, grades, what the next band needs"))
    publish_out.add_argument("--month", required=True, metavar=tr("YYYY-MM"), help=tr("the month to publish"))
    _db(publish_out)
    publish_out.add_argument("--out", type=Path, required=True, metavar=tr("FILE"),
                             help=tr("the .xlsx file to write"))
    publish_out.set_defaults(handler="cli.performance:run_export_publish")
    return parser


def run_cli(args: argparse.Namespace) -> int:
    from cli.common import run_handler, start_core

    start_core(args.lang or "zh_CN")
    return run_handler(args.handler, args)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    use_language(language_in(argv))
    args = build_parser().parse_args(argv)
    if args.command:
        return run_cli(args)
    from ui.app import run_gui

    return run_gui(args.db, args.lang, args.demo)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        # Import files are parsed in a spawned child (persistence/sandboxed_read.py); in the installable folder the
        # child is this same executable, which must recognise that it was started as one and only run the child.
        # (Only there: unfrozen, freeze_support does nothing, and its imports were ~10 ms before the window.)
        multiprocessing.freeze_support()
    sys.exit(main())
