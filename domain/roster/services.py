"""Roster use cases. Each runs in one unit of work and returns plain values or a receipt for undo."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from domain.errors import CannotUndo, DuplicateEmployeeNo, NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.roster.model import (
    TRACKED_FIELDS,
    AgentData,
    ChangeReceipt,
    Generation,
    HistoryEntry,
    LeaveReason,
    Status,
    TenureStage,
)
from domain.roster.rules import generation, tenure_days, tenure_stage, validate_agent


@dataclass(frozen=True, slots=True)
class RosterRow:
    """An agent with the facts derived for `today`: what tables, filters and exports show."""

    agent: AgentData
    stage: TenureStage
    tenure_days: int
    generation: Generation | None


def roster_row(agent: AgentData, today: date) -> RosterRow:
    return RosterRow(
        agent=agent,
        stage=tenure_stage(agent.hire_date, today),
        tenure_days=tenure_days(agent.hire_date, today, agent.leave_date),
        generation=generation(agent.birth_date),
    )


def list_roster(uow: UnitOfWork, today: date, status: Status | None = None) -> list[RosterRow]:
    """Everyone, or only those with `status` (the roster opens on active agents: a fifth of the rows)."""
    with uow:
        agents = uow.agents.list_all(status)
    return [roster_row(a, today) for a in agents]


def get_agent(uow: UnitOfWork, agent_id: int) -> AgentData:
    with uow:
        agent = uow.agents.get(agent_id)
    if agent is None:
        raise NotFound(agent_id)
    return agent


def normalise(agent: AgentData) -> AgentData:
    """Trim what people type; an active agent carries no leave facts."""
    agent = replace(
        agent,
        employee_no=agent.employee_no.strip().upper(),
        name=agent.name.strip(),
        team=agent.team.strip(),
        phone=agent.phone.replace(" ", "").strip(),
        hometown=agent.hometown.strip(),
        notes=agent.notes.strip(),
    )
    if agent.status is Status.ACTIVE:
        agent = replace(agent, leave_date=None, leave_reason=None, leave_voluntary=None,
                        leave_reason_text="")
    return agent


def _check(uow: UnitOfWork, agent: AgentData, today: date) -> None:
    errors = validate_agent(agent, today)
    if errors:
        raise ValidationFailed(errors)
    other = uow.agents.by_employee_no(agent.employee_no)
    if other is not None and other.id != agent.id:
        raise DuplicateEmployeeNo(agent.employee_no)


def add_agent(uow: UnitOfWork, agent: AgentData, today: date) -> ChangeReceipt:
    agent = normalise(replace(agent, id=None))
    with uow:
        _check(uow, agent, today)
        agent_id = uow.agents.add(agent)
        uow.commit()
    return ChangeReceipt(agent_id=agent_id, before=None)


def tracked_changes(before: AgentData, after: AgentData) -> list[tuple[str, str | None, str | None]]:
    changes = []
    for name in TRACKED_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes.append((name, None if old is None else str(old), None if new is None else str(new)))
    return changes


def save_changes(uow: UnitOfWork, before: AgentData, after: AgentData, effective: date) -> ChangeReceipt:
    assert after.id is not None
    uow.agents.update(after)
    ids = tuple(
        uow.agents.add_history(HistoryEntry(after.id, name, old, new, effective))
        for name, old, new in tracked_changes(before, after)
    )
    return ChangeReceipt(agent_id=after.id, before=before, history_ids=ids)


def update_agent(uow: UnitOfWork, agent: AgentData, today: date) -> ChangeReceipt:
    if agent.id is None:
        raise NotFound(None)
    agent = normalise(agent)
    with uow:
        before = uow.agents.get(agent.id)
        if before is None:
            raise NotFound(agent.id)
        _check(uow, agent, today)
        effective = agent.leave_date if (agent.status is Status.LEFT and before.status is Status.ACTIVE
                                         and agent.leave_date) else today
        receipt = save_changes(uow, before, agent, effective)
        uow.commit()
    return receipt


def mark_left(
    uow: UnitOfWork, agent_id: int, leave_date: date, reason: LeaveReason, voluntary: bool, today: date
) -> ChangeReceipt:
    with uow:
        before = uow.agents.get(agent_id)
        if before is None:
            raise NotFound(agent_id)
        after = replace(before, status=Status.LEFT, leave_date=leave_date, leave_reason=reason,
                        leave_voluntary=voluntary)
        _check(uow, after, today)
        receipt = save_changes(uow, before, after, leave_date)
        uow.commit()
    return receipt


def revert(uow: UnitOfWork, receipt: ChangeReceipt) -> None:
    """Undo one roster action: restore the agent as it was and drop the history the action wrote."""
    with uow:
        if receipt.before is None:
            try:
                uow.agents.remove(receipt.agent_id)
            except Exception as exc:  # FK restrict: other records now point at the agent
                raise CannotUndo(receipt.agent_id) from exc
        else:
            uow.agents.remove_history(receipt.history_ids)
            uow.agents.update(receipt.before)
        uow.commit()


def reapply(uow: UnitOfWork, receipt: ChangeReceipt, after: AgentData, today: date) -> ChangeReceipt:
    """Redo an undone action: the same change, as a fresh receipt for the next undo."""
    if receipt.before is None:
        return add_agent(uow, after, today)
    return update_agent(uow, after, today)
