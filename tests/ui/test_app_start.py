"""The real start-up path in a subprocess: the window shell shows, the database opens on a worker
thread, the first page attaches (DESK_BENCH_STARTUP makes the app quit at that moment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from shared.i18n import install_translators
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, *args: str, moment: str = "ready") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_BENCH_STARTUP": moment,
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_first_start_creates_the_database_and_attaches_the_roster(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    done = start(tmp_path, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("READY ")
    assert db.exists() and db.read_bytes()[:16] == b"SQLite format 3\x00"


def test_demo_flag_opens_a_filled_demo_database_in_the_user_folder(tmp_path: Path) -> None:
    done = start(tmp_path, "--demo")
    assert done.returncode == 0, done.stderr
    demo = next((tmp_path / "data").rglob("demo.sqlite"))
    import sqlite3

    con = sqlite3.connect(demo)
    assert con.execute("SELECT count(*) FROM agents").fetchone()[0] > 50
    con.close()


def test_the_shell_shows_before_the_database_is_open(qtbot, tmp_path: Path, zh) -> None:  # noqa: ARG001
    window = MainWindow(settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        db_path=tmp_path / "x.sqlite")
    qtbot.addWidget(window)
    assert not window.nav.isEnabled() and window.pages == {}
    assert window.nav.item(0).text() == "团队花名册"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_area_title_fits_the_navigation(qtbot, tmp_path: Path, language: str) -> None:
    """English's longer titles ("Training & careers") were cut off behind a horizontal scroll bar."""
    install_translators(language)
    try:
        window = MainWindow(settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                            db_path=tmp_path / "x.sqlite")
        qtbot.addWidget(window)
        window.show()
        nav = window.nav
        assert nav.sizeHintForColumn(0) <= nav.viewport().width()
        assert not nav.horizontalScrollBar().isVisible()
    finally:
        install_translators("zh_CN")
