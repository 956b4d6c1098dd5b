"""Training use cases: plans, results, sessions and growth figures. One unit of work each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from domain.coaching.model import SessionKind
from domain.errors import NotFound
from domain.mentoring.model import Pairing
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status
from domain.roster.rules import tenure_stage
from domain.training.defaults import DEFAULT_LADDERS, DEFAULT_PLAN
from domain.training.errors import TrainingError
from domain.training.growth import GrowthMonth, growth_by_month, last_months
from domain.training.model import (
    Attendance,
    CheckMethod,
    PlanItem,
    ResultStatus,
    TrainingResult,
    TrainingSession,
)
from domain.training.progress import ItemProgress, plan_progress, status_for_score

DEFAULTS_KEY = "training.defaults_written"
MAX_WEEK = 156


def ensure_defaults(uow: UnitOfWork) -> None:
    """Inside an open unit of work: the seeds' plans and ladders, once. A flag (not "is the table empty")
    decides, so a supervisor who deletes every item does not get them back."""
    if uow.settings.get(DEFAULTS_KEY, "") == "1":
        return
    if not uow.training.plan_items():
        for position, item in enumerate(DEFAULT_PLAN):
            uow.training.add_item(replace(item, position=position))
    if not uow.training.levels():
        for level in DEFAULT_LADDERS:
            uow.training.add_level(level)
    uow.settings.set(DEFAULTS_KEY, "1")


def list_plan(uow: UnitOfWork) -> list[PlanItem]:
    with uow:
        ensure_defaults(uow)
        items = uow.training.plan_items()
        uow.commit()
    return items


def validate_item(item: PlanItem) -> None:
    if not item.title.strip():
        raise TrainingError("training_title_missing")
    if not 1 <= item.week_from <= item.week_to <= MAX_WEEK:
        raise TrainingError("training_weeks_invalid")
    if item.check is CheckMethod.TEST:
        if item.pass_mark is None or not Decimal(0) <= item.pass_mark <= Decimal(100):
            raise TrainingError("training_pass_mark_invalid")
    elif item.pass_mark is not None:
        raise TrainingError("training_pass_mark_invalid")


def save_plan_item(uow: UnitOfWork, item: PlanItem) -> int:
    validate_item(item)
    item = replace(item, title=item.title.strip())
    with uow:
        if item.id is None:
            item_id = uow.training.add_item(item)
        else:
            uow.training.update_item(item)
            item_id = item.id
        uow.commit()
    return item_id


def remove_plan_item(uow: UnitOfWork, item_id: int) -> None:
    """Results keep the item they were recorded against: an item with results cannot go."""
    with uow:
        if uow.training.result_count_for_item(item_id):
            raise TrainingError("training_item_has_results")
        uow.training.remove_item(item_id)
        uow.commit()


def _active_agent(uow: UnitOfWork, agent_id: int) -> AgentData:
    agent = uow.agents.get(agent_id)
    if agent is None:
        raise NotFound()
    if agent.status is not Status.ACTIVE:
        raise TrainingError("training_agent_not_active")
    return agent


def agent_progress(uow: UnitOfWork, agent_id: int, today: date) -> list[ItemProgress]:
    with uow:
        ensure_defaults(uow)
        agent = uow.agents.get(agent_id)
        if agent is None:
            raise NotFound()
        progress = _progress(uow, agent, today)
        uow.commit()
    return progress


def _progress(uow: UnitOfWork, agent: AgentData, today: date) -> list[ItemProgress]:
    day = min(today, agent.leave_date) if agent.leave_date else today
    return plan_progress(agent.hire_date, tenure_stage(agent.hire_date, day), uow.training.plan_items(),
                         uow.training.results_for_agent(agent.id or 0), day)


def _result(item: PlanItem | None, agent: AgentData, day: date, today: date, score: Decimal | None,
            attended: bool = True) -> ResultStatus:
    if day > today:
        raise TrainingError("training_date_in_future")
    if day < agent.hire_date:
        raise TrainingError("training_before_hire")
    if not attended:
        return ResultStatus.ABSENT
    if score is not None and not Decimal(0) <= score <= Decimal(100):
        raise TrainingError("training_score_invalid")
    if item is not None and item.check is CheckMethod.TEST:
        if score is None:
            raise TrainingError("training_score_missing")
        return status_for_score(score, item.pass_mark)
    return ResultStatus.DONE


def record_result(uow: UnitOfWork, agent_id: int, item_id: int, day: date, today: date,
                  score: Decimal | None = None, checked_by: str = "") -> ResultStatus:
    """Marks one plan item for one agent: a test item needs a score (passed/failed follows from the pass
    mark); attendance and sign-off items are done."""
    with uow:
        agent = _active_agent(uow, agent_id)
        item = next((i for i in uow.training.plan_items() if i.id == item_id), None)
        if item is None:
            raise NotFound()
        status = _result(item, agent, day, today, score)
        uow.training.add_result(TrainingResult(agent_id, day, status, item_id, None, score, checked_by.strip()))
        uow.commit()
    return status


def record_session(uow: UnitOfWork, session: TrainingSession, rows: Iterable[Attendance], today: date) -> int:
    """One session and every attendee's result, in one transaction: all rows land or none."""
    rows = list(rows)
    if not session.topic.strip():
        raise TrainingError("training_topic_missing")
    if not rows:
        raise TrainingError("training_no_attendees")
    if session.day > today:
        raise TrainingError("training_date_in_future")
    with uow:
        item = None
        if session.item_id is not None:
            item = next((i for i in uow.training.plan_items() if i.id == session.item_id), None)
            if item is None:
                raise NotFound()
        session = replace(session, topic=session.topic.strip(), trainer_name=session.trainer_name.strip())
        results = []
        for row in rows:
            agent = _active_agent(uow, row.agent_id)
            status = _result(item, agent, session.day, today, row.score, row.attended)
            results.append(TrainingResult(row.agent_id, session.day, status, session.item_id, None,
                                          row.score if row.attended else None, session.trainer_name))
        session_id = uow.training.add_session(session)
        for r in results:
            uow.training.add_result(replace(r, session_id=session_id))
        uow.commit()
    return session_id


