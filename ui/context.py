"""What every page is given: the open database, the clock, the undo stack, the background runner, the door
through which pages read and change data (ui/door.py) and the file ports (readers, writers, backups) that the
domain's import and export use cases take, composed once here (persistence/file_ports.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from ui.door import Door, show_failure
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy loads on a worker thread after the window shows (start-up speed)
    from persistence.database import Database
    from persistence.file_ports import FilePorts


@dataclass
class AppContext:
    db: Database
    settings: QSettings  # UI state only (geometry, last folder, language); results-changing settings live in db
    undo: QUndoStack
    runner: TaskRunner
    today: Callable[[], date] = field(default=date.today)
    now: Callable[[], datetime] = field(default=datetime.now)
    door: Door = field(init=False)
    files: FilePorts = field(init=False)

    def __post_init__(self) -> None:
        from persistence.file_ports import FilePorts

        self.door = Door(self.runner, self.uow, show_failure)
        self.files = FilePorts(self.db)

    def uow(self):  # type: ignore[no-untyped-def]
        return self.db.uow()
