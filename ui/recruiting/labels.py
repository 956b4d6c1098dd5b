"""Recruiting's enum members → words."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.recruiting.analytics import Verdict
from domain.recruiting.model import Recommendation, Round, Source, Stage

# One table per enum: StrEnum members compare equal to their values, so Stage.SUPERVISOR and
# Round.SUPERVISOR would be the same key in a single dict and one would overwrite the other's words.
LABELS: dict[type[StrEnum], dict[str, str]] = {
    Source: {
        Source.CAMPUS: QT_TRANSLATE_NOOP("RecruitingLabels", "Campus"),
        Source.SOCIAL: QT_TRANSLATE_NOOP("RecruitingLabels", "Open market"),
        Source.REFERRAL: QT_TRANSLATE_NOOP("RecruitingLabels", "Employee referral"),
        Source.AGENCY: QT_TRANSLATE_NOOP("RecruitingLabels", "Labour dispatch"),
        Source.OTHER: QT_TRANSLATE_NOOP("RecruitingLabels", "Other"),
    },
    Stage: {
        Stage.APPLIED: QT_TRANSLATE_NOOP("RecruitingLabels", "Applied"),
        Stage.HR_SCREEN: QT_TRANSLATE_NOOP("RecruitingLabels", "HR screening"),
        Stage.SUPERVISOR: QT_TRANSLATE_NOOP("RecruitingLabels", "Supervisor interview"),
        Stage.VETERAN: QT_TRANSLATE_NOOP("RecruitingLabels", "Veteran interview"),
        Stage.OFFER: QT_TRANSLATE_NOOP("RecruitingLabels", "Offer intended"),
        Stage.HIRED: QT_TRANSLATE_NOOP("RecruitingLabels", "Hired"),
        Stage.REJECTED: QT_TRANSLATE_NOOP("RecruitingLabels", "Not passed"),
        Stage.WITHDRAWN: QT_TRANSLATE_NOOP("RecruitingLabels", "Withdrew"),
    },
    Round: {
        Round.HR: QT_TRANSLATE_NOOP("RecruitingLabels", "HR screening round"),
        Round.SUPERVISOR: QT_TRANSLATE_NOOP("RecruitingLabels", "Supervisor round"),
        Round.VETERAN: QT_TRANSLATE_NOOP("RecruitingLabels", "Veteran round"),
    },
    Recommendation: {
        Recommendation.STRONG_YES: QT_TRANSLATE_NOOP("RecruitingLabels", "Strongly recommend"),
        Recommendation.YES: QT_TRANSLATE_NOOP("RecruitingLabels", "Recommend"),
        Recommendation.NO: QT_TRANSLATE_NOOP("RecruitingLabels", "Do not recommend"),
        Recommendation.STRONG_NO: QT_TRANSLATE_NOOP("RecruitingLabels", "Strongly against"),
    },
    Verdict: {
        Verdict.TOO_FEW: QT_TRANSLATE_NOOP("RecruitingLabels", "Too few to tell"),
        Verdict.IN_LINE: QT_TRANSLATE_NOOP("RecruitingLabels", "In line with the panel"),
        Verdict.LENIENT: QT_TRANSLATE_NOOP("RecruitingLabels", "Lenient"),
        Verdict.HARSH: QT_TRANSLATE_NOOP("RecruitingLabels", "Harsh"),
    },
}


def rlabel(value: StrEnum | None) -> str:
    if value is None:
        return ""
    source = LABELS.get(type(value), {}).get(value.value, value.value)
    return QCoreApplication.translate("RecruitingLabels", source)


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
