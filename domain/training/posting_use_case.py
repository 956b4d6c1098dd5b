"""晋升公示 as a file: every ladder with its criteria, who is ready now and who is one criterion away, read once
and written by a writer port."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from domain.ports import UnitOfWork
from domain.training.careers import posting_lists
from domain.training.ladder import Readiness
from domain.training.model import LadderLevel

# (path, levels, ready, near, today) → the number of people listed
PostingWriter = Callable[[Path, list[LadderLevel], list[Readiness], list[Readiness], date], int]


def export_posting(uow: UnitOfWork, write: PostingWriter, path: Path, today: date) -> int:
    levels, ready, near = posting_lists(uow, today)
    return write(path, levels, ready, near, today)
