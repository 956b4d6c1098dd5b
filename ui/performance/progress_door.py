"""The door's variant for a change that reports progress (a month rescored, the HQ report built): the use case
gets a unit of work and `report(done, total)`; `progress` runs on the UI thread. Same rules as ui/door.py —
answers for a closed owner are dropped, the notice goes out once the change landed. It belongs in ui/door.py as
`Door.change_with_progress`; it lives here until the lead moves it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

from ui.door import Touched, show_failure

if TYPE_CHECKING:
    from domain.ports import UnitOfWork
    from ui.context import AppContext

T = TypeVar("T")
Report = Callable[[int, int], None]


def change_with_progress(ctx: AppContext, use_case: Callable[[UnitOfWork, Report], T],
                         progress: Callable[[int, int], None], done: Callable[[T], None], touches: Touched | None,
                         failed: Callable[[BaseException, str], None] | None = None,
                         owner: QObject | None = None) -> None:
    """`touches=None` for work that changes nothing a page shows (an export only adds to the activity log)."""
    opens = ctx.db.uow  # the door's own factory; the unit of work is opened on the worker

    def alive() -> bool:
        return owner is None or isValid(owner)

    def landed(result: Any) -> None:
        try:
            if alive():
                done(result)
        finally:
            if touches is not None:
                ctx.door.changed.emit(touches)

    ctx.runner.run_with_progress(lambda report: use_case(opens(), report),
                                 lambda d, t: progress(d, t) if alive() else None, landed,
                                 lambda exc, trace: (failed or show_failure)(exc, trace) if alive() else None)
