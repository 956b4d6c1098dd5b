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
    from domain.roster.services import RosterPage
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
    # Start-up: the roster's first rows, read before the database opened (ui/app.py); the roster page takes
    # them once instead of asking the door.
    first_roster: RosterPage | None = None

    def __post_init__(self) -> None:
        self.door = Door(self.runner, self.uow, show_failure, store=self)
        if self.db is not None:
            self.use(self.db)

    @classmethod
    def before_opening(cls, settings: QSettings, undo: QUndoStack, runner: TaskRunner) -> AppContext:
        """A context whose database opens on `runner` (start-up): the job that opens it calls `use` on the
        worker, and the runner is serial, so every use case the window queues after that job finds it open."""
        return cls(db=None, settings=settings, undo=undo, runner=runner)  # type: ignore[arg-type]

    @property
    def is_open(self) -> bool:
        return self.db is not None

    def use(self, db: Database) -> None:
        from persistence.file_ports import FilePorts

        self.db, self.files = db, FilePorts(db)

    def take_first_roster(self) -> RosterPage | None:
        first, self.first_roster = self.first_roster, None
        return first

    def uow(self):  # type: ignore[no-untyped-def]
        if self.db is None:  # a use case queued before the job that opens the database (see `before_opening`)
            raise RuntimeError("the database is not open yet")
        return self.db.uow()
