"""Career-ladder use cases: levels, readiness with evidence, positions and promotions."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from domain.errors import NotFound
from domain.mentoring.model import PairingStatus
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, CareerTrack, Status
from domain.training.errors import TrainingError
from domain.training.growth import GrowthMonth, growth_by_month, last_months
from domain.training.ladder import (
    AgentEvidence,
    MonthGrade,
    Readiness,
    check_level,
    previous_months,
    readiness,
    ready_lists,
)
from domain.training.model import COMPLETE, LadderLevel, ManualTick, Position, Promotion
from domain.training.progress import ItemProgress, latest_by_item
from domain.training.services import _growth_facts, _progress, ensure_defaults


def list_levels(uow: UnitOfWork) -> list[LadderLevel]:
    with uow:
        ensure_defaults(uow)
        levels = uow.training.levels()
        uow.commit()
    return _sorted_levels(levels)


def _sorted_levels(levels: list[LadderLevel]) -> list[LadderLevel]:
    return sorted(levels, key=lambda lv: (list(CareerTrack).index(lv.track), lv.rank))


def save_level(uow: UnitOfWork, level: LadderLevel) -> int:
    if not level.name.strip() or level.rank < 0:
        raise TrainingError("training_title_missing")
    level = replace(level, name=level.name.strip(), manual=tuple(t.strip() for t in level.manual if t.strip()))
    with uow:
        if level.id is None:
            level_id = uow.training.add_level(level)
        else:
            uow.training.update_level(level)
            level_id = level.id
        uow.commit()
    return level_id


def _evidence(uow: UnitOfWork, agent: AgentData) -> AgentEvidence:
    """One agent's evidence, from their records."""
    agent_id = agent.id or 0
    grades = {s.month: MonthGrade(s.month, str(s.grade), bool(s.floor_metrics))
              for s in uow.performance.scores_for_agent(agent_id)}
    passed_on = max((a.day for a in uow.certifications.for_agent(agent_id)
                     if a.passed and a.level is agent.cert_level), default=None)
    items = sum(r.status in COMPLETE for r in latest_by_item(uow.training.results_for_agent(agent_id)).values())
    apprentices = sum(p.mentor_id == agent_id and p.status is PairingStatus.COMPLETED
                      for p in uow.mentoring.pairings_of_agent(agent_id))
    ticks = frozenset((t.level_id, t.criterion) for t in uow.training.ticks(agent_id))
    return AgentEvidence(agent, grades, passed_on, items, apprentices, ticks)


def _readiness(uow: UnitOfWork, agent: AgentData, levels: list[LadderLevel], today: date) -> Readiness | None:
    return readiness(_evidence(uow, agent), levels, uow.training.promotions(agent.id), today)


def _everyone(uow: UnitOfWork, levels: list[LadderLevel], today: date) -> list[Readiness | None]:
    """Every active agent's readiness, with the evidence of all of them read at once (the training repository's
    read models; a handful of queries instead of six per agent). The grades only of the months a level's checks
    read (check_level: the last `kpi_months` and `no_floor_months` completed months). Tested equal to each
    agent's `_readiness` on a generated centre (tests/persistence/test_readiness_recent.py)."""
    tracks = {level.track for level in levels}
    agents = [a for a in uow.agents.list_all(Status.ACTIVE) if a.career_track in tracks]
    longest = max((max(level.kpi_months, level.no_floor_months) for level in levels), default=0)
    reads = uow.training
    grades = reads.month_grades(previous_months(today, longest))
    complete, certified, apprentices = reads.complete_items(), reads.certified_on(), reads.apprentices_completed()
    ticks: dict[int, set[tuple[int, str]]] = {}
    for t in reads.ticks():
        ticks.setdefault(t.agent_id, set()).add((t.level_id, t.criterion))
    promotions: dict[int, list[Promotion]] = {}
    for p in reads.promotions():
        promotions.setdefault(p.agent_id, []).append(p)
    found = []
    for a in agents:  # `readiness` answers None for an agent whose track has no levels: no evidence to read
        i = a.id or 0
        evidence = AgentEvidence(a, grades.get(i, {}), certified.get((i, a.cert_level)), len(complete.get(i, ())),
                                 apprentices.get(i, 0), frozenset(ticks.get(i, ())))
        found.append(readiness(evidence, levels, promotions.get(i, []), today))
    return found


def agent_readiness(uow: UnitOfWork, agent_id: int, today: date) -> Readiness | None:
    with uow:
        ensure_defaults(uow)
        agent = uow.agents.get(agent_id)
        if agent is None:
            raise NotFound()
        result = _readiness(uow, agent, uow.training.levels(), today)
        uow.commit()
    return result


def everyone_readiness(uow: UnitOfWork, today: date) -> list[Readiness]:
    """Every active agent on a track, closest to their next level first."""
    with uow:
        ensure_defaults(uow)
        levels = uow.training.levels()
        rows = _everyone(uow, levels, today)
        uow.commit()
    return sort_readiness([r for r in rows if r is not None])


@dataclass(frozen=True)
class ReadinessPage:
    rows: list[Readiness]  # closest to their next level first
    levels: list[LadderLevel]  # every track's levels, for the promotion dialog


def readiness_page(uow: UnitOfWork, today: date) -> ReadinessPage:
    """晋升准备: everyone's readiness and the ladders it was measured against, from one snapshot."""
    with uow:
        ensure_defaults(uow)
        levels = uow.training.levels()
        rows = _everyone(uow, levels, today)
        uow.commit()
    return ReadinessPage(sort_readiness([r for r in rows if r is not None]), _sorted_levels(levels))


