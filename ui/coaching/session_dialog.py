"""Record or edit one coaching session with its action items. Problems show in words under their field
and the input stays; nothing is saved until every part is valid.

Keys as office software has them (issue 24): focus opens where the user types next; Enter in a multi-line box
is a new line, Tab moves on, Ctrl+Enter saves; Enter in an action item adds the next item (it never saves a
half-typed 1:1); Enter in any other one-line box moves to the next field.

Saving goes through the door (issue 17): `save(session, items, on_result)` returns at once; Save stays disabled
until `on_result` brings the field errors (shown, input kept), [] (the dialog closes) or None (already told)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.performance.model import Metric
from domain.roster.rules import FieldError
from shared.messages import describe
from shared.words import label
from ui.coaching.labels import MOOD_WORDS, captions, mood_word
from ui.widgets import DateField, ErrorLabel

OnResult = Callable[[list[FieldError] | None], None]
Saver = Callable[[CoachingSession, list[ActionItem], OnResult], None]


class ActionItemRowWidget(QWidget):
    """One action item: what, who, by when, done."""

    def __init__(self, item: ActionItem | None, default_due: date, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._id = item.id if item else None
        self._version = item.version if item else 0  # the save is refused if someone saved the item since
        self._today = today
        self.text = QLineEdit(item.text if item else "")
        self.text.setPlaceholderText(self.tr("e.g. listen back to three calls about refunds"))
        self.owner = QLineEdit(item.owner if item else self.tr("Agent"))
        self.owner.setFixedWidth(90)
        self.due = DateField(item.due_on if item else default_due)
        self.done = QCheckBox(self.tr("Done"))
        self.done.setChecked(bool(item and item.done_on))
        self._done_on = item.done_on if item else None
        self.remove = QPushButton(self.tr("Remove"))
        # An improvement plan's item names the KPI dimension it targets; the next month shows that figure.
        self.metric = QComboBox()
        self.metric.addItem(self.tr("KPI dimension…"), "")
        for metric in Metric:
            self.metric.addItem(label(metric), metric.value)
        self.metric.setCurrentIndex(max(0, self.metric.findData(item.kpi_metric if item else "")))
        self.metric.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.metric)
        layout.addWidget(self.owner)
        layout.addWidget(self.due)
        layout.addWidget(self.done)
        layout.addWidget(self.remove)

    def value(self) -> ActionItem:
        done_on = (self._done_on or self._today) if self.done.isChecked() else None
        return ActionItem(self.text.text(), self.owner.text(), self.due.value() or self._today, done_on, id=self._id,
                          kpi_metric=self.metric.currentData() if self.metric.isVisibleTo(self) else "",
                          version=self._version)

    def is_blank(self) -> bool:
        return not self.text.text().strip() and self._id is None


class AgentChoices(QAbstractListModel):
    """The agent box's list, (id, words) per agent, as one model: its text for the view and the completer
    (display and edit roles), its id as the item's data (the user role)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = []

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][1]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][0]
        return None


