"""The domain tests' fake unit of work keeps the real one's transaction rules (issue 17 item 7): a nested
`with` is refused, and leaving `with` without commit() leaves nothing behind. Each rule runs on both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Role
from persistence.database import Database
from tests.domain.fakes import FakeUnitOfWork


def agent(no: str) -> AgentData:
    return AgentData(no, "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 8))


@pytest.fixture(params=["fake", "sqlite"])
def make_uow(request: pytest.FixtureRequest, db: Database) -> Callable[[], UnitOfWork]:
    if request.param == "fake":
        fake = FakeUnitOfWork()
        return lambda: fake
    return db.uow


def employee_nos(uow: UnitOfWork) -> list[str]:
    with uow:
        return [a.employee_no for a in uow.agents.list_all()]


def test_a_nested_with_is_refused(make_uow: Callable[[], UnitOfWork]) -> None:
    uow = make_uow()
    with uow:
        with pytest.raises(RuntimeError, match="not re-entrant"):
            with uow:
                pass


def test_leaving_without_commit_keeps_nothing(make_uow: Callable[[], UnitOfWork]) -> None:
    uow = make_uow()
    with uow:
        uow.agents.add(agent("KF001"))
        uow.settings.set("team", "一组")
        uow.log.record("agent_add", "KF001")
    assert employee_nos(uow) == []
    with uow:
        assert uow.settings.get("team") == ""


def test_an_error_after_commit_keeps_the_committed_part_only(make_uow: Callable[[], UnitOfWork]) -> None:
    uow = make_uow()
    with pytest.raises(ValueError), uow:
        uow.agents.add(agent("KF001"))
        uow.commit()
        uow.agents.add(agent("KF002"))
        raise ValueError("the second half failed")
    assert employee_nos(uow) == ["KF001"]


def test_rollback_inside_with_goes_back_to_the_last_commit(make_uow: Callable[[], UnitOfWork]) -> None:
    uow = make_uow()
    with uow:
        uow.agents.add(agent("KF001"))
        uow.commit()
        uow.agents.add(agent("KF002"))
        uow.rollback()
        assert [a.employee_no for a in uow.agents.list_all()] == ["KF001"]
    assert employee_nos(uow) == ["KF001"]


def test_the_fake_restores_repositories_an_area_attaches() -> None:
    """Area tests hang their own fake repositories on the unit of work (uow.care, uow.coaching)."""

    class Notes:
        def __init__(self, owner: FakeUnitOfWork) -> None:
            self.owner, self.rows = owner, ["kept"]

    uow = FakeUnitOfWork()
    notes = Notes(uow)
    uow.notes = notes  # type: ignore[attr-defined]
    with uow:
        notes.rows.append("dropped")
    assert notes.rows == ["kept"] and notes.owner is uow and uow.notes is notes  # type: ignore[attr-defined]
