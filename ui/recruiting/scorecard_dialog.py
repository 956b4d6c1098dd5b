"""Interview entry, no slower by keyboard than by mouse (issue 24): the dialog opens on the first score; a
digit sets a score and moves to the next, the last one to the recommendation; a digit 1–4 there chooses and
moves to the evidence boxes, which Tab visits only after the scores; Ctrl+Enter saves. The recommendation
starts unset and must be chosen. The weighted total and any knock-out update as you type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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
from shiboken6 import isValid

from domain.recruiting.model import Candidate, DimensionScore, Recommendation, Round, Scorecard, Template
from domain.recruiting.scoring import ScoreResult, score
from domain.roster.rules import FieldError
from shared.messages import describe
from shared.words import label
from ui.widgets import DateField, ErrorLabel


class ScoreBox(QSpinBox):
    """1–5, with 0 shown as "—" for not scored yet."""

    scored = Signal()  # a digit was typed: the dialog moves on

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
            self.scored.emit()
        elif text == "0" or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.setValue(0)
        else:
            super().keyPressEvent(event)


class RecommendationBox(QComboBox):
    """Starts unset (a preselected answer got saved when overlooked); a digit 1–4 picks the n-th choice."""

    chosen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= self.count():
            self.setCurrentIndex(int(text) - 1)
            self.chosen.emit()
        else:
            super().keyPressEvent(event)

    def value(self) -> Recommendation | None:
        return Recommendation(self.currentData()) if self.currentIndex() >= 0 else None


class ScorecardDialog(QDialog):
    def __init__(self, candidate: Candidate, templates: dict[Round, Template], round_: Round, interviewers: list[str],
                 today: date, save: Callable[[Scorecard, Callable[[list[FieldError]], None]], None],
                 parent: QWidget | None = None,
                 default_interviewer: str = "") -> None:
        super().__init__(parent)
        self._candidate, self._templates, self._today, self._save = candidate, templates, today, save
        self.setWindowTitle(self.tr("Scorecard — %1").replace("%1", candidate.name))
        self.setMinimumWidth(900)
        self.round = QComboBox()
        for r in Round:
            if r in templates:
                self.round.addItem(label(r), r.value)
        self.round.setCurrentIndex(max(0, self.round.findData(round_.value)))
        self.interviewer = QComboBox()
        self.interviewer.setEditable(True)
        self.interviewer.addItems(interviewers)
        self.interviewer.setCurrentText(default_interviewer)
        self.interviewer.lineEdit().setPlaceholderText(self.tr("Who interviewed"))
        self.interview_date = DateField(today)
        self.scenario = QComboBox()
        self.scenario.setEditable(True)
        self.recommendation = RecommendationBox()
        for number, member in enumerate(Recommendation, start=1):
            self.recommendation.addItem(label(member), member.value)
            self.recommendation.setItemData(number - 1, self.tr("Key %1").replace("%1", str(number)),
                                            Qt.ItemDataRole.ToolTipRole)
        self.recommendation.setPlaceholderText(self.tr("Choose… (keys 1–4)"))
        self.recommendation.setCurrentIndex(-1)
        self.recommendation.chosen.connect(self._after_recommendation)
        self.recommendation.activated.connect(self._after_recommendation)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(48)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.knockout = QLabel()
        self.knockout.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.knockout.setWordWrap(True)
        self.errors = {key: ErrorLabel() for key in ("interviewer", "interview_date", "scores", "recommendation")}

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
        tail.addRow(self.tr("Recommendation *"), self.recommendation)
        tail.addRow("", self.errors["recommendation"])
        tail.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self._try_accept)
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
        # the round comes from the candidate's stage and the interviewer from the last card: start scoring
        first = next(iter(self.scores.values()), None)
        (first if first is not None and self.interviewer.currentText() else self.interviewer).setFocus()

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
        boxes: list[ScoreBox] = []
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
            box.scored.connect(self._after_score)
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(anchor, row, 2)
            self.grid.addWidget(evidence, row, 3)
            boxes.append(box)
            self.scores[d.key], self.evidence[d.key], self.anchor_labels[d.key] = box, evidence, anchor
        # Tab: the scores in a row, the recommendation, then the evidence boxes — not score, evidence, score …
        chain: list[QWidget] = [self.scenario, *boxes, self.recommendation, *self.evidence.values(), self.notes]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self.adjustSize()
        self.scenario.clear()
        self.scenario.addItem("")
        self.scenario.addItems(list(template.scenarios))
        self._update()

    def _after_score(self) -> None:
        boxes = list(self.scores.values())
        index = boxes.index(self.sender()) if self.sender() in boxes else len(boxes) - 1
        (boxes[index + 1] if index + 1 < len(boxes) else self.recommendation).setFocus()

    def _after_recommendation(self) -> None:
        next(iter(self.evidence.values()), self.notes).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter in a one-line box moves on; saving is the Save button or Ctrl+Enter, never a stray Enter
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

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
            recommendation=self.recommendation.value() or Recommendation.NO,  # unset is refused before saving
            scenario=self.scenario.currentText().strip(), notes=self.notes.toPlainText().strip())

    def _try_accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # Ctrl+Enter while the last save is still on its way
        if self.recommendation.value() is None:
            for error_label in self.errors.values():
                error_label.show_error("")
            self.errors["recommendation"].show_error(self.tr("Choose a recommendation before saving: nothing is "
                                                             "preselected, so it cannot be saved by oversight."))
            self.recommendation.setFocus()
            return
        self.save_button.setEnabled(False)  # the page saves through the door and answers with the errors
        self._save(self.value(), self._answered)

    def _answered(self, errors: list[FieldError]) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        for key, error_label in self.errors.items():
            codes = dict.fromkeys(describe(e.code) for e in errors if e.field == key)
            error_label.show_error("; ".join(codes))
        if not errors:
            self.accept()