class SessionDialog(QDialog):
    def __init__(self, session: CoachingSession | None, items: list[ActionItem], agents: list[tuple[int, str]],
                 today: date, save: Saver, parent: QWidget | None = None, agent_id: int | None = None,
                 kind: SessionKind = SessionKind.ONE_ON_ONE) -> None:
        super().__init__(parent)
        self._save, self._today, self._original = save, today, session
        self._wanted_agent = session.agent_id if session else agent_id
        self._saving = False
        self.setWindowTitle(self.tr("Edit coaching session") if session else self.tr("New coaching session"))
        self.setMinimumWidth(640)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        self.captions: dict[str, QLabel] = {}

        def row(key: str, text: str, widget: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            self.errors[key] = ErrorLabel()
            box.addWidget(self.errors[key])
            self.captions[key] = QLabel(text)
            form.addRow(self.captions[key], box)

        self.agent = QComboBox()
        self.agent.setEditable(True)  # type to find someone in a long team
        self.agent.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._agents = AgentChoices(self.agent)
        self.agent.setModel(self._agents)
        self.set_agents(agents)
        self.kind = QComboBox()
        for member in SessionKind:
            self.kind.addItem(label(member), member.value)
        self.held_on = DateField(today)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A short subject, e.g. refund delayed, customer escalated"))
        self.situation, self.strengths, self.improve, self.agent_view = (QPlainTextEdit() for _ in range(4))
        for box in (self.situation, self.strengths, self.improve, self.agent_view):
            box.setFixedHeight(58)
            box.setTabChangesFocus(True)
        self.mood = QComboBox()
        self.mood.addItem("—", 0)
        for value in MOOD_WORDS:
            self.mood.addItem(mood_word(value), value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Topics, separated by commas: 投诉, 退款"))

        row("agent", self.tr("Agent *"), self.agent)
        row("kind", self.tr("Kind"), self.kind)
        row("held_on", self.tr("Date *"), self.held_on)
        row("title", self.tr("Subject"), self.title)
        row("situation", "", self.situation)
        row("strengths", "", self.strengths)
        row("improve", "", self.improve)
        row("agent_view", self.tr("Agent's own view"), self.agent_view)
        row("mood", self.tr("Mood"), self.mood)
        row("tags", self.tr("Topics"), self.tags)

        self.item_rows: list[ActionItemRowWidget] = []
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(4)
        self.add_item_button = QPushButton(self.tr("Add action item"))
        self.add_item_button.setAutoDefault(False)  # Enter elsewhere must not press it
        self.add_item_button.clicked.connect(lambda: self.add_item_row(None).text.setFocus())
        self.errors["action_items"] = ErrorLabel()
        items_header = QHBoxLayout()
        items_header.addWidget(QLabel("<b>" + self.tr("Action items") + "</b>"))
        items_header.addStretch()
        items_header.addWidget(self.add_item_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.accept_if_valid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(items_header)
        layout.addLayout(self.items_box)
        layout.addWidget(self.errors["action_items"])
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._fill(session, items, agent_id, kind)

    def _fill(self, session: CoachingSession | None, items: list[ActionItem], agent_id: int | None,
              kind: SessionKind) -> None:
        if session is not None:
            agent_id, kind = session.agent_id, session.kind
            self.held_on.set_value(session.held_on)
            self.title.setText(session.title)
            self.situation.setPlainText(session.situation)
            self.strengths.setPlainText(session.strengths)
            self.improve.setPlainText(session.improve)
            self.agent_view.setPlainText(session.agent_view)
            self.mood.setCurrentIndex(max(0, self.mood.findData(session.mood or 0)))
            self.tags.setText("，".join(session.tags))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self._kind_changed()
        for item in items:
            self.add_item_row(item)
        self._first_focus(agent_id, kind).setFocus()

    def set_agents(self, agents: list[tuple[int, str]]) -> None:
        """The agent list, which may arrive after the dialog opened: what was chosen or typed meanwhile stays."""
        chosen = self.agent.currentData() if self.agent.count() else self._wanted_agent
        typed = self.agent.currentText()
        self.agent.blockSignals(True)
        self._agents.set_rows(agents)  # one reset: 4,867 addItem calls held the UI thread ~30 ms
        index = (next((i for i, (aid, _name) in enumerate(agents) if aid == chosen), -1) if chosen is not None
                 else (0 if agents and not typed else -1))
        self.agent.setCurrentIndex(index)
        if index < 0:
            self.agent.setEditText(typed)
        self.agent.blockSignals(False)

    def _first_focus(self, agent_id: int | None, kind: SessionKind) -> QWidget:
        """Where the user types next: the agent when none is chosen, the title a case review requires,
        otherwise the first empty text box."""
        if agent_id is None:
            return self.agent
        if kind is SessionKind.CASE_REVIEW and not self.title.text():
            return self.title
        return next((box for box in (self.situation, self.strengths, self.improve, self.agent_view)
                     if not box.toPlainText()), self.situation)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Reaches the dialog only when the focused widget did not use Enter (one-line boxes, combos):
        # QDialog would press Save; here it moves on, and in an action item it starts the next item.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            row = self._item_row_of(self.focusWidget())
            if row is not None:
                self._next_item(row)
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _item_row_of(self, widget: QWidget | None) -> ActionItemRowWidget | None:
        while widget is not None and not isinstance(widget, ActionItemRowWidget):
            widget = widget.parentWidget()
        return widget

    def _next_item(self, row: ActionItemRowWidget) -> None:
        index = self.item_rows.index(row)
        if index + 1 < len(self.item_rows):
            self.item_rows[index + 1].text.setFocus()
        elif row.text.text().strip():
            self.add_item_row(None).text.setFocus()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        for key, text in zip(("situation", "strengths", "improve"), captions(kind), strict=True):
            self.captions[key].setText(text)
        is_case = kind is SessionKind.CASE_REVIEW
        self.captions["title"].setText(self.tr("Case title *") if is_case else self.tr("Subject"))
        self.tags.setVisible(is_case)
        self.captions["tags"].setVisible(is_case)
        for item_row in self.item_rows:
            item_row.metric.setVisible(kind is SessionKind.IMPROVEMENT_PLAN)

    def current_kind(self) -> SessionKind:
        return SessionKind(self.kind.currentData())

    def add_item_row(self, item: ActionItem | None) -> ActionItemRowWidget:
        held = self.held_on.value() or self._today
        widget = ActionItemRowWidget(item, held + timedelta(days=7), self._today, self)
        widget.remove.clicked.connect(lambda: self._remove_item_row(widget))
        widget.remove.setAutoDefault(False)
        widget.metric.setVisible(self.current_kind() is SessionKind.IMPROVEMENT_PLAN)
        previous = self.item_rows[-1].remove if self.item_rows else self.add_item_button
        self.item_rows.append(widget)
        self.items_box.addWidget(widget)
        widget.show()  # now, not when the layout gets round to it: Tab from its text must find the owner box
        # Tab runs through the items in order and then to Save, not to wherever a new widget lands.
        chain = [previous, widget.text, widget.owner, widget.due, widget.done, widget.remove,
                 self.buttons.button(QDialogButtonBox.StandardButton.Save)]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        return widget

    def _remove_item_row(self, widget: ActionItemRowWidget) -> None:
        self.item_rows.remove(widget)
        widget.setParent(None)
        widget.deleteLater()

    def value(self) -> tuple[CoachingSession, list[ActionItem]]:
        mood = int(self.mood.currentData() or 0)
        if not self.agent.count():  # the list has not arrived yet: the agent the dialog was opened for
            agent_id = self._wanted_agent
        else:
            agent_id = self.agent.currentData() if self.agent.currentIndex() >= 0 and \
                self.agent.currentText() == self.agent.itemText(self.agent.currentIndex()) else None
        session = CoachingSession(
            agent_id=int(agent_id or 0),
            kind=self.current_kind(),
            held_on=self.held_on.value() or self._today,
            title=self.title.text(),
            situation=self.situation.toPlainText(),
            strengths=self.strengths.toPlainText(),
            improve=self.improve.toPlainText(),
            agent_view=self.agent_view.toPlainText(),
            mood=mood or None,
            tags=(self.tags.text(),) if self.current_kind() is SessionKind.CASE_REVIEW else (),
            id=self._original.id if self._original else None,
            version=self._original.version if self._original else 0,  # refused if saved elsewhere since
        )
        return session, [w.value() for w in self.item_rows if not w.is_blank()]

    def show_errors(self, errors: list[FieldError]) -> None:
        for error_label in self.errors.values():
            error_label.show_error("")
        grouped: dict[str, list[str]] = {}
        for error in errors:
            if not error.field and error.value:  # a refusal on no field: its sentence (ui/door.py refused)
                text = error.value
            else:
                text = describe(error.code) + (f"：{error.value}" if error.value and error.field == "action_items"
                                               else "")
            grouped.setdefault(error.field if error.field in self.errors else "situation", []).append(text)
        for field, texts in grouped.items():
            self.errors[field].show_error("；".join(texts))

    def accept_if_valid(self) -> None:
        if self._saving:  # a second Ctrl+Enter while the first save is on its way
            return
        self._saving = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._save(*self.value(), self.saved)

    def saved(self, errors: list[FieldError] | None) -> None:
        if not isValid(self):  # closed meanwhile
            return
        self._saving = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if errors:
            self.show_errors(errors)
        elif errors is not None:
            self.accept()
