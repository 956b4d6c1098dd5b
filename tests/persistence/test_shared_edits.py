"""Issue 23 item 4: two supervisors editing the same agent on one database never overwrite each other
silently. The second save of a stale version is refused, naming who saved first and when; nothing of it
lands. Runs on SQLite and on PostgreSQL (tests/persistence/conftest.py)."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date

import pytest

from domain.errors import EditedElsewhere
from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence.database import Database, open_database

TODAY = date(2026, 11, 23)


def location(db: Database) -> str:
    return db.url or str(db.path)


def test_the_second_save_of_a_stale_agent_is_refused_with_who_and_when(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    agent_id = services.add_agent(db.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组",
                                                      date(2024, 1, 8)), TODAY).agent_id
    other = open_database(location(db))  # a second supervisor's app on the same database
    try:
        with db.uow() as uow:
            mine = uow.agents.get(agent_id)
        with other.uow() as uow:
            theirs = uow.agents.get(agent_id)
        assert mine is not None and theirs is not None and mine.version == theirs.version == 1
        monkeypatch.setenv("DESK_USER", "李主管")
        services.update_agent(other.uow(), replace(theirs, team="热线二组"), TODAY)
        monkeypatch.setenv("DESK_USER", "张主管")
        with pytest.raises(EditedElsewhere) as refused:
            services.update_agent(db.uow(), replace(mine, phone="13800000000"), TODAY)
        assert refused.value.who == "李主管" and refused.value.when is not None
        with db.uow() as uow:
            now = uow.agents.get(agent_id)
        assert now is not None and (now.team, now.phone, now.version) == ("热线二组", "", 2)
        services.update_agent(db.uow(), replace(now, phone="13800000000"), TODAY)  # re-read: saves
        with other.uow() as uow:
            last = uow.agents.get(agent_id)
            assert uow.agents.last_change(agent_id)[0] == "张主管"
        assert last is not None and (last.team, last.phone, last.version) == ("热线二组", "13800000000", 3)
    finally:
        other.close()


def _save_after_both_read(where: str, agent_id: int, phone: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    db = open_database(where)
    try:
        with db.uow() as uow:
            agent = uow.agents.get(agent_id)
        barrier.wait(30)  # both have read version 1 before either saves
        try:
            services.update_agent(db.uow(), replace(agent, phone=phone), TODAY)
            results.put(("saved", phone))
        except EditedElsewhere:
            results.put(("refused", phone))
    finally:
        db.close()


def test_two_processes_editing_one_agent_one_saves_one_is_refused(pg_url: str) -> None:
    """Two processes on the shared server, both past their read before either saves: the version guard in
    the UPDATE itself lets one through. (On a SQLite file writers take turns on the instance lock instead;
    two apps there are the first test's two engines.)"""
    db = open_database(pg_url)
    try:
        _race(db)
    finally:
        db.close()


def _race(db: Database) -> None:
    agent_id = services.add_agent(db.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组",
                                                      date(2024, 1, 8)), TODAY).agent_id
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=_save_after_both_read, args=(location(db), agent_id, phone, barrier, results))
               for phone in ("13800000001", "13800000002")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    outcomes = sorted(results.get(timeout=5) for _ in workers)
    assert [kind for kind, _ in outcomes] == ["refused", "saved"]
    saved = next(phone for kind, phone in outcomes if kind == "saved")
    with db.uow() as uow:
        agent = uow.agents.get(agent_id)
    assert agent is not None and (agent.phone, agent.version) == (saved, 2)


def test_a_supervisor_sees_and_edits_own_teams_and_a_centre_manager_all(db: Database) -> None:
    from domain.roster.teams import NotYourTeam, assign_teams

    ids = {team: services.add_agent(db.uow(), AgentData(f"KF00{i}", name, Role.HOTLINE, team, date(2024, 1, 8)),
                                    TODAY).agent_id
           for i, (team, name) in enumerate((("热线一组", "王婷"), ("热线二组", "李强"), ("在线组", "张敏")))}
    everyone = {"热线一组", "热线二组", "在线组"}
    teams_of = lambda user: {r.agent.team for r in services.roster_page(db.uow(), TODAY, user=user).rows}  # noqa: E731
    assert teams_of("zhang") == everyone  # nobody owns a team yet: one supervisor never notices
    assign_teams(db.uow(), {"热线一组": "zhang", "热线二组": "li"}, {"boss"})
    assert teams_of("zhang") == {"热线一组", "在线组"}  # own team and the unowned one
    assert services.roster_page(db.uow(), TODAY, user="zhang").total == 2
    assert teams_of("li") == {"热线二组", "在线组"}
    assert teams_of("boss") == everyone and teams_of(None) == everyone
    with db.uow() as uow:
        li_agent = uow.agents.get(ids["热线二组"])
        mine = uow.agents.get(ids["热线一组"])
    with pytest.raises(NotYourTeam):
        services.update_agent(db.uow(), replace(li_agent, phone="13800000000"), TODAY, "zhang")
    with pytest.raises(NotYourTeam):  # nor moving an own agent into another's team
        services.update_agent(db.uow(), replace(mine, team="热线二组"), TODAY, "zhang")
    services.update_agent(db.uow(), replace(li_agent, phone="13800000000"), TODAY, "boss")
    assign_teams(db.uow(), {"热线二组": None}, None)  # back to nobody's: zhang sees it again
    assert teams_of("zhang") == everyone