@dataclass(frozen=True, slots=True)
class SessionRow:
    session: TrainingSession
    item_title: str
    attended: int
    invited: int
    passed: int
    failed: int


def list_sessions(uow: UnitOfWork) -> list[SessionRow]:
    """Newest first."""
    with uow:
        return _session_rows(uow)


def _session_rows(uow: UnitOfWork) -> list[SessionRow]:
    titles = {i.id: i.title for i in uow.training.plan_items()}
    out = []
    for s in uow.training.sessions():
        results = uow.training.results_for_session(s.id or 0)
        out.append(SessionRow(s, titles.get(s.item_id, ""),
                              sum(r.status is not ResultStatus.ABSENT for r in results), len(results),
                              sum(r.status is ResultStatus.PASSED for r in results),
                              sum(r.status is ResultStatus.FAILED for r in results)))
    return sorted(out, key=lambda r: (r.session.day, r.session.id or 0), reverse=True)


@dataclass(frozen=True)
class PlansPage:
    items: list[PlanItem]
    sessions: list[SessionRow]  # newest first


def plans_page(uow: UnitOfWork) -> PlansPage:
    """培训计划's two lists from one snapshot, so a session never names an item the list does not show."""
    with uow:
        ensure_defaults(uow)
        page = PlansPage(uow.training.plan_items(), _session_rows(uow))
        uow.commit()
    return page


@dataclass(frozen=True)
class SessionForm:
    items: list[PlanItem]
    agents: list[AgentData]  # active agents: who can attend, and who can teach


def session_form(uow: UnitOfWork) -> SessionForm:
    """What the record-a-session dialog offers, in one unit of work."""
    with uow:
        ensure_defaults(uow)
        form = SessionForm(uow.training.plan_items(), uow.agents.list_all(Status.ACTIVE))
        uow.commit()
    return form


def _mentor_check_in_days(uow: UnitOfWork, pairings: Iterable[Pairing], agent_id: int) -> list[date]:
    return [c.day for p in pairings if p.mentor_id == agent_id for c in uow.mentoring.check_ins(p.id)]


def agent_growth(uow: UnitOfWork, agent_id: int, today: date, months: int = 6) -> list[GrowthMonth]:
    """The last `months` months, oldest first (today's month included)."""
    with uow:
        results, given, cases, taught = _growth_facts(uow, agent_id)
    return growth_by_month(last_months(today, months), results, given, cases, taught)


def _growth_facts(uow: UnitOfWork, agent_id: int) -> tuple[list[TrainingResult], list[date], list[date], list[date]]:
    """Inside an open unit of work: results, mentor check-ins given, case reviews and sessions taught."""
    given = _mentor_check_in_days(uow, uow.mentoring.pairings_of_agent(agent_id), agent_id)
    cases = [r.session.held_on for r in uow.coaching.session_rows(agent_id=agent_id, kind=SessionKind.CASE_REVIEW)]
    taught = [s.day for s in uow.training.sessions_taught_by(agent_id)]
    return uow.training.results_for_agent(agent_id), given, cases, taught
