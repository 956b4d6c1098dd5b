"""import kpi: a month of platform figures, previewed, then landed whole (or nothing)."""

from __future__ import annotations

from argparse import Namespace
from datetime import date, datetime

from cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, fail, open_db, say, tr
from cli.roster import print_errors, refuse_rows, row_error_text, unreadable
from domain.performance.importing import MonthAlreadyImported, NeedsConfirmation, UnknownAgentsInFile
from domain.performance.kpi_import_use_case import commit_kpi_import, preview_kpi_import
from domain.performance.months import parse_month
from domain.roster.importing import ImportRejected
from persistence.file_ports import FilePorts
from persistence.tabular import UnreadableFile
from shared.messages import describe

MAX_ODD = 50


def run_import_kpi(args: Namespace) -> int:
    db_path, file, dry_run = args.sub_db, args.file, args.dry_run
    try:
        month = parse_month(args.month) if args.month else None
    except ValueError:
        return fail(tr("Month must look like 2026-03: %1").replace("%1", args.month))
    db = open_db(db_path, writer=not dry_run)  # a dry run only reads: no need to queue
    ports = FilePorts(db)
    try:
        try:
            preview = preview_kpi_import(ports.uows, ports.kpi_reader, file, month, today=date.today(),
                                         sheet=getattr(args, "sheet", None))
        except (UnreadableFile, OSError) as exc:  # a missing file is "not found", not "in use"
            return unreadable(exc, file)
        if preview.errors:
            return refuse_rows(file, preview, tr("Sheets that look like KPIs: %1. Choose one with --sheet NAME."))
        plan = preview.plan
        say(tr("Sheet %1, header on row %2.").replace("%1", preview.file.sheet)
            .replace("%2", str(preview.file.header_row)))
        for stay in plan.out_of_tenure:
            say(tr("Not employed in %1: row %2, %3 %4").replace("%1", plan.month or "").replace("%2", str(stay.row))
                .replace("%3", stay.agent.employee_no).replace("%4", stay.agent.name))
        for odd in plan.implausible[:MAX_ODD]:
            say(tr("Implausible: %1").replace("%1", row_error_text(file, odd)))
        if len(plan.implausible) > MAX_ODD:
            say(tr("… and %1 more problems.").replace("%1", str(len(plan.implausible) - MAX_ODD)))
        say(tr("Month %1: %2 agents' figures, %3 unknown employee numbers.").replace("%1", plan.month or "")
            .replace("%2", str(len(plan.lines))).replace("%3", str(len(plan.unknown))))
        for unknown in plan.unknown:
            say(tr("Not in the roster: row %1, %2 %3").replace("%1", str(unknown.row))
                .replace("%2", unknown.employee_no).replace("%3", unknown.name))
        if plan.existing:
            say(tr("%1 already holds %2 agents' figures; importing replaces them.").replace("%1", plan.month or "")
                .replace("%2", str(plan.existing)))
        if dry_run:
            say(tr("Dry run: nothing was written."))
            return EXIT_OK
        try:
            count = commit_kpi_import(ports.uows, ports.backup, preview, date.today(), datetime.now(),
                                      replace_month=args.replace, skip_unknown=args.skip_unknown,
                                      accept_out_of_tenure=getattr(args, "accept_out_of_tenure", False),
                                      accept_implausible=getattr(args, "accept_implausible", False))
        except NeedsConfirmation as exc:
            if exc.out_of_tenure:
                say(tr("%1 rows are for agents not employed in that month; check them, then pass "
                       "--accept-out-of-tenure.").replace("%1", str(len(exc.out_of_tenure))))
            if exc.implausible:
                say(tr("%1 figures are implausible; check them, then pass --accept-implausible.")
                    .replace("%1", str(len(exc.implausible))))
            return fail(tr("Nothing was imported."), EXIT_REFUSED)
        except UnknownAgentsInFile:
            return fail(tr("Some employee numbers are not in the roster; add them first or pass --skip-unknown. "
                           "Nothing was imported."), EXIT_REFUSED)
        except MonthAlreadyImported as exc:
            return fail(tr("%1 was already imported; pass --replace to replace it. Nothing was imported.")
                        .replace("%1", exc.month), EXIT_REFUSED)
        except ImportRejected as exc:
            print_errors(file, exc.errors)
            return fail(describe("import_rejected"), EXIT_BAD_INPUT)
        say(tr("Imported %1 agents' figures for %2 from sheet %3 and scored them.").replace("%1", str(count))
            .replace("%2", plan.month or "").replace("%3", preview.file.sheet))
        return EXIT_OK
    finally:
        db.close()


def run_export_publish(args: Namespace) -> int:
    """export publish --month YYYY-MM --db FILE --out OUT.xlsx: the 公示 workbook, as the page writes it."""
    from domain.performance.publication import NothingToPublish, publication
    from shared.performance_publish_text import PublishText

    try:
        month = parse_month(args.month)
    except ValueError:
        return fail(tr("Month must look like 2026-03: %1").replace("%1", args.month))
    db = open_db(args.sub_db)
    try:
        try:
            found = publication(db.uow(), month, date.today())
        except NothingToPublish:
            return fail(tr("No scores for %1: import that month's KPIs first.").replace("%1", month),
                        EXIT_REFUSED)
        PublishText().write(found, args.out)
    finally:
        db.close()
    say(tr("公示 for %1 written to %2 (%3 agents).").replace("%1", month).replace("%2", str(args.out))
        .replace("%3", str(len(found.grades))))
    return EXIT_OK
