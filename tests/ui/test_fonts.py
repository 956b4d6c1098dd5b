"""Without any Chinese font the window says so once, in English words that need no CJK font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import fonts


def test_the_ci_machine_has_a_chinese_font(qapp) -> None:  # type: ignore[no-untyped-def]
    assert fonts.has_chinese_font()  # .ci/run installs fonts-noto-cjk; without it every screenshot is boxes


def test_no_chinese_font_is_said_once_in_words(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: []))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text)))
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    parent = QWidget()

    assert fonts.warn_once_without_chinese_font(parent, settings)
    assert not fonts.warn_once_without_chinese_font(parent, settings)

    assert len(shown) == 1 and "fonts-noto-cjk" in shown[0]
    assert all(ord(ch) < 128 for ch in shown[0])
