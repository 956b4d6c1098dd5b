"""Candidates, stage changes, template versions and scorecards: Core statements, domain dataclasses out."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, delete, func, insert, select
from sqlalchemy.orm import Session

from domain.recruiting.model import (
    Candidate,
    Dimension,
    DimensionScore,
    Recommendation,
    Round,
    Scorecard,
    Source,
    Stage,
    StageChange,
    Template,
)
from domain.roster.model import Role
from persistence.db import new_id
from persistence.recruiting.models import (
    RecruitingCandidateRow,
    RecruitingScorecardRow,
    RecruitingScoreRow,
    RecruitingStageChangeRow,
    RecruitingTemplateDimensionRow,
    RecruitingTemplateRow,
)
from persistence.versioned import versioned_update

CANDIDATES = RecruitingCandidateRow.__table__
CHANGES = RecruitingStageChangeRow.__table__
TEMPLATES = RecruitingTemplateRow.__table__
DIMENSIONS = RecruitingTemplateDimensionRow.__table__
CARDS = RecruitingScorecardRow.__table__
SCORES = RecruitingScoreRow.__table__


def _candidate(r: Row[Any]) -> Candidate:
    return Candidate(
        id=r.id, name=r.name, phone=r.phone or "", role=Role(r.role), source=Source(r.source),
        applied_on=r.applied_on, stage=Stage(r.stage), stage_on=r.stage_on, reason=r.reason or "",
        agent_id=r.agent_id, notes=r.notes or "", version=r.version,
    )


def _candidate_values(c: Candidate) -> dict[str, object]:
    return {"name": c.name, "phone": c.phone, "role": str(c.role), "source": str(c.source),
            "applied_on": c.applied_on, "stage": str(c.stage), "stage_on": c.stage_on, "reason": c.reason,
            "agent_id": c.agent_id, "notes": c.notes}


def _dimension(r: Row[Any]) -> Dimension:
    return Dimension(key=r.key, name=r.name, description=r.description or "", weight=r.weight,
                     anchors=(r.anchor_1, r.anchor_2, r.anchor_3, r.anchor_4, r.anchor_5),
                     knockout_below=r.knockout_below)


class SqlRecruitingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- candidates ----------------------------------------------------------------------------
    def candidate(self, candidate_id: int) -> Candidate | None:
        row = self._session.execute(select(CANDIDATES).where(CANDIDATES.c.id == candidate_id)).first()
        return _candidate(row) if row else None

    def candidates(self) -> list[Candidate]:
        rows = self._session.execute(select(CANDIDATES).order_by(CANDIDATES.c.applied_on.desc(), CANDIDATES.c.id))
        return [_candidate(r) for r in rows]

    def candidate_of_agent(self, agent_id: int) -> Candidate | None:
        row = self._session.execute(select(CANDIDATES).where(CANDIDATES.c.agent_id == agent_id)).first()
        return _candidate(row) if row else None

    def add_candidate(self, candidate: Candidate) -> int:
        result = self._session.execute(insert(CANDIDATES).values(**_candidate_values(candidate)))
        return new_id(result)

    def update_candidate(self, candidate: Candidate) -> None:
        versioned_update(self._session, CANDIDATES, candidate.id, candidate.version, _candidate_values(candidate))

    def add_stage_change(self, change: StageChange) -> int:
        result = self._session.execute(insert(CHANGES).values(
            candidate_id=change.candidate_id, stage=str(change.stage), day=change.day, reason=change.reason))
        return new_id(result)

    def stage_changes(self, candidate_id: int) -> list[StageChange]:
        rows = self._session.execute(select(CHANGES).where(CHANGES.c.candidate_id == candidate_id)
                                     .order_by(CHANGES.c.day, CHANGES.c.id))
        return [StageChange(r.candidate_id, Stage(r.stage), r.day, r.reason or "", r.id) for r in rows]

    # --- templates -----------------------------------------------------------------------------
    def _templates(self, where: ColumnElement[bool] | None = None) -> list[Template]:
        query = select(TEMPLATES).order_by(TEMPLATES.c.round, TEMPLATES.c.version)
        heads = list(self._session.execute(query if where is None else query.where(where)))
        if not heads:
            return []
        dims: dict[int, list[Dimension]] = defaultdict(list)
        rows = self._session.execute(select(DIMENSIONS).where(DIMENSIONS.c.template_id.in_([h.id for h in heads]))
                                     .order_by(DIMENSIONS.c.template_id, DIMENSIONS.c.position))
        for r in rows:
            dims[r.template_id].append(_dimension(r))
        return [Template(Round(h.round), h.version, tuple(dims[h.id]),
                         tuple(s for s in (h.scenarios or "").split("\n") if s), h.created_on, h.id) for h in heads]

    def template(self, template_id: int) -> Template | None:
        found = self._templates(TEMPLATES.c.id == template_id)
        return found[0] if found else None

    def templates(self) -> list[Template]:
        return self._templates()

    def current_template(self, round_: Round) -> Template | None:
        newest = (select(func.max(TEMPLATES.c.version)).where(TEMPLATES.c.round == str(round_))
                  .scalar_subquery())
        found = self._templates((TEMPLATES.c.round == str(round_)) & (TEMPLATES.c.version == newest))
        return found[0] if found else None

    def add_template(self, template: Template) -> int:
        result = self._session.execute(insert(TEMPLATES).values(
            round=str(template.round), version=template.version,
            scenarios="\n".join(s.replace("\n", " ") for s in template.scenarios), created_on=template.created_on))
        template_id = new_id(result)
        self._session.execute(insert(DIMENSIONS), [
            {"template_id": template_id, "position": i, "key": d.key, "name": d.name, "description": d.description,
             "weight": d.weight, "knockout_below": d.knockout_below,
             **{f"anchor_{n + 1}": d.anchors[n] for n in range(5)}}
            for i, d in enumerate(template.dimensions)])
        return template_id

    # --- scorecards ----------------------------------------------------------------------------
    def scorecards(self, candidate_id: int | None = None,
                   interviewed: tuple[date, date] | None = None) -> list[Scorecard]:
        query = select(CARDS).order_by(CARDS.c.interview_date, CARDS.c.id)
        score_query = select(SCORES)
        if candidate_id is not None:
            query = query.where(CARDS.c.candidate_id == candidate_id)
            score_query = score_query.join(CARDS, CARDS.c.id == SCORES.c.scorecard_id).where(
                CARDS.c.candidate_id == candidate_id)
        if interviewed is not None:  # the HQ report reads one year of a centre's ten
            query = query.where(CARDS.c.interview_date.between(*interviewed))
            score_query = score_query.where(SCORES.c.scorecard_id.in_(
                select(CARDS.c.id).where(CARDS.c.interview_date.between(*interviewed))))
        scores: dict[int, list[DimensionScore]] = defaultdict(list)
        for r in self._session.execute(score_query):
            scores[r.scorecard_id].append(DimensionScore(r.dimension_key, r.score, r.evidence or ""))
        return [Scorecard(candidate_id=r.candidate_id, template_id=r.template_id, interviewer=r.interviewer,
                          interview_date=r.interview_date, scores=tuple(scores[r.id]),
                          recommendation=Recommendation(r.recommendation), scenario=r.scenario or "",
                          notes=r.notes or "", id=r.id)
                for r in self._session.execute(query)]

    def add_scorecard(self, card: Scorecard) -> int:
        result = self._session.execute(insert(CARDS).values(
            candidate_id=card.candidate_id, template_id=card.template_id, interviewer=card.interviewer,
            interview_date=card.interview_date, scenario=card.scenario, recommendation=str(card.recommendation),
            notes=card.notes))
        card_id = new_id(result)
        self._session.execute(insert(SCORES), [
            {"scorecard_id": card_id, "dimension_key": s.key, "score": s.score, "evidence": s.evidence}
            for s in card.scores])
        return card_id

    def remove_scorecard(self, scorecard_id: int) -> None:
        self._session.execute(delete(SCORES).where(SCORES.c.scorecard_id == scorecard_id))
        self._session.execute(delete(CARDS).where(CARDS.c.id == scorecard_id))
