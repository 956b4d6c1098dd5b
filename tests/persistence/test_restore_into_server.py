"""Issue 23: a workstation's SQLite backup restored INTO a shared server (`restore FILE.sqlite --db URL
--yes-overwrite-shared`): every table's rows replace the server's in one transaction — all land or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy

from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.roster.teams import assign_teams
from persistence.database import open_database
from persistence.restore import RestoreRefused
from persistence.server_backup import restore_sqlite_into_server

TODAY = date(2026, 11, 23)


def names(where: str | Path) -> list[str]:
    db = open_database(where, backup_dir=Path("/tmp") / "desk-test-unused") if isinstance(where, str) \
        else open_database(where)
    try:
        return sorted(r.agent.name for r in roster.list_roster(db.uow(), TODAY))
    finally:
        db.close()


def workstation(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    try:
        for no, name in (("KF001", "王婷"), ("KF002", "周敏")):
            roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", TODAY), TODAY)
        assign_teams(db.uow(), {"热线一组": "zhang"}, {"wang"})
    finally:
        db.close()
    return path


def test_every_row_replaces_the_servers_and_new_ids_follow_on(pg_url: str, tmp_path: Path) -> None:
    server = open_database(pg_url)
    try:
        for i in range(5):
            roster.add_agent(server.uow(), AgentData(f"SV{i:03}", f"旧{i}", Role.HOTLINE, "热线九组", TODAY), TODAY)
    finally:
        server.close()
    copied = restore_sqlite_into_server(pg_url, workstation(tmp_path))
    assert copied >= 4  # two agents, a team owner, the managers setting (and the activity log)
    assert names(pg_url) == ["周敏", "王婷"]
    server = open_database(pg_url)
    try:
        with server.uow() as uow:
            assert uow.agents.team_owners() == {"热线一组": "zhang"}
        added = roster.add_agent(server.uow(), AgentData("KF003", "新人", Role.HOTLINE, "热线一组", TODAY), TODAY)
        assert added.agent_id == 3  # the id sequence continues after the copied rows
    finally:
        server.close()


def test_a_failure_half_way_leaves_the_server_as_it_was(pg_url: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    server = open_database(pg_url)
    try:
        roster.add_agent(server.uow(), AgentData("SV001", "旧人", Role.HOTLINE, "热线九组", TODAY), TODAY)
    finally:
        server.close()
    real_insert = sqlalchemy.insert

    def failing(table, *a, **k):  # type: ignore[no-untyped-def]
        if table.name == "team_owners":  # after the agents went in
            raise OSError("connection lost")
        return real_insert(table, *a, **k)

    monkeypatch.setattr(sqlalchemy, "insert", failing)
    with pytest.raises(OSError):
        restore_sqlite_into_server(pg_url, workstation(tmp_path))
    monkeypatch.undo()
    assert names(pg_url) == ["旧人"]


def test_a_file_that_is_not_our_backup_is_refused_before_the_server_is_touched(pg_url: str, tmp_path: Path) -> None:
    stranger = tmp_path / "other.sqlite"
    stranger.write_bytes(b"not a database at all")
    with pytest.raises(RestoreRefused):
        restore_sqlite_into_server(pg_url, stranger)
