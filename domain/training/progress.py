"""A plan is the same for everyone in a stage; an agent's progress is derived from their hire date and their
results, so a new hire is on the 新人 plan from the day they are added, with nothing to assign or forget."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from domain.roster.model import TenureStage
from domain.training.model import COMPLETE, CheckMethod, PlanItem, ResultStatus, TrainingResult

STAGE_ORDER = (TenureStage.NEW, TenureStage.GROWING, TenureStage.EXPERT)


class ItemState(StrEnum):
    COMPLETE = "complete"
    RETAKE = "retake"  # the latest test was failed
    OPEN = "open"
    OVERDUE = "overdue"
    NOT_YET = "not_yet"  # its weeks have not started


@dataclass(frozen=True, slots=True)
class ItemProgress:
    item: PlanItem
    starts: date
    due: date
    state: ItemState
    latest: TrainingResult | None


def item_window(hire: date, item: PlanItem) -> tuple[date, date]:
    """Week n is days 7(n-1) … 7n-1 after hire: 跟听 in weeks 1–2 of a 2026-03-02 hire is due 2026-03-15."""
    return hire + timedelta(days=7 * (item.week_from - 1)), hire + timedelta(days=7 * item.week_to - 1)


def status_for_score(score: Decimal, pass_mark: Decimal | None) -> ResultStatus:
    if pass_mark is None:
        return ResultStatus.DONE
    return ResultStatus.PASSED if score >= pass_mark else ResultStatus.FAILED


def latest_by_item(results: Iterable[TrainingResult]) -> dict[int, TrainingResult]:
    """The latest result per item; an absence never overrides an earlier result."""
    latest: dict[int, TrainingResult] = {}
    for r in sorted(results, key=lambda r: (r.day, r.id or 0)):
        if r.item_id is not None and r.status is not ResultStatus.ABSENT:
            latest[r.item_id] = r
    return latest


def complete_items(results: Iterable[TrainingResult], until: date | None = None) -> dict[int, set[int]]:
    """Per agent, the items whose latest result (on or before `until`) is complete: `latest_by_item` over each
    agent's results. What the repository's read model of the same name answers from SQL (tested equal)."""
    by_agent: dict[int, list[TrainingResult]] = {}
    for r in results:
        if until is None or r.day <= until:
            by_agent.setdefault(r.agent_id, []).append(r)
    found: dict[int, set[int]] = {}
    for agent_id, mine in by_agent.items():
        done = {item_id for item_id, r in latest_by_item(mine).items() if r.status in COMPLETE}
        if done:
            found[agent_id] = done
    return found


def _state(latest: TrainingResult | None, starts: date, due: date, today: date) -> ItemState:
    if latest is not None and latest.status in COMPLETE:
        return ItemState.COMPLETE
    if latest is not None and latest.status is ResultStatus.FAILED:
        return ItemState.RETAKE if due >= today else ItemState.OVERDUE
    if due < today:
        return ItemState.OVERDUE
    return ItemState.NOT_YET if starts > today else ItemState.OPEN


def plan_progress(hire: date, stage: TenureStage, items: Iterable[PlanItem], results: Iterable[TrainingResult],
                  today: date) -> list[ItemProgress]:
    """Every item of the agent's stage and the stages before it, in plan order."""
    reached = STAGE_ORDER[: STAGE_ORDER.index(stage) + 1]
    latest = latest_by_item(results)
    rows = []
    for item in sorted((i for i in items if i.stage in reached),
                       key=lambda i: (STAGE_ORDER.index(i.stage), i.position, i.week_from, i.id or 0)):
        starts, due = item_window(hire, item)
        got = latest.get(item.id) if item.id is not None else None
        rows.append(ItemProgress(item, starts, due, _state(got, starts, due, today), got))
    return rows


def due_by(progress: Iterable[ItemProgress], stage: TenureStage, horizon: date) -> list[ItemProgress]:
    """本周待办: the current stage's items not complete and due by `horizon` (overdue ones included).
    Earlier stages' leftovers show on the agent page but do not nag every week."""
    return [p for p in progress if p.item.stage is stage and p.state is not ItemState.COMPLETE
            and p.due <= horizon]


def completion(progress: Iterable[ItemProgress]) -> tuple[int, int]:
    """(complete, items)."""
    rows = list(progress)
    return sum(p.state is ItemState.COMPLETE for p in rows), len(rows)


def needs_score(item: PlanItem | None) -> bool:
    return item is not None and item.check is CheckMethod.TEST
