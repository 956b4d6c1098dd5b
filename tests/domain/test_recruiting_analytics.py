"""Scoring, knock-outs, calibration and the retention question, checked against numbers worked by hand."""

from __future__ import annotations

import math
import statistics
from datetime import date, timedelta

import pytest

from domain.recruiting.analytics import (
    MIN_N,
    TOTAL,
    Evidence,
    HireOutcome,
    Verdict,
    calibration,
    kpi_associations,
    pearson,
    retention_report,
    sd,
    view,
)
from domain.recruiting.defaults import DEFAULT_DIMENSIONS
from domain.recruiting.model import Dimension, DimensionScore, Recommendation, Round, Scorecard, Template
from domain.recruiting.rules import new_dimension_key, validate_dimensions, validate_scorecard
from domain.recruiting.scoring import score
from domain.recruiting.services import suggest_employee_no
from domain.roster.model import AgentData, Role
from domain.stats import t_975

TODAY = date(2026, 11, 23)
SUPERVISOR = Template(Round.SUPERVISOR, 1, DEFAULT_DIMENSIONS[Round.SUPERVISOR], id=1)


def test_weighted_total_and_knock_out_by_hand() -> None:
    # 沟通 30 · 情绪 30 (knock-out below 3) · 服务 20 · 情景 20; scores 4, 2, 4, 3
    # (30·4 + 30·2 + 20·4 + 20·3) / 100 = (120 + 60 + 80 + 60) / 100 = 3.20
    result = score(SUPERVISOR, {"communication": 4, "emotional_stability": 2, "service_attitude": 4, "scenario": 3})
    assert result.total == pytest.approx(3.20)
    assert result.complete and result.knockouts == ("emotional_stability",) and result.knocked_out


def test_the_floor_itself_passes_and_a_high_total_does_not_save_a_knock_out() -> None:
    at_floor = score(SUPERVISOR, {"communication": 3, "emotional_stability": 3, "service_attitude": 3, "scenario": 3})
    assert at_floor.knockouts == () and at_floor.total == pytest.approx(3.0)
    brilliant_but_brittle = score(SUPERVISOR, {"communication": 5, "emotional_stability": 1, "service_attitude": 5,
                                               "scenario": 5})
    assert brilliant_but_brittle.total == pytest.approx((150 + 30 + 100 + 100) / 100)  # 3.80
    assert brilliant_but_brittle.knocked_out


def test_a_partial_card_totals_what_is_scored_so_far() -> None:
    # only 沟通 4 and 情绪 5: (30·4 + 30·5) / 60 = 4.5
    result = score(SUPERVISOR, {"communication": 4, "emotional_stability": 5, "service_attitude": None})
    assert result.total == pytest.approx(4.5) and not result.complete
    assert score(SUPERVISOR, {}).total is None


def test_a_zero_weight_dimension_is_scored_but_does_not_count() -> None:
    t = Template(Round.HR, 1, (Dimension("a", "A", weight=3), Dimension("b", "B", weight=0, knockout_below=2)), id=9)
    result = score(t, {"a": 4, "b": 1})
    assert result.total == pytest.approx(4.0) and result.knockouts == ("b",)


def test_template_and_scorecard_validation() -> None:
    dims = (Dimension("a", "沟通", weight=0), Dimension("b", "沟通", weight=0, knockout_below=6))
    codes = {e.code for e in validate_dimensions(dims)}
    assert codes == {"duplicate_dimension", "knockout_out_of_range", "weights_sum_to_zero"}
    assert {e.code for e in validate_dimensions(())} == {"template_needs_a_dimension"}
    card = Scorecard(1, 1, " ", TODAY + timedelta(days=1), (DimensionScore("communication", 4),
                                                           DimensionScore("bogus", 3)), Recommendation.YES)
    problems = {(e.field, e.code, e.value) for e in validate_scorecard(card, SUPERVISOR, TODAY)}
    assert ("interviewer", "required", "") in problems
    assert ("interview_date", "interview_in_future", "2026-11-24") in problems
    assert ("scores", "score_missing", "emotional_stability") in problems
    assert ("scores", "score_unknown_dimension", "bogus") in problems


def test_new_dimension_keys_never_reuse_an_old_one() -> None:
    assert new_dimension_key({"communication", "custom_1", "custom_2"}) == "custom_3"


def test_suggested_employee_no_follows_the_roster() -> None:
    def agent(no: str) -> AgentData:
        return AgentData(no, "x", Role.HOTLINE, "t", TODAY)

    assert suggest_employee_no([agent("KF00009"), agent("KF00120"), agent("X-1")]) == "KF00121"
    assert suggest_employee_no([]) == "KF00001"


# --- calibration ---------------------------------------------------------------------------------
ONE = Template(Round.HR, 1, (Dimension("communication", "沟通能力", weight=1),), id=1)


def card(candidate: int, who: str, value: int) -> Scorecard:
    return Scorecard(candidate, 1, who, TODAY, (DimensionScore("communication", value),), Recommendation.YES)


