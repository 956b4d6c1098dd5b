"""Weak results lead to coaching (issue 21): an agent graded 待改进, or whose grade a floor rule held down, is
owed an improvement-plan session (改进计划) within 7 days of the scores; the plan's action items name the KPI
dimension they target, and the month after the weak one shows that figure against the weak month's.
The weekly 绩效回顾 lists who fell a band, who hit a floor, and their open plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from domain.coaching.model import SessionKind
from domain.performance.model import GRADES_BEST_FIRST, Direction, Grade, Metric, StoredScore
from domain.performance.months import first_day, month_of, shift
from domain.ports import UnitOfWork
from domain.roster.model import Status

if TYPE_CHECKING:
    from domain.this_week import TodoItem

PLAN_WITHIN_DAYS = 7
LOWER_IS_BETTER = {Metric.AHT, Metric.RESPONSE, Metric.COMPLAINTS, Metric.COMPLAINT_RATE}


def is_weak(score: StoredScore) -> bool:
    """待改进, or a floor rule applied (the complaint floor caps the grade whatever the score)."""
    return score.grade is Grade.IMPROVE or bool(score.floor_metrics)


def direction_of(metric: Metric) -> Direction:
    return Direction.LOWER if metric in LOWER_IS_BETTER else Direction.HIGHER


def improved(metric: Metric, before: float | None, after: float | None) -> bool | None:
    """None while either month has no figure; an unchanged figure is not an improvement."""
    if before is None or after is None:
        return None
    return after < before if direction_of(metric) is Direction.LOWER else after > before


def results_out(score: StoredScore) -> date:
    """When the month's scores were known: computed_on, else the first day of the next month."""
    return score.computed_on or first_day(shift(score.month, 1))


def _plans_since(uow: UnitOfWork, agent_id: int, day: date) -> list[int]:
    return [r.session.id for r in uow.coaching.session_rows(agent_id=agent_id, kind=SessionKind.IMPROVEMENT_PLAN)
            if r.session.held_on >= day and r.session.id is not None]


def improvement_plan_todos(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """For the newest scored month: each active weak agent without an improvement plan held since the scores
    came out; due 7 days after they did."""
    from domain.this_week import TodoItem

    months = [m for m in uow.performance.kpi_months() if m < month_of(today)]
    if not months:
        return []
    active = {a.id: a for a in uow.agents.list_all() if a.status is Status.ACTIVE and a.id is not None}
    items = []
    for score in uow.performance.scores_for_month(months[-1]):
        agent = active.get(score.agent_id)
        if agent is None or not is_weak(score):
            continue
        out = results_out(score)
        if _plans_since(uow, score.agent_id, out):
            continue
        reason = ",".join([score.grade.value, *(m.value for m in score.floor_metrics)])
        items.append(TodoItem(out + timedelta(days=PLAN_WITHIN_DAYS), "performance", "improvement_plan_due",
                              score.agent_id, agent.name, f"{score.month} {reason}"))
    return items


@dataclass(frozen=True, slots=True)
class PlanFollowUp:
    """One targeted dimension of one improvement plan: the weak month's figure and the next month's."""

    agent_id: int
    agent_name: str
    session_id: int
    held_on: date
    metric: Metric
    weak_month: str  # the month before the plan was held: the one whose results prompted it
    before: float | None
    next_month: str
    after: float | None
    improved: bool | None  # None: the next month's figures are not in yet
    open_items: int


def plan_follow_ups(uow: UnitOfWork, agent_id: int | None = None) -> list[PlanFollowUp]:
    """Inside an open unit of work; newest plan first."""
    names = {a.id: a.name for a in uow.agents.list_all()}
    out = []
    for row in uow.coaching.session_rows(agent_id=agent_id, kind=SessionKind.IMPROVEMENT_PLAN):
        s = row.session
        if s.id is None:
            continue
        items = uow.coaching.action_items(s.id)
        targets = list(dict.fromkeys(Metric(i.kpi_metric) for i in items if i.kpi_metric in _METRICS))
        if not targets:
            continue
        weak, following = shift(month_of(s.held_on), -1), month_of(s.held_on)
        figures = {r.month: r for r in uow.performance.kpis_for_agent(s.agent_id, weak, following)}
        open_items = sum(i.done_on is None for i in items)
        for metric in targets:
            before = figures[weak].value(metric) if weak in figures else None
            after = figures[following].value(metric) if following in figures else None
            out.append(PlanFollowUp(s.agent_id, names.get(s.agent_id, ""), s.id, s.held_on, metric, weak, before,
                                    following, after, improved(metric, before, after), open_items))
    return sorted(out, key=lambda f: (f.held_on, f.session_id), reverse=True)


def agent_follow_ups(uow: UnitOfWork, agent_id: int) -> list[PlanFollowUp]:
    with uow:
        return plan_follow_ups(uow, agent_id)


def all_follow_ups(uow: UnitOfWork) -> list[PlanFollowUp]:
    with uow:
        return plan_follow_ups(uow)


_METRICS = {m.value for m in Metric}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    agent_id: int
    agent_name: str
    employee_no: str
    team: str
    previous: Grade | None
    grade: Grade
    score: float
    fell: bool  # a band worse than the month before
    floor_metrics: tuple[Metric, ...]
    open_plans: tuple[PlanFollowUp, ...]  # plans held since the month began whose action items are still open
    plan_due: bool  # weak, and no improvement plan held since the scores came out


@dataclass(frozen=True)
class WeeklyReview:
    month: str | None
    previous_month: str | None
    rows: list[ReviewRow]


def weekly_review(uow: UnitOfWork, month: str | None = None) -> WeeklyReview:
    """绩效回顾 for a month (default: the newest with figures): who fell a band since the month before, who hit
    a floor rule, and their improvement plans."""
    with uow:
        months = uow.performance.kpi_months()
        month = month if month in months else (months[-1] if months else None)
        if month is None:
            return WeeklyReview(None, None, [])
        previous = shift(month, -1)
        before = {s.agent_id: s.grade for s in uow.performance.scores_for_month(previous)}
        agents = {a.id: a for a in uow.agents.list_all()}
        plans: dict[int, list[PlanFollowUp]] = {}
        for follow in plan_follow_ups(uow):
            if follow.open_items and follow.held_on >= first_day(month):
                plans.setdefault(follow.agent_id, []).append(follow)
        rows = []
        for s in uow.performance.scores_for_month(month):
            agent = agents.get(s.agent_id)
            old = before.get(s.agent_id)
            fell = old is not None and GRADES_BEST_FIRST.index(s.grade) > GRADES_BEST_FIRST.index(old)
            if agent is None or not (fell or s.floor_metrics):
                continue
            due = is_weak(s) and not _plans_since(uow, s.agent_id, results_out(s))
            rows.append(ReviewRow(s.agent_id, agent.name, agent.employee_no, agent.team, old, s.grade, s.score,
                                  fell, s.floor_metrics, tuple(plans.get(s.agent_id, ())), due))
    rows.sort(key=lambda r: (not r.fell, -GRADES_BEST_FIRST.index(r.grade), r.employee_no))
    return WeeklyReview(month, previous if before else None, rows)
