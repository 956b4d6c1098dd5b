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

from domain.roster import services
from ui.context import AppContext
from ui.door import Touched

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.team_name = QLineEdit()
        self.supervisor_name = QLineEdit()
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
        from ui.areas import settings_tabs  # areas import this module's neighbours; keep the cycle lazy

        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.area_tabs = []
        for title, factory in settings_tabs():
            tab = factory(ctx)
            self.area_tabs.append(tab)
            self.tabs.addTab(tab, QCoreApplication.translate("Areas", title))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the stored names are shown: saving blanks would erase them
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        ctx.door.query(services.team_names, self._show_names, owner=self)

    def _show_names(self, names: tuple[str, str]) -> None:
        self.team_name.setText(names[0])
        self.supervisor_name.setText(names[1])
        self.save_button.setEnabled(True)

    def save(self) -> None:
        team, supervisor = self.team_name.text().strip(), self.supervisor_name.text().strip()
        self.save_button.setEnabled(False)
        self.ctx.door.change(lambda uow: services.set_team_names(uow, team, supervisor), self._saved,
                             touches=Touched.of("settings"), owner=self)

    def _saved(self, _result: None) -> None:
        for tab in self.area_tabs:
            tab.save()  # type: ignore[attr-defined]
        self.ctx.settings.setValue("language", self.language.currentData())
        self.accept()

