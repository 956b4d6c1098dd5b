"""One candidate: every round side by side, per-dimension averages, a radar against earlier hires, the
decision buttons, and the link to the Employee a hire became."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.recruiting.analytics import TOTAL
from domain.recruiting.model import PIPELINE, Stage
from domain.recruiting.reports import CandidateDetail
from domain.recruiting.services import next_stage
from shared.words import label
from ui.recruiting.grid import Cell, GridModel
from ui.recruiting.labels import score_text
from ui.recruiting.radar import RadarChart

LOW, HIGH, KNOCKOUT = "#fdecea", "#e8f5e9", "#f5b7b1"


def _short(text: str, limit: int = 8) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class CandidateView(QWidget):
    score_requested = Signal()
    advance_requested = Signal()
    reject_requested = Signal()
    withdraw_requested = Signal()
    reopen_requested = Signal()
    hire_requested = Signal()
    edit_requested = Signal()
    agent_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CandidateDetail | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setStyleSheet("color: #555;")
        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.agent_link = QPushButton()
        self.agent_link.setFlat(True)
        self.agent_link.setStyleSheet("color: #1a5fb4; text-decoration: underline; text-align: left;")
        self.agent_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.score_button = QPushButton(self.tr("Enter scorecard…"))
        self.score_button.setShortcut("Ctrl+Return")
        self.advance_button = QPushButton()
        self.reject_button = QPushButton(self.tr("Not passed…"))
        self.withdraw_button = QPushButton(self.tr("Withdrew…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.hire_button = QPushButton(self.tr("Hire…"))
        self.hire_button.setStyleSheet("font-weight: bold;")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.grid = GridModel(self)
        self.table = QTableView()
        self.table.setModel(self.grid)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.radar = RadarChart()
        self.radar_note = QLabel()
        self.radar_note.setStyleSheet("color: #666;")
        self.radar_note.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")

        actions = QHBoxLayout()
        for button in (self.score_button, self.advance_button, self.hire_button, self.reject_button,
                       self.withdraw_button, self.reopen_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.edit_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.radar, 1)
        right_layout.addWidget(self.radar_note)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.stage)
        layout.addWidget(self.agent_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.history)

        self.score_button.clicked.connect(self.score_requested)
        self.advance_button.clicked.connect(self.advance_requested)
        self.reject_button.clicked.connect(self.reject_requested)
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.hire_button.clicked.connect(self.hire_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.agent_link.clicked.connect(self._open_agent)
        self.show_detail(None)

    def _open_agent(self) -> None:
        if self.detail and self.detail.agent and self.detail.agent.id:
            self.agent_activated.emit(self.detail.agent.id)

    def show_detail(self, detail: CandidateDetail | None) -> None:
        self.detail = detail
        for w in (self.facts, self.stage, self.table, self.radar, self.radar_note, self.history, self.edit_button,
                  self.score_button, self.advance_button, self.hire_button, self.reject_button,
                  self.withdraw_button, self.reopen_button):
            w.setVisible(detail is not None)
        self.agent_link.setVisible(bool(detail and detail.agent))
        if detail is None:
            self.title.setText(self.tr("Choose a candidate on the left, or add one."))
            return
        c = detail.candidate
        self.title.setText(c.name)
        self.facts.setText(" · ".join(x for x in (label(c.role), label(c.source),
                                                  self.tr("applied %1").replace("%1", c.applied_on.isoformat()),
                                                  c.phone) if x))
        stage = label(c.stage) + (f"  {c.stage_on.isoformat()}" if c.stage_on else "")
        if c.reason:
            stage += "  — " + c.reason
        self.stage.setText(self.tr("Stage: %1").replace("%1", stage))
        if detail.agent:
            a = detail.agent
            self.agent_link.setText(self.tr("Hired as %1 %2 (%3) — open the agent")
                                    .replace("%1", a.employee_no).replace("%2", a.name).replace("%3", label(a.status)))
        following = next_stage(c.stage)
        self.advance_button.setVisible(following is not None)
        if following is not None:
            self.advance_button.setText(self.tr("Move to %1").replace("%1", label(following)))
        open_ = c.stage in PIPELINE
        for button in (self.score_button, self.hire_button, self.reject_button, self.withdraw_button):
            button.setVisible(open_)
        self.reopen_button.setVisible(c.stage in (Stage.REJECTED, Stage.WITHDRAWN))
        self._fill_grid(detail)
        self._fill_radar(detail)
        steps = [f"{label(h.stage)} {h.day:%m-%d}" for h in detail.history]
        self.history.setText(self.tr("History: %1").replace("%1", " → ".join(steps)))

    def _fill_grid(self, d: CandidateDetail) -> None:
        keys = [k for k in d.order if k in d.means]
        headers = [f"{label(cv.template.round)}\n{cv.card.interviewer}\n{cv.card.interview_date:%m-%d}"
                   for cv in d.cards]
        headers += [self.tr("Average"), self.tr("Earlier hires\n(n=%1)").replace("%1", str(d.baseline_n))]
        rows = []
        for key in keys:
            row: list[object] = []
            for cv in d.cards:
                value = cv.card.score_of(key)
                dim = cv.template.dimension(key)
                evidence = next((s.evidence for s in cv.card.scores if s.key == key), "")
                if value is None or dim is None:
                    row.append("")
                    continue
                ko = dim.knockout_below is not None and value < dim.knockout_below
                color = KNOCKOUT if ko else LOW if value <= 2 else HIGH if value >= 5 else None
                row.append(Cell(str(value), color, evidence))
            row += [score_text(d.means.get(key)), score_text(d.baseline.get(key))]
            rows.append(row)
        totals: list[object] = [Cell(score_text(cv.result.total), KNOCKOUT if cv.result.knocked_out else None,
                                     self.tr("Template version %1").replace("%1", str(cv.template.version)))
                                for cv in d.cards]
        rows.append(totals + [score_text(d.means.get(TOTAL)), score_text(d.baseline.get(TOTAL))])
        rows.append([Cell(self.tr("Knock-out"), KNOCKOUT) if cv.result.knocked_out else "" for cv in d.cards]
                    + ["", ""])
        rows.append([label(cv.card.recommendation) for cv in d.cards] + ["", ""])
        rows.append([Cell(_short(cv.card.scenario), tip=cv.card.scenario) for cv in d.cards] + ["", ""])
        vertical = [d.names.get(k, k) for k in keys] + [self.tr("Weighted total"), self.tr("Knock-out"),
                                                        self.tr("Recommendation"), self.tr("Scenario")]
        self.grid.set_grid(headers, rows, vertical)

    def _fill_radar(self, d: CandidateDetail) -> None:
        keys = [k for k in d.order if k in d.means]
        if len(keys) < 3:
            self.radar_note.setText(self.tr("The radar appears once three or more dimensions are scored."))
            self.radar.plot([], [])
            return
        series = [(self.tr("This candidate"), [d.means[k] for k in keys], "#1a5fb4")]
        if d.baseline_n:
            series.append((self.tr("Earlier hires (n=%1)").replace("%1", str(d.baseline_n)),
                           [d.baseline.get(k, 0.0) for k in keys], "#e66100"))
        self.radar_note.setText(self.tr("Averages across interviewers and rounds, on the 1–5 scale."))
        self.radar.plot([d.names.get(k, k) for k in keys], series)
