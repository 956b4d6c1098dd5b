"""demo, import roster, export roster, check."""

from __future__ import annotations

from argparse import Namespace
from datetime import date, datetime
from pathlib import Path
from typing import Any

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
from domain.roster.export_use_case import export_roster
from domain.roster.import_use_case import commit_roster_import, preview_roster_import, remember_values
from domain.roster.importing import ImportRejected, RowError
from persistence.cells import header_core
from persistence.file_ports import FilePorts, roster_writer
from persistence.health import check_database, check_server
from persistence.locations import is_url, shown
from persistence.migrate import NotOurDatabase
from persistence.roster.import_reader import CHOICE_FIELDS, MATCHER, RosterFile
from persistence.roster.vocabulary import value_by_meaning, zh
from persistence.tabular import UnreadableFile
from shared.error_sentences import sentence
from shared.messages import describe


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


MAX_LISTED = 50  # errors printed; the rest are counted (a broken 200,000-row file prints one screen)


def print_errors(path: Path, errors: list[RowError], more: int = 0) -> None:
    for error in errors[:MAX_LISTED]:
        print(row_error_text(path, error), flush=True)
    rest = len(errors) - MAX_LISTED + more if len(errors) > MAX_LISTED else more
    if rest > 0:
        print(tr("… and %1 more problems.").replace("%1", str(rest)), flush=True)


def unreadable(exc: Exception, file: Path) -> int:
    """A file that could not be read: its OS cause ("not found", "in use") as exit 4, else what is wrong in it."""
    if isinstance(exc, OSError) or isinstance(exc.__cause__, OSError):
        return fail(sentence(exc, file), EXIT_FILE)
    return fail(tr("file %1").replace("%1", str(file)) + ": " + sentence(exc, file), EXIT_BAD_INPUT)


def refuse_rows(file: Path, preview: Any, sheets_hint: str) -> int:
    """Every row fault listed (capped), the candidate sheets named when the choice was the problem."""
    print_errors(file, preview.errors, preview.more_errors)
    if preview.file.sheet_choices:
        say(sheets_hint.replace("%1", "、".join(preview.file.sheet_choices)))
    return fail(tr("%1 problems; nothing was imported.").replace("%1", str(len(preview.errors) + preview.more_errors)))


def parse_value_choices(texts: list[str]) -> dict[str, dict[str, str]]:
    """--value 岗位:客服专员=热线 → {"role": {"客服专员": "hotline"}}; ValueError naming the bad one."""
    choices: dict[str, dict[str, str]] = {}
    for text in texts:
        column, sep, rest = text.partition(":")
        word, eq, meaning = rest.partition("=")
        name = column.strip() if column.strip() in CHOICE_FIELDS else MATCHER.field(column)
        if not (sep and eq and word.strip()) or name not in CHOICE_FIELDS:
            raise ValueError(text)
        member = value_by_meaning(CHOICE_FIELDS[name], meaning.strip())
        if member is None:
            raise ValueError(text)
        choices.setdefault(name, {})[word.strip()] = member.value
    return choices


def print_pending(rf: RosterFile) -> None:
    for choice in rf.pending:
        column = next((h for h, f in rf.mapping.items() if f == choice.field), choice.field)
        options = "/".join(zh(m) for m in CHOICE_FIELDS[choice.field])
        rows = ", ".join(map(str, choice.rows[:5])) + ("…" if len(choice.rows) > 5 else "")
        print(tr("Column %1: what does \"%2\" mean (rows %3)? Say it with --value %4:%2=<%5>")
              .replace("%1", column).replace("%2", choice.text).replace("%3", rows)
              .replace("%4", header_core(column) or column).replace("%5", options), flush=True)


def run_demo(args: Namespace) -> int:
    db_path, agents, months, seed = args.sub_db, args.agents, args.months, args.seed
    db = open_db(db_path, create=True, writer=True)
    try:
        summary = build_demo(db.uow(), agents, months, seed, date.today())
    except DatabaseNotEmpty:
        return fail(tr("%1 already holds data; demo data goes into a new file.").replace("%1", shown(db_path)),
                    EXIT_REFUSED)
    finally:
        db.close()
    say(tr("Demo data written to %1: %2 agents, %3 active.").replace("%1", shown(db_path))
        .replace("%2", str(summary.agents)).replace("%3", str(summary.active)))
    return EXIT_OK


def run_import_roster(args: Namespace) -> int:
    db_path, file, dry_run = args.sub_db, args.file, args.dry_run
    try:
        values = parse_value_choices(getattr(args, "value", []) or [])
    except ValueError as exc:
        return fail(tr("--value must look like 岗位:客服专员=热线: %1").replace("%1", str(exc)))
    db = open_db(db_path, writer=not dry_run)  # a dry run only reads: no need to queue
    ports = FilePorts(db)
    try:
        try:
            preview = preview_roster_import(ports.uows, ports.roster_reader, file, date.today(), values=values,
                                            sheet=getattr(args, "sheet", None))
        except (UnreadableFile, OSError) as exc:  # a missing file is "not found", not "in use"
            return unreadable(exc, file)
        if preview.errors:
            return refuse_rows(file, preview, tr("Sheets that look like a roster: %1. Choose one with --sheet NAME."))
        if preview.file.pending:
            print_pending(preview.file)
            return fail(tr("Some words in the file mean none of the known values; nothing was imported."),
                        EXIT_REFUSED)
        plan = preview.plan
        say(tr("Sheet %1, header on row %2.").replace("%1", preview.file.sheet)
            .replace("%2", str(preview.file.header_row)))
        say(tr("%1 new, %2 changed, %3 unchanged.").replace("%1", str(len(plan.new)))
            .replace("%2", str(len(plan.changed))).replace("%3", str(len(plan.unchanged))))
        if dry_run:
            say(tr("Dry run: nothing was written."))
            return EXIT_OK
        if not (plan.new or plan.changed):
            say(tr("Nothing to import: the roster already says all this (sheet %1).")
                .replace("%1", preview.file.sheet))
            return EXIT_OK
        try:
            commit_roster_import(ports.uows, ports.backup, preview, date.today(), datetime.now())
        except ImportRejected as exc:
            print_errors(file, exc.errors)
            return fail(describe("import_rejected"))
        if values:
            remember_values(db.uow(), values)
        say(tr("Imported from sheet %1.").replace("%1", preview.file.sheet))
        return EXIT_OK
    finally:
        db.close()


def run_export_roster(args: Namespace) -> int:
    db_path, out = args.sub_db, args.out
    db = open_db(db_path)
    try:
        count = export_roster(db.uow(), roster_writer(), out, date.today(), datetime.now())
    finally:
        db.close()
    say(tr("%1 agents written to %2.").replace("%1", str(count)).replace("%2", str(out)))
    return EXIT_OK


def run_check(args: Namespace) -> int:
    from shared.safety_words import schema_sentence

    db_path = args.sub_db
    if is_url(db_path):
        db_path = shown(args.sub_db)
    elif not db_path.is_file():
        return fail(missing_database_text(db_path), EXIT_BAD_INPUT)
    try:
        report = check_server(args.sub_db) if is_url(args.sub_db) else check_database(db_path)
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
