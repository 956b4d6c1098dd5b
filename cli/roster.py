"""demo, import roster, export roster, check."""

from __future__ import annotations

from argparse import Namespace
from datetime import date, datetime
from pathlib import Path

from cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FILE,
    EXIT_OK,
    EXIT_REFUSED,
    fail,
    missing_database_text,
    open_db,
    say,
    tr,
)
from domain.demo import DatabaseNotEmpty, build_demo
from domain.roster.importing import ImportRejected, RowError
from persistence.health import check_database
from persistence.migrate import NotOurDatabase
from persistence.roster.excel_export import export_roster
from persistence.roster.importer import commit_roster_import, preview_roster_import
from persistence.tabular import UnreadableFile
from ui.error_sentences import sentence
from ui.messages import describe


def row_error_text(path: Path, error: RowError) -> str:
    where = [tr("file %1").replace("%1", str(path))]
    if error.sheet:
        where.append(tr("sheet %1").replace("%1", error.sheet))
    if error.row:
        where.append(tr("row %1").replace("%1", str(error.row)))
    if error.column:
        where.append(tr("column %1").replace("%1", error.column))
    value = f" ({error.value})" if error.value else ""
    return ", ".join(where) + ": " + describe(error.code) + value


def run_demo(args: Namespace) -> int:
    db_path, agents, months, seed = args.sub_db, args.agents, args.months, args.seed
    db = open_db(db_path, create=True, writer=True)
    try:
        summary = build_demo(db.uow(), agents, months, seed, date.today())
    except DatabaseNotEmpty:
        return fail(tr("%1 already holds data; demo data goes into a new file.").replace("%1", str(db_path)),
                    EXIT_REFUSED)
    finally:
        db.close()
    say(tr("Demo data written to %1: %2 agents, %3 active.").replace("%1", str(db_path))
        .replace("%2", str(summary.agents)).replace("%3", str(summary.active)))
    return EXIT_OK


def run_import_roster(args: Namespace) -> int:
    db_path, file, dry_run = args.sub_db, args.file, args.dry_run
    db = open_db(db_path, writer=not dry_run)  # a dry run only reads: no need to queue
    try:
        try:
            preview = preview_roster_import(db, file, date.today())
        except (UnreadableFile, OSError) as exc:  # a missing file is "not found", not "in use"
            if isinstance(exc, OSError) or isinstance(exc.__cause__, OSError):
                return fail(sentence(exc, file), EXIT_FILE)
            return fail(tr("file %1").replace("%1", str(file)) + ": " + sentence(exc, file), EXIT_BAD_INPUT)
        if preview.errors:
            for error in preview.errors:
                print(row_error_text(file, error), flush=True)
            return fail(tr("%1 problems; nothing was imported.").replace("%1", str(len(preview.errors))))
        plan = preview.plan
        say(tr("%1 new, %2 changed, %3 unchanged.").replace("%1", str(len(plan.new)))
            .replace("%2", str(len(plan.changed))).replace("%3", str(len(plan.unchanged))))
        if dry_run:
            say(tr("Dry run: nothing was written."))
            return EXIT_OK
        try:
            commit_roster_import(db, preview, date.today(), datetime.now())
        except ImportRejected as exc:
            for error in exc.errors:
                print(row_error_text(file, error), flush=True)
            return fail(describe("import_rejected"))
        say(tr("Imported."))
        return EXIT_OK
    finally:
        db.close()


def run_export_roster(args: Namespace) -> int:
    db_path, out = args.sub_db, args.out
    db = open_db(db_path)
    try:
        count = export_roster(db.uow(), out, date.today(), datetime.now())
    finally:
        db.close()
    say(tr("%1 agents written to %2.").replace("%1", str(count)).replace("%2", str(out)))
    return EXIT_OK


def run_check(args: Namespace) -> int:
    from ui.safety.words import schema_sentence

    db_path = args.sub_db
    if not db_path.is_file():
        return fail(missing_database_text(db_path), EXIT_BAD_INPUT)
    try:
        report = check_database(db_path)
    except NotOurDatabase:
        return fail(tr("%1 is not a Supervisor's Desk database; it was left untouched.")
                    .replace("%1", str(db_path)), EXIT_REFUSED)
    say(tr("Integrity: %1").replace("%1", "; ".join(report.integrity[:10])))
    say(tr("Foreign key problems: %1").replace("%1", str(report.foreign_key_problems)))
    say(tr("Schema version: %1 (this app: %2)").replace("%1", str(report.revision)).replace("%2", report.head))
    for difference in report.schema[:20]:
        say(schema_sentence(difference))
    if report.ok:
        say(tr("The database is healthy."))
        return EXIT_OK
    return fail(tr("The database has problems; restore a backup or contact support."), 1)
