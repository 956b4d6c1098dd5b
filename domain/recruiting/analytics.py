"""Pure statistics over scorecards: interviewer calibration, and whether scores go with staying.

Kept deliberately simple so a supervisor can check them by hand: means, standard deviations, a
difference against the rest of the panel, retention rates by score band, and Pearson's r (with a 0/1
outcome that is the point-biserial correlation). Every figure carries its n, and every r and gap its 95 %
interval: a link or a lenient interviewer is named only when the interval excludes zero."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from domain.recruiting.model import Scorecard, Template
from domain.recruiting.scoring import ScoreResult, mean, score_card
from domain.stats import correlation_interval, mean_interval

TOTAL = "total"  # the weighted total, analysed beside the dimensions
MIN_SHARED_CANDIDATES = 5  # calibration flags nobody on fewer shared candidates
CALIBRATION_GAP = 0.5  # points on the 1–5 scale away from the panel before we call it lenient or harsh
MIN_N = 20  # below this many hires, a rate or a correlation is "too few to tell"
RETENTION_DAYS = 90
SCORE_BANDS: tuple[tuple[float | None, float | None], ...] = ((None, 3.5), (3.5, 4.0), (4.0, None))


@dataclass(frozen=True, slots=True)
class CardView:
    card: Scorecard
    template: Template
    result: ScoreResult


def view(card: Scorecard, template: Template) -> CardView:
    return CardView(card, template, score_card(template, card))


def sd(values: list[float]) -> float | None:
    """Sample standard deviation (n − 1)."""
    if len(values) < 2:
        return None
    m = sum(values) / len(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1))


def pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / math.sqrt(sxx * syy)


def dimension_means(cards: Iterable[CardView]) -> dict[str, float]:
    """Per dimension, the mean over every interviewer's score (all rounds); TOTAL is the mean of the
    complete cards' weighted totals."""
    values: dict[str, list[float]] = defaultdict(list)
    for cv in cards:
        for s in cv.card.scores:
            values[s.key].append(s.score)
        if cv.result.complete and cv.result.total is not None:
            values[TOTAL].append(cv.result.total)
    return {key: sum(v) / len(v) for key, v in values.items()}


# --- interviewer calibration ---------------------------------------------------------------------
class Verdict(StrEnum):
    TOO_FEW = "too_few"
    IN_LINE = "in_line"
    LENIENT = "lenient"
    HARSH = "harsh"


@dataclass(frozen=True, slots=True)
class CalibrationRow:
    interviewer: str
    key: str  # a dimension key, or TOTAL
    n: int  # candidates this interviewer scored on `key` that somebody else scored too
    own_mean: float | None
    own_sd: float | None
    panel_mean: float | None  # the other interviewers, on the same candidates
    panel_sd: float | None  # spread of the other interviewers' individual scores: comparable with own_sd
    gap: float | None  # own_mean − panel_mean: positive = scores higher than the panel
    verdict: Verdict
    gap_lower: float | None = None  # 95 % interval of the gap (paired over the shared candidates)
    gap_upper: float | None = None


