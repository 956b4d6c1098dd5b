"""Mentor outcomes and time-to-certification: pure functions over pairings, attempts and agents.

Definitions (the supervisor sees these words in the UI's tooltips):
* 90-day retention — of the mentor's apprentices whose pairing began at least 90 days ago (or who
  already left within those 90 days), the share still employed 90 days after the pairing began.
  Counted from the pairing's start, not the hire date, because that is when the mentor took over.
* time to first certification — days from the apprentice's hire date to their first passed exam of
  any level; the median over the mentor's apprentices who have passed one.
* time to a level — days from hire to the first pass at that level.
* KPI at the end of the pairing — the apprentice's latest monthly KPI score (performance area) from the
  months the pairing spanned, start month to end month; the mean over the mentor's ended pairings that
  have one. Running pairings have no end yet and are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from domain.mentoring.model import EXAM_LEVELS, CertAttempt, Pairing, PairingStatus
from domain.roster.model import AgentData, CertLevel

RETENTION_DAYS = 90


@dataclass(frozen=True, slots=True)
class MentorOutcome:
    mentor: AgentData
    pairings: int
    active: int
    completed: int
    ended_early: int
    retained_90: int
    measured_90: int  # the denominator: pairings old enough to judge
    certified: int  # apprentices with at least one pass
    median_days_to_first_cert: float | None
    kpi_at_end: float | None = None  # mean over ended pairings with a score
    kpi_measured: int = 0

    @property
    def retention_90(self) -> float | None:
        return self.retained_90 / self.measured_90 if self.measured_90 else None


@dataclass(frozen=True, slots=True)
class AgentLevelTimes:
    agent: AgentData
    days: Mapping[CertLevel, int]  # only the levels passed


@dataclass(frozen=True, slots=True)
class MentorLevelTimes:
    mentor: AgentData
    apprentices: int
    median_days: Mapping[CertLevel, float]  # only levels at least one apprentice passed
    reached: Mapping[CertLevel, int]  # how many apprentices reached each level


def first_passes(attempts: Iterable[CertAttempt]) -> dict[int, dict[CertLevel, date]]:
    """agent id -> level -> date of the first pass at that level."""
    found: dict[int, dict[CertLevel, date]] = {}
    for attempt in attempts:
        if not attempt.passed:
            continue
        levels = found.setdefault(attempt.agent_id, {})
        if attempt.level not in levels or attempt.day < levels[attempt.level]:
            levels[attempt.level] = attempt.day
    return found


def kpi_at_end(pairing: Pairing, scores: Sequence[tuple[str, float]]) -> float | None:
    """`scores`: the apprentice's ("YYYY-MM", score) pairs. The latest from the pairing's own months."""
    if pairing.end_date is None:
        return None
    first, last = f"{pairing.start_date:%Y-%m}", f"{pairing.end_date:%Y-%m}"
    within = sorted((month, score) for month, score in scores if first <= month <= last)
    return within[-1][1] if within else None


def retained(pairing: Pairing, apprentice: AgentData, today: date) -> bool | None:
    """True/False once judgeable, None while the 90 days are still running."""
    horizon = pairing.start_date + timedelta(days=RETENTION_DAYS)
    if apprentice.leave_date is not None and apprentice.leave_date < horizon:
        return False
    if horizon > today:
        return None
    return True


def days_to_levels(agent: AgentData, passes: Mapping[CertLevel, date]) -> dict[CertLevel, int]:
    return {level: max(0, (passes[level] - agent.hire_date).days) for level in EXAM_LEVELS if level in passes}


def mentor_outcomes(pairings: list[Pairing], agents: Mapping[int, AgentData], attempts: Iterable[CertAttempt],
                    today: date,
                    scores: Mapping[int, Sequence[tuple[str, float]]] | None = None) -> list[MentorOutcome]:
    """`scores`: apprentice id -> their monthly KPI scores, when the performance area has any."""
    passes = first_passes(attempts)
    scores = scores or {}
    by_mentor: dict[int, list[Pairing]] = {}
    for pairing in pairings:
        by_mentor.setdefault(pairing.mentor_id, []).append(pairing)
    outcomes = []
    for mentor_id, own in by_mentor.items():
        judged = [retained(p, agents[p.apprentice_id], today) for p in own]
        apprentices = {p.apprentice_id for p in own}
        first_cert_days = []
        for apprentice_id in apprentices:
            dates = passes.get(apprentice_id)
            if dates:
                first_cert_days.append(max(0, (min(dates.values()) - agents[apprentice_id].hire_date).days))
        kpis = [k for k in (kpi_at_end(p, scores.get(p.apprentice_id, ())) for p in own) if k is not None]
        outcomes.append(MentorOutcome(
            mentor=agents[mentor_id],
            pairings=len(own),
            active=sum(p.status is PairingStatus.ACTIVE for p in own),
            completed=sum(p.status is PairingStatus.COMPLETED for p in own),
            ended_early=sum(p.status is PairingStatus.ENDED_EARLY for p in own),
            retained_90=sum(j is True for j in judged),
            measured_90=sum(j is not None for j in judged),
            certified=len(first_cert_days),
            median_days_to_first_cert=median(first_cert_days) if first_cert_days else None,
            kpi_at_end=round(sum(kpis) / len(kpis), 1) if kpis else None,
            kpi_measured=len(kpis),
        ))
    return sorted(outcomes, key=lambda o: o.mentor.employee_no)


def agent_level_times(agents: Iterable[AgentData], attempts: Iterable[CertAttempt]) -> list[AgentLevelTimes]:
    passes = first_passes(attempts)
    rows = [AgentLevelTimes(a, days_to_levels(a, passes[a.id])) for a in agents if a.id in passes]
    return sorted(rows, key=lambda r: r.agent.employee_no)


def mentor_level_times(pairings: list[Pairing], agents: Mapping[int, AgentData],
                       attempts: Iterable[CertAttempt]) -> list[MentorLevelTimes]:
    passes = first_passes(attempts)
    apprentices: dict[int, set[int]] = {}
    for pairing in pairings:
        apprentices.setdefault(pairing.mentor_id, set()).add(pairing.apprentice_id)
    rows = []
    for mentor_id, ids in apprentices.items():
        per_level: dict[CertLevel, list[int]] = {}
        for apprentice_id in ids:
            for level, days in days_to_levels(agents[apprentice_id], passes.get(apprentice_id, {})).items():
                per_level.setdefault(level, []).append(days)
        rows.append(MentorLevelTimes(
            mentor=agents[mentor_id], apprentices=len(ids),
            median_days={level: median(days) for level, days in per_level.items()},
            reached={level: len(days) for level, days in per_level.items()},
        ))
    return sorted(rows, key=lambda r: r.mentor.employee_no)
