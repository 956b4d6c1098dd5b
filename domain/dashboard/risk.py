"""流失预警: explainable at-risk rules over plain facts, and a back-test of whether they mean anything.

Every rule is a sentence the supervisor can read ("no 1:1 for 30 days"), with one threshold they can tune.
A rule fires only when its data source holds any records at all: a team that does not record 1:1s here
must not see every agent flagged for "no 1:1".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from domain.care.mood import LOW_MOOD, check_mood
from domain.roster.model import Role
from domain.roster.rules import add_months
from domain.stats import ratio_interval

OUTCOME_DAYS = 90  # the back-test asks: did a flagged agent leave within this many days?


class RiskRule(StrEnum):
    NEW_WITHOUT_MENTOR = "new_without_mentor"
    NO_ONE_ON_ONE = "no_one_on_one"
    SCORE_DOWN = "score_down"
    COMPLAINT_FLOOR = "complaint_floor"
    OPEN_CARE_FOLLOW_UP = "open_care_follow_up"
    APPEAL_REJECTED = "appeal_rejected"
    OUT_OF_TOWN_NEW = "out_of_town_new"
    MOOD_DOWN = "mood_down"


class Source(StrEnum):
    """Where a rule's facts come from; the area must exist and hold records."""

    ROSTER = "roster"
    COACHING = "coaching"
    MENTORING = "mentoring"
    PERFORMANCE = "performance"
    APPEALS = "appeals"
    CARE = "care"


@dataclass(frozen=True, slots=True)
class AgentFacts:
    """What the rules look at for one agent active on `as_of`. Care appears only as a count."""

    agent_id: int
    employee_no: str
    name: str
    team: str
    role: Role
    hire_date: date
    as_of: date
    out_of_town: bool = False
    leave_date: date | None = None  # known only when replaying the past (the back-test's outcome)
    last_one_on_one: date | None = None
    mentored: bool = False  # an apprenticeship covering `as_of`
    scores: tuple[tuple[str, float], ...] = ()  # ("2026-09", 82.5), consecutive months before as_of, oldest first
    floor_months: tuple[str, ...] = ()  # months a complaint floor capped the grade, within the window asked for
    open_care_follow_ups: int = 0
    last_rejected_appeal: date | None = None
    recent_moods: tuple[int, ...] = ()  # the last 1:1 moods (1–5) held by as_of, oldest first
    birth_date: date | None = None  # the list's generation filter; no rule reads it


@dataclass(frozen=True, slots=True)
class RuleSetting:
    enabled: bool
    threshold: int


@dataclass(frozen=True, slots=True)
class RuleSpec:
    rule: RiskRule
    source: Source
    default: RuleSetting
    minimum: int
    maximum: int
    check: Callable[[AgentFacts, int], int | None]  # the number the reason quotes, or None: not flagged


@dataclass(frozen=True, slots=True)
class Flag:
    rule: RiskRule
    value: int  # days without a 1:1, months of decline, open follow-ups... quoted in the reason


@dataclass(frozen=True, slots=True)
class AgentRisk:
    facts: AgentFacts
    flags: tuple[Flag, ...]


def _days_since(earlier: date, later: date) -> int:
    return (later - earlier).days


def _new_without_mentor(f: AgentFacts, grace_days: int) -> int | None:
    days = _days_since(f.hire_date, f.as_of)
    is_new = f.as_of < add_months(f.hire_date, 3)
    return days if is_new and not f.mentored and days > grace_days else None


def _no_one_on_one(f: AgentFacts, days: int) -> int | None:
    since = _days_since(f.last_one_on_one or f.hire_date, f.as_of)
    return since if since > days else None


def _month_key(day: date, back: int) -> str:
    return add_months(day.replace(day=1), -back).strftime("%Y-%m")


def _score_down(f: AgentFacts, months: int) -> int | None:
    """The last `months` completed months each scored below the one before (a gap breaks the run)."""
    wanted = [_month_key(f.as_of, back) for back in range(months + 1, 0, -1)]
    by_month = dict(f.scores)
    if any(m not in by_month for m in wanted):
        return None
    values = [by_month[m] for m in wanted]
    falling = all(later < earlier for earlier, later in zip(values, values[1:], strict=False))
    return months if falling else None


