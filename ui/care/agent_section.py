"""The agent page's 关怀 box: the 1:1 mood trend (a small line of the last moods, flagged in red when the
at-risk rule fires), and — from the other care pieces — buddy, recognition and exit facts. Numbers and
names only: nothing from the encrypted care details."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from domain.care.agent_box import AgentCareBox, agent_care_box
from domain.care.buddy import BuddyView
from domain.care.mood import MoodPoint, falling_since
from domain.care.wellbeing import AgentMood
from domain.roster.rules import add_months
from shared.words import label
from ui.care.session import care_session
from ui.context import AppContext
from ui.list_table import MUTED, OVERDUE

SHOWN = 8  # the last eight 1:1s: two months of weekly 1:1s


class MoodLine(QWidget):
    """A sparkline of 1–5 moods, oldest left; the last point is drawn larger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MoodPoint] = []
        self.alert = False
        self.setFixedHeight(50)  # the lowest point keeps clear of the words under it
        self.setMinimumWidth(160)

    def set_points(self, points: list[MoodPoint], alert: bool) -> None:
        self.points, self.alert = points[-SHOWN:], alert
        self.setToolTip("  ".join(f"{p.day:%m-%d}: {p.mood}" for p in self.points))
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h, pad = self.width(), self.height() - 4, 6
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
    loaded = Signal()  # the door answered show_agent

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
        self.buddy_text = QLabel()
        self.buddy_text.setWordWrap(True)
        self.buddy_button = QPushButton()
        self.buddy_button.clicked.connect(self._buddy_action)
        self.form.addRow(self.tr("Buddy"), self.buddy_text)
        self.form.addRow("", self.buddy_button)
        self.recognition_text = QLabel()
        self.recognition_text.setWordWrap(True)
        self.award_button = QPushButton(self.tr("Award…"))
        self.praise_button = QPushButton(self.tr("Customer praise…"))
        self.award_button.clicked.connect(lambda: self._recognise(True))
        self.praise_button.clicked.connect(lambda: self._recognise(False))
        row = QHBoxLayout()
        row.addWidget(self.award_button)
        row.addWidget(self.praise_button)
        self.form.addRow(self.tr("Recognition"), self.recognition_text)
        self.form.addRow("", row)
        self.stage_text = QLabel()
        self.stage_text.setWordWrap(True)
        self.stage_button = QPushButton(self.tr("Life stage…"))
        self.stage_button.clicked.connect(self._life_stage)
        self.form.addRow(self.tr("Life stage"), self.stage_text)
        self.form.addRow("", self.stage_button)
        self.periods_text = QLabel()
        self.periods_text.setWordWrap(True)
        self.rehire_button = QPushButton(self.tr("Link an earlier employment…"))
        self.rehire_button.clicked.connect(self._link_rehire)
        self.form.addRow(self.tr("Employment"), self.periods_text)
        self.form.addRow("", self.rehire_button)
        self.agent_id: int | None = None
        self._view: BuddyView | None = None

    def show_agent(self, agent_id: int) -> None:
        """Asks the door for the whole box at once; a later agent's answer wins over an earlier one's."""
        self.agent_id = agent_id
        key, today = care_session(self.ctx).key, self.ctx.today()
        self.ctx.door.query(lambda uow: agent_care_box(uow, agent_id, key, today),
                            lambda box: self._show(agent_id, box), owner=self)

    def _show(self, agent_id: int, box: AgentCareBox) -> None:
        if agent_id != self.agent_id:
            return
        self._show_buddy(box.buddy)
        self._show_recognition(box)
        self._show_life_stage(box)
        self._show_periods(box)
        self._show_mood(box.mood)
        self.loaded.emit()

    def _show_mood(self, mood: AgentMood) -> None:
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

    def _show_buddy(self, view: BuddyView) -> None:
        self._view = view
        parts = []
        if view.pair is not None:
            parts.append(self.tr("%1 since %2 · %3 check-ins").replace("%1", view.buddy_name)
                         .replace("%2", view.pair.start_date.isoformat()).replace("%3", str(view.check_ins)))
        if view.supporting:
            parts.append(self.tr("buddy to %1").replace("%1", "、".join(view.supporting)))
        self.buddy_text.setText("\n".join(parts) or self.tr("none"))
        self.buddy_button.setText(self.tr("Buddy check-in…") if view.pair else self.tr("Arrange a buddy…"))

    # The dialogs save through the door; its notice ("care", this agent) makes the agent page ask again.
    def _buddy_action(self) -> None:
        from ui.care.buddy_dialog import BuddyCheckInDialog, BuddyDialog

        if self.agent_id is None or self._view is None:
            return
        if self._view.pair is None:
            dialog: QDialog = BuddyDialog(self.ctx, self.agent_id, self)
        else:
            pair = self._view.pair
            dialog = BuddyCheckInDialog(self.ctx, pair.id, self._view.buddy_name, self,
                                        agents=(pair.agent_id, pair.buddy_id))
        dialog.exec()

    def _show_recognition(self, box: AgentCareBox) -> None:
        since = add_months(self.ctx.today(), -12)
        recent_awards = [a for a in box.awards if a.day > since]
        text = self.tr("last 12 months: %1 awards · %2 praises").replace("%1", str(len(recent_awards))) \
            .replace("%2", str(sum(p.day > since for p in box.praises)))
        if recent_awards:
            latest = recent_awards[-1]
            text += "\n" + self.tr("latest: %1 (%2)").replace(
                "%1", latest.custom_name or label(latest.kind)).replace("%2", latest.day.isoformat())
        self.recognition_text.setText(text)

    def _recognise(self, award: bool) -> None:
        from ui.care.recognition_dialog import AwardDialog, PraiseDialog

        if self.agent_id is not None:
            (AwardDialog if award else PraiseDialog)(self.ctx, self.agent_id, self).exec()

    def _show_life_stage(self, box: AgentCareBox) -> None:
        from ui.care.life_stage_dialog import flags_words

        words = flags_words(box.flags, box.review, box.flags_unreadable)
        if box.review is not None and not box.flags_unreadable:
            words += " · " + self.tr("review shifts by %1").replace("%1", box.review.isoformat())
        self.stage_text.setText(words or self.tr("none"))

    def _life_stage(self) -> None:
        from ui.care.actions import ask_to_unlock
        from ui.care.life_stage_dialog import LifeStageDialog

        session = care_session(self.ctx)
        session.wait_known()
        if self.agent_id is None or not session.has_passphrase():
            return
        if ask_to_unlock(self.ctx, self):
            LifeStageDialog(self.ctx, self.agent_id, self).exec()

    def _show_periods(self, box: AgentCareBox) -> None:
        view = box.periods
        linked = len(view.periods) > 1
        text = self.tr("%1 periods · counted tenure %2 days (%3)").replace("%1", str(len(view.periods))) \
            .replace("%2", str(view.counted_days)).replace("%3", label(view.stage))
        self.periods_text.setText(text if linked else self.tr("one period"))
        self.rehire_button.setVisible(not linked and box.can_link_earlier)

    def _link_rehire(self) -> None:
        from ui.care.rehire_dialog import RehireDialog

        if self.agent_id is not None:
            RehireDialog(self.ctx, self.agent_id, self).exec()