def test_calibration_worked_example() -> None:
    # X scores candidates 1–5: 5 4 5 4 5; Y: 4 3 4 3 4; Z only 1–4: 3 3 3 3; candidate 6 only by X.
    cards = [card(c, "X", v) for c, v in zip(range(1, 6), [5, 4, 5, 4, 5], strict=True)]
    cards += [card(c, "Y", v) for c, v in zip(range(1, 6), [4, 3, 4, 3, 4], strict=True)]
    cards += [card(c, "Z", 3) for c in range(1, 5)] + [card(6, "X", 1)]
    rows = {(r.interviewer, r.key): r for r in calibration(view(c, ONE) for c in cards)}

    x = rows[("X", "communication")]
    # panel for X: c1 (4+3)/2=3.5, c2 3, c3 3.5, c4 3, c5 4 (Y alone) → 17/5 = 3.4; own 23/5 = 4.6
    assert x.n == 5  # candidate 6 had nobody else, so it is not shared
    assert (x.own_mean, x.panel_mean, x.gap) == pytest.approx((4.6, 3.4, 1.2))
    assert x.own_sd == pytest.approx(math.sqrt(1.2 / 4))  # deviations .4 −.6 .4 −.6 .4
    assert x.verdict is Verdict.LENIENT
    # paired differences 1.5 1 1.5 1 1; scipy.stats.ttest_1samp(d, 0).confidence_interval(0.95), computed once
    assert (x.gap_lower, x.gap_upper) == pytest.approx((0.8599563096708721, 1.540043690329128), abs=1e-4)
    # panel spread: the other interviewers' individual scores on X's candidates (4 3 3 3 4 3 3 3 4),
    # not the spread of their per-candidate averages (3.5 3 3.5 3 4)
    assert x.panel_sd == pytest.approx(statistics.stdev([4, 3, 3, 3, 4, 3, 3, 3, 4]))
    y = rows[("Y", "communication")]
    # panel for Y: c1 (5+3)/2=4, c2 3.5, c3 4, c4 3.5, c5 5 → 20/5 = 4.0; own 18/5 = 3.6
    assert (y.own_mean, y.panel_mean, y.gap) == pytest.approx((3.6, 4.0, -0.4))
    assert y.verdict is Verdict.IN_LINE
    z = rows[("Z", "communication")]
    # panel for Z: 4.5 3.5 4.5 3.5 → 4.0; own 3 → gap −1.0, but only 4 shared candidates
    assert (z.n, z.gap, z.verdict) == (4, pytest.approx(-1.0), Verdict.TOO_FEW)
    assert rows[("X", TOTAL)].gap == pytest.approx(1.2)  # one-dimension template: total = the score


def test_an_interviewer_who_sat_two_rounds_counts_once_per_candidate() -> None:
    cards = [card(1, "X", 5), card(1, "X", 3), card(1, "Y", 2)]
    x = {(r.interviewer, r.key): r for r in calibration(view(c, ONE) for c in cards)}[("X", "communication")]
    assert (x.n, x.own_mean, x.panel_mean) == (1, pytest.approx(4.0), pytest.approx(2.0))


def test_harsh_rater_is_flagged() -> None:
    cards = [card(c, "H", 2) for c in range(1, 6)] + [card(c, "P", 4) for c in range(1, 6)]
    rows = {r.interviewer: r for r in calibration(view(c, ONE) for c in cards) if r.key == "communication"}
    assert rows["H"].verdict is Verdict.HARSH and rows["P"].verdict is Verdict.LENIENT
    assert rows["H"].own_sd == 0.0


def test_a_large_but_erratic_gap_is_not_called_lenient() -> None:
    """Mean gap +0.8 from differences +3 −2 +3 −2 +2: its interval includes 0, so no verdict either way."""
    own, panel = [5, 1, 5, 1, 5], [2, 3, 2, 3, 3]
    cards = [card(c, "X", v) for c, v in enumerate(own, start=1)] + [card(c, "P", v) for c, v in enumerate(panel, 1)]
    x = {r.interviewer: r for r in calibration(view(c, ONE) for c in cards) if r.key == "communication"}["X"]
    assert x.gap == pytest.approx(0.8) and x.gap_lower < 0 < x.gap_upper
    assert x.verdict is Verdict.IN_LINE


# --- retention -----------------------------------------------------------------------------------
def hire(i: int, es: float, total: float, stayed_days: int | None, hired_days_ago: int = 200) -> HireOutcome:
    hired = TODAY - timedelta(days=hired_days_ago)
    left = None if stayed_days is None else hired + timedelta(days=stayed_days)
    return HireOutcome(i, 100 + i, hired, left, {"emotional_stability": es, TOTAL: total})


