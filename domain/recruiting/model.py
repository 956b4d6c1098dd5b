"""Recruiting's vocabulary: candidates and their pipeline, versioned scorecard templates, scorecards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.roster.model import Role

SCALE = (1, 2, 3, 4, 5)


class Source(StrEnum):
    CAMPUS = "campus"  # 校招
    SOCIAL = "social"  # 社招
    REFERRAL = "referral"  # 内推
    AGENCY = "agency"  # 劳务派遣
    OTHER = "other"


class Stage(StrEnum):
    APPLIED = "applied"
    HR_SCREEN = "hr_screen"
    SUPERVISOR = "supervisor"
    VETERAN = "veteran"
    OFFER = "offer"
    HIRED = "hired"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


PIPELINE = (Stage.APPLIED, Stage.HR_SCREEN, Stage.SUPERVISOR, Stage.VETERAN, Stage.OFFER)
CLOSED = (Stage.HIRED, Stage.REJECTED, Stage.WITHDRAWN)


class Round(StrEnum):
    HR = "hr"  # HR 初筛
    SUPERVISOR = "supervisor"  # 业务主管
    VETERAN = "veteran"  # 老员工


ROUND_OF_STAGE = {Stage.HR_SCREEN: Round.HR, Stage.SUPERVISOR: Round.SUPERVISOR, Stage.VETERAN: Round.VETERAN}
STAGE_OF_ROUND = {r: s for s, r in ROUND_OF_STAGE.items()}


class Recommendation(StrEnum):
    STRONG_YES = "strong_yes"
    YES = "yes"
    NO = "no"
    STRONG_NO = "strong_no"


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    role: Role
    source: Source
    applied_on: date
    phone: str = ""
    stage: Stage = Stage.APPLIED
    stage_on: date | None = None  # when the candidate reached `stage`
    reason: str = ""  # why rejected or withdrawn, in the supervisor's words
    agent_id: int | None = None  # the Employee a hire became
    notes: str = ""
    id: int | None = None
    version: int = 0  # as read from storage (0: not read, not checked); a stale one is refused (EditedElsewhere)

    @property
    def is_open(self) -> bool:
        return self.stage not in CLOSED


@dataclass(frozen=True, slots=True)
class StageChange:
    candidate_id: int
    stage: Stage
    day: date
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Dimension:
    """One thing interviewers score 1–5. `key` stays the same across template versions, so answers to
    "does this dimension predict who stays" can pool every version."""

    key: str
    name: str
    description: str = ""
    weight: int = 1
    anchors: tuple[str, ...] = ("", "", "", "", "")  # the behaviour that earns 1, 2, 3, 4, 5
    knockout_below: int | None = None  # 一票否决: a score below this rejects whatever the total


@dataclass(frozen=True, slots=True)
class Template:
    """A frozen version: editing makes a new version, so past scorecards keep the one they were scored on."""

    round: Round
    version: int
    dimensions: tuple[Dimension, ...]
    scenarios: tuple[str, ...] = ()
    created_on: date | None = None
    id: int | None = None

    def dimension(self, key: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.key == key), None)


@dataclass(frozen=True, slots=True)
class DimensionScore:
    key: str
    score: int
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Scorecard:
    candidate_id: int
    template_id: int
    interviewer: str
    interview_date: date
    scores: tuple[DimensionScore, ...]
    recommendation: Recommendation
    scenario: str = ""
    notes: str = ""
    id: int | None = None

    def score_of(self, key: str) -> int | None:
        return next((s.score for s in self.scores if s.key == key), None)
