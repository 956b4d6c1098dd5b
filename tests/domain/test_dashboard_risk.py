"""At-risk rules: each fires on hand-made facts, respects its threshold and its data source; the back-test
counts flagged and unflagged agent-snapshots by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.dashboard.risk import (
    RULES,
    AgentFacts,
    RiskRule,
    RiskSettings,
    RuleSetting,
    at_risk,
    backtest,
    backtest_dates,
    evaluate,
    settings_from,
    settings_to,
)
from domain.roster.model import Role

TODAY = date(2026, 11, 23)
ALL_SOURCES = frozenset({"roster", "coaching", "mentoring", "performance", "appeals", "care"})
BASE = AgentFacts(agent_id=1, employee_no="KF1", name="王婷", team="热线一组", role=Role.HOTLINE,
                  hire_date=date(2024, 1, 1), as_of=TODAY, last_one_on_one=date(2026, 11, 20), mentored=True)


def flags(facts: AgentFacts, settings: RiskSettings | None = None) -> dict[RiskRule, int]:
    settings = settings or RiskSettings()
    return {f.rule: f.value for f in evaluate(facts, settings.active(ALL_SOURCES), settings)}


def test_a_settled_agent_raises_nothing() -> None:
    assert flags(BASE) == {}


def test_each_rule_fires_with_its_number() -> None:
    new = replace(BASE, hire_date=date(2026, 10, 1), mentored=False, out_of_town=True, last_one_on_one=None)
    assert flags(new) == {RiskRule.NEW_WITHOUT_MENTOR: 53, RiskRule.NO_ONE_ON_ONE: 53, RiskRule.OUT_OF_TOWN_NEW: 53}
    assert flags(replace(BASE, last_one_on_one=date(2026, 10, 1))) == {RiskRule.NO_ONE_ON_ONE: 53}
    falling = replace(BASE, scores=(("2026-08", 90.0), ("2026-09", 85.0), ("2026-10", 80.0)))
    assert flags(falling) == {RiskRule.SCORE_DOWN: 2}
    assert flags(replace(BASE, floor_months=("2026-05", "2026-09"))) == {RiskRule.COMPLAINT_FLOOR: 1}
    assert flags(replace(BASE, open_care_follow_ups=2)) == {RiskRule.OPEN_CARE_FOLLOW_UP: 2}
    assert flags(replace(BASE, last_rejected_appeal=date(2026, 11, 3))) == {RiskRule.APPEAL_REJECTED: 20}


def test_score_rule_needs_a_fall_every_month_without_gaps() -> None:
    flat = replace(BASE, scores=(("2026-08", 90.0), ("2026-09", 85.0), ("2026-10", 85.0)))
    gap = replace(BASE, scores=(("2026-07", 90.0), ("2026-08", 85.0), ("2026-10", 80.0)))
    old = replace(BASE, scores=(("2026-07", 90.0), ("2026-08", 85.0), ("2026-09", 80.0)))  # October missing
    assert flags(flat) == flags(gap) == flags(old) == {}


def test_thresholds_and_switches_change_the_outcome() -> None:
    quiet = replace(BASE, last_one_on_one=date(2026, 10, 1))
    relaxed = RiskSettings({RiskRule.NO_ONE_ON_ONE: RuleSetting(True, 60)})
    off = RiskSettings({RiskRule.NO_ONE_ON_ONE: RuleSetting(False, 30)})
    assert flags(quiet, relaxed) == {} and flags(quiet, off) == {}


def test_rules_without_their_data_source_stay_silent() -> None:
    lonely = replace(BASE, last_one_on_one=None, hire_date=date(2025, 1, 1))
    assert at_risk([lonely], RiskSettings(), frozenset({"roster"})) == []
    assert len(at_risk([lonely], RiskSettings(), frozenset({"roster", "coaching"}))) == 1


def test_settings_round_trip_and_bad_values_fall_back() -> None:
    chosen = RiskSettings({RiskRule.NO_ONE_ON_ONE: RuleSetting(False, 45)})
    again = settings_from(settings_to(chosen))
    assert again.setting(RiskRule.NO_ONE_ON_ONE) == RuleSetting(False, 45)
    assert again.setting(RiskRule.SCORE_DOWN) == next(s.default for s in RULES if s.rule is RiskRule.SCORE_DOWN)
    broken = settings_from({"dashboard.risk.no_one_on_one.threshold": "abc",
                            "dashboard.risk.score_down.threshold": "99", "dashboard.risk.score_down.enabled": "x"})
    assert broken.setting(RiskRule.NO_ONE_ON_ONE).threshold == 30
    assert broken.setting(RiskRule.SCORE_DOWN) == RuleSetting(True, 6)  # clamped to the rule's maximum


def test_backtest_counts_by_hand() -> None:
    day = date(2026, 3, 1)
    quiet = replace(BASE, as_of=day, last_one_on_one=date(2026, 2, 20))
    lonely = replace(quiet, last_one_on_one=date(2025, 12, 1))
    population = [
        replace(lonely, agent_id=1, leave_date=date(2026, 4, 15)),  # flagged, left within 90 days
        replace(lonely, agent_id=2, leave_date=date(2026, 7, 1)),  # flagged, left after 90 days: stayed
        replace(lonely, agent_id=3),  # flagged, stayed
        replace(quiet, agent_id=4, leave_date=date(2026, 5, 30)),  # unflagged, left within 90 days (day 90)
        replace(quiet, agent_id=5),
        replace(quiet, agent_id=6),
        replace(quiet, agent_id=7),
    ]
    result = backtest([(day, population)], RiskSettings(), ALL_SOURCES)
    assert (result.flagged.n, result.flagged.left) == (3, 1)
    assert (result.unflagged.n, result.unflagged.left) == (4, 1)
    assert dict(result.by_rule)[RiskRule.NO_ONE_ON_ONE].n == 3
    assert result.flagged.rate == 1 / 3 and result.unflagged.rate == 0.25


def test_backtest_snapshots_cover_the_past_year_with_known_outcomes() -> None:
    dates = backtest_dates(TODAY)
    assert dates[-1] == date(2026, 8, 25)  # 90 days before today
    assert dates[0] >= date(2025, 11, 23) and len(dates) == 10


# Reference values computed once with scipy 1.17.1: scipy.stats.contingency.relative_risk(flagged left,
# flagged n, rest left, rest n) and its .confidence_interval(0.95) (Katz's log method). Not needed at run time.
RR_REFERENCE = {
    (28, 323, 7, 76): (0.9411764705882354, 0.4273005211628335, 2.0730448593376893),  # the demo's 8.7 % vs 9.2 %
    (10, 52, 25, 347): (2.6692307692307695, 1.361847094501711, 5.231712817227246),
}


def test_lift_interval_recall_and_no_evidence_label() -> None:
    """Issue 15 item 7: the demo's flagged group left at 8.7 % vs 9.2 %: lift 0.94 [0.43, 2.07] → no evidence."""
    from domain.dashboard.risk import Backtest, RiskRule, Tally, rule_evidence

    result = Backtest((TODAY,), Tally(323, 28), Tally(76, 7),
                      ((RiskRule.SCORE_DOWN, Tally(52, 10)), (RiskRule.NO_ONE_ON_ONE, Tally(270, 21))))
    # SCORE_DOWN's rest: 399 − 52 = 347 snapshots, 35 − 10 = 25 left
    any_rule, score_down, one_on_one = rule_evidence(result)
    assert any_rule.rule is None and score_down.rule is RiskRule.SCORE_DOWN
    for found, key in ((any_rule, (28, 323, 7, 76)), (score_down, (10, 52, 25, 347))):
        assert (found.lift, found.lift_lower, found.lift_upper) == pytest.approx(RR_REFERENCE[key], rel=1e-9)
    assert not any_rule.evidence and score_down.evidence and not one_on_one.evidence
    assert (any_rule.precision, any_rule.recall) == (pytest.approx(28 / 323), pytest.approx(28 / 35))
    assert score_down.recall == pytest.approx(10 / 35)
    empty = rule_evidence(Backtest((), Tally(), Tally(), ()))
    assert empty[0].lift is None and not empty[0].evidence and empty[0].recall is None


def test_mood_rule_fires_on_two_falls_in_a_row_or_a_low_mood_and_not_on_one_dip() -> None:
    assert flags(replace(BASE, recent_moods=(5, 4, 3))).get(RiskRule.MOOD_DOWN) == 3
    assert RiskRule.MOOD_DOWN not in flags(replace(BASE, recent_moods=(4, 4, 3)))  # one dip is an ordinary week
    assert flags(replace(BASE, recent_moods=(4, 2))).get(RiskRule.MOOD_DOWN) == 2  # 2 or below: at once
    assert RiskRule.MOOD_DOWN not in flags(replace(BASE, recent_moods=()))
    lower = RiskSettings({**RiskSettings().rules, RiskRule.MOOD_DOWN: RuleSetting(True, 1)})
    assert RiskRule.MOOD_DOWN not in flags(replace(BASE, recent_moods=(3, 3, 2)), lower)
