"""RELIABILITY C4: a migration that fails part-way leaves the database exactly as it was, at its old
revision, with the pre-migration backup beside it — DDL and DML run in one transaction (our own BEGIN)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from persistence import migrate
from persistence.database import open_database
from persistence.migrate import inspect_file
from tests.persistence.helpers import content_hash

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "0001.sqlite"


def test_an_exception_after_the_last_step_rolls_every_step_back(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db_path = shutil.copy(FIXTURE, tmp_path / "old.sqlite")
    before = content_hash(db_path)
    real_upgrade = command.upgrade

    def upgrade_then_fail(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision)  # every area's tables are created inside the transaction …
        raise RuntimeError("power cut")  # … and then the process is told something went wrong

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(db_path, now=datetime(2026, 11, 23, 9, 0), backup_dir=tmp_path / "backups")
    assert inspect_file(db_path) == "0001"
    assert content_hash(db_path) == before
    assert [p.name.startswith("pre-migrate-0001") for p in (tmp_path / "backups").iterdir()] == [True]
    monkeypatch.undo()
    reopened = open_database(db_path, backup_dir=tmp_path / "backups")  # and the next start migrates fine
    assert inspect_file(db_path) == migrate.head_revision()
    reopened.close()
