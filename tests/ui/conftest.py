"""UI tests: real services on a temp database, Chinese translations installed, a fixed today."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from persistence.database import Database
from shared.i18n import install_translators
from ui.context import AppContext
from ui.tasks import TaskRunner

TODAY = date(2026, 11, 23)


@pytest.fixture
def zh(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators("zh_CN")


@pytest.fixture
def ctx(db: Database, tmp_path: Path, zh) -> AppContext:  # type: ignore[no-untyped-def]
    context = AppContext(
        db=db,
        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        undo=QUndoStack(),
        runner=TaskRunner(),
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 23, 9, 30),
    )
    yield context
    context.runner.wait()
