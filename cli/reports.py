"""export report --month YYYY-MM --db FILE --out OUT.xlsx [--sections a,b]"""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime

from cli.common import EXIT_BAD_INPUT, EXIT_OK, fail, open_db, say, tr
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from persistence.file_ports import hq_report, report_sections


def section_keys() -> list[str]:
    return [key for key, _sheet in report_sections()]


def run_export_report(args: Namespace) -> int:
    try:
        month = Month.parse(args.month)
    except ValueError:
        return fail(tr("Month must look like 2026-10: %1").replace("%1", args.month))
    keys = section_keys() if not args.sections else [k.strip() for k in args.sections.split(",") if k.strip()]
    unknown = set(keys) - set(section_keys())
    if unknown:
        return fail(tr("Unknown sections: %1 (known: %2)").replace("%1", ", ".join(sorted(unknown)))
                    .replace("%2", ", ".join(section_keys())), EXIT_BAD_INPUT)
    db = open_db(args.sub_db)
    try:
        sheets = export_report(db.uow, hq_report(), month, args.out, keys, datetime.now())
    finally:
        db.close()
    say(tr("Report for %1 written to %2 (%3 sheets).").replace("%1", str(month)).replace("%2", str(args.out))
        .replace("%3", str(len(sheets))))
    return EXIT_OK
