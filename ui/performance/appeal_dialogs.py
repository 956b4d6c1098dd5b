"""申诉 and 服务之星 dialogs: file an appeal, decide it (who, when, why), record the month's star."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.performance.model import Appeal, KpiRecord, Metric
from shared.performance_figures import fmt, from_display, to_display, unit
from shared.words import label
from ui.widgets import ErrorLabel


def value_box(metric: Metric, value: float | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 1_000_000)
    box.setDecimals(3)
    box.setSuffix(unit(metric))
    if value is not None:
        box.setValue(to_display(metric, value))
    return box


# A save callback gets the values and `on_result(ok)`: the page runs the change through the door and answers
# later; the Save button waits meanwhile. ok False means it failed and the page already said why: the dialog stays
# open with what the user typed.
Done = Callable[[bool], None]


def _answer(dialog: QDialog, save_button: QPushButton) -> Done:
    save_button.setEnabled(False)

    def on_result(ok: bool) -> None:
        if not isValid(dialog):
            return
        save_button.setEnabled(True)
        if ok:
            dialog.accept()
    return on_result


class AppealDialog(QDialog):
    """What the agent disputes: one metric of one month, the figure they believe is right, and why."""

    def __init__(self, name: str, record: KpiRecord, save: Callable[[Metric, float, str, Done], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record, self._save = record, save
        self.setWindowTitle(self.tr("Appeal for %1, %2").replace("%1", name).replace("%2", record.month))
        self.metric = QComboBox()
        for metric in Metric:
            if record.value(metric) is not None:
                self.metric.addItem(label(metric), metric.value)
        self.current = QLabel()
        self.requested = QDoubleSpinBox()
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the complaint was about a courier delay, not the service"))
        self.reason.setFixedHeight(80)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Metric"), self.metric)
        form.addRow(self.tr("Figure on record"), self.current)
        form.addRow(self.tr("Figure the agent asks for"), self.requested)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept_input)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.metric.currentIndexChanged.connect(self._metric_changed)
        self._metric_changed()

    def selected_metric(self) -> Metric:
        return Metric(self.metric.currentData())

    def _metric_changed(self) -> None:
        metric = self.selected_metric()
        value = self.record.value(metric)
        self.current.setText(fmt(metric, value))
        box = value_box(metric, value)
        self.requested.setSuffix(box.suffix())
        self.requested.setDecimals(box.decimals())
        self.requested.setRange(box.minimum(), box.maximum())
        self.requested.setValue(box.value())

    def accept_input(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.error.show_error(self.tr("Write down why the agent disputes the figure."))
            return
        metric = self.selected_metric()
        self._save(metric, from_display(metric, self.requested.value()), reason, _answer(self, self.save_button))


class DecisionDialog(QDialog):
    """Accept (with the figure that will count) or reject, by whom and why: all kept with the appeal."""

    def __init__(self, name: str, appeal: Appeal, supervisor: str,
                 save: Callable[[bool, float | None, str, str, Done], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save, self.appeal = save, appeal
        self.setWindowTitle(self.tr("Decide the appeal of %1").replace("%1", name))
        m = appeal.metric
        self.accept_radio = QRadioButton(self.tr("Accept: count the adjusted figure and rescore the month"))
        self.reject_radio = QRadioButton(self.tr("Reject: the figure on record stands"))
        self.accept_radio.setChecked(True)
        self.adjusted = value_box(m, appeal.requested_value if appeal.requested_value is not None
                                  else appeal.original_value)
        self.decided_by = QLineEdit(supervisor)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Month / metric"), QLabel(f"{appeal.month} · {label(m)}"))
        form.addRow(self.tr("On record → asked for"),
                    QLabel(f"{fmt(m, appeal.original_value)} → {fmt(m, appeal.requested_value)}"))
        form.addRow(self.tr("Agent's reason"), QLabel(appeal.reason))
        form.addRow("", self.accept_radio)
        form.addRow(self.tr("Adjusted figure"), self.adjusted)
        form.addRow("", self.reject_radio)
        form.addRow(self.tr("Decided by"), self.decided_by)
        form.addRow(self.tr("Why"), self.note)
        self.reject_radio.toggled.connect(lambda on: self.adjusted.setEnabled(not on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept_input)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept_input(self) -> None:
        if not self.decided_by.text().strip() or not self.note.toPlainText().strip():
            self.error.show_error(self.tr("Say who decided and why: the agent will see it."))
            return
        accepted = self.accept_radio.isChecked()
        value = from_display(self.appeal.metric, self.adjusted.value()) if accepted else None
        self._save(accepted, value, self.decided_by.text(), self.note.toPlainText(), _answer(self, self.save_button))


class StarDialog(QDialog):
    """服务之星 of the month: the best score is suggested; the supervisor may nominate someone else."""

    def __init__(self, month: str, candidates: list[tuple[int, str]], suggested: int | None,
                 save: Callable[[int, bool, str, Done], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save, self._suggested = save, suggested
        self.setWindowTitle(self.tr("Service star for %1").replace("%1", month))
        self.agent = QComboBox()
        for agent_id, text in candidates:
            self.agent.addItem(text, agent_id)
        self.agent.setCurrentIndex(max(0, self.agent.findData(suggested)))
        hint = (self.tr("Suggested: the best score graded Excellent with no floor rule applied.")
                if suggested is not None else self.tr("Nobody was graded Excellent this month; nominate someone."))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What they did, in a sentence the team will hear"))
        form = QFormLayout()
        form.addRow(self.tr("Agent"), self.agent)
        form.addRow("", QLabel(hint))
        form.addRow(self.tr("Citation"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept_input)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept_input(self) -> None:
        agent_id = self.agent.currentData()
        if agent_id is None:
            return
        self._save(int(agent_id), agent_id == self._suggested, self.note.text(), _answer(self, self.save_button))
