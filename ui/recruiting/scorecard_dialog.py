"""Interview entry, fast from the keyboard: Tab moves score → evidence → next score; a digit sets a score.
The weighted total and any knock-out update as you type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.recruiting.model import Candidate, DimensionScore, Recommendation, Round, Scorecard, Template
from domain.recruiting.scoring import ScoreResult, score
from domain.roster.rules import FieldError
from ui.messages import describe
from ui.recruiting.labels import rlabel
from ui.widgets import DateField, ErrorLabel


class ScoreBox(QSpinBox):
    """1–5, with 0 shown as "—" for not scored yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 5)
        self.setSpecialValueText("—")
        self.setFixedWidth(64)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def score(self) -> int | None:
        return self.value() or None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # One keystroke per score: a digit replaces whatever is there (the spin box would otherwise append
        # it to "—" or to the old score); Backspace, Delete or 0 clear it.
        text = event.text()
        if text in {"1", "2", "3", "4", "5"}:
            self.setValue(int(text))
        elif text == "0" or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.setValue(0)
        else:
            super().keyPressEvent(event)


class ScorecardDialog(QDialog):
    def __init__(self, candidate: Candidate, templates: dict[Round, Template], round_: Round, interviewers: list[str],
                 today: date, save: Callable[[Scorecard], list[FieldError]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidate, self._templates, self._today, self._save = candidate, templates, today, save
        self.setWindowTitle(self.tr("Scorecard — %1").replace("%1", candidate.name))
        self.setMinimumWidth(900)
        self.round = QComboBox()
        for r in Round:
            if r in templates:
                self.round.addItem(rlabel(r), r.value)
        self.round.setCurrentIndex(max(0, self.round.findData(round_.value)))
        self.interviewer = QComboBox()
        self.interviewer.setEditable(True)
        self.interviewer.addItems(interviewers)
        self.interviewer.setCurrentText("")
        self.interviewer.lineEdit().setPlaceholderText(self.tr("Who interviewed"))
        self.interview_date = DateField(today)
        self.scenario = QComboBox()
        self.scenario.setEditable(True)
        self.recommendation = QComboBox()
        for member in Recommendation:
            self.recommendation.addItem(rlabel(member), member.value)
        self.recommendation.setCurrentIndex(1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(48)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.knockout = QLabel()
        self.knockout.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.knockout.setWordWrap(True)
        self.errors = {key: ErrorLabel() for key in ("interviewer", "interview_date", "scores")}

        head = QFormLayout()
        head.addRow(self.tr("Round"), self.round)
        head.addRow(self.tr("Interviewer *"), self.interviewer)
        head.addRow("", self.errors["interviewer"])
        head.addRow(self.tr("Interview date *"), self.interview_date)
        head.addRow("", self.errors["interview_date"])
        head.addRow(self.tr("Scenario used"), self.scenario)
        self.dimension_box = QGroupBox(self.tr("Scores (1–5) and evidence"))
        self.grid = QGridLayout(self.dimension_box)
        tail = QFormLayout()
        tail.addRow(self.tr("Recommendation"), self.recommendation)
        tail.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.dimension_box)
        layout.addWidget(self.errors["scores"])
        layout.addWidget(self.total)
        layout.addWidget(self.knockout)
        layout.addLayout(tail)
        layout.addWidget(buttons)
        self.scores: dict[str, ScoreBox] = {}
        self.evidence: dict[str, QLineEdit] = {}
        self.anchor_labels: dict[str, QLabel] = {}
        self.round.currentIndexChanged.connect(self._build_rows)
        self._build_rows()

    def template(self) -> Template:
        return self._templates[Round(self.round.currentData())]

    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        template = self.template()
        self.scores.clear()
        self.evidence.clear()
        self.anchor_labels.clear()
        total_weight = sum(d.weight for d in template.dimensions) or 1
        for column, text in enumerate((self.tr("Dimension"), self.tr("Score"), self.tr("What this level looks like"),
                                       self.tr("Evidence (what the candidate said or did)"))):
            header = QLabel(text)
            header.setStyleSheet("color: #555;")
            self.grid.addWidget(header, 0, column)
        previous: QWidget = self.scenario
        for row, d in enumerate(template.dimensions, start=1):
            name = f"{d.name}  ({round(100 * d.weight / total_weight)}%)"
            if d.knockout_below is not None:
                name += "  " + self.tr("knock-out below %1").replace("%1", str(d.knockout_below))
            title = QLabel(name)
            title.setToolTip(d.description + "\n" + "\n".join(f"{i + 1}: {a}" for i, a in enumerate(d.anchors)))
            box, evidence, anchor = ScoreBox(), QLineEdit(), QLabel()
            anchor.setWordWrap(True)
            anchor.setStyleSheet("color: #666;")
            anchor.setMinimumWidth(220)
            evidence.setMinimumWidth(260)
            box.valueChanged.connect(self._update)
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(anchor, row, 2)
            self.grid.addWidget(evidence, row, 3)
            self.setTabOrder(previous, box)
            self.setTabOrder(box, evidence)
            previous = evidence
            self.scores[d.key], self.evidence[d.key], self.anchor_labels[d.key] = box, evidence, anchor
        self.setTabOrder(previous, self.recommendation)
        self.adjustSize()
        self.scenario.clear()
        self.scenario.addItem("")
        self.scenario.addItems(list(template.scenarios))
        self._update()

    def result(self) -> ScoreResult:
        return score(self.template(), {k: box.score() for k, box in self.scores.items()})

    def _update(self) -> None:
        template = self.template()
        for d in template.dimensions:
            value = self.scores[d.key].score()
            self.anchor_labels[d.key].setText(d.anchors[value - 1] if value else "")
        result = self.result()
        text = self.tr("Weighted total: %1 / 5").replace("%1", "—" if result.total is None else f"{result.total:.2f}")
        if result.total is not None and not result.complete:
            text += "  " + self.tr("(so far)")
        self.total.setText(text)
        names = [f"{template.dimension(k).name} {self.scores[k].value()}" for k in result.knockouts
                 if template.dimension(k)]
        self.knockout.setText(self.tr("Knock-out: %1").replace("%1", "、".join(names)) if names else "")
        self.knockout.setVisible(bool(names))

    def value(self) -> Scorecard:
        template = self.template()
        return Scorecard(
            candidate_id=self._candidate.id or 0, template_id=template.id or 0,
            interviewer=self.interviewer.currentText().strip(),
            interview_date=self.interview_date.value() or self._today,
            scores=tuple(DimensionScore(k, box.value(), self.evidence[k].text().strip())
                         for k, box in self.scores.items() if box.score()),
            recommendation=Recommendation(self.recommendation.currentData()),
            scenario=self.scenario.currentText().strip(), notes=self.notes.toPlainText().strip())

    def _try_accept(self) -> None:
        errors = self._save(self.value())
        for key, label in self.errors.items():
            codes = dict.fromkeys(describe(e.code) for e in errors if e.field == key)
            label.show_error("; ".join(codes))
        if not errors:
            self.accept()
