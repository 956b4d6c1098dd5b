"""The persistence tests run on both stores: a SQLite file and a PostgreSQL database (issue 23). A test that
takes `db` runs once per store; modules about what only a file has (SQLite's backup API, its file header,
its crash behaviour) run on SQLite alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from persistence.database import Database, open_database

STORES = ("sqlite", "postgresql")
SQLITE_ONLY = {
    "test_backup", "test_restore", "test_restore_only_ours", "test_backup_upgrade_fixtures", "test_crash_kill",
    "test_schema_fingerprint", "test_migration_failure", "test_database", "test_atomic_export",
    # These read the SQLite file itself (sqlite3.connect(db.path)) or check the file backup an import takes first.
    "test_real_shapes", "test_hq_report", "test_hq_report_sections_safety", "test_performance_import",
    "test_speed_kpi_import_run", "test_roster_import", "test_performance_demo", "test_first_page",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if "db" in metafunc.fixturenames and module not in SQLITE_ONLY:
        metafunc.parametrize("store", STORES, indirect=True)


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(store: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    if store == "sqlite":
        database = open_database(tmp_path / "desk.sqlite", backup_dir=tmp_path / "backups")
    else:
        database = open_database(request.getfixturevalue("pg_url"), backup_dir=tmp_path / "backups")
    yield database
    database.close()
