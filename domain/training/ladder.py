"""透明晋升: whether an agent meets their track's next level, criterion by criterion, with the evidence.
Only criteria the app can check from its data are checked automatically; free-text ones need a tick."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from domain.roster.model import AgentData, CareerTrack, CertLevel, Status
from domain.training.growth import last_months
from domain.training.model import Criterion, LadderLevel, Promotion

CERT_ORDER = (CertLevel.NONE, CertLevel.JUNIOR, CertLevel.INTERMEDIATE, CertLevel.SENIOR, CertLevel.EXPERT)
GRADE_ORDER = ("improve", "pass", "good", "excellent")  # performance Grade values, worst first


@dataclass(frozen=True, slots=True)
class MonthGrade:
    month: str
    grade: str  # a performance Grade value
    floor: bool  # a complaint floor capped the grade


@dataclass(frozen=True, slots=True)
class AgentEvidence:
    """What the app knows about one agent, gathered by the service."""

    agent: AgentData
    grades: Mapping[str, MonthGrade]
    cert_passed_on: date | None  # the day the current certification level was passed, if recorded
    items_passed: int
    apprentices: int  # pairings completed as mentor
    ticks: frozenset[tuple[int, str]]  # (level id, criterion text) ticked by the supervisor


@dataclass(frozen=True, slots=True)
class Check:
    criterion: Criterion
    required: str  # the threshold as a code or number ("12", "intermediate", "good/6", a manual text)
    met: bool
    evidence: str  # months, dates, counts: values, never words


@dataclass(frozen=True, slots=True)
class Readiness:
    agent: AgentData
    track: CareerTrack
    current: LadderLevel | None
    target: LadderLevel | None  # None: at the top of the track
    checks: tuple[Check, ...]

    @property
    def missing(self) -> int:
        return sum(not c.met for c in self.checks)

    @property
    def ready(self) -> bool:
        return self.target is not None and self.missing == 0


def full_months(start: date, today: date) -> int:
    months = (today.year - start.year) * 12 + today.month - start.month
    return months - (today.day < start.day)


def previous_months(today: date, n: int) -> list[str]:
    """The n completed months before today's month, oldest first."""
    first_of_month = today.replace(day=1)
    return last_months(first_of_month - timedelta(days=1), n) if n > 0 else []


def check_level(level: LadderLevel, ev: AgentEvidence, today: date) -> tuple[Check, ...]:
    checks: list[Check] = []
    if level.min_tenure_months:
        months = full_months(ev.agent.hire_date, today)
        checks.append(Check(Criterion.TENURE_MONTHS, str(level.min_tenure_months),
                            months >= level.min_tenure_months, f"{ev.agent.hire_date.isoformat()} +{months}"))
    if level.min_cert is not CertLevel.NONE:
        has = ev.agent.cert_level
        evidence = str(has) + (f" {ev.cert_passed_on.isoformat()}" if ev.cert_passed_on else "")
        checks.append(Check(Criterion.CERT_LEVEL, str(level.min_cert),
                            CERT_ORDER.index(has) >= CERT_ORDER.index(level.min_cert), evidence))
    if level.kpi_grade and level.kpi_months:
        window = previous_months(today, level.kpi_months)
        need = GRADE_ORDER.index(level.kpi_grade)
        shown = [f"{m}:{ev.grades[m].grade}" if m in ev.grades else f"{m}:-" for m in window]
        met = all(m in ev.grades and GRADE_ORDER.index(ev.grades[m].grade) >= need for m in window)
        checks.append(Check(Criterion.KPI_GRADE, f"{level.kpi_grade}/{level.kpi_months}", met, " ".join(shown)))
    if level.no_floor_months:
        window = previous_months(today, level.no_floor_months)
        floored = [m for m in window if m in ev.grades and ev.grades[m].floor]
        checks.append(Check(Criterion.NO_FLOOR, str(level.no_floor_months), not floored,
                            " ".join(floored) if floored else f"{window[0]}…{window[-1]}"))
    if level.items_passed:
        checks.append(Check(Criterion.ITEMS_PASSED, str(level.items_passed), ev.items_passed >= level.items_passed,
                            str(ev.items_passed)))
    if level.apprentices:
        checks.append(Check(Criterion.APPRENTICES, str(level.apprentices), ev.apprentices >= level.apprentices,
                            str(ev.apprentices)))
    for text in level.manual:
        ticked = level.id is not None and (level.id, text) in ev.ticks
        checks.append(Check(Criterion.MANUAL, text, ticked, ""))
    return tuple(checks)


def current_level(track_levels: list[LadderLevel], promotions: Iterable[Promotion]) -> LadderLevel | None:
    """The highest level the agent was promoted to on this track; the track's first rung otherwise."""
    by_id = {lv.id: lv for lv in track_levels}
    reached = [by_id[p.level_id] for p in promotions if p.level_id in by_id]
    if reached:
        return max(reached, key=lambda lv: lv.rank)
    return min(track_levels, key=lambda lv: lv.rank) if track_levels else None


def readiness(ev: AgentEvidence, levels: Iterable[LadderLevel], promotions: Iterable[Promotion],
              today: date) -> Readiness | None:
    """None for an agent without a track (or whose track has no levels)."""
    track = ev.agent.career_track
    if track is CareerTrack.UNDECIDED:
        return None
    track_levels = sorted((lv for lv in levels if lv.track is track), key=lambda lv: lv.rank)
    if not track_levels:
        return None
    current = current_level(track_levels, promotions)
    above = [lv for lv in track_levels if current is None or lv.rank > current.rank]
    target = above[0] if above else None
    checks = check_level(target, ev, today) if target else ()
    return Readiness(ev.agent, track, current, target, checks)


def ready_lists(rows: Iterable[Readiness | None]) -> tuple[list[Readiness], list[Readiness]]:
    """(ready now, one criterion away), active agents only."""
    active = [r for r in rows if r is not None and r.target is not None and r.agent.status is Status.ACTIVE]
    return [r for r in active if r.missing == 0], [r for r in active if r.missing == 1]
