"""The roster's rows made from stored values (domain/roster/roster_rows.py) and the start-up page read with the
sqlite3 driver (persistence/roster/first_page.py) give exactly what the roster use case gave before: the same
agents in the same order, each with the same AgentData, stage, tenure and generation."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from domain.roster import services
from domain.roster.model import AgentData, CareerTrack, CertLevel, Gender, LeaveReason, Role, Status
from domain.roster.roster_rows import AGENT_VALUES
from domain.roster.rules import generation, tenure_days, tenure_stage
from domain.roster.teams import assign_teams
from persistence.database import Database, open_database
from persistence.roster import first_page
from persistence.roster.first_page import first_roster_page

TODAY = date(2026, 11, 18)


def _agent(rng: random.Random, n: int) -> AgentData:
    hire = date(2016, 1, 1) + timedelta(days=rng.randrange(0, 3950))
    left = rng.random() < 0.4
    leave = hire + timedelta(days=rng.randrange(1, 900)) if left else None
    return AgentData(
        employee_no=f"KF{rng.randrange(10**5):05d}{n}",
        name=rng.choice("王李张刘陈杨") + rng.choice(["婷", "伟", "芳"]),
        role=rng.choice(list(Role)), team=rng.choice(["热线一组", "热线二组", "在线组"]), hire_date=hire,
        gender=rng.choice([None, *Gender]),
        birth_date=rng.choice([None, date(1975, 1, 1) + timedelta(days=rng.randrange(0, 11000))]),
        phone=rng.choice(["", f"138{rng.randrange(10**8):08d}"]), hometown=rng.choice(["", "湖南长沙"]),
        out_of_town=rng.random() < 0.3, cert_level=rng.choice(list(CertLevel)),
        career_track=rng.choice(list(CareerTrack)), status=Status.LEFT if left else Status.ACTIVE,
        leave_date=leave, leave_reason=rng.choice(list(LeaveReason)) if left else None,
        leave_voluntary=rng.choice([None, True, False]) if left else None, notes=rng.choice(["", "夜班"]),
        leave_reason_text=rng.choice(["", "考公考研"]) if left else "")


@pytest.fixture
def centre(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "desk.sqlite", backup_dir=tmp_path / "backups")
    rng = random.Random(18)
    with db.uow() as uow:
        uow.agents.add_many(_agent(rng, n) for n in range(600))
        uow.commit()
    yield db
    db.close()


def _old_rows(db: Database, today: date, status: Status | None) -> list[tuple]:
    """What the roster use case returned before: an AgentData per agent, stage, tenure and generation worked
    out for every row up front (the former `services.roster_row`)."""
    with db.uow() as uow:
        agents = uow.agents.list_all(status)
    facts = []
    for a in agents:
        last_day = a.leave_date if a.leave_date is not None and a.leave_date < today else today
        facts.append((a, tenure_stage(a.hire_date, last_day), tenure_days(a.hire_date, today, a.leave_date),
                      generation(a.birth_date)))
    return facts


@pytest.mark.parametrize("today", [TODAY, date(2016, 6, 1), date(2019, 2, 28)])
@pytest.mark.parametrize("status", [Status.ACTIVE, None, Status.LEFT])
def test_rows_from_values_equal_the_old_rows(centre: Database, today: date, status: Status | None) -> None:
    page = services.roster_page(centre.uow(), today, status)
    old = _old_rows(centre, today, status)
    assert len(old) > 100
    assert [(r.agent, r.stage, r.tenure_days, r.generation) for r in page.rows] == old
    for row, (agent, *_facts) in zip(page.rows, old, strict=True):  # the fields a filter or sort reads directly
        assert [getattr(row, name) for name in AGENT_VALUES] == [getattr(agent, name) for name in AGENT_VALUES]
    assert services.list_roster(centre.uow(), today, status) == page.rows
    assert page.total == 600


def test_one_agents_row_equals_the_same_agent_read_with_the_rest(centre: Database) -> None:
    page = services.roster_page(centre.uow(), TODAY, None)
    some = frozenset(r.id for r in page.rows[::37])
    few = services.roster_page(centre.uow(), TODAY, agent_ids=some)
    assert few.rows == [r for r in sorted(page.rows, key=lambda r: r.id) if r.id in some]
    assert all(hash(a) == hash(b) for a, b in zip(few.rows, sorted((r for r in page.rows if r.id in some),
                                                                    key=lambda r: r.id), strict=True))


def test_the_first_page_is_the_roster_use_cases_page(centre: Database) -> None:
    fast = first_roster_page(centre.path, TODAY)
    normal = services.roster_page(centre.uow(), TODAY, Status.ACTIVE, user="zhang")
    assert fast is not None
    assert fast.rows == normal.rows and fast.total == normal.total and fast.agent_ids is None
    assert [r.employee_no for r in fast.rows] == [r.employee_no for r in normal.rows]


def test_owned_teams_go_the_normal_way(centre: Database) -> None:
    """With an owner on a team, which rows a user sees is the team scope's to say: no driver read."""
    assign_teams(centre.uow(), {"热线一组": "li"}, None)
    assert first_roster_page(centre.path, TODAY) is None
    scoped = services.roster_page(centre.uow(), TODAY, Status.ACTIVE, user="zhang")
    assert scoped.rows and all(r.team != "热线一组" for r in scoped.rows)


def test_a_file_due_a_migration_or_not_yet_stamped_goes_the_normal_way(centre: Database,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(first_page, "head_revision", lambda: "9999")  # this build's schema is newer
    assert first_roster_page(centre.path, TODAY) is None
    monkeypatch.undo()
    centre.close()
    with sqlite3.connect(centre.path) as connection:
        connection.execute("PRAGMA application_id=0")  # an older build's file: full checks first
    assert first_roster_page(centre.path, TODAY) is None
    assert first_roster_page(centre.path.with_name("absent.sqlite"), TODAY) is None