def _per_interviewer(cards: Iterable[CardView]) -> dict[int, dict[str, dict[str, float]]]:
    """candidate → key → interviewer → that interviewer's mean score (an interviewer who sat two rounds
    with the same candidate counts once)."""
    raw: dict[int, dict[str, dict[str, list[float]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for cv in cards:
        who = cv.card.interviewer.strip()
        for s in cv.card.scores:
            raw[cv.card.candidate_id][s.key][who].append(s.score)
        if cv.result.complete and cv.result.total is not None:
            raw[cv.card.candidate_id][TOTAL][who].append(cv.result.total)
    return {c: {k: {w: sum(v) / len(v) for w, v in by_who.items()} for k, by_who in keys.items()}
            for c, keys in raw.items()}


def calibration(cards: Iterable[CardView]) -> list[CalibrationRow]:
    """Each interviewer against the rest of the panel on the candidates they shared. The gap is the mean of
    per-candidate differences (own − the others' average), with a paired t-interval; both spreads are of
    individual interviewers' scores, so they compare like with like (an average of several interviewers
    varies less than any one of them, which made every interviewer look erratic beside "the panel")."""
    table = _per_interviewer(cards)
    pairs: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    panel_scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for keys in table.values():
        for key, by_who in keys.items():
            for who, own in by_who.items():
                others = [v for w, v in by_who.items() if w != who]
                if others:
                    pairs[(who, key)].append((own, sum(others) / len(others)))
                    panel_scores[(who, key)].extend(others)
    rows = []
    for (who, key), values in pairs.items():
        own_scores = [o for o, _ in values]
        panel = [p for _, p in values]
        own_mean, panel_mean = mean(own_scores), mean(panel)
        gap = None if own_mean is None or panel_mean is None else own_mean - panel_mean
        interval = mean_interval([o - p for o, p in values])
        settled = interval is not None and (interval[0] > 0 or interval[1] < 0)
        if len(values) < MIN_SHARED_CANDIDATES or gap is None:
            verdict = Verdict.TOO_FEW
        elif gap >= CALIBRATION_GAP and settled:
            verdict = Verdict.LENIENT
        elif gap <= -CALIBRATION_GAP and settled:
            verdict = Verdict.HARSH
        else:
            verdict = Verdict.IN_LINE
        rows.append(CalibrationRow(who, key, len(values), own_mean, sd(own_scores), panel_mean,
                                   sd(panel_scores[(who, key)]), gap, verdict, *(interval or (None, None))))
    return sorted(rows, key=lambda r: (r.interviewer, r.key != TOTAL, r.key))


# --- does the interview predict who stays? -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HireOutcome:
    candidate_id: int
    agent_id: int
    hired_on: date
    left_on: date | None
    scores: dict[str, float] = field(default_factory=dict)  # dimension means, and TOTAL

    def judgeable(self, today: date) -> bool:
        """Old enough to judge: the whole 90-day window has passed."""
        return self.hired_on + timedelta(days=RETENTION_DAYS) <= today

    @property
    def retained(self) -> bool:
        return self.left_on is None or (self.left_on - self.hired_on).days > RETENTION_DAYS


@dataclass(frozen=True, slots=True)
class BandRow:
    lower: float | None
    upper: float | None
    n: int
    retained: int

    @property
    def rate(self) -> float | None:
        return self.retained / self.n if self.n else None

    @property
    def enough(self) -> bool:
        return self.n >= MIN_N


class Evidence(StrEnum):
    NOT_YET = "not_yet"  # too few, or the 95 % interval still includes 0: "not enough evidence yet (n = …)"
    POSITIVE = "positive"  # the whole interval is above 0
    NEGATIVE = "negative"  # the whole interval is below 0


@dataclass(frozen=True, slots=True)
class Association:
    key: str
    n: int
    r: float | None  # Pearson r; with a 0/1 outcome, the point-biserial correlation
    mean_yes: float | None  # mean score of those who stayed (retention only)
    mean_no: float | None

    @property
    def interval(self) -> tuple[float, float] | None:
        """95 % interval for r (Fisher z)."""
        return None if self.r is None else correlation_interval(self.r, self.n)

    @property
    def evidence(self) -> Evidence:
        """A link is named only when n ≥ MIN_N and the interval excludes 0 — at n = 20, r = 0.32 has an
        interval of about [−0.14, 0.66] and is not one."""
        interval = self.interval
        if self.n < MIN_N or interval is None:
            return Evidence.NOT_YET
        if interval[0] > 0:
            return Evidence.POSITIVE
        if interval[1] < 0:
            return Evidence.NEGATIVE
        return Evidence.NOT_YET

    @property
    def enough(self) -> bool:
        return self.evidence is not Evidence.NOT_YET


@dataclass(frozen=True, slots=True)
class RetentionReport:
    judged: int  # hires old enough to judge
    retained: int
    pending: int  # hires still inside their first 90 days
    bands: tuple[BandRow, ...]
    associations: tuple[Association, ...]

    @property
    def enough(self) -> bool:
        return self.judged >= MIN_N


def in_band(value: float, lower: float | None, upper: float | None) -> bool:
    return (lower is None or value >= lower) and (upper is None or value < upper)


def associate(key: str, pairs: list[tuple[float, float]]) -> Association:
    xs = [x for x, _ in pairs]
    ys = [y for _, y in pairs]
    return Association(key, len(pairs), pearson(xs, ys), mean([x for x, y in pairs if y == 1]),
                       mean([x for x, y in pairs if y == 0]))


def retention_report(hires: Iterable[HireOutcome], today: date) -> RetentionReport:
    hires = list(hires)
    judged = [h for h in hires if h.judgeable(today)]
    bands = []
    for lower, upper in SCORE_BANDS:
        inside = [h for h in judged if TOTAL in h.scores and in_band(h.scores[TOTAL], lower, upper)]
        bands.append(BandRow(lower, upper, len(inside), sum(h.retained for h in inside)))
    keys = sorted({k for h in judged for k in h.scores}, key=lambda k: (k == TOTAL, k))
    associations = tuple(
        associate(key, [(h.scores[key], 1.0 if h.retained else 0.0) for h in judged if key in h.scores])
        for key in keys)
    return RetentionReport(len(judged), sum(h.retained for h in judged), len(hires) - len(judged),
                           tuple(bands), associations)


def kpi_associations(hires: Iterable[HireOutcome], kpi: dict[int, float]) -> tuple[Association, ...]:
    """Each dimension against the first quarter's KPI score (agent id → score), for hires that have one."""
    scored = [h for h in hires if h.agent_id in kpi]
    keys = sorted({k for h in scored for k in h.scores}, key=lambda k: (k == TOTAL, k))
    result = []
    for key in keys:
        pairs = [(h.scores[key], kpi[h.agent_id]) for h in scored if key in h.scores]
        xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
        result.append(Association(key, len(pairs), pearson(xs, ys), None, None))
    return tuple(result)
