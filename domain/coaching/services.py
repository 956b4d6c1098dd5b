"""Coaching use cases. Each runs in one unit of work and hands back plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from domain.coaching.model import ActionItem, ActionItemRow, CadenceRow, CoachingSession, SessionKind, SessionRow
from domain.coaching.rules import (
    CADENCE_SETTING,
    MAX_CADENCE_DAYS,
    MIN_CADENCE_DAYS,
    days_since,
    normalise_tags,
    one_on_one_due,
    parse_cadence_days,
    search_terms,
    validate_action_item,
    validate_session,
)
from domain.errors import NotFound, ValidationFailed
from domain.roster.model import AgentData, Status
from domain.roster.rules import FieldError

if TYPE_CHECKING:  # the ports name every area: not loaded at run time, for the roster's first query
    from domain.ports import UnitOfWork


def normalise_session(session: CoachingSession) -> CoachingSession:
    tags = normalise_tags(session.tags) if session.kind is SessionKind.CASE_REVIEW else ()
    return replace(
        session,
        title=session.title.strip(),
        situation=session.situation.strip(),
        strengths=session.strengths.strip(),
        improve=session.improve.strip(),
        agent_view=session.agent_view.strip(),
        tags=tags,
    )


def _normalise_item(item: ActionItem) -> ActionItem:
    return replace(item, text=item.text.strip(), owner=item.owner.strip())


def _check(uow: UnitOfWork, session: CoachingSession, items: list[ActionItem], today: date) -> None:
    errors = validate_session(session, today)
    for item in items:
        errors += validate_action_item(item, session.held_on)
    if errors:
        raise ValidationFailed(errors)
    if uow.agents.get(session.agent_id) is None:
        raise ValidationFailed([FieldError("agent", "unknown_agent", str(session.agent_id))])


def add_session(uow: UnitOfWork, session: CoachingSession, items: list[ActionItem], today: date) -> int:
    """Record a session with its action items, all or nothing."""
    session = normalise_session(replace(session, id=None))
    items = [_normalise_item(i) for i in items]
    with uow:
        _check(uow, session, items, today)
        session_id = uow.coaching.add_session(session)
        for item in items:
            uow.coaching.add_action_item(replace(item, session_id=session_id, id=None))
        uow.commit()
    return session_id


def update_session(uow: UnitOfWork, session: CoachingSession, items: list[ActionItem], today: date) -> None:
    """Save an edited session; its action items become exactly `items` (kept by id, new ones added)."""
    session = normalise_session(session)
    if session.id is None:
        raise NotFound(None)
    items = [_normalise_item(i) for i in items]
    with uow:
        if uow.coaching.get_session(session.id) is None:
            raise NotFound(session.id)
        _check(uow, session, items, today)
        uow.coaching.update_session(session)
        existing = {i.id for i in uow.coaching.action_items(session.id) if i.id is not None}
        kept = {i.id for i in items if i.id in existing}
        uow.coaching.remove_action_items(existing - kept)
        for item in items:
            if item.id in existing:
                uow.coaching.update_action_item(replace(item, session_id=session.id))
            else:
                uow.coaching.add_action_item(replace(item, session_id=session.id, id=None))
        uow.commit()


def delete_session(uow: UnitOfWork, session_id: int) -> None:
    with uow:
        if uow.coaching.get_session(session_id) is None:
            raise NotFound(session_id)
        uow.coaching.remove_session(session_id)
        uow.commit()


def get_session(uow: UnitOfWork, session_id: int) -> tuple[CoachingSession, list[ActionItem]]:
    with uow:
        session = uow.coaching.get_session(session_id)
        if session is None:
            raise NotFound(session_id)
        return session, uow.coaching.action_items(session_id)


def list_sessions(uow: UnitOfWork, agent_id: int | None = None, kind: SessionKind | None = None) -> list[SessionRow]:
    """Newest first."""
    with uow:
        return uow.coaching.session_rows(agent_id, kind)


def list_action_items(uow: UnitOfWork, open_only: bool = True, agent_id: int | None = None) -> list[ActionItemRow]:
    """Open items first by due date."""
    with uow:
        return uow.coaching.action_item_rows(open_only, agent_id)


def set_item_done(uow: UnitOfWork, item_id: int, done_on: date | None) -> ActionItem:
    """Tick an action item off (or reopen it with None)."""
    with uow:
        item = uow.coaching.get_action_item(item_id)
        if item is None:
            raise NotFound(item_id)
        item = replace(item, done_on=done_on)
        uow.coaching.update_action_item(item)
        uow.commit()
    return item


def cadence_days(uow: UnitOfWork) -> int:
    with uow:
        return parse_cadence_days(uow.settings.get(CADENCE_SETTING, ""))


def set_cadence_days(uow: UnitOfWork, days: int) -> None:
    if not MIN_CADENCE_DAYS <= days <= MAX_CADENCE_DAYS:
        raise ValidationFailed([FieldError("cadence", "cadence_range", str(days))])
    with uow:
        uow.settings.set(CADENCE_SETTING, str(days))
        uow.commit()


def last_one_on_one(uow: UnitOfWork) -> tuple[dict[int, date], int]:
    """Every agent's last 1:1 (one SQL aggregate) and the threshold, for the roster's cadence column."""
    with uow:
        return uow.coaching.last_one_on_one(), parse_cadence_days(uow.settings.get(CADENCE_SETTING, ""))


def cadence(uow: UnitOfWork, today: date) -> list[CadenceRow]:
    """Active agents, most overdue first."""
    with uow:
        return _cadence(uow, today)[0]


def _cadence(uow: UnitOfWork, today: date) -> tuple[list[CadenceRow], int]:
    threshold = parse_cadence_days(uow.settings.get(CADENCE_SETTING, ""))
    last = uow.coaching.last_one_on_one()
    agents = [a for a in uow.agents.list_all() if a.status is Status.ACTIVE]
    rows = []
    for agent in agents:
        assert agent.id is not None
        previous = last.get(agent.id)
        due = one_on_one_due(previous, agent.hire_date, threshold)
        rows.append(CadenceRow(agent.id, agent.name, agent.employee_no, agent.team, agent.hire_date, previous,
                               days_since(previous, today), due, today > due))
    return sorted(rows, key=lambda r: (r.due_on, r.employee_no)), threshold


def search_cases(uow: UnitOfWork, query: str, tag: str | None = None) -> list[SessionRow]:
    """Case reviews whose text or tags contain every word of `query` (and carry `tag`), newest first.
    Words of three or more characters use the trigram index; shorter ones (most Chinese words: 投诉,
    退款) a LIKE scan of the case table, which the trigram tokenizer cannot answer."""
    terms = search_terms(query)
    with uow:
        return uow.coaching.search_cases(terms.indexed, terms.short, tag or None)


def case_tags(uow: UnitOfWork) -> list[tuple[str, int]]:
    """Topics in the case library with how many cases carry each, most used first."""
    with uow:
        return uow.coaching.case_tags()


# --- one read per screen load (issue 17: a page asks the door once, and gets one snapshot) -----------------

@dataclass(frozen=True, slots=True)
class SessionForm:
    """What the session dialog needs to edit one session: the session, its items, whom it can be about."""

    session: CoachingSession
    items: list[ActionItem]
    agents: list[AgentData]


@dataclass(frozen=True, slots=True)
class CadenceView:
    rows: list[CadenceRow]
    threshold_days: int


@dataclass(frozen=True, slots=True)
class CaseLibrary:
    tags: list[tuple[str, int]]
    rows: list[SessionRow]


def _choosable(uow: UnitOfWork, include: int | None) -> list[AgentData]:
    return sorted((a for a in uow.agents.list_all() if a.status is Status.ACTIVE or (include and a.id == include)),
                  key=lambda a: a.employee_no)


def choosable_agents(uow: UnitOfWork, include: int | None = None) -> list[AgentData]:
    """Active agents, plus `include` (someone who has left but whose session is being edited)."""
    with uow:
        return _choosable(uow, include)


def session_form(uow: UnitOfWork, session_id: int) -> SessionForm:
    with uow:
        session = uow.coaching.get_session(session_id)
        if session is None:
            raise NotFound(session_id)
        return SessionForm(session, uow.coaching.action_items(session_id), _choosable(uow, session.agent_id))


def cadence_view(uow: UnitOfWork, today: date) -> CadenceView:
    with uow:
        return CadenceView(*_cadence(uow, today))


def case_library(uow: UnitOfWork, query: str, tag: str | None = None) -> CaseLibrary:
    """The topic list and the matching cases from one snapshot."""
    terms = search_terms(query)
    with uow:
        return CaseLibrary(uow.coaching.case_tags(), uow.coaching.search_cases(terms.indexed, terms.short, tag or None))
