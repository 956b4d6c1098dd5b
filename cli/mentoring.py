"""export allowance --month YYYY-MM --db FILE --out OUT.xlsx: the 辅导补贴 statement for HQ."""

from __future__ import annotations

import re
from argparse import Namespace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from cli.common import EXIT_BAD_INPUT, EXIT_OK, fail, open_db, say
from domain.mentoring.services import export_allowance_statement
from persistence.file_ports import allowance_writer
from shared.mentoring_words import CLI_WORDS

MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def words(key: str) -> str:
    return QCoreApplication.translate("MentoringCli", CLI_WORDS[key])


def run_export_allowance(args: Namespace) -> int:
    found = MONTH.match(args.month.strip())
    if not found or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 2000:
        return fail(words("bad_month").replace("%1", args.month), EXIT_BAD_INPUT)
    year, month = int(found.group(1)), int(found.group(2))
    db = open_db(args.sub_db)
    try:
        write = allowance_writer(args.out, datetime.now())
        statement = export_allowance_statement(db.uow(), write, str(args.out), year, month)
    finally:
        db.close()
    say(words("written").replace("%1", f"{year}-{month:02d}").replace("%2", str(args.out))
        .replace("%3", str(len(statement.lines))).replace("%4", f"{statement.total:,.2f}"))
    return EXIT_OK
