"""The agent page's 关怀 box: the 1:1 mood trend (a small line of the last moods, flagged in red when the
at-risk rule fires), and — from the other care pieces — buddy, recognition and exit facts. Numbers and
names only: nothing from the encrypted care details."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from domain.care.mood import MoodPoint, falling_since
from domain.care.wellbeing import agent_mood
from ui.context import AppContext
from ui.list_table import MUTED, OVERDUE

SHOWN = 8  # the last eight 1:1s: two months of weekly 1:1s


class MoodLine(QWidget):
    """A sparkline of 1–5 moods, oldest left; the last point is drawn larger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MoodPoint] = []
        self.alert = False
        self.setFixedHeight(44)
        self.setMinimumWidth(160)

    def set_points(self, points: list[MoodPoint], alert: bool) -> None:
        self.points, self.alert = points[-SHOWN:], alert
        self.setToolTip("  ".join(f"{p.day:%m-%d}: {p.mood}" for p in self.points))
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h, pad = self.width(), self.height(), 6
        painter.setPen(QPen(QColor("#dddddd"), 1, Qt.PenStyle.DashLine))
        for level in (1, 3, 5):
            y = h - pad - (level - 1) * (h - 2 * pad) / 4
            painter.drawLine(QPointF(pad, y), QPointF(w - pad, y))
        if not self.points:
            return
        step = (w - 2 * pad) / max(1, len(self.points) - 1)
        xy = [QPointF(pad + i * step, h - pad - (p.mood - 1) * (h - 2 * pad) / 4) for i, p in enumerate(self.points)]
        colour = OVERDUE if self.alert else QColor("#2b6cb0")
        painter.setPen(QPen(colour, 2))
        for a, b in zip(xy, xy[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for i, point in enumerate(xy):
            radius = 4 if i == len(xy) - 1 else 2.5
            painter.drawEllipse(point, radius, radius)


class CareSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Care"))
        self.form = QFormLayout(self)
        self.mood_line = MoodLine()
        self.mood_text = QLabel()
        self.mood_text.setWordWrap(True)
        self.form.addRow(self.tr("1:1 mood"), self.mood_line)
        self.form.addRow("", self.mood_text)

    def show_agent(self, agent_id: int) -> None:
        mood = agent_mood(self.ctx.uow(), agent_id)
        points = list(mood.points)
        self.mood_line.set_points(points, mood.flagged is not None)
        if not points:
            self.mood_text.setText(self.tr("No mood noted in a 1:1 yet"))
            self.mood_text.setStyleSheet(f"color: {MUTED.name()};")
            return
        latest = points[-1]
        words = " → ".join(str(p.mood) for p in points[-4:])
        text = self.tr("%1 (latest %2)").replace("%1", words).replace("%2", latest.day.isoformat())
        if mood.flagged is not None:
            reason = (self.tr("fell at each of the last two 1:1s") if falling_since(points)
                      else self.tr("2 or below"))
            text += " · " + self.tr("needs a conversation: %1").replace("%1", reason)
        self.mood_text.setText(text)
        self.mood_text.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;" if mood.flagged else "")
