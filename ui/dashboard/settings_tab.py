"""Settings → 流失预警规则: switch each rule on or off and set its threshold; stored in the database."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QWidget

from domain.dashboard import services
from domain.dashboard.risk import RULES, RiskRule, RiskSettings, RuleSetting
from ui.context import AppContext
from ui.dashboard.labels import rule_name, rule_sentence
from ui.labels import label


class RiskSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = services.load_risk_settings(ctx.uow())
        self.enabled: dict[RiskRule, QCheckBox] = {}
        self.thresholds: dict[RiskRule, QSpinBox] = {}
        self.sentences: dict[RiskRule, QLabel] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Rule")), 0, 0)
        grid.addWidget(QLabel(self.tr("Threshold")), 0, 1)
        grid.addWidget(QLabel(self.tr("Data it needs")), 0, 2)
        for row, spec in enumerate(RULES, start=1):
            setting = settings.setting(spec.rule)
            check = QCheckBox(rule_name(spec.rule))
            check.setChecked(setting.enabled)
            sentence = QLabel(rule_sentence(spec.rule, setting.threshold))
            sentence.setStyleSheet("color: #666;")
            sentence.setWordWrap(True)
            grid.addWidget(check, 2 * row - 1, 0)
            if spec.maximum > spec.minimum:
                spin = QSpinBox()
                spin.setRange(spec.minimum, spec.maximum)
                spin.setValue(setting.threshold)
                spin.valueChanged.connect(lambda value, rule=spec.rule: self._update_sentence(rule, value))
                self.thresholds[spec.rule] = spin
                grid.addWidget(spin, 2 * row - 1, 1)
            grid.addWidget(QLabel(label(spec.source)), 2 * row - 1, 2)
            grid.addWidget(sentence, 2 * row, 0, 1, 3)
            self.enabled[spec.rule] = check
            self.sentences[spec.rule] = sentence
        grid.setRowStretch(2 * len(RULES) + 1, 1)
        grid.setColumnStretch(0, 1)

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
        services.save_risk_settings(self.ctx.uow(), self.chosen())