def readiness_rows(uow: UnitOfWork, agent_ids: Iterable[int], today: date) -> dict[int, Readiness | None]:
    """The rows of a few agents after a change to them; None: no longer on the list (left, or off every track)."""
    with uow:
        ensure_defaults(uow)
        levels = uow.training.levels()
        found: dict[int, Readiness | None] = {}
        for agent_id in agent_ids:
            agent = uow.agents.get(agent_id)
            active = agent is not None and agent.status is Status.ACTIVE
            found[agent_id] = _readiness(uow, agent, levels, today) if agent is not None and active else None
        uow.commit()
    return found


def sort_readiness(rows: list[Readiness]) -> list[Readiness]:
    return sorted(rows, key=lambda r: (r.target is None, r.missing, r.agent.employee_no))


@dataclass(frozen=True)
class AgentTraining:
    progress: list[ItemProgress]
    growth: list[GrowthMonth]  # oldest month first
    readiness: Readiness | None


def agent_training(uow: UnitOfWork, agent_id: int, today: date, months: int = 3) -> AgentTraining:
    """The agent page's training box: plan progress, recent growth and readiness, in one unit of work."""
    with uow:
        ensure_defaults(uow)
        agent = uow.agents.get(agent_id)
        if agent is None:
            raise NotFound()
        results, given, cases, taught = _growth_facts(uow, agent_id)
        found = AgentTraining(_progress(uow, agent, today),
                              growth_by_month(last_months(today, months), results, given, cases, taught),
                              _readiness(uow, agent, uow.training.levels(), today))
        uow.commit()
    return found


def posting_lists(uow: UnitOfWork, today: date) -> tuple[list[LadderLevel], list[Readiness], list[Readiness]]:
    """What the 公示 workbook posts — the ladders, who is ready and who is one criterion away — from one read."""
    page = readiness_page(uow, today)
    ready, near = ready_lists(page.rows)
    return page.levels, ready, near


def ready_now_and_near(uow: UnitOfWork, today: date) -> tuple[list[Readiness], list[Readiness]]:
    return ready_lists(everyone_readiness(uow, today))


def tick_criterion(uow: UnitOfWork, agent_id: int, level_id: int, criterion: str, day: date) -> None:
    with uow:
        if uow.agents.get(agent_id) is None:
            raise NotFound()
        if (level_id, criterion) not in {(t.level_id, t.criterion) for t in uow.training.ticks(agent_id)}:
            uow.training.add_tick(ManualTick(agent_id, level_id, criterion, day))
        uow.commit()


def record_promotion(uow: UnitOfWork, agent_id: int, level_id: int, day: date, today: date, note: str = "") -> int:
    """The promotion and a snapshot of the level's criteria as they stood on `day`. The supervisor decides:
    unmet criteria are recorded as unmet, not refused."""
    if day > today:
        raise TrainingError("training_date_in_future")
    with uow:
        agent = _agent(uow, agent_id)
        level = next((lv for lv in uow.training.levels() if lv.id == level_id), None)
        if level is None:
            raise NotFound()
        if level.track is not agent.career_track:
            raise TrainingError("career_level_track_mismatch")
        if day < agent.hire_date:
            raise TrainingError("training_before_hire")
        ev = _evidence(uow, agent)
        current = readiness(ev, uow.training.levels(), uow.training.promotions(agent_id), day)
        if current is not None and current.current is not None and level.rank <= current.current.rank:
            raise TrainingError("career_level_not_above")
        checks = check_level(level, ev, day)
        snapshot = json.dumps({
            "track": str(level.track), "level": level.name, "rank": level.rank,
            "from": current.current.name if current and current.current else "",
            "criteria": [{"criterion": str(c.criterion), "required": c.required, "met": c.met,
                          "evidence": c.evidence} for c in checks],
        }, ensure_ascii=False)
        promotion_id = uow.training.add_promotion(
            Promotion(agent_id, level_id, level.track, level.name, day, snapshot, note.strip()))
        uow.commit()
    return promotion_id


def _agent(uow: UnitOfWork, agent_id: int) -> AgentData:
    agent = uow.agents.get(agent_id)
    if agent is None:
        raise NotFound()
    if agent.status is not Status.ACTIVE:
        raise TrainingError("training_agent_not_active")
    return agent


def start_position(uow: UnitOfWork, agent_id: int, title: str, start: date, today: date, note: str = "") -> int:
    if not title.strip():
        raise TrainingError("position_title_missing")
    if start > today:
        raise TrainingError("training_date_in_future")
    with uow:
        agent = _agent(uow, agent_id)
        if start < agent.hire_date:
            raise TrainingError("training_before_hire")
        position_id = uow.training.add_position(Position(agent_id, title.strip(), start, None, note.strip()))
        uow.commit()
    return position_id


def end_position(uow: UnitOfWork, position_id: int, end: date, today: date) -> None:
    if end > today:
        raise TrainingError("training_date_in_future")
    with uow:
        found = next((p for p in uow.training.positions() if p.id == position_id), None)
        if found is None:
            raise NotFound()
        if end < found.start:
            raise TrainingError("position_end_before_start")
        uow.training.update_position(replace(found, end=end))
        uow.commit()


def list_positions(uow: UnitOfWork, agent_id: int | None = None) -> list[Position]:
    with uow:
        return sorted(uow.training.positions(agent_id), key=lambda p: (p.start, p.id or 0), reverse=True)


def list_promotions(uow: UnitOfWork, agent_id: int | None = None) -> list[Promotion]:
    with uow:
        return sorted(uow.training.promotions(agent_id), key=lambda p: (p.day, p.id or 0), reverse=True)
