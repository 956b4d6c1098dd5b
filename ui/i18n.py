"""Moved to shared/i18n.py (the CLI uses it too). Kept for pages that still import it from here."""

from shared.i18n import DEFAULT_LANGUAGE, I18N_DIR, LANGUAGES, current_language, install_translators, valid_language

__all__ = ["DEFAULT_LANGUAGE", "I18N_DIR", "LANGUAGES", "current_language", "install_translators", "valid_language"]
