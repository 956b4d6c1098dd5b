"""Add or edit a care record. Opened only while unlocked; closes itself (discarding the text) if care locks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.care.model import CareCategory, CareDetails, CareFacts, CareRow, CareStatus
from domain.care.rules import agents_matching, validate_record
from domain.roster.model import AgentData, Status
from domain.roster.rules import FieldError
from shared.messages import describe
from shared.words import label
from ui.care.choice_buttons import ChoiceButtons
from ui.care.eap_box import EapBox
from ui.widgets import DateField, ErrorLabel

# save(facts, details, answer): the page saves through the door and answers the errors, [] once saved.
SaveFn = Callable[[CareFacts, CareDetails, Callable[[list[FieldError]], None]], None]


class CareRecordDialog(QDialog):
    def __init__(self, row: CareRow | None, agents: list[AgentData], today: date, save: SaveFn,
                 on_activity: Callable[[], None] = lambda: None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save, self._today = save, today
        self.setWindowTitle(self.tr("Edit care record") if row else self.tr("New care record"))
        self.setMinimumWidth(560)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()

        def add_row(key: str, text: str, widget: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            self.errors[key] = ErrorLabel()
            box.addWidget(self.errors[key])
            form.addRow(text, box)

        # Editable with a "contains" completer: typing part of a Chinese name finds the agent. It starts
        # empty for a new record, so a record is never filed under whoever happened to be listed first.
        self.agent = QComboBox()
        self.agent.setEditable(True)
        self.agent.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agent.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.agent.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.agent.lineEdit().setPlaceholderText(self.tr("Type a name or employee no."))
        self._row = row
        self._choices: list[tuple[int, str, str]] = []
        self._preset: int | None = None
        self._agents_known = bool(agents)
        self._save_asked = False  # Save pressed before the agent list arrived: it goes ahead on arrival
        self._fill_agents(agents)
        self.day = DateField(today)
        # One click per category; the click moves on to the words, the next thing typed.
        self.category = ChoiceButtons([(label(c), c.value) for c in CareCategory])
        self.category.chosen.connect(lambda _v: self.what_happened.setFocus())
        self.status = QComboBox()
        for s in CareStatus:
            self.status.addItem(label(s), s.value)
        self.follow_up = DateField(optional=True)
        self.aid = QDoubleSpinBox()
        self.aid.setRange(0, 1_000_000)
        self.aid.setDecimals(2)
        self.aid.setSingleStep(100)
        self.aid.setPrefix("¥ ")
        self.aid.setGroupSeparatorShown(True)
        self.what_happened = QPlainTextEdit()
        self.what_happened.setPlaceholderText(self.tr("What happened, in a few sentences"))
        self.what_happened.setFixedHeight(80)
        self.support_given = QPlainTextEdit()
        self.support_given.setPlaceholderText(self.tr("Visits, time off, aid applied for, referrals…"))
        self.support_given.setFixedHeight(80)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        for edit in (self.what_happened, self.support_given, self.notes):
            edit.setTabChangesFocus(True)  # Tab moves on, as in every office form; Enter is a new line

        add_row("agent_id", self.tr("Agent *"), self.agent)
        add_row("category", self.tr("Category *"), self.category)
        add_row("what_happened", self.tr("What happened *"), self.what_happened)
        add_row("day", self.tr("Date *"), self.day)
        add_row("support_given", self.tr("Support given"), self.support_given)
        add_row("aid_fen", self.tr("Aid amount"), self.aid)
        add_row("follow_up", self.tr("Follow up on"), self.follow_up)
        add_row("status", self.tr("Status"), self.status)
        self.eap = EapBox(today)
        add_row("eap", self.tr("EAP"), self.eap)
        add_row("notes", self.tr("Notes"), self.notes)
        privacy = QLabel(self.tr("What happened, support given, the EAP referral and notes are stored encrypted. "
                                 "Write only what you need to help: minimum necessary."))
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #666;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self._waiting = False
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(privacy)
        layout.addWidget(buttons)
        for edit in (self.what_happened, self.support_given, self.notes):
            edit.textChanged.connect(on_activity)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)  # Ctrl+Enter saves from any field (see eventFilter)
        if row is not None:
            self._load(row)
            self.what_happened.setFocus()
        else:
            self.agent.setFocus()  # a new record starts with whom it is about

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # An event filter rather than a QShortcut: it works wherever the keys land, even when the window
        # manager has not (yet) made the dialog the active window.
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._try_accept()
            return True
        return super().eventFilter(watched, event)

    def _fill_agents(self, agents: list[AgentData]) -> None:
        current = self._row.header.agent_id if self._row else None
        typed = self.agent.currentText()
        self.agent.clear()
        self._choices = []
        for a in sorted(agents, key=lambda a: (a.status is not Status.ACTIVE, a.employee_no)):
            if a.status is Status.ACTIVE or a.id == current:
                self.agent.addItem(f"{a.name}（{a.employee_no}）", a.id)
                self._choices.append((a.id or 0, a.name, a.employee_no))
        self.agent.setCurrentIndex(-1)
        self.agent.setEditText(typed)  # what was typed before the list arrived stays

    def set_agents(self, agents: list[AgentData]) -> None:
        """The agent list, when the door brings it (the form is open and typable before)."""
        self._fill_agents(agents)
        self._agents_known = True
        if self._row is not None:
            self.agent.setCurrentIndex(max(0, self.agent.findData(self._row.header.agent_id)))
        if self._preset is not None:
            self.preset_agent(self._preset)
        if self._save_asked:
            self._save_asked = False
            self._try_accept()

    def preset_agent(self, agent_id: int) -> None:
        """Opened from the agent's own page: the agent is known, so the category is what comes next."""
        self._preset = agent_id
        index = self.agent.findData(agent_id)
        if index >= 0:
            self.agent.setCurrentIndex(index)
            self.category.setFocus()

    def _load(self, row: CareRow) -> None:
        self.agent.setCurrentIndex(max(0, self.agent.findData(row.header.agent_id)))
        self.day.set_value(row.header.day)
        self.category.setCurrentIndex(max(0, self.category.findData(row.header.category.value)))
        if row.facts is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(row.facts.status.value)))
            self.follow_up.set_value(row.facts.follow_up)
            self.aid.setValue(row.facts.aid_fen / 100)
        if row.details is not None:
            self.what_happened.setPlainText(row.details.what_happened)
            self.support_given.setPlainText(row.details.support_given)
            self.notes.setPlainText(row.details.notes)
            self.eap.set_value(row.details.eap)

    def value(self) -> tuple[CareFacts, CareDetails]:
        facts = CareFacts(
            agent_id=self._agent_id(),
            day=self.day.value() or self._today,
            category=CareCategory(self.category.currentData()),
            status=CareStatus(self.status.currentData()),
            follow_up=self.follow_up.value(),
            aid_fen=round(self.aid.value() * 100),
            # the version read: refused (what was typed stays) if another supervisor saved it since
            version=self._row.facts.version if self._row is not None and self._row.facts is not None else 0,
        )
        details = CareDetails(self.what_happened.toPlainText().strip(), self.support_given.toPlainText().strip(),
                              self.notes.toPlainText().strip(), self.eap.value())
        return facts, details

    def _agent_matches(self) -> list[int]:
        return agents_matching(self._choices, self.agent.currentText())

    def _agent_id(self) -> int:
        hits = self._agent_matches()
        return hits[0] if len(hits) == 1 else 0

    def show_errors(self, errors: list[FieldError]) -> None:
        for error_label in self.errors.values():
            error_label.show_error("")
        for error in errors:
            target = self.errors.get(error.field)
            if target is not None:
                target.show_error(describe(error.code))

    def _try_accept(self) -> None:
        if not self._agents_known:
            self._save_asked = True
            return
        facts, details = self.value()
        errors = validate_record(facts, details, self._today)
        if not facts.agent_id:
            hits = len(self._agent_matches())
            code = ("care_agent_ambiguous" if hits > 1 else "care_agent_not_found"
                    if self.agent.currentText().strip() else "required")
            errors.insert(0, FieldError("agent_id", code))
        self.show_errors(errors)
        if errors or self._waiting:
            return
        self._waiting = True
        self.save_button.setEnabled(False)
        self._save(facts, details, self._answered)

    def _answered(self, errors: list[FieldError]) -> None:
        if not isValid(self):
            return
        self._waiting = False
        self.save_button.setEnabled(True)
        # A refusal on no field (e.g. care locked meanwhile) shows under the words.
        self.show_errors([e if e.field in self.errors else FieldError("what_happened", e.code, e.value)
                          for e in errors])
        if not errors:
            self.accept()

    def discard(self) -> None:
        """Care locked while the form was open: forget the typed words, then close."""
        for edit in (self.what_happened, self.support_given, self.notes):
            edit.clear()
        self.reject()
