"""Undo never loses an edit made elsewhere (issue 17's reproduced case, on a real SQLite file): a roster
undo puts back only the fields its own action changed, and refuses when one of them moved since."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.errors import ChangedSince
from domain.mentoring import services as mentoring
from domain.mentoring.model import CertAttempt
from domain.roster import services as roster
from domain.roster.model import AgentData, CertLevel, Role
from persistence.database import Database

TODAY = date(2026, 11, 23)


def _hire(db: Database) -> int:
    agent = AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2026, 9, 1))
    return roster.add_agent(db.uow(), agent, TODAY).agent_id


def _history(db: Database, agent_id: int) -> list[tuple[str, str | None]]:
    with db.uow() as uow:
        return [(h.field, h.new_value) for h in uow.agents.history(agent_id)]


def test_undoing_a_team_edit_keeps_a_later_certification_from_another_page(db: Database) -> None:
    agent_id = _hire(db)
    edit = roster.update_agent(db.uow(), replace(roster.get_agent(db.uow(), agent_id), team="热线二组"), TODAY)
    mentoring.record_attempt(db.uow(), CertAttempt(agent_id, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("88"),
                                                   True, ""), TODAY)

    roster.revert(db.uow(), edit)

    agent = roster.get_agent(db.uow(), agent_id)
    assert agent.team == "热线一组"
    assert agent.cert_level is CertLevel.JUNIOR  # the pass is still what the history says
    assert _history(db, agent_id) == [("cert_level", "junior")]


def test_undo_is_refused_when_the_same_field_was_changed_since(db: Database) -> None:
    agent_id = _hire(db)
    first = roster.update_agent(db.uow(), replace(roster.get_agent(db.uow(), agent_id), team="热线二组"), TODAY)
    roster.update_agent(db.uow(), replace(roster.get_agent(db.uow(), agent_id), team="在线一组"), TODAY)
    before = roster.get_agent(db.uow(), agent_id), _history(db, agent_id)

    with pytest.raises(ChangedSince) as refused:
        roster.revert(db.uow(), first)

    assert refused.value.fields == ("team",)
    assert (roster.get_agent(db.uow(), agent_id), _history(db, agent_id)) == before


def test_redo_sets_only_the_action_fields_and_is_refused_when_they_moved_after_the_undo(db: Database) -> None:
    agent_id = _hire(db)
    edit = roster.update_agent(db.uow(), replace(roster.get_agent(db.uow(), agent_id), team="热线二组"), TODAY)
    roster.revert(db.uow(), edit)
    mentoring.record_attempt(db.uow(), CertAttempt(agent_id, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("88"),
                                                   True, ""), TODAY)
    again = roster.reapply(db.uow(), edit, TODAY)
    agent = roster.get_agent(db.uow(), agent_id)
    assert (agent.team, agent.cert_level) == ("热线二组", CertLevel.JUNIOR)

    roster.revert(db.uow(), again)
    roster.update_agent(db.uow(), replace(roster.get_agent(db.uow(), agent_id), team="售后组"), TODAY)
    with pytest.raises(ChangedSince):
        roster.reapply(db.uow(), again, TODAY)
    assert roster.get_agent(db.uow(), agent_id).team == "售后组"


def test_undoing_a_hire_is_refused_once_the_record_was_edited_elsewhere(db: Database) -> None:
    agent_id = _hire(db)
    hire = roster.add_agent(db.uow(), AgentData("KF002", "李欣", Role.ONLINE, "在线一组", date(2026, 9, 1)), TODAY)
    mentoring.record_attempt(db.uow(), CertAttempt(hire.agent_id, CertLevel.JUNIOR, date(2026, 11, 2),
                                                   Decimal("90"), True, ""), TODAY)
    with pytest.raises(ChangedSince):
        roster.revert(db.uow(), hire)
    assert roster.get_agent(db.uow(), hire.agent_id).name == "李欣"
    assert roster.get_agent(db.uow(), agent_id).name == "王婷"
