"""Session kinds in words, and the field captions that change for a case review."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.coaching.model import SessionKind

KIND_WORDS = {
    SessionKind.ONE_ON_ONE: QT_TRANSLATE_NOOP("CoachingLabels", "1:1"),
    SessionKind.CASE_REVIEW: QT_TRANSLATE_NOOP("CoachingLabels", "Case review"),
    SessionKind.QA_FEEDBACK: QT_TRANSLATE_NOOP("CoachingLabels", "QA feedback"),
    SessionKind.LIVE_INTERVENTION: QT_TRANSLATE_NOOP("CoachingLabels", "Real-time intervention"),
    SessionKind.IMPROVEMENT_PLAN: QT_TRANSLATE_NOOP("CoachingLabels", "Improvement plan"),
}

# (situation, strengths, improve) captions: a case review asks the seed article's three questions.
FIELD_CAPTIONS = (
    QT_TRANSLATE_NOOP("CoachingLabels", "Situation"),
    QT_TRANSLATE_NOOP("CoachingLabels", "Strengths"),
    QT_TRANSLATE_NOOP("CoachingLabels", "To improve"),
)
CASE_CAPTIONS = (
    QT_TRANSLATE_NOOP("CoachingLabels", "Customer's real need"),
    QT_TRANSLATE_NOOP("CoachingLabels", "What went well"),
    QT_TRANSLATE_NOOP("CoachingLabels", "What could be better"),
)

MOOD_WORDS = {
    1: QT_TRANSLATE_NOOP("CoachingLabels", "1 · very low"),
    2: QT_TRANSLATE_NOOP("CoachingLabels", "2 · low"),
    3: QT_TRANSLATE_NOOP("CoachingLabels", "3 · steady"),
    4: QT_TRANSLATE_NOOP("CoachingLabels", "4 · good"),
    5: QT_TRANSLATE_NOOP("CoachingLabels", "5 · great"),
}


def kind_word(kind: SessionKind) -> str:
    return QCoreApplication.translate("CoachingLabels", KIND_WORDS[kind])


def captions(kind: SessionKind) -> tuple[str, str, str]:
    source = CASE_CAPTIONS if kind is SessionKind.CASE_REVIEW else FIELD_CAPTIONS
    a, b, c = (QCoreApplication.translate("CoachingLabels", s) for s in source)
    return a, b, c


def mood_word(mood: int | None) -> str:
    return "" if mood is None else QCoreApplication.translate("CoachingLabels", MOOD_WORDS[mood])
