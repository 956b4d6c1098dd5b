"""Settings: team and supervisor names (in the database, so reports and backups carry them) and the
interface language (UI state, in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        with ctx.uow() as uow:
            values = uow.settings.all()
        self.team_name = QLineEdit(values.get("team_name", ""))
        self.supervisor_name = QLineEdit(values.get("supervisor_name", ""))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.value("language", "zh_CN"))))
        self.language_note = QLabel(self.tr("A new language applies the next time the app starts."))
        self.language_note.setStyleSheet("color: #666;")
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Team name"), self.team_name)
        form.addRow(self.tr("Supervisor"), self.supervisor_name)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        from ui.areas import SETTINGS_TABS  # areas import this module's neighbours; keep the cycle lazy

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.area_tabs = []
        for title, factory in SETTINGS_TABS:
            tab = factory(ctx)
            self.area_tabs.append(tab)
            self.tabs.addTab(tab, QCoreApplication.translate("Areas", title))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def save(self) -> None:
        with self.ctx.uow() as uow:
            uow.settings.set("team_name", self.team_name.text().strip())
            uow.settings.set("supervisor_name", self.supervisor_name.text().strip())
            uow.commit()
        for tab in self.area_tabs:
            tab.save()  # type: ignore[attr-defined]
        self.ctx.settings.setValue("language", self.language.currentData())
        self.accept()