def _complaint_floor(f: AgentFacts, months: int) -> int | None:
    since = _month_key(f.as_of, months)
    return sum(1 for m in f.floor_months if m >= since) or None


def _open_care(f: AgentFacts, _unused: int) -> int | None:
    return f.open_care_follow_ups or None


def _appeal_rejected(f: AgentFacts, days: int) -> int | None:
    if f.last_rejected_appeal is None:
        return None
    since = _days_since(f.last_rejected_appeal, f.as_of)
    return since if 0 <= since <= days else None


def _out_of_town_new(f: AgentFacts, _unused: int) -> int | None:
    is_new = f.as_of < add_months(f.hire_date, 3)
    return _days_since(f.hire_date, f.as_of) if is_new and f.out_of_town else None


RULES: tuple[RuleSpec, ...] = (
    RuleSpec(RiskRule.NEW_WITHOUT_MENTOR, Source.MENTORING, RuleSetting(True, 14), 0, 90, _new_without_mentor),
    RuleSpec(RiskRule.NO_ONE_ON_ONE, Source.COACHING, RuleSetting(True, 30), 7, 180, _no_one_on_one),
    RuleSpec(RiskRule.SCORE_DOWN, Source.PERFORMANCE, RuleSetting(True, 2), 2, 6, _score_down),
    RuleSpec(RiskRule.COMPLAINT_FLOOR, Source.PERFORMANCE, RuleSetting(True, 3), 1, 12, _complaint_floor),
    RuleSpec(RiskRule.OPEN_CARE_FOLLOW_UP, Source.CARE, RuleSetting(True, 0), 0, 0, _open_care),
    RuleSpec(RiskRule.APPEAL_REJECTED, Source.APPEALS, RuleSetting(True, 60), 7, 365, _appeal_rejected),
    RuleSpec(RiskRule.OUT_OF_TOWN_NEW, Source.ROSTER, RuleSetting(True, 0), 0, 0, _out_of_town_new),
    # Threshold: a latest mood at or below it flags at once; two falls in a row flag at any level.
    RuleSpec(RiskRule.MOOD_DOWN, Source.COACHING, RuleSetting(True, LOW_MOOD), 1, 4, check_mood),
)
SPECS: dict[RiskRule, RuleSpec] = {spec.rule: spec for spec in RULES}


@dataclass(frozen=True, slots=True)
class RiskSettings:
    rules: Mapping[RiskRule, RuleSetting] = field(
        default_factory=lambda: {spec.rule: spec.default for spec in RULES})

    def setting(self, rule: RiskRule) -> RuleSetting:
        return self.rules.get(rule, SPECS[rule].default)

    def active(self, sources: frozenset[str]) -> list[RuleSpec]:
        """The rules that are switched on and whose data source holds records."""
        return [s for s in RULES if self.setting(s.rule).enabled and s.source.value in sources]


SETTING_PREFIX = "dashboard.risk."


def settings_from(values: Mapping[str, str]) -> RiskSettings:
    """Read the `settings` table's values; anything missing or malformed falls back to the default."""
    rules = {}
    for spec in RULES:
        enabled_text = values.get(f"{SETTING_PREFIX}{spec.rule.value}.enabled")
        threshold_text = values.get(f"{SETTING_PREFIX}{spec.rule.value}.threshold", "")
        enabled = spec.default.enabled if enabled_text not in ("0", "1") else enabled_text == "1"
        try:
            threshold = min(spec.maximum, max(spec.minimum, int(threshold_text)))
        except ValueError:
            threshold = spec.default.threshold
        rules[spec.rule] = RuleSetting(enabled, threshold)
    return RiskSettings(rules)


def settings_to(settings: RiskSettings) -> dict[str, str]:
    values = {}
    for spec in RULES:
        setting = settings.setting(spec.rule)
        values[f"{SETTING_PREFIX}{spec.rule.value}.enabled"] = "1" if setting.enabled else "0"
        values[f"{SETTING_PREFIX}{spec.rule.value}.threshold"] = str(setting.threshold)
    return values


