"""Training and career-ladder rows, converted to domain dataclasses at the boundary."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from domain.roster.model import CareerTrack, CertLevel, TenureStage
from domain.training.model import (
    CheckMethod,
    ItemKind,
    LadderLevel,
    ManualTick,
    PlanItem,
    Position,
    Promotion,
    ResultStatus,
    TrainingResult,
    TrainingSession,
)
from persistence.db import new_id
from persistence.training.models import (
    CareerLevelRow,
    CareerTickRow,
    PositionRow,
    PromotionRow,
    TrainingPlanItemRow,
    TrainingResultRow,
    TrainingSessionRow,
)
from persistence.training.readiness_reads import ReadinessReads

ITEMS = TrainingPlanItemRow.__table__
SESSIONS = TrainingSessionRow.__table__
RESULTS = TrainingResultRow.__table__
LEVELS = CareerLevelRow.__table__
TICKS = CareerTickRow.__table__
POSITIONS = PositionRow.__table__
PROMOTIONS = PromotionRow.__table__


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _item(r: Row[Any]) -> PlanItem:
    return PlanItem(TenureStage(r.stage), r.title, ItemKind(r.kind), r.week_from, r.week_to,
                    CheckMethod(r.check_method), _dec(r.pass_mark), r.position, r.id)


def _item_values(item: PlanItem) -> dict:
    return dict(stage=str(item.stage), position=item.position, title=item.title, kind=str(item.kind),
                week_from=item.week_from, week_to=item.week_to, check_method=str(item.check),
                pass_mark=_text(item.pass_mark))


def _result(r: Row[Any]) -> TrainingResult:
    return TrainingResult(r.agent_id, r.day, ResultStatus(r.status), r.item_id, r.session_id, _dec(r.score),
                          r.checked_by or "", r.id)


def _session(r: Row[Any]) -> TrainingSession:
    return TrainingSession(r.topic, r.day, r.trainer_name or "", r.trainer_id, r.item_id, r.note or "", r.id)


def _level(r: Row[Any]) -> LadderLevel:
    return LadderLevel(CareerTrack(r.track), r.rank, r.name, r.min_tenure_months, CertLevel(r.min_cert),
                       r.kpi_grade or "", r.kpi_months, r.no_floor_months, r.items_passed, r.apprentices,
                       tuple(t for t in (r.manual or "").split("\n") if t), r.id)


def _level_values(lv: LadderLevel) -> dict:
    return dict(track=str(lv.track), rank=lv.rank, name=lv.name, min_tenure_months=lv.min_tenure_months,
                min_cert=str(lv.min_cert), kpi_grade=lv.kpi_grade, kpi_months=lv.kpi_months,
                no_floor_months=lv.no_floor_months, items_passed=lv.items_passed, apprentices=lv.apprentices,
                manual="\n".join(t.replace("\n", " ") for t in lv.manual))


class SqlTrainingRepository(ReadinessReads):
    def __init__(self, session: Session) -> None:
        self._session = session

    def _insert(self, table: Table, **values: object) -> int:
        return new_id(self._session.execute(insert(table).values(**values)))

    # plans
    def plan_items(self) -> list[PlanItem]:
        stmt = select(ITEMS).order_by(ITEMS.c.position, ITEMS.c.id)
        return [_item(r) for r in self._session.execute(stmt)]

    def add_item(self, item: PlanItem) -> int:
        return self._insert(ITEMS, **_item_values(item))

    def update_item(self, item: PlanItem) -> None:
        self._session.execute(ITEMS.update().where(ITEMS.c.id == item.id).values(**_item_values(item)))

    def remove_item(self, item_id: int) -> None:
        self._session.execute(delete(ITEMS).where(ITEMS.c.id == item_id))

    def result_count_for_item(self, item_id: int) -> int:
        stmt = select(func.count()).select_from(RESULTS).where(RESULTS.c.item_id == item_id)
        sessions = select(func.count()).select_from(SESSIONS).where(SESSIONS.c.item_id == item_id)
        return int(self._session.execute(stmt).scalar_one()) + int(self._session.execute(sessions).scalar_one())

    # results
    def add_result(self, result: TrainingResult) -> int:
        return self._insert(RESULTS, agent_id=result.agent_id, item_id=result.item_id,
                            session_id=result.session_id, day=result.day, status=str(result.status),
                            score=_text(result.score), checked_by=result.checked_by)

    def _results(self, *where: ColumnElement[bool]) -> list[TrainingResult]:
        stmt = select(RESULTS).where(*where).order_by(RESULTS.c.day, RESULTS.c.id)
        return [_result(r) for r in self._session.execute(stmt)]

    def results_for_agent(self, agent_id: int) -> list[TrainingResult]:
        return self._results(RESULTS.c.agent_id == agent_id)

    def results_between(self, first: date, last: date) -> list[TrainingResult]:
        return self._results(RESULTS.c.day >= first, RESULTS.c.day <= last)

    def all_results(self) -> list[TrainingResult]:
        return self._results()

    def results_for_session(self, session_id: int) -> list[TrainingResult]:
        return self._results(RESULTS.c.session_id == session_id)

    # sessions
    def add_session(self, s: TrainingSession) -> int:
        return self._insert(SESSIONS, topic=s.topic, day=s.day, trainer_name=s.trainer_name,
                            trainer_id=s.trainer_id, item_id=s.item_id, note=s.note)

    def sessions(self) -> list[TrainingSession]:
        return [_session(r) for r in self._session.execute(select(SESSIONS).order_by(SESSIONS.c.day, SESSIONS.c.id))]

    def sessions_taught_by(self, agent_id: int) -> list[TrainingSession]:
        stmt = select(SESSIONS).where(SESSIONS.c.trainer_id == agent_id).order_by(SESSIONS.c.day)
        return [_session(r) for r in self._session.execute(stmt)]

    # ladders
    def levels(self) -> list[LadderLevel]:
        stmt = select(LEVELS).order_by(LEVELS.c.track, LEVELS.c.rank)
        return [_level(r) for r in self._session.execute(stmt)]

    def add_level(self, level: LadderLevel) -> int:
        return self._insert(LEVELS, **_level_values(level))

    def update_level(self, level: LadderLevel) -> None:
        self._session.execute(LEVELS.update().where(LEVELS.c.id == level.id).values(**_level_values(level)))

    def ticks(self, agent_id: int | None = None) -> list[ManualTick]:
        stmt = select(TICKS) if agent_id is None else select(TICKS).where(TICKS.c.agent_id == agent_id)
        return [ManualTick(r.agent_id, r.level_id, r.criterion, r.day) for r in self._session.execute(stmt)]

    def add_tick(self, tick: ManualTick) -> None:
        self._insert(TICKS, agent_id=tick.agent_id, level_id=tick.level_id, criterion=tick.criterion, day=tick.day)

    # positions and promotions
    def positions(self, agent_id: int | None = None) -> list[Position]:
        stmt = select(POSITIONS).order_by(POSITIONS.c.start_date, POSITIONS.c.id)
        if agent_id is not None:
            stmt = stmt.where(POSITIONS.c.agent_id == agent_id)
        return [Position(r.agent_id, r.title, r.start_date, r.end_date, r.note or "", r.id)
                for r in self._session.execute(stmt)]

    def add_position(self, p: Position) -> int:
        return self._insert(POSITIONS, agent_id=p.agent_id, title=p.title, start_date=p.start, end_date=p.end,
                            note=p.note)

    def update_position(self, p: Position) -> None:
        self._session.execute(POSITIONS.update().where(POSITIONS.c.id == p.id).values(
            title=p.title, start_date=p.start, end_date=p.end, note=p.note))

    def promotions(self, agent_id: int | None = None) -> list[Promotion]:
        stmt = select(PROMOTIONS).order_by(PROMOTIONS.c.day, PROMOTIONS.c.id)
        if agent_id is not None:
            stmt = stmt.where(PROMOTIONS.c.agent_id == agent_id)
        return [Promotion(r.agent_id, r.level_id, CareerTrack(r.track), r.level_name, r.day, r.snapshot,
                          r.note or "", r.id) for r in self._session.execute(stmt)]

    def add_promotion(self, p: Promotion) -> int:
        return self._insert(PROMOTIONS, agent_id=p.agent_id, level_id=p.level_id, track=str(p.track),
                            level_name=p.level_name, day=p.day, snapshot=p.snapshot, note=p.note)
