"""Care words: categories, statuses and money.

Kept in their own "CareLabels" context: several category values ("health", "family") equal roster
leave reasons, and the shared "Labels" context would give them one translation for two meanings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.care.model import CareCategory, CareStatus
from domain.care.recognition import AwardKind, PraiseChannel

CATEGORY_LABELS = {
    CareCategory.HEALTH: QT_TRANSLATE_NOOP("CareLabels", "Health"),
    CareCategory.HOSPITAL: QT_TRANSLATE_NOOP("CareLabels", "Hospital stay"),
    CareCategory.MATERNITY: QT_TRANSLATE_NOOP("CareLabels", "Pregnancy and birth"),
    CareCategory.FAMILY: QT_TRANSLATE_NOOP("CareLabels", "Family"),
    CareCategory.HOUSING: QT_TRANSLATE_NOOP("CareLabels", "Housing"),
    CareCategory.BEREAVEMENT: QT_TRANSLATE_NOOP("CareLabels", "Bereavement"),
    CareCategory.HARDSHIP: QT_TRANSLATE_NOOP("CareLabels", "Financial hardship"),
    CareCategory.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("CareLabels", "Psychological (EAP)"),
    CareCategory.BIRTHDAY: QT_TRANSLATE_NOOP("CareLabels", "Birthday"),
    CareCategory.HOME_VISIT: QT_TRANSLATE_NOOP("CareLabels", "Home visit"),
}
STATUS_LABELS = {
    CareStatus.OPEN: QT_TRANSLATE_NOOP("CareLabels", "Open"),
    CareStatus.CLOSED: QT_TRANSLATE_NOOP("CareLabels", "Closed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareLabels", text)


def category_label(category: CareCategory) -> str:
    return _tr(CATEGORY_LABELS[category])


def status_label(status: CareStatus) -> str:
    return _tr(STATUS_LABELS[status])


def money(fen: int | None) -> str:
    if fen is None:
        return ""
    yuan, cents = divmod(fen, 100)
    return f"¥{yuan:,}" if cents == 0 else f"¥{yuan:,}.{cents:02d}"


AWARD_LABELS = {
    AwardKind.SERVICE_STAR: QT_TRANSLATE_NOOP("CareLabels", "Service star"),
    AwardKind.IMPROVEMENT_STAR: QT_TRANSLATE_NOOP("CareLabels", "Improvement star"),
    AwardKind.BEST_CASE: QT_TRANSLATE_NOOP("CareLabels", "Best case"),
    AwardKind.BEST_MENTOR: QT_TRANSLATE_NOOP("CareLabels", "Outstanding mentor"),
    AwardKind.CUSTOM: QT_TRANSLATE_NOOP("CareLabels", "Own award"),
}
CHANNEL_LABELS = {
    PraiseChannel.PHONE: QT_TRANSLATE_NOOP("CareLabels", "On the call"),
    PraiseChannel.ONLINE: QT_TRANSLATE_NOOP("CareLabels", "Online review"),
    PraiseChannel.LETTER: QT_TRANSLATE_NOOP("CareLabels", "Letter of thanks"),
    PraiseChannel.BANNER: QT_TRANSLATE_NOOP("CareLabels", "Silk banner"),
    PraiseChannel.OTHER: QT_TRANSLATE_NOOP("CareLabels", "Other"),
}


def award_label(kind: AwardKind) -> str:
    return _tr(AWARD_LABELS[kind])


def channel_label(channel: PraiseChannel) -> str:
    return _tr(CHANNEL_LABELS[channel])
