"""Improvement plans (改进计划) in words and as tables: a plan's targeted figure against the weak month, the
agent page's box, the coaching page's follow-up tab and the performance page's weekly 绩效回顾."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from domain.performance import improvement
from domain.performance.improvement import PlanFollowUp, ReviewRow, WeeklyReview
from domain.ports import Job
from shared.performance_figures import fmt
from shared.words import label
from ui.context import AppContext
from ui.door import Touched
from ui.list_table import MUTED, Column, ListTableModel, make_table

IMPROVED, NOT_IMPROVED = QColor("#1e7b34"), QColor("#c0392b")
WATCHED = frozenset({"kpi", "coaching", "agents"})




def verdict(f: PlanFollowUp) -> str:
    if f.improved is None:
        return QCoreApplication.translate("ImprovementPlans", "waiting for %1 figures").replace("%1", f.next_month)
    if f.improved:
        return QCoreApplication.translate("ImprovementPlans", "improved")
    return QCoreApplication.translate("ImprovementPlans", "not improved")


def follow_up_text(f: PlanFollowUp) -> str:
    """满意度 2026-10 76.0% → 2026-11 85.5%（已改善）"""
    return (f"{label(f.metric)} {f.weak_month} {fmt(f.metric, f.before)} → {f.next_month} "
            f"{fmt(f.metric, f.after)}（{verdict(f)}）")


def follow_up_colour(f: PlanFollowUp) -> QColor | None:
    return MUTED if f.improved is None else IMPROVED if f.improved else NOT_IMPROVED


class ImprovementPanel(QGroupBox):
    """The agent page's box: each improvement plan's targeted figures against the plan."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImprovementPlans", "Improvement plans"), parent)
        self.ctx = ctx
        self.agent_id: int | None = None
        self.form = QFormLayout(self)
        ctx.door.changed.connect(self._data_changed)

    def show_agent(self, agent_id: int) -> None:
        self.agent_id = agent_id
        self.ctx.door.query(lambda uow: improvement.agent_follow_ups(uow, agent_id),
                            lambda found: self._show(agent_id, found), owner=self)

    def _data_changed(self, touched: Touched) -> None:
        if isValid(self) and self.agent_id is not None and touched.concerns(WATCHED, self.agent_id):
            self.show_agent(self.agent_id)

    def _show(self, agent_id: int, found: list[PlanFollowUp]) -> None:
        if agent_id != self.agent_id:
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.setVisible(bool(found))
        for f in found[:4]:
            value = QLabel(follow_up_text(f))
            value.setWordWrap(True)
            colour = follow_up_colour(f)
            value.setStyleSheet(f"color: {colour.name()};" if colour else "")
            self.form.addRow(f.held_on.isoformat(), value)
        self.loaded.emit()


FOLLOW_UP_COLUMNS: list[Column[PlanFollowUp]] = [
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Held on"), lambda f: f.held_on.isoformat(), lambda f: f.held_on),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Agent"), lambda f: f.agent_name, lambda f: f.agent_name),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Dimension"), lambda f: label(f.metric), lambda f: f.metric.value),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Weak month"), lambda f: f"{f.weak_month} {fmt(f.metric, f.before)}",
           lambda f: f.weak_month),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Next month"), lambda f: f"{f.next_month} {fmt(f.metric, f.after)}",
           lambda f: f.next_month),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Result"), verdict,
           lambda f: -1 if f.improved is None else int(f.improved)),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Open items"), lambda f: str(f.open_items),
           lambda f: f.open_items, numeric=True),
]


class PlanFollowUpTab(QWidget):
    """The coaching page's tab: every improvement plan's targeted figures, newest first."""

    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: ListTableModel[PlanFollowUp] = ListTableModel("ImprovementPlans", FOLLOW_UP_COLUMNS,
                                                                  follow_up_colour, parent=self)
        self.table = make_table(self.model, 1, sortable=False)  # newest plan first
        self.table.doubleClicked.connect(lambda index: self.agent_activated.emit(self.model.row_at(index.row())
                                                                                 .agent_id))
        hint = QLabel(QCoreApplication.translate(
            "ImprovementPlans", "Improvement plans whose action items name a KPI dimension: that figure in the weak "
                         "month and in the month after."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.ctx.door.query(improvement.all_follow_ups, self._show, owner=self)

    def _show(self, rows: list[PlanFollowUp]) -> None:
        self.model.set_rows(rows)
        self.loaded.emit()


def _plans(r: ReviewRow) -> str:
    if not r.open_plans:
        return ""
    return "；".join(f"{p.held_on.isoformat()} {label(p.metric)}" for p in r.open_plans)


REVIEW_COLUMNS: list[Column[ReviewRow]] = [
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Employee no."), lambda r: r.employee_no, lambda r: r.employee_no),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Agent"), lambda r: r.agent_name, lambda r: r.agent_name),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Team"), lambda r: r.team, lambda r: r.team),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Grade"),
           lambda r: f"{label(r.previous)} → {label(r.grade)}" if r.previous else label(r.grade),
           lambda r: r.grade.value),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Score"), lambda r: f"{r.score:.1f}", lambda r: r.score,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Fell a band"),
           lambda r: QCoreApplication.translate("ImprovementPlans", "yes") if r.fell else "",
           lambda r: r.fell),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Floor rule"), lambda r: "、".join(label(m) for m in r.floor_metrics),
           lambda r: len(r.floor_metrics)),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Open plans"), _plans, lambda r: len(r.open_plans)),
    Column(QT_TRANSLATE_NOOP("ImprovementPlans", "Plan due"),
           lambda r: QCoreApplication.translate("ImprovementPlans", "hold one within 7 days") if r.plan_due
           else "", lambda r: r.plan_due),
]


class WeeklyReviewView(QWidget):
    """绩效回顾 on the performance page: who fell a band, who hit a floor, and their open plans."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month: str | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model: ListTableModel[ReviewRow] = ListTableModel(
            "ImprovementPlans", REVIEW_COLUMNS, lambda r: NOT_IMPROVED if r.plan_due else None, parent=self)
        self.table = make_table(self.model, 7, sortable=False)  # who fell first, as the domain orders them
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def show_month(self, month: str | None) -> None:
        self.month = month
        # A month's weekly figures against the month before, for every agent (~1 s of Python at centre scale):
        # in the second process when it is up.
        self.ctx.door.apart(Job.query(improvement.weekly_review, month), self._show, owner=self)

    def _show(self, review: WeeklyReview) -> None:
        fell = sum(r.fell for r in review.rows)
        floored = sum(bool(r.floor_metrics) for r in review.rows)
        due = sum(r.plan_due for r in review.rows)
        self.heading.setText(
            QCoreApplication.translate(
                "ImprovementPlans", "<b>Weekly review · %1</b> (against %2): %3 fell a band · %4 hit a floor rule · "
                "%5 still owe an improvement plan")
            .replace("%1", review.month or "—").replace("%2", review.previous_month or "—")
            .replace("%3", str(fell)).replace("%4", str(floored)).replace("%5", str(due)))
        self.model.set_rows(review.rows)
        self.loaded.emit()
