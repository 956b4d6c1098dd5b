"""Care records as a file for the supervisor's own use: they hold sensitive details in plain text, so the export
needs the unlocked key, and every export is written to the access log (what, where, how many — no details)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from domain.care import services
from domain.care.crypto import CareKey
from domain.care.model import CareRow
from domain.ports import UnitOfWork

CareWriter = Callable[[Path, list[CareRow], datetime], int]  # (path, unlocked rows, now) → rows written


def export_care(uow: UnitOfWork, key: CareKey | None, write: CareWriter, path: Path, now: datetime,
                record_ids: set[int] | None = None) -> int:
    """`record_ids`: only those rows (what the page shows after filtering); None for all. One transaction: the
    rows written and the access-log line that records their export (what, where, how many) land together."""
    with uow:
        rows = [r for r in services.rows_within(uow, key) if record_ids is None or r.header.id in record_ids]
        count = write(path, rows, now)
        uow.log.record("care_export", Path(path).name, count, True)  # the file's name, never a care detail
        uow.commit()
    return count
