"""Every test runs offscreen, in Chinese, on files under tmp_path — never the user's own data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from persistence.database import Database, open_database  # noqa: E402

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs reads these: nothing a test does may land in the real user folders.
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "LOCALAPPDATA", "APPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "desk.sqlite", backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """One throwaway PostgreSQL for the session (tests/pg_server.py). Skipped only where the server package
    is absent, and never in CI (CI=true): .ci/run installs it, so its absence there is a failure."""
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL's server binaries (initdb, pg_ctl) are missing; .ci/run installs postgresql")
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty PostgreSQL database for this test."""
    return pg_server.new_database()


@pytest.fixture
def fixtures_dir() -> Path:
    return Path(__file__).parent / "fixtures"


def copy_fixture(name: str, target: Path) -> Path:
    shutil.copy(Path(__file__).parent / "fixtures" / name, target)
    return target