def test_retention_worked_example() -> None:
    hires = [hire(1, 5, 4.2, None), hire(2, 4, 3.7, 91), hire(3, 2, 3.0, 90), hire(4, 1, 3.5, 20),
             hire(5, 5, 4.9, None, hired_days_ago=89)]  # still inside the window: not judged yet
    report = retention_report(hires, TODAY)
    assert (report.judged, report.retained, report.pending) == (4, 2, 1)  # day 91 stayed; day 90 did not
    assert [(b.n, b.retained) for b in report.bands] == [(1, 0), (2, 1), (1, 1)]  # <3.5 · 3.5–4.0 · ≥4.0
    assert report.bands[1].rate == pytest.approx(0.5)
    es = next(a for a in report.associations if a.key == "emotional_stability")
    # x = 5 4 2 1 (mean 3), y = 1 1 0 0 (mean .5): Sxy = 1 + .5 + .5 + 1 = 3, Sxx = 10, Syy = 1 → 3/√10
    assert es.r == pytest.approx(3 / math.sqrt(10))
    assert (es.mean_yes, es.mean_no, es.n) == (pytest.approx(4.5), pytest.approx(1.5), 4)
    assert not es.enough and not report.enough and not report.bands[1].enough


# Reference values computed once with scipy 1.17.1 (scipy.stats.pearsonr(xs, ys), .pvalue and
# .confidence_interval(0.95), which is Fisher's z) — scipy is not needed to run these tests.
REF_XS = [3.0, 4.5, 2.5, 4.0, 3.5, 5.0, 2.0, 4.0, 3.0, 4.5, 3.5, 2.5, 4.0, 3.0, 5.0, 3.5, 2.0, 4.5, 3.0, 4.0]
REF_YS_OLD_CLEAR = [1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 1]  # r 0.3345, p 0.149
REF_R_OLD_CLEAR, REF_CI_OLD_CLEAR = 0.3345482927746341, (-0.12673490402416698, 0.676863158236493)
REF_YS_STRONG = [0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1]  # p 3.9e-06
REF_R_STRONG, REF_CI_STRONG = 0.8384425875266888, (0.6294747223963368, 0.9343085026480764)


def outcomes(ys: list[int]) -> list[HireOutcome]:
    return [hire(i, x, 3.8, None if y else 30) for i, (x, y) in enumerate(zip(REF_XS, ys, strict=True))]


def test_r_of_0_33_at_n_20_is_not_called_a_link() -> None:
    """Issue 15 item 3: |r| ≥ 0.3 with n ≥ 20 used to read "clear"; its interval includes 0."""
    report = retention_report(outcomes(REF_YS_OLD_CLEAR), TODAY)
    es = next(a for a in report.associations if a.key == "emotional_stability")
    assert es.n == MIN_N and es.r == pytest.approx(REF_R_OLD_CLEAR, abs=1e-12)
    assert es.interval == pytest.approx(REF_CI_OLD_CLEAR, abs=1e-9)
    assert es.evidence is Evidence.NOT_YET and not es.enough


def test_a_link_whose_interval_excludes_zero_is_named() -> None:
    es = next(a for a in retention_report(outcomes(REF_YS_STRONG), TODAY).associations
              if a.key == "emotional_stability")
    assert es.r == pytest.approx(REF_R_STRONG, abs=1e-12)
    assert es.interval == pytest.approx(REF_CI_STRONG, abs=1e-9)
    assert es.evidence is Evidence.POSITIVE and es.enough
    flipped = retention_report(outcomes([1 - y for y in REF_YS_STRONG]), TODAY).associations
    assert next(a for a in flipped if a.key == "emotional_stability").evidence is Evidence.NEGATIVE


def test_too_few_and_no_variation_are_never_links() -> None:
    few = outcomes(REF_YS_STRONG)[:MIN_N - 1]
    assert all(a.evidence is Evidence.NOT_YET for a in retention_report(few, TODAY).associations)
    flat = retention_report([hire(i, 4, 3.8, None) for i in range(MIN_N)], TODAY)
    assert flat.enough and all(a.r is None and not a.enough for a in flat.associations)


def test_student_t_table_matches_scipy() -> None:
    # scipy.stats.t.ppf(0.975, df), rounded to 4 decimals, computed once
    reference = {1: 12.7062, 2: 4.3027, 4: 2.7764, 9: 2.2622, 19: 2.093, 29: 2.0452, 30: 2.0423, 40: 2.0211,
                 60: 2.0003, 120: 1.9799}
    assert {df: t_975(df) for df in reference} == pytest.approx(reference, abs=1e-4)
    assert t_975(45) == t_975(40)  # between rows: the larger (conservative) critical value


def test_kpi_association_and_helpers() -> None:
    hires = [hire(1, 1, 3.0, None), hire(2, 2, 3.5, None), hire(3, 3, 4.0, None)]
    kpi = kpi_associations(hires, {101: 70.0, 102: 80.0, 103: 90.0})
    assert next(a for a in kpi if a.key == "emotional_stability").r == pytest.approx(1.0)
    assert pearson([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert sd([2, 4, 4, 4, 5, 5, 7, 9]) == pytest.approx(math.sqrt(32 / 7))
    assert sd([1]) is None
