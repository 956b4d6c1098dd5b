"""员工档案: one page per agent — roster facts, everything recorded about them in date order, and quick
buttons to record a 1:1 (and whatever other areas register)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.coaching.rules import days_since, one_on_one_due
from domain.roster.model import AgentData, CareerTrack, CertLevel, Role, Status
from domain.timeline import AgentPageData, TimelineEvent, agent_page
from shared.words import area_word, event_word, label
from ui.areas import panels, quick_actions
from ui.context import AppContext
from ui.door import Touched, out_of_sight
from ui.list_table import MUTED, OVERDUE, Column, ListTableModel, make_table
from ui.table_model import Index, TableModel

# Roster history stores enum codes; show them as the roster shows them.
_ROSTER_ENUMS = {"role": Role, "cert_level": CertLevel, "career_track": CareerTrack, "status": Status}
AREA_COLOURS = {"roster": "#555555", "coaching": "#2c5aa0", "mentoring": "#1e8449", "care": "#8e44ad",
                "performance": "#b9770e", "recruiting": "#7f8c8d"}


def summary_text(event: TimelineEvent) -> str:
    if event.sensitive:
        return QCoreApplication.translate("AgentPage", "(protected: open Care to read)")
    enum = _ROSTER_ENUMS.get(event.kind) if event.area == "roster" else None
    if enum is not None and " → " in event.summary:
        old, new = event.summary.split(" → ", 1)
        words = [label(enum(v)) if v in enum._value2member_map_ else v for v in (old, new)]
        return " → ".join(words)
    return event.summary


COLUMNS: list[Column[TimelineEvent]] = [
    Column(QT_TRANSLATE_NOOP("AgentPage", "Date"), lambda e: e.day.isoformat(), lambda e: e.day, key="date"),
    Column(QT_TRANSLATE_NOOP("AgentPage", "Area"), lambda e: area_word(e.area), lambda e: e.area, key="area"),
    Column(QT_TRANSLATE_NOOP("AgentPage", "What"), lambda e: event_word(e.area, e.kind), lambda e: e.kind, key="what"),
    Column(QT_TRANSLATE_NOOP("AgentPage", "Details"), summary_text, lambda e: e.summary, key="details"),
]


def choice_text(agent: AgentData) -> str:
    left = "" if agent.status is Status.ACTIVE else QCoreApplication.translate("AgentPage", " · left")
    return f"{agent.name}（{agent.employee_no}）{left}"


class ChoiceModel(TableModel[AgentData]):
    """The picker's agents, the id under UserRole (what QComboBox.itemData reads), the text under EditRole too
    (what an editable combo box shows). Texts are made when shown: adding 24,820 agents to the combo box one by
    one held the UI thread ~140 ms on every load of the page."""
    extra_roles = (int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.EditRole))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("AgentPage", [Column(QT_TRANSLATE_NOOP("AgentPage", "Agent"), choice_text,
                                              lambda a: a.name, key="agent")], parent=parent)
        self._positions: dict[int, int] = {}

    def set_rows(self, rows: Sequence[AgentData]) -> None:
        super().set_rows(rows)
        self._positions = {a.id: i for i, a in enumerate(self._shown) if a.id is not None}

    def position(self, agent_id: int | None) -> int:
        return -1 if agent_id is None else self._positions.get(agent_id, -1)

    def more_data(self, index: Index, role: int) -> Any:
        row = self._shown[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return self.texts(row)[0]
        return row.id if role == Qt.ItemDataRole.UserRole else None


# Everything this page shows: a change to any of these, for this agent, reloads it.
TOPICS = {"agents", "coaching", "mentoring", "care", "kpi", "recruiting", "training", "settings"}


class AgentPage(QWidget):
    loaded = Signal()  # one load's answer is shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agent_id: int | None = None
        self.picker = QComboBox()
        self.choices = ChoiceModel(self.picker)
        self.picker.setModel(self.choices)
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumWidth(320)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.facts_box = QGroupBox(self.tr("Roster facts"))
        self.facts = QFormLayout(self.facts_box)
        self.coaching_box = QGroupBox(self.tr("Coaching"))
        self.coaching_facts = QFormLayout(self.coaching_box)
        self.buttons: list[QPushButton] = []
        self.model: ListTableModel[TimelineEvent] = ListTableModel(
            "AgentPage", COLUMNS, lambda e: QColor(AREA_COLOURS.get(e.area, "#333333")), self)
        self.timeline = make_table(self.model, "details", sortable=False)  # newest first, as the domain orders it
        self.empty_hint = QLabel(self.tr("Choose an agent above, or open one from the roster with "
                                         "\"View profile\"."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agent")))
        top.addWidget(self.picker)
        top.addStretch()
        self.actions_bar = QHBoxLayout()
        for action in quick_actions():
            button = QPushButton(QCoreApplication.translate("AgentQuickActions", action.title))
            button.clicked.connect(lambda _=False, a=action: self._run(a))
            self.buttons.append(button)
            top.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.facts_box)
        side.addWidget(self.coaching_box)
        self.panels = [factory(ctx) for factory in panels()]  # other areas' boxes (ui/areas.py)
        for panel in self.panels:
            side.addWidget(panel)
        side.addStretch()
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(300)
        body = QHBoxLayout()
        body.addWidget(side_widget)
        timeline_box = QVBoxLayout()
        timeline_box.addWidget(QLabel("<b>" + self.tr("Timeline") + "</b>"))
        timeline_box.addWidget(self.timeline, 1)
        body.addLayout(timeline_box, 1)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.content, 1)
        self.picker.activated.connect(self._picked)
        self._request = 0
        ctx.door.changed.connect(self._changed)
        self._show(AgentPageData([], None, [], None, 0, []))
        self._fresh = True  # loaded as it is built: the first show need not load again
        self.reload()

    def reload(self) -> None:
        """The picker, the facts, the coaching box and the timeline: one use case, one snapshot, one query."""
        self._request += 1
        request, agent_id, today = self._request, self.agent_id, self.ctx.today()
        self.ctx.door.query(lambda uow: agent_page(uow, agent_id, today),
                            lambda data: self._arrived(data, request), owner=self)

    def _changed(self, touched: Touched) -> None:
        # Any agent's change can add or rename a picker entry; other areas' changes matter for this agent only.
        if out_of_sight(self):
            self._fresh = False  # showEvent catches up
            return
        if touched.concerns({"agents"}) or (self.agent_id is not None and touched.concerns(TOPICS, self.agent_id)):
            self.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Pages not yet on the door change data without a notice; showing the page again catches up.
        if not self._fresh:
            self.reload()
        self._fresh = False
        super().showEvent(event)

    def _arrived(self, data: AgentPageData, request: int) -> None:
        if request == self._request:  # a newer load (another agent picked) supersedes this answer
            self._show(data)
            self.loaded.emit()

    def _fill_choices(self, data: AgentPageData) -> None:
        self.picker.blockSignals(True)
        self.choices.set_rows(data.choices)
        self.picker.setCurrentIndex(self.choices.position(self.agent_id))
        self.picker.blockSignals(False)

    def _picked(self, index: int) -> None:
        agent_id = self.picker.itemData(index)
        if agent_id is not None:
            self.show_agent(int(agent_id))

    def show_agent(self, agent_id: int) -> None:
        self.agent_id = agent_id
        self.picker.setCurrentIndex(self.choices.position(agent_id))
        self.reload()

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        if self.agent_id is not None and action.run(self.ctx, self, self.agent_id):
            self.reload()

    def _show(self, data: AgentPageData) -> None:
        agent = data.row.agent if data.row is not None else None
        if agent is None:
            self.agent_id = None  # none chosen, or the chosen one no longer exists
        self._fill_choices(data)
        self.empty_hint.setVisible(agent is None)
        self.content.setVisible(agent is not None)
        for button in self.buttons:
            button.setEnabled(agent is not None and agent.status is Status.ACTIVE)
        if agent is None or data.row is None:
            return
        row = data.row
        self.title.setText(f"{escape(agent.name)}　<span style='font-size:14px;color:#666'>"
                           f"{escape(agent.employee_no)} · {escape(agent.team)} · {label(agent.role)}</span>")
        self._fill(self.facts, [
            (self.tr("Hire date"), agent.hire_date.isoformat()),
            (self.tr("Tenure"), self.tr("%1 days · %2").replace("%1", str(row.tenure_days))
             .replace("%2", label(row.stage))),
            (self.tr("Certification"), label(agent.cert_level)),
            (self.tr("Career track"), label(agent.career_track)),
            (self.tr("Generation"), label(row.generation)),
            (self.tr("Hometown"), agent.hometown + (self.tr(" (out of town)") if agent.out_of_town else "")),
            (self.tr("Phone"), agent.phone),
            (self.tr("Status"), label(agent.status) + (f" {agent.leave_date.isoformat()}" if agent.leave_date else "")),
        ])
        self._fill_coaching(agent, data)
        for panel in self.panels:
            panel.show_agent(agent.id or 0)  # type: ignore[attr-defined]
        self.model.set_rows(data.events)

    def _fill_coaching(self, agent, data: AgentPageData) -> None:  # type: ignore[no-untyped-def]
        previous, threshold, items = data.last_one_on_one, data.cadence_days, data.open_items
        today = self.ctx.today()
        overdue_items = sum(i.item.overdue(today) for i in items)
        if previous is None:
            last_text = self.tr("none yet")
        else:
            last_text = self.tr("%1 (%2 days ago)").replace("%1", previous.isoformat()) \
                .replace("%2", str(days_since(previous, today)))
        due = one_on_one_due(previous, agent.hire_date, threshold)
        overdue = agent.status is Status.ACTIVE and today > due
        due_text = (self.tr("overdue since %1") if overdue else self.tr("by %1")).replace("%1", due.isoformat())
        self._fill(self.coaching_facts, [
            (self.tr("Last 1:1"), last_text),
            (self.tr("Next 1:1"), due_text if agent.status is Status.ACTIVE else "—"),
            (self.tr("Open action items"), self.tr("%1 (%2 overdue)").replace("%1", str(len(items)))
             .replace("%2", str(overdue_items))),
        ], alert={1} if overdue else ({2} if overdue_items else set()))

    @staticmethod
    def _fill(form: QFormLayout, pairs: list[tuple[str, str]], alert: set[int] | None = None) -> None:
        while form.rowCount():
            form.removeRow(0)
        for i, (name, value) in enumerate(pairs):
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            if alert and i in alert:
                value_label.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;")
            elif not value:
                value_label.setText("—")
                value_label.setStyleSheet(f"color: {MUTED.name()};")
            form.addRow(name, value_label)
