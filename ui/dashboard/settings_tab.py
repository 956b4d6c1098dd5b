"""Settings → 流失预警规则: switch each rule on or off and set its threshold; stored in the database, read and
written through the door. The boxes stay disabled until the stored rules arrive, so Save never writes defaults
over rules it has not read."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QWidget

from domain.dashboard import services
from domain.dashboard.risk import RULES, RiskRule, RiskSettings, RuleSetting
from shared.words import label
from ui.context import AppContext
from ui.dashboard.labels import rule_name, rule_sentence
from ui.door import Touched


class RiskSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded_settings: RiskSettings | None = None
        self.enabled: dict[RiskRule, QCheckBox] = {}
        self.thresholds: dict[RiskRule, QSpinBox] = {}
        self.sentences: dict[RiskRule, QLabel] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Rule")), 0, 0)
        grid.addWidget(QLabel(self.tr("Threshold")), 0, 1)
        grid.addWidget(QLabel(self.tr("Data it needs")), 0, 2)
        for row, spec in enumerate(RULES, start=1):
            setting = spec.default
            check = QCheckBox(rule_name(spec.rule))
            check.setChecked(setting.enabled)
            check.setEnabled(False)
            sentence = QLabel(rule_sentence(spec.rule, setting.threshold))
            sentence.setStyleSheet("color: #666;")
            sentence.setWordWrap(True)
            grid.addWidget(check, 2 * row - 1, 0)
            if spec.maximum > spec.minimum:
                spin = QSpinBox()
                spin.setRange(spec.minimum, spec.maximum)
                spin.setValue(setting.threshold)
                spin.setEnabled(False)
                spin.valueChanged.connect(lambda value, rule=spec.rule: self._update_sentence(rule, value))
                self.thresholds[spec.rule] = spin
                grid.addWidget(spin, 2 * row - 1, 1)
            grid.addWidget(QLabel(label(spec.source)), 2 * row - 1, 2)
            grid.addWidget(sentence, 2 * row, 0, 1, 3)
            self.enabled[spec.rule] = check
            self.sentences[spec.rule] = sentence
        grid.setRowStretch(2 * len(RULES) + 1, 1)
        grid.setColumnStretch(0, 1)
        ctx.door.query(services.load_risk_settings, self._show, owner=self)

    def _show(self, settings: RiskSettings) -> None:
        for spec in RULES:
            setting = settings.setting(spec.rule)
            self.enabled[spec.rule].setChecked(setting.enabled)
            self.enabled[spec.rule].setEnabled(True)
            spin = self.thresholds.get(spec.rule)
            if spin is not None:
                spin.setValue(setting.threshold)
                spin.setEnabled(True)
            self._update_sentence(spec.rule, setting.threshold)
        self.loaded_settings = settings

    def _update_sentence(self, rule: RiskRule, value: int) -> None:
        self.sentences[rule].setText(rule_sentence(rule, value))

    def chosen(self) -> RiskSettings:
        rules = {}
        for spec in RULES:
            spin = self.thresholds.get(spec.rule)
            threshold = spin.value() if spin is not None else spec.default.threshold
            rules[spec.rule] = RuleSetting(self.enabled[spec.rule].isChecked(), threshold)
        return RiskSettings(rules)

    def save(self) -> None:
        """Called as the settings dialog closes: no owner, so the change lands and is announced regardless."""
        if self.loaded_settings is None:
            return
        chosen = self.chosen()
        self.ctx.door.change(lambda uow: services.save_risk_settings(uow, chosen), lambda _none: None,
                             touches=Touched.of("settings"))
