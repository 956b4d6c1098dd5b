"""Load Qt's own translations, then ours: one .qm per area in resources/i18n."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def valid_language(value: object) -> str | None:
    """The language code a saved or typed value stands for, or None when it names none we ship."""
    text = str(value).strip() if isinstance(value, str) else ""
    return text if text in LANGUAGES else None


def current_language() -> str:
    return _current


def install_translators(language: str) -> str:
    """Install `language` (English is the source language and needs no translator). An unknown value
    falls back to the default instead of failing: a bad saved setting must never stop the app starting.
    Returns the language actually installed."""
    global _current
    from persistence import opening  # its refusals (OpenFailed) are words too; persistence has no Qt of its own

    opening.set_translator(lambda text: QCoreApplication.translate("", text))
    app = QCoreApplication.instance()
    assert app is not None
    language = valid_language(language) or DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language == "en":
        # PySide6 6.11 names the enum Country (Territory is only an alias in C++).
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(language))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    for qm in sorted(I18N_DIR.glob(f"*_{language}.qm")):
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    return language
