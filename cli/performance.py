"""import kpi: a month of platform figures, previewed, then landed whole (or nothing)."""

from __future__ import annotations

from argparse import Namespace
from datetime import date, datetime

from cli.common import EXIT_BAD_INPUT, EXIT_FILE, EXIT_OK, EXIT_REFUSED, fail, open_db, say, tr
from cli.roster import row_error_text
from domain.performance.importing import MonthAlreadyImported, UnknownAgentsInFile
from domain.performance.months import parse_month
from domain.roster.importing import ImportRejected
from persistence.performance.importer import commit_kpi_import, preview_kpi_import
from persistence.tabular import UnreadableFile
from ui.error_sentences import sentence
from ui.messages import describe


def run_import_kpi(args: Namespace) -> int:
    import ui.performance  # noqa: F401  (registers the performance error words)

    db_path, file, dry_run = args.sub_db, args.file, args.dry_run
    try:
        month = parse_month(args.month) if args.month else None
    except ValueError:
        return fail(tr("Month must look like 2026-03: %1").replace("%1", args.month))
    db = open_db(db_path, writer=not dry_run)  # a dry run only reads: no need to queue
    try:
        try:
            preview = preview_kpi_import(db, file, month)
        except (UnreadableFile, OSError) as exc:  # a missing file is "not found", not "in use"
            if isinstance(exc, OSError) or isinstance(exc.__cause__, OSError):
                return fail(sentence(exc, file), EXIT_FILE)
            return fail(tr("file %1").replace("%1", str(file)) + ": " + sentence(exc, file), EXIT_BAD_INPUT)
        if preview.errors:
            for error in preview.errors:
                print(row_error_text(file, error), flush=True)
            return fail(tr("%1 problems; nothing was imported.").replace("%1", str(len(preview.errors))))
        plan = preview.plan
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
            count = commit_kpi_import(db, preview, date.today(), datetime.now(), replace_month=args.replace,
                                      skip_unknown=args.skip_unknown)
        except UnknownAgentsInFile:
            return fail(tr("Some employee numbers are not in the roster; add them first or pass --skip-unknown. "
                           "Nothing was imported."), EXIT_REFUSED)
        except MonthAlreadyImported as exc:
            return fail(tr("%1 was already imported; pass --replace to replace it. Nothing was imported.")
                        .replace("%1", exc.month), EXIT_REFUSED)
        except ImportRejected as exc:
            for error in exc.errors:
                print(row_error_text(file, error), flush=True)
            return fail(describe("import_rejected"), EXIT_BAD_INPUT)
        say(tr("Imported %1 agents' figures for %2 and scored them.").replace("%1", str(count))
            .replace("%2", plan.month or ""))
        return EXIT_OK
    finally:
        db.close()
