"""辅导: coaching sessions, their action items and the case library's read models."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class SessionKind(StrEnum):
    ONE_ON_ONE = "one_on_one"  # 一对一 (weekly 1:1)
    CASE_REVIEW = "case_review"  # 案例解剖
    QA_FEEDBACK = "qa_feedback"  # 质检反馈
    LIVE_INTERVENTION = "live_intervention"  # 实时介入
    IMPROVEMENT_PLAN = "improvement_plan"  # 改进计划


@dataclass(frozen=True, slots=True)
class ActionItem:
    """行动项: something someone promised to do, by a date. `done_on` is None while open."""

    text: str
    owner: str
    due_on: date
    done_on: date | None = None
    session_id: int | None = None
    id: int | None = None
    version: int = 0  # as read from storage (0: not read, not checked); a stale one is refused (EditedElsewhere)
    kpi_metric: str = ""  # an improvement plan's target: a performance Metric code, "" for none

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


@dataclass(frozen=True, slots=True)
class CoachingSession:
    """One conversation with one agent. For a case review, `situation` holds the customer's real need."""

    agent_id: int
    kind: SessionKind
    held_on: date
    title: str = ""
    situation: str = ""
    strengths: str = ""
    improve: str = ""
    agent_view: str = ""
    mood: int | None = None  # 1–5, how the agent seemed
    tags: tuple[str, ...] = field(default_factory=tuple)  # case review topics, e.g. 投诉, 退款
    id: int | None = None
    version: int = 0  # as read from storage (0: not read, not checked); a stale one is refused (EditedElsewhere)


@dataclass(frozen=True, slots=True)
class SessionRow:
    """A session with who it was with, for lists: its action items not done yet, and the earliest due."""

    session: CoachingSession
    agent_name: str
    employee_no: str
    team: str
    open_items: int = 0
    next_due: date | None = None


@dataclass(frozen=True, slots=True)
class ActionItemRow:
    item: ActionItem
    agent_id: int
    agent_name: str
    session_kind: SessionKind
    session_title: str
    held_on: date


@dataclass(frozen=True, slots=True)
class CadenceRow:
    """How long since an active agent's last 1:1, and whether that is past the threshold."""

    agent_id: int
    agent_name: str
    employee_no: str
    team: str
    hire_date: date
    last_one_on_one: date | None
    days_since: int | None
    due_on: date
    overdue: bool
