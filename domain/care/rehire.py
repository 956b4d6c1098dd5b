"""Rehires: a returning person gets a new roster record (the roster keeps one employment per record); a link
from the new record to the earlier one makes them one person with two employment periods.

How they count (the rule the supervisor reads in the window):
- tenure: the periods add up when the gap between them is at most a year (连续工龄); after a longer gap
  the person starts again, and only the current period counts;
- stage (新人/成长/专家) follows that counted tenure, so a returning 专家 is not sent back to new-hire training.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status, TenureStage
from domain.roster.rules import FieldError, tenure_stage

MAX_GAP = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Period:
    agent_id: int
    hire_date: date
    leave_date: date | None


def counted_tenure_days(periods: list[Period], today: date) -> int:
    """Periods oldest first; the last is the current one."""
    total, previous_end = 0, None
    for p in periods:
        end = p.leave_date if p.leave_date is not None and p.leave_date < today else today
        days = max(0, (end - p.hire_date).days)
        if previous_end is not None and p.hire_date - previous_end > MAX_GAP:
            total = 0  # a long break: the count starts again
        total += days
        previous_end = end
    return total


def counted_stage(periods: list[Period], today: date) -> TenureStage:
    return tenure_stage(today - timedelta(days=counted_tenure_days(periods, today)), today)


def check_link(current: AgentData, earlier: AgentData) -> list[FieldError]:
    errors = []
    if current.id == earlier.id:
        errors.append(FieldError("earlier_id", "rehire_same_record"))
    if earlier.status is not Status.LEFT or earlier.leave_date is None:
        errors.append(FieldError("earlier_id", "rehire_not_left"))
    elif earlier.leave_date > current.hire_date:
        errors.append(FieldError("earlier_id", "rehire_overlaps"))
    return errors


@dataclass(frozen=True, slots=True)
class RehireView:
    periods: tuple[Period, ...]  # oldest first, this record last
    counted_days: int
    stage: TenureStage


def _chain(uow: UnitOfWork, agent_id: int) -> list[Period]:
    periods, seen, current = [], set(), uow.agents.get(agent_id)
    while current is not None and current.id not in seen:
        seen.add(current.id)
        periods.append(Period(current.id or 0, current.hire_date, current.leave_date))
        earlier = uow.wellbeing.earlier_record(current.id or 0)
        current = uow.agents.get(earlier) if earlier is not None else None
    return list(reversed(periods))


def link_rehire(uow: UnitOfWork, agent_id: int, earlier_id: int) -> None:
    with uow:
        current, earlier = uow.agents.get(agent_id), uow.agents.get(earlier_id)
        if current is None or earlier is None:
            raise NotFound(earlier_id if current else agent_id)
        errors = check_link(current, earlier)
        if any(p.agent_id == agent_id for p in _chain(uow, earlier_id)):
            errors.append(FieldError("earlier_id", "rehire_same_record"))
        if errors:
            raise ValidationFailed(errors)
        uow.wellbeing.link_rehire(agent_id, earlier_id)
        uow.commit()


def rehire_view(uow: UnitOfWork, agent_id: int, today: date) -> RehireView:
    with uow:
        periods = _chain(uow, agent_id)
    return RehireView(tuple(periods), counted_tenure_days(periods, today), counted_stage(periods, today))


def earlier_candidates(uow: UnitOfWork, agent_id: int) -> list[AgentData]:
    """Leavers who could be this person's earlier record: same name or same phone first, then the rest."""
    with uow:
        current = uow.agents.get(agent_id)
        if current is None:
            raise NotFound(agent_id)
        leavers = [a for a in uow.agents.list_all(Status.LEFT) if not check_link(current, a)]
    return sorted(leavers, key=lambda a: (a.name != current.name and not (a.phone and a.phone == current.phone),
                                          a.name, a.employee_no))


def rehire_count(uow: UnitOfWork, first: date, last: date) -> int:
    """For the dashboard: rehired people whose current record started in the period."""
    with uow:
        linked = uow.wellbeing.rehired_ids()
        return sum(1 for i in linked if (a := uow.agents.get(i)) is not None and first <= a.hire_date <= last)
