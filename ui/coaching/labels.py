"""The field captions that change for a case review, and moods in words (session kinds: shared/coaching_words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.coaching.model import SessionKind

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




def captions(kind: SessionKind) -> tuple[str, str, str]:
    source = CASE_CAPTIONS if kind is SessionKind.CASE_REVIEW else FIELD_CAPTIONS
    a, b, c = (QCoreApplication.translate("CoachingLabels", s) for s in source)
    return a, b, c


def mood_word(mood: int | None) -> str:
    return "" if mood is None else QCoreApplication.translate("CoachingLabels", MOOD_WORDS[mood])
