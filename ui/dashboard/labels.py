"""The rules and groupings in words. A reason quotes the flag's number through %1."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.dashboard.risk import Flag, RiskRule

# (rule name, the rule as a sentence with its threshold %1, a flag's reason with its number %1)
RULE_WORDS: dict[RiskRule, tuple[str, str, str]] = {
    RiskRule.NEW_WITHOUT_MENTOR: (
        QT_TRANSLATE_NOOP("RiskRules", "New agent without a mentor"),
        QT_TRANSLATE_NOOP("RiskRules", "In the first three months and still without a mentor %1 days after hire"),
        QT_TRANSLATE_NOOP("RiskRules", "No mentor %1 days after hire"),
    ),
    RiskRule.NO_ONE_ON_ONE: (
        QT_TRANSLATE_NOOP("RiskRules", "No recent 1:1"),
        QT_TRANSLATE_NOOP("RiskRules", "No 1:1 for more than %1 days (counted from hire if never)"),
        QT_TRANSLATE_NOOP("RiskRules", "No 1:1 for %1 days"),
    ),
    RiskRule.SCORE_DOWN: (
        QT_TRANSLATE_NOOP("RiskRules", "Score falling"),
        QT_TRANSLATE_NOOP("RiskRules", "Monthly score fell %1 months running"),
        QT_TRANSLATE_NOOP("RiskRules", "Score fell %1 months running"),
    ),
    RiskRule.COMPLAINT_FLOOR: (
        QT_TRANSLATE_NOOP("RiskRules", "Complaint floor hit"),
        QT_TRANSLATE_NOOP("RiskRules", "The complaint floor capped the grade within the last %1 months"),
        QT_TRANSLATE_NOOP("RiskRules", "Complaint floor hit in %1 recent months"),
    ),
    RiskRule.OPEN_CARE_FOLLOW_UP: (
        QT_TRANSLATE_NOOP("RiskRules", "Open care follow-up"),
        QT_TRANSLATE_NOOP("RiskRules", "A care matter is still waiting for follow-up (count only, no details)"),
        QT_TRANSLATE_NOOP("RiskRules", "%1 care follow-ups open"),
    ),
    RiskRule.APPEAL_REJECTED: (
        QT_TRANSLATE_NOOP("RiskRules", "Appeal rejected"),
        QT_TRANSLATE_NOOP("RiskRules", "A score appeal was rejected within the last %1 days"),
        QT_TRANSLATE_NOOP("RiskRules", "Appeal rejected %1 days ago"),
    ),
    RiskRule.OUT_OF_TOWN_NEW: (
        QT_TRANSLATE_NOOP("RiskRules", "New and from out of town"),
        QT_TRANSLATE_NOOP("RiskRules", "In the first three months and from out of town (housing, loneliness)"),
        QT_TRANSLATE_NOOP("RiskRules", "From out of town, %1 days in"),
    ),
    RiskRule.MOOD_DOWN: (
        QT_TRANSLATE_NOOP("RiskRules", "Mood falling"),
        QT_TRANSLATE_NOOP("RiskRules", "Mood fell at each of the last two 1:1s, or is %1 or below"),
        QT_TRANSLATE_NOOP("RiskRules", "Mood %1 at the last 1:1"),
    ),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("RiskRules", text)


def rule_name(rule: RiskRule) -> str:
    return _translate(RULE_WORDS[rule][0])


def rule_sentence(rule: RiskRule, threshold: int) -> str:
    return _translate(RULE_WORDS[rule][1]).replace("%1", str(threshold))


def reason(flag: Flag) -> str:
    return _translate(RULE_WORDS[flag.rule][2]).replace("%1", str(flag.value))


def reasons(flags: tuple[Flag, ...]) -> str:
    return QCoreApplication.translate("RiskRules", "; ").join(reason(f) for f in flags)
