"""Errors become sentences that name the path and say what to do; a bad saved setting costs a message,
never a start-up."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from persistence.excel_writer import ExportFailed
from persistence.import_errors import UnreadableFile
from shared.error_sentences import READ, WRITE, sentence
from shared.i18n import install_translators

OUT = Path("/data/报表/花名册.xlsx")


@pytest.mark.parametrize(("exc", "expected"), [
    (PermissionError(errno.EACCES, "x"), "文件可能正在 Excel 中打开，请关闭后重试"),
    (FileNotFoundError(errno.ENOENT, "x"), "文件夹 /data/报表 不存在"),
    (OSError(errno.ENOSPC, "x"), "磁盘空间已满"),
    (OSError(errno.EROFS, "x"), "只读"),
    (OSError(errno.ENAMETOOLONG, "x"), "太长"),
    (IsADirectoryError(errno.EISDIR, "x"), "是一个文件夹"),
])
def test_write_failures_in_chinese_name_the_path(qapp, exc: OSError, expected: str) -> None:  # noqa: ARG001
    install_translators("zh_CN")
    text = sentence(ExportFailed(OUT, exc), OUT, WRITE)
    assert expected in text and ("/data/报表" in text)
    assert "Errno" not in text and "[" not in text


def test_a_missing_file_to_open_is_not_found(qapp) -> None:  # noqa: ARG001
    install_translators("zh_CN")
    try:
        open("/nonexistent/名单.xlsx", "rb")  # noqa: SIM115
    except OSError as exc:
        wrapped = UnreadableFile("io_error", str(exc))
        wrapped.__cause__ = exc
        text = sentence(wrapped, "/nonexistent/名单.xlsx", READ)
    assert text.startswith("找不到 /nonexistent/名单.xlsx") and "占用" not in text


def test_english_sentences(qapp) -> None:  # noqa: ARG001
    install_translators("en")
    try:
        assert "may be open in Excel" in sentence(PermissionError(errno.EACCES, "x"), OUT, WRITE)
    finally:
        install_translators("zh_CN")


def test_an_unexpected_error_is_logged_and_told_briefly(qapp, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ARG001
    install_translators("zh_CN")
    with caplog.at_level(logging.ERROR, logger="desk"):
        text = sentence(ZeroDivisionError("secret detail"), None, READ, "Traceback: the whole story")
    assert "意外问题" in text and "secret detail" not in text
    assert "the whole story" in caplog.text


def test_bad_saved_settings_are_reset_with_a_note(qapp, tmp_path: Path) -> None:  # noqa: ARG001
    from ui.app import repair_settings, reset_note

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "tlh_KLINGON")
    settings.setValue("main/geometry", "not bytes")
    settings.setValue("last_folder", ["a", "b"])
    language, reset = repair_settings(settings, None)
    assert language == "zh_CN" and reset == ["language", "main/geometry", "last_folder"]
    assert settings.value("language") == "zh_CN" and settings.value("main/geometry") is None
    install_translators(language)
    assert "界面语言" in reset_note(reset)
    settings.setValue("language", "en")
    settings.setValue("main/geometry", QByteArray(b"\x01\x02"))
    assert repair_settings(settings, None) == ("en", [])
    assert repair_settings(settings, "zh_CN") == ("zh_CN", [])


def test_install_translators_never_fails_on_an_unknown_language(qapp) -> None:  # noqa: ARG001
    assert install_translators("xx") == "zh_CN"
    assert install_translators("en") == "en"
    install_translators("zh_CN")