def evaluate(facts: AgentFacts, rules: Iterable[RuleSpec], settings: RiskSettings) -> tuple[Flag, ...]:
    flags = []
    for spec in rules:
        value = spec.check(facts, settings.setting(spec.rule).threshold)
        if value is not None:
            flags.append(Flag(spec.rule, value))
    return tuple(flags)


def at_risk(all_facts: Iterable[AgentFacts], settings: RiskSettings, sources: frozenset[str]) -> list[AgentRisk]:
    """Flagged agents only, most flags first, then the newest hires (the early-attrition cliff)."""
    rules = settings.active(sources)
    flagged = [AgentRisk(f, flags) for f in all_facts if (flags := evaluate(f, rules, settings))]
    return sorted(flagged, key=lambda r: (-len(r.flags), -r.facts.hire_date.toordinal(), r.facts.employee_no))


@dataclass(frozen=True, slots=True)
class Tally:
    n: int = 0
    left: int = 0

    @property
    def rate(self) -> float | None:
        return self.left / self.n if self.n else None

    def add(self, left: bool) -> Tally:
        return Tally(self.n + 1, self.left + int(left))


@dataclass(frozen=True, slots=True)
class Backtest:
    """Agent-snapshots ("人次"): each agent active on each snapshot date counts once per date."""

    snapshots: tuple[date, ...]
    flagged: Tally
    unflagged: Tally
    by_rule: tuple[tuple[RiskRule, Tally], ...]


def backtest_dates(today: date, months: int = 12) -> list[date]:
    """Monthly snapshot dates over the past year whose 90-day outcome is already known, oldest first."""
    last = today - timedelta(days=OUTCOME_DAYS)
    first = today - timedelta(days=365)
    dates: list[date] = []
    day = last
    while day >= first and len(dates) < months:
        dates.append(day)
        day = add_months(day, -1)
    return sorted(dates)


def left_within(facts: AgentFacts, days: int = OUTCOME_DAYS) -> bool:
    return facts.leave_date is not None and facts.as_of < facts.leave_date <= facts.as_of + timedelta(days=days)


def backtest(snapshots: Iterable[tuple[date, list[AgentFacts]]], settings: RiskSettings,
             sources: frozenset[str]) -> Backtest:
    rules = settings.active(sources)
    flagged, unflagged = Tally(), Tally()
    by_rule = {spec.rule: Tally() for spec in rules}
    dates = []
    for as_of, population in snapshots:
        dates.append(as_of)
        for facts in population:
            left = left_within(facts)
            flags = evaluate(facts, rules, settings)
            if flags:
                flagged = flagged.add(left)
            else:
                unflagged = unflagged.add(left)
            for flag in flags:
                by_rule[flag.rule] = by_rule[flag.rule].add(left)
    return Backtest(tuple(dates), flagged, unflagged, tuple(by_rule.items()))


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    """Whether a rule (or "any rule": `rule` None) told leavers apart in the back-test.

    precision: of the agent-snapshots it flagged, the share who left within 90 days; recall: of all who
    left, the share it had flagged; lift: precision ÷ the leaving rate of those it did not flag, with a 95 %
    interval (Katz, log scale). Agent-snapshots of the same agent are not independent, so the interval is if
    anything too narrow — which makes "no evidence" (the interval includes 1) a safe reading."""

    rule: RiskRule | None
    flagged: Tally
    rest: Tally
    recall: float | None
    lift: float | None
    lift_lower: float | None
    lift_upper: float | None

    @property
    def precision(self) -> float | None:
        return self.flagged.rate

    @property
    def evidence(self) -> bool:
        """True only when the whole interval for lift is above 1."""
        return self.lift_lower is not None and self.lift_lower > 1


def rule_evidence(result: Backtest) -> list[RuleEvidence]:
    """"Any rule" first, then each active rule, from the back-test's counts."""
    total = Tally(result.flagged.n + result.unflagged.n, result.flagged.left + result.unflagged.left)
    found = []
    for rule, tally in [(None, result.flagged), *result.by_rule]:
        rest = Tally(total.n - tally.n, total.left - tally.left)
        ratio = ratio_interval(tally.left, tally.n, rest.left, rest.n)
        found.append(RuleEvidence(rule, tally, rest, tally.left / total.left if total.left else None,
                                  *(ratio or (None, None, None))))
    return found
