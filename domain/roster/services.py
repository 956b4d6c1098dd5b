"""Roster use cases. Each runs in one unit of work and returns plain values or a receipt for undo."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from domain.errors import CannotUndo, ChangedSince, DuplicateEmployeeNo, EditedElsewhere, NotFound, ValidationFailed
from domain.roster.model import (
    TRACKED_FIELDS,
    AgentData,
    ChangeReceipt,
    HistoryEntry,
    LeaveReason,
    Status,
)
from domain.roster.roster_rows import AGENT_VALUES, row_of, rows_from_values
from domain.roster.roster_rows import RosterRow as RosterRow  # its users import it from here, as before
from domain.roster.rules import validate_agent
from domain.roster.teams import EVERY_TEAM, NotYourTeam, scope_in

if TYPE_CHECKING:  # the ports name every area: not loaded at run time, for the roster's first query
    from domain.ports import UnitOfWork

TEAM = AGENT_VALUES.index("team")


def roster_row(agent: AgentData, today: date) -> RosterRow:
    """An agent with the facts derived for `today` (domain/roster/roster_rows.py). A leaver's stage and tenure
    stop at their leave date: someone who left after two months stays 新人."""
    return row_of(agent, today)


def list_roster(uow: UnitOfWork, today: date, status: Status | None = None) -> list[RosterRow]:
    """Everyone, or only those with `status` (the roster opens on active agents: a fifth of the rows)."""
    with uow:
        values = uow.agents.roster_values(status)
    return rows_from_values(values, today)


@dataclass(frozen=True, slots=True)
class RosterPage:
    """One load of the roster page, read in one snapshot: the rows asked for and how many agents exist."""

    rows: list[RosterRow]
    total: int
    agent_ids: frozenset[int] | None = None  # None: every row of `status`; else only these agents were read


def roster_page(uow: UnitOfWork, today: date, status: Status | None = None,
                agent_ids: frozenset[int] | None = None, user: str | None = None) -> RosterPage:
    """The roster page's data; with `agent_ids`, only those agents' rows (one edited agent reloads one row;
    an id without a row is an agent that no longer exists). With `user`, only the teams that user may see
    (a shared database's team owners, domain/roster/teams.py)."""
    with uow:
        scope = scope_in(uow, user)
        if agent_ids is None:
            rows = rows_from_values(uow.agents.roster_values(status), today)
        else:
            rows = [row_of(a, today) for a in (uow.agents.get(i) for i in sorted(agent_ids)) if a is not None]
        if scope is EVERY_TEAM:
            total = uow.agents.count()
        else:
            rows = [r for r in rows if scope.allows(r.team)]
            total = sum(1 for v in uow.agents.roster_values() if scope.allows(v[TEAM]))
    return RosterPage(rows, total, agent_ids)


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
        stored = uow.agents.get(agent_id)
        uow.commit()
    assert stored is not None
    return ChangeReceipt(agent_id=agent_id, before=None, after=stored)


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
    return ChangeReceipt(agent_id=after.id, before=before, after=after, history_ids=ids)


def update_agent(uow: UnitOfWork, agent: AgentData, today: date, user: str | None = None) -> ChangeReceipt:
    """Save an edit. With `user`, only within the teams that user may edit (NotYourTeam otherwise)."""
    agent = normalise(agent)
    if agent.id is None:
        raise NotFound(None)
    with uow:
        before = uow.agents.get(agent.id)
        if before is None:
            raise NotFound(agent.id)
        scope = scope_in(uow, user)
        for team in (before.team, agent.team):
            if not scope.allows(team):
                raise NotYourTeam(team)
        if agent.version and before.version != agent.version:
            raise EditedElsewhere(*uow.agents.last_change(agent.id))
        receipt = _update(uow, before, agent, today)
        uow.commit()
    return receipt


def _update(uow: UnitOfWork, before: AgentData, agent: AgentData, today: date) -> ChangeReceipt:
    _check(uow, agent, today)
    effective = agent.leave_date if (agent.status is Status.LEFT and before.status is Status.ACTIVE
                                     and agent.leave_date) else today
    return save_changes(uow, before, agent, effective)


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


def changed_fields(before: AgentData, after: AgentData) -> tuple[str, ...]:
    return tuple(f.name for f in fields(AgentData)
                 if f.name not in ("id", "version") and getattr(before, f.name) != getattr(after, f.name))


def _moved_since(current: AgentData, expected: AgentData, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in names if getattr(current, name) != getattr(expected, name))


def revert(uow: UnitOfWork, receipt: ChangeReceipt) -> None:
    """Undo one roster action: put back only the fields it changed and drop the history it wrote.

    Refused (ChangedSince) when any of those fields no longer holds what the action wrote: a later
    edit elsewhere (a certification on the mentoring page, say) must never be reversed silently."""
    with uow:
        current = uow.agents.get(receipt.agent_id)
        if current is None:
            raise NotFound(receipt.agent_id)
        if receipt.before is None:
            moved = changed_fields(receipt.after, current)
            if moved:
                raise ChangedSince(receipt.agent_id, moved)
            try:
                uow.agents.remove(receipt.agent_id)
            except Exception as exc:  # FK restrict: other records now point at the agent
                raise CannotUndo(receipt.agent_id) from exc
        else:
            names = changed_fields(receipt.before, receipt.after)
            moved = _moved_since(current, receipt.after, names)
            if moved:
                raise ChangedSince(receipt.agent_id, moved)
            uow.agents.remove_history(receipt.history_ids)
            uow.agents.update(replace(current, **{name: getattr(receipt.before, name) for name in names}))
        uow.commit()


def reapply(uow: UnitOfWork, receipt: ChangeReceipt, today: date) -> ChangeReceipt:
    """Redo an undone action: the same fields set again (a fresh receipt for the next undo), refused
    when they were changed since the undo."""
    if receipt.before is None:
        return add_agent(uow, receipt.after, today)
    names = changed_fields(receipt.before, receipt.after)
    with uow:
        current = uow.agents.get(receipt.agent_id)
        if current is None:
            raise NotFound(receipt.agent_id)
        moved = _moved_since(current, receipt.before, names)
        if moved:
            raise ChangedSince(receipt.agent_id, moved)
        again = _update(uow, current, replace(current, **{name: getattr(receipt.after, name) for name in names}),
                        today)
        uow.commit()
    return again


def team_names(uow: UnitOfWork) -> tuple[str, str]:
    """(team name, supervisor name): the settings reports and exports print."""
    with uow:
        return uow.settings.get("team_name", ""), uow.settings.get("supervisor_name", "")


def set_team_names(uow: UnitOfWork, team: str, supervisor: str) -> None:
    with uow:
        uow.settings.set("team_name", team.strip())
        uow.settings.set("supervisor_name", supervisor.strip())
        uow.commit()
