"""Issue 18 (second round): what the start-up path must not import. Each import guarded here once sat on it:
SQLAlchemy on the UI thread before the window showed (~250 ms, through the safety words' type import), and
every area's repository, models and ports before the roster's first query (~230 ms). Run in a fresh
interpreter, as the app starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def loaded_after(code: str, tmp_path: Path) -> set[str]:
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                               "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_window_shell_imports_no_sqlalchemy(tmp_path: Path) -> None:
    modules = loaded_after("import ui.app, ui.main_window", tmp_path)
    assert "ui.main_window" in modules
    assert not {m for m in modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")}


def test_the_roster_first_query_loads_only_the_roster_repository(tmp_path: Path) -> None:
    code = f"""
from datetime import date
from pathlib import Path
from persistence.database import open_database
import ui.roster.page
from domain.roster import services
from domain.roster.model import Status
db = open_database(Path({str(tmp_path / "desk.sqlite")!r}))
services.roster_page(db.uow(), date(2026, 12, 6), Status.ACTIVE)
db.close()
"""
    modules = loaded_after(code, tmp_path)
    assert "persistence.roster.repository" in modules
    other_areas = {"persistence.care.repository", "persistence.care.wellbeing_repository",
                   "persistence.dashboard.repository", "persistence.performance.repository",
                   "persistence.recruiting.repository", "persistence.training.repository",
                   "persistence.mentoring.repository", "domain.ports", "domain.care.exit_interview"}
    assert modules & other_areas == set()


def test_a_repository_loads_on_first_use_and_stays_inside_its_block(tmp_path: Path) -> None:
    from persistence.database import open_database

    db = open_database(tmp_path / "desk.sqlite")
    uow = db.uow()
    with uow:
        first = uow.care
        assert uow.care is first  # one repository per block
        assert first.__class__.__name__ == "SqlCareRepository"
    try:
        uow.care  # noqa: B018  (outside a block: refused, as before)
        raise AssertionError("a repository was reachable outside its block")
    except AttributeError as exc:
        assert "with" in str(exc)
    with uow:
        assert uow.care is not first  # a new block, a new session, a new repository
    db.close()


def test_the_shell_with_its_translators_imports_no_sqlalchemy(tmp_path: Path) -> None:
    """The window installs its translators before it shows; the opening module's words came with SQLAlchemy."""
    modules = loaded_after("from PySide6.QtWidgets import QApplication\napp = QApplication([])\nimport ui.app, "
                           "ui.main_window\nfrom shared.i18n import install_translators\n"
                           "install_translators('zh_CN')", tmp_path)
    assert "persistence.opening" in modules
    assert not {m for m in modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")}


def test_the_roster_first_rows_are_read_without_sqlalchemy(tmp_path: Path) -> None:
    from persistence.database import open_database

    open_database(tmp_path / "desk.sqlite").close()
    code = f"""
from datetime import date
from pathlib import Path
from ui.app import first_look
page = first_look(Path({str(tmp_path / "desk.sqlite")!r}), False, date(2026, 12, 6))
assert page is not None and page.total == 0, page
"""
    modules = loaded_after(code, tmp_path)
    assert "persistence.roster.first_page" in modules and "ui.roster.page" in modules
    assert not {m for m in modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")}
