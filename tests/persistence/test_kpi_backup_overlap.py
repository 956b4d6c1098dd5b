"""The KPI import's pre-import backup is written while the months are replaced and scored (issue 18). It must
still hold the database as it was before the import, be logged before the import's lines, make the import
fail whole when the copy fails, and stay (logged) when the import fails after it began."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

import persistence.backup as backup_module
from domain.performance.kpi_import_use_case import commit_kpi_imports, preview_kpi_imports
from persistence.backup import BackupFailed
from persistence.backup_port import DatabaseBackup
from persistence.database import Database, open_database
from persistence.performance.kpi_files import KpiFiles
from persistence.performance.repository import SqlPerformanceRepository
from tests.persistence.helpers import content_hash
from tests.persistence.test_performance_import import NOW, TODAY, add_agents
from tests.persistence.test_speed_kpi_import_run import monthly_file, pre_import_backups

LATER = NOW + timedelta(minutes=5)


@pytest.fixture
def centre(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "desk.sqlite", backup_dir=tmp_path / "backups")
    add_agents(db)
    first = preview_kpi_imports(db.uow, KpiFiles(), [monthly_file(tmp_path, "2026-08", 300)])
    commit_kpi_imports(db.uow, DatabaseBackup(db), first, TODAY, NOW)
    yield db
    db.close()


def _handled(path: Path) -> set[float]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT handled FROM kpi_monthly WHERE month = '2026-08'")}
    finally:
        con.close()


def _again(db: Database, folder: Path, handled: int) -> list:  # type: ignore[type-arg]
    folder.mkdir(exist_ok=True)
    return preview_kpi_imports(db.uow, KpiFiles(), [monthly_file(folder, "2026-08", handled)])


def test_the_copy_holds_the_database_before_the_import_even_when_it_starts_late(
        centre: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy is held back until the import has written its new figures (uncommitted): WAL keeps them out."""
    real = backup_module.backup_to
    started: list[float] = []

    def late(db_path: Path, target: Path, check: str = "quick_check") -> Path:
        time.sleep(0.8)
        started.append(time.monotonic())
        return real(db_path, target, check)

    monkeypatch.setattr(backup_module, "backup_to", late)
    previews = _again(centre, tmp_path / "again", 500)
    before = len(pre_import_backups(centre))
    commit_kpi_imports(centre.uow, DatabaseBackup(centre), previews, TODAY, LATER, replace_month=True)
    assert started
    copies = pre_import_backups(centre)
    assert len(copies) == before + 1
    assert _handled(copies[0].path) == {300, 301}  # newest first: this import's copy, the old figures
    assert _handled(centre.path) == {500, 501}
    with centre.uow() as uow:
        newest_first = [kind for _, kind, _, _ in uow.log.recent(2)]
    assert newest_first == ["import_kpi", "backup"]  # the copy logged ahead of the import, as when taken first


def test_a_failed_copy_lands_nothing(centre: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(db_path: Path, target: Path, check: str = "quick_check") -> Path:
        raise BackupFailed("*** in database main ***")

    previews = _again(centre, tmp_path / "again", 500)
    before, copies = content_hash(centre.path), len(pre_import_backups(centre))
    monkeypatch.setattr(backup_module, "backup_to", broken)
    with pytest.raises(BackupFailed):
        commit_kpi_imports(centre.uow, DatabaseBackup(centre), previews, TODAY, LATER, replace_month=True)
    assert content_hash(centre.path) == before
    assert len(pre_import_backups(centre)) == copies
    assert _handled(centre.path) == {300, 301}


def test_an_import_failing_after_the_copy_began_keeps_the_copy_logged(
        centre: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: SqlPerformanceRepository, *_args: object) -> None:
        raise RuntimeError("disk went away")

    previews = _again(centre, tmp_path / "again", 500)
    copies = len(pre_import_backups(centre))
    monkeypatch.setattr(SqlPerformanceRepository, "replace_scores", broken)
    with pytest.raises(RuntimeError):
        commit_kpi_imports(centre.uow, DatabaseBackup(centre), previews, TODAY, LATER, replace_month=True)
    assert _handled(centre.path) == {300, 301}
    assert len(pre_import_backups(centre)) == copies + 1
    with centre.uow() as uow:
        (_, kind, detail, _), *_ = uow.log.recent(1)
    assert kind == "backup" and "pre-import" in detail
    assert not list((tmp_path / "backups").glob("*.tmp*"))
