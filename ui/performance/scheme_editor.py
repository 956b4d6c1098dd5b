"""Scoring schemes per role and tenure stage, editable: each metric's weight, target, direction, normalisation
and cap, the grade lines and the floor rules. A stage without a scheme of its own is scored by the role's.
Saving makes a new version; scored months keep theirs. Each scheme says whom it scores this month."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from domain.performance import scheme_book, services
from domain.performance.model import (
    Direction,
    FloorRule,
    Grade,
    GradeBands,
    Metric,
    MetricRule,
    Normalisation,
    Scheme,
    SchemeKey,
    Trigger,
)
from domain.performance.schemes import validate_scheme
from domain.roster.model import AgentData, Role, TenureStage
from shared.messages import describe
from shared.performance_figures import from_display, to_display, unit
from shared.words import label
from ui.context import AppContext
from ui.door import Touched

FLOOR_ROWS = 2


def _spin(low: float, high: float, decimals: int = 2, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


def _combo(members: list, words: bool = True) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(label(member) if words else str(member), member.value)
    return combo


class MetricRow:
    def __init__(self, metric: Metric) -> None:
        self.metric = metric
        self.used = QCheckBox(label(metric))
        self.weight = _spin(0, 100, 1, "%")
        self.target = _spin(0, 1_000_000, 3, unit(metric))
        self.direction = _combo(list(Direction))
        self.normalisation = _combo(list(Normalisation))
        self.cap = _spin(1, 200, 0)
        self.used.toggled.connect(self._sync)

    def widgets(self) -> list[QWidget]:
        return [self.used, self.weight, self.target, self.direction, self.normalisation, self.cap]

    def _sync(self) -> None:
        for widget in self.widgets()[1:]:
            widget.setEnabled(self.used.isChecked())

    def show(self, rule: MetricRule | None) -> None:
        self.used.setChecked(rule is not None)
        rule = rule or MetricRule(self.metric, 0, 1, Direction.HIGHER)
        self.weight.setValue(rule.weight)
        self.target.setValue(to_display(self.metric, rule.target))
        self.direction.setCurrentIndex(self.direction.findData(rule.direction.value))
        self.normalisation.setCurrentIndex(self.normalisation.findData(rule.normalisation.value))
        self.cap.setValue(rule.cap)
        self._sync()

    def rule(self) -> MetricRule | None:
        if not self.used.isChecked():
            return None
        return MetricRule(self.metric, self.weight.value(), from_display(self.metric, self.target.value()),
                          Direction(self.direction.currentData()), Normalisation(self.normalisation.currentData()),
                          self.cap.value())


class FloorRow:
    def __init__(self) -> None:
        self.metric = QComboBox()
        self.metric.addItem("—", "")
        for metric in Metric:
            self.metric.addItem(label(metric), metric.value)
        self.trigger = _combo(list(Trigger))
        self.threshold = _spin(0, 1_000_000, 3)
        self.cap = _combo(list(Grade))
        self.metric.currentIndexChanged.connect(self._unit)

    def _unit(self) -> None:
        data = self.metric.currentData()
        self.threshold.setSuffix(unit(Metric(data)) if data else "")

    def show(self, rule: FloorRule | None) -> None:
        self.metric.setCurrentIndex(self.metric.findData(rule.metric.value) if rule else 0)
        if rule:
            self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger.value))
            self.threshold.setValue(to_display(rule.metric, rule.threshold))
            self.cap.setCurrentIndex(self.cap.findData(rule.cap.value))

    def rule(self) -> FloorRule | None:
        data = self.metric.currentData()
        if not data:
            return None
        metric = Metric(data)
        return FloorRule(metric, from_display(metric, self.threshold.value()), Trigger(self.trigger.currentData()),
                         Grade(self.cap.currentData()))


class SchemeEditor(QWidget):
    """One role at a time; drafts of the others are kept while switching, and all saved together."""

    loaded = Signal()
    schemes_saved = Signal(list)  # the new versions

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: dict[SchemeKey, Scheme] = {}  # empty until the schemes in force are read
        self.drafts: dict[SchemeKey, Scheme] = {}
        self.audience: dict[SchemeKey, list[AgentData]] = {}
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages (the role's scheme)"), "")
        for stage in TenureStage:
            self.stage.addItem(label(stage), stage.value)
        self.version = QLabel()
        self.version.setStyleSheet("color: #666;")
        self.applies = QLabel()
        self.applies.setWordWrap(True)
        self.applies.setStyleSheet("color: #2f6db5;")
        self.rows = [MetricRow(m) for m in Metric if m not in (Metric.COMPLAINTS, Metric.INBOUND)]
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Metric"), self.tr("Weight"), self.tr("Target"), self.tr("Direction"),
                                     self.tr("Scored by"), self.tr("Cap (points)"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
        for r, row in enumerate(self.rows, start=1):
            for col, widget in enumerate(row.widgets()):
                grid.addWidget(widget, r, col)
            row.weight.valueChanged.connect(self._total)
            row.used.toggled.connect(self._total)
        self.total = QLabel()
        self.excellent, self.good, self.passing = (_spin(1, 150, 1) for _ in range(3))
        bands = QHBoxLayout()
        for text, box in ((label(Grade.EXCELLENT), self.excellent), (label(Grade.GOOD), self.good),
                          (label(Grade.PASS), self.passing)):
            bands.addWidget(QLabel(self.tr("%1 from").replace("%1", text)))
            bands.addWidget(box)
        bands.addStretch()
        self.floors = [FloorRow() for _ in range(FLOOR_ROWS)]
        floors_box = QGroupBox(self.tr("Floor rules: whatever the score, the grade is at most…"))
        floors_grid = QGridLayout(floors_box)
        for r, floor in enumerate(self.floors):
            for col, widget in enumerate((floor.metric, floor.trigger, floor.threshold, QLabel(self.tr("caps at")),
                                          floor.cap)):
                floors_grid.addWidget(widget, r, col)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Role")))
        top.addWidget(self.role)
        top.addWidget(QLabel(self.tr("Tenure stage")))
        top.addWidget(self.stage)
        top.addWidget(self.version, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.applies)
        layout.addLayout(grid)
        layout.addWidget(self.total)
        layout.addWidget(QLabel("<b>" + self.tr("Grade lines") + "</b>"))
        layout.addLayout(bands)
        layout.addWidget(floors_box)
        layout.addStretch()
        self._shown: SchemeKey = Role.HOTLINE
        self.role.currentIndexChanged.connect(self._switch)
        self.stage.currentIndexChanged.connect(self._switch)
        self.setEnabled(False)
        today = ctx.today()
        ctx.door.query(lambda uow: scheme_book.scheme_book(uow, today), self._loaded, owner=self)

    def _loaded(self, book: scheme_book.SchemeBook) -> None:
        self.saved, self.drafts, self.audience = dict(book.schemes), dict(book.schemes), book.audience
        self.setEnabled(True)
        self.show_scheme(self._draft(self._chosen()))
        self.loaded.emit()

    def _reread(self, book: scheme_book.SchemeBook) -> None:
        """After a save: a new stage scheme takes its agents from the role's."""
        self.audience = book.audience
        self._show_audience(self._shown)

    def _chosen(self) -> SchemeKey:
        role, stage = Role(self.role.currentData()), self.stage.currentData()
        return (role, TenureStage(stage)) if stage else role

    def _draft(self, key: SchemeKey) -> Scheme:
        """A stage with no scheme of its own starts from the role's: changing it gives the stage its own."""
        if key in self.drafts:
            return self.drafts[key]
        role, stage = key if isinstance(key, tuple) else (key, None)
        return replace(self.saved[role], stage=stage, id=None)

    def _baseline(self, key: SchemeKey) -> Scheme:
        return self.saved.get(key) or self.saved[key[0] if isinstance(key, tuple) else key]

    def show_scheme(self, scheme: Scheme) -> None:
        self._shown = scheme.key
        rules = {r.metric: r for r in scheme.rules}
        for row in self.rows:
            row.show(rules.get(row.metric))
        self.excellent.setValue(scheme.bands.excellent)
        self.good.setValue(scheme.bands.good)
        self.passing.setValue(scheme.bands.passing)
        for i, floor in enumerate(self.floors):
            floor.show(scheme.floors[i] if i < len(scheme.floors) else None)
        saved = self.saved.get(scheme.key)
        if saved is None:
            self.version.setText(self.tr("No scheme of its own: scored by the role's scheme. Change it and save "
                                         "to give this stage its own."))
        else:
            self.version.setText(self.tr("In force: version %1 (%2)").replace("%1", str(saved.version))
                                 .replace("%2", str(saved.created_on or "")))
        self._show_audience(scheme.key)
        self._total()

    def _show_audience(self, key: SchemeKey) -> None:
        """Who this scheme scores this month; a stage without its own has nobody of its own."""
        if key not in self.saved:
            self.applies.setText(self.tr("This stage's agents are scored by the role's scheme (see all stages)."))
            return
        agents = self.audience.get(key, [])
        names = "、".join(a.name for a in agents[:12]) + ("…" if len(agents) > 12 else "")
        self.applies.setText(self.tr("Applies this month to %1 agents: %2").replace("%1", str(len(agents)))
                             .replace("%2", names) if agents else self.tr("Applies this month to nobody."))

    def current_draft(self) -> Scheme:
        base = self._draft(self._shown)
        return replace(base, rules=tuple(r for r in (row.rule() for row in self.rows) if r is not None),
                       bands=GradeBands(self.excellent.value(), self.good.value(), self.passing.value()),
                       floors=tuple(f for f in (row.rule() for row in self.floors) if f is not None))

    def _switch(self) -> None:
        if not self.saved:
            return
        self.drafts[self._shown] = self.current_draft()
        self.show_scheme(self._draft(self._chosen()))

    def _total(self) -> None:
        total = sum(row.weight.value() for row in self.rows if row.used.isChecked())
        ok = abs(total - 100) < 0.01
        self.total.setText(self.tr("Weights add up to %1%").replace("%1", f"{total:g}"))
        self.total.setStyleSheet("" if ok else "color: #c0392b; font-weight: bold;")

    def changed(self) -> list[Scheme]:
        if not self.saved:
            return []
        self.drafts[self._shown] = self.current_draft()
        return [d for key, d in self.drafts.items() if (d.rules, d.bands, d.floors) !=
                (self._baseline(key).rules, self._baseline(key).bands, self._baseline(key).floors)]

    def problems(self) -> list[str]:
        out = []
        for draft in self.changed():
            name = label(draft.role) + (f" · {label(draft.stage)}" if draft.stage else "")
            out += [f"{name}: {describe(code)}" for code in validate_scheme(draft)]
        return out

    def save(self) -> None:
        """Saves every changed role (a settings tab's contract) as new versions, off the UI thread."""
        self.save_with(None)

    def save_with(self, rescore: str | None, progress: Callable[[int, int], None] = lambda d, t: None,
                  then: Callable[[], None] = lambda: None, failed: Callable[[], None] = lambda: None) -> bool:
        """Saves the changed roles and, with `rescore`, rescores that month with them, in one change; False (and
        the problems shown) when a draft is invalid."""
        problems = self.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Scheme not saved"), "\n".join(problems))
            return False
        drafts, today = self.changed(), self.ctx.today()
        if not drafts:
            then()
            return True

        def done(result: tuple[list[Scheme], int]) -> None:
            for scheme in result[0]:
                self.saved[scheme.key] = scheme
                self.drafts[scheme.key] = scheme
            self.show_scheme(self._draft(self._chosen()))
            self.ctx.door.query(lambda uow: scheme_book.scheme_book(uow, today), self._reread, owner=self)
            self.schemes_saved.emit(result[0])
            then()

        def refused(exc: BaseException, trace: str) -> None:
            code = getattr(exc, "code", None)
            if code is None:
                from ui.door import show_failure
                show_failure(exc, trace)
            else:
                QMessageBox.warning(self, self.tr("Scheme not saved"), describe(code))
            failed()

        self.ctx.door.change_with_progress(
            lambda uow, report: services.save_schemes(uow, drafts, today, rescore, report),
            progress, done, Touched.of("kpi"), refused, owner=self)
        return True


class SchemeDialog(QDialog):
    def __init__(self, ctx: AppContext, month: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.month, self.rescored = ctx, month, False
        self.setWindowTitle(self.tr("Scoring schemes"))
        self.editor = SchemeEditor(ctx, self)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def ask_rescore(self, month: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Rescore %1?").replace("%1", month), self.tr(
            "Rescore %1 with the new scheme? Other months keep the version they were scored with.")
            .replace("%1", month))
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        """The schemes are saved and the month rescored on the worker, with a progress bar; the dialog closes when
        both landed (and the performance page, told "kpi" changed, reloads)."""
        if self.editor.problems():
            self.editor.save_with(None)  # shows the problems
            return
        rescore = self.month if self.month and self.editor.changed() and self.ask_rescore(self.month) else None

        def step(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        def landed() -> None:
            self.rescored = rescore is not None
            self.accept()

        def failed() -> None:
            self.progress.hide()
            self.buttons.setEnabled(True)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.buttons.setEnabled(False)
        self.editor.save_with(rescore, step, landed, failed)
