"""A bare Linux desktop may have no Chinese font at all: Qt would draw boxes for every label. Say so once,
in words that need no Chinese font to be read, and how to install one."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

WARNED_KEY = "fonts/no_cjk_warned"
# Written in English on purpose: without a CJK font a Chinese sentence would itself be drawn as boxes.
NO_CJK_TITLE = "No Chinese font"
NO_CJK_TEXT = (
    "This computer has no font that can show Chinese, so names and labels would appear as empty boxes.\n\n"
    "Install one, then restart the app:\n"
    "  Debian/Ubuntu: sudo apt install fonts-noto-cjk\n"
    "  Fedora: sudo dnf install google-noto-sans-cjk-fonts\n"
    "Windows already includes Microsoft YaHei; if it was removed, reinstall the Chinese language pack."
)


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def warn_once_without_chinese_font(parent: QWidget, settings: QSettings) -> bool:
    """True when the warning was shown now; a later start stays quiet once the user has read it."""
    if has_chinese_font() or settings.value(WARNED_KEY, False, type=bool):
        return False
    QMessageBox.warning(parent, NO_CJK_TITLE, NO_CJK_TEXT)
    settings.setValue(WARNED_KEY, True)
    return True
