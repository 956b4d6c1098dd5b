"""师傅成效: for each mentor, how their apprentices fared — 90-day retention, time to first certification,
and the median time from hire to each level."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from domain.mentoring import services
from domain.mentoring.outcomes import MentorLevelTimes, MentorOutcome
from domain.mentoring.services import OutcomesView
from domain.roster.model import CertLevel
from ui.context import AppContext
from ui.list_table import Column, ListTableModel, make_view
from ui.mentoring.dialogs import person


def retention_text(o: MentorOutcome) -> str:
    if not o.measured_90:
        return QCoreApplication.translate("OutcomesTab", "not yet")
    return f"{o.retained_90}/{o.measured_90} · {o.retention_90:.0%}"


def days_text(days: float | None) -> str:
    if days is None:
        return ""
    return QCoreApplication.translate("OutcomesTab", "%1 days").replace("%1", f"{days:.0f}")


OUTCOME_COLUMNS: list[Column[MentorOutcome]] = [
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Mentor"), lambda o: person(o.mentor), lambda o: o.mentor.employee_no,
           key="mentor"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Pairings"), lambda o: str(o.pairings), lambda o: o.pairings,
           numeric=True, key="pairings"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "In progress"), lambda o: str(o.active), lambda o: o.active, numeric=True,
           key="in_progress"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Completed"), lambda o: str(o.completed), lambda o: o.completed,
           numeric=True, key="completed"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Ended early"), lambda o: str(o.ended_early), lambda o: o.ended_early,
           numeric=True, key="ended_early"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "90-day retention"), retention_text,
           lambda o: -1 if o.retention_90 is None else o.retention_90, numeric=True, key="retention_90"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Certified"), lambda o: str(o.certified), lambda o: o.certified,
           numeric=True, key="certified"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Hire to first certification (median)"),
           lambda o: days_text(o.median_days_to_first_cert),
           lambda o: o.median_days_to_first_cert if o.median_days_to_first_cert is not None else 10**6, numeric=True,
           key="days_to_first_cert"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "KPI at pairing end (mean, n)"),
           lambda o: "" if o.kpi_at_end is None else f"{o.kpi_at_end:.1f}（{o.kpi_measured}）",
           lambda o: -1 if o.kpi_at_end is None else o.kpi_at_end, numeric=True, key="kpi_at_end"),
]


def _level(level: CertLevel):  # type: ignore[no-untyped-def]
    def text(r: MentorLevelTimes) -> str:
        days = r.median_days.get(level)
        if days is None:
            return ""
        return f"{days_text(days)}（{r.reached[level]}）"
    return text


LEVEL_COLUMNS: list[Column[MentorLevelTimes]] = [
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Mentor"), lambda r: person(r.mentor), lambda r: r.mentor.employee_no,
           key="mentor"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Apprentices"), lambda r: str(r.apprentices), lambda r: r.apprentices,
           numeric=True, key="apprentices"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Hire to junior (n)"), _level(CertLevel.JUNIOR),
           lambda r: r.median_days.get(CertLevel.JUNIOR, 10**6), numeric=True, key="hire_to_junior_n"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Hire to intermediate (n)"), _level(CertLevel.INTERMEDIATE),
           lambda r: r.median_days.get(CertLevel.INTERMEDIATE, 10**6), numeric=True, key="hire_to_intermediate_n"),
    Column(QT_TRANSLATE_NOOP("OutcomesTab", "Hire to senior (n)"), _level(CertLevel.SENIOR),
           lambda r: r.median_days.get(CertLevel.SENIOR, 10**6), numeric=True, key="hire_to_senior_n"),
]


class OutcomesTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcomes_model: ListTableModel[MentorOutcome] = ListTableModel("OutcomesTab", OUTCOME_COLUMNS, parent=self)
        self.outcomes_view = make_view(self.outcomes_model, self, stretch_last=False)
        self.levels_model: ListTableModel[MentorLevelTimes] = ListTableModel("OutcomesTab", LEVEL_COLUMNS, parent=self)
        self.levels_view = make_view(self.levels_model, self, stretch_last=False)
        note = QLabel(self.tr(
            "90-day retention: of apprentices whose pairing began at least 90 days ago (or who left sooner), how "
            "many were still here 90 days after it began. Times are medians in days from hire; n = apprentices "
            "who reached the level. KPI at pairing end: the apprentice's last monthly KPI score within the "
            "pairing, averaged over ended pairings."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.empty_hint = QLabel(self.tr("Outcomes appear once mentors have apprentices."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        levels_title = QLabel(self.tr("Apprentices' time from hire to each certification level, per mentor"))
        levels_title.setStyleSheet("font-weight: bold;")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(levels_title)
        lower_layout.addWidget(self.levels_view)
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.addWidget(self.outcomes_view)
        self._splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self._splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        self.ctx.door.query(lambda uow: services.outcomes_view(uow, today), self._show, owner=self)

    def _show(self, view: OutcomesView) -> None:
        outcomes = view.outcomes
        self.outcomes_model.set_rows(outcomes)
        self.levels_model.set_rows(view.level_times)
        for view in (self.outcomes_view, self.levels_view):
            view.resizeColumnsToContents()
        self.empty_hint.setVisible(not outcomes)
        self._splitter.setVisible(bool(outcomes))
        self.loaded.emit()
