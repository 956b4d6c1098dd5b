"""Every failure a user can meet, put as a sentence in the interface language that names the path and says
what to do. The window's dialogs and the CLI both ask here, so no `str(exc)`, errno text or traceback reaches
a user. QtCore only (for translations): the CLI imports this without pulling in any widget."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger("desk")
READ, WRITE = "read", "write"

_WORDS = {
    "missing_file": QT_TRANSLATE_NOOP("Problems", "%1 was not found. Check the name and the folder, then try again."),
    "missing_folder": QT_TRANSLATE_NOOP(
        "Problems", "The folder %1 does not exist. Create it first, or choose another folder."),
    "denied_read": QT_TRANSLATE_NOOP(
        "Problems", "%1 cannot be opened: the file may be open in Excel or another program, or you may not "
                    "have permission to read it. Close it and try again."),
    "denied_write": QT_TRANSLATE_NOOP(
        "Problems", "%1 cannot be written: the file may be open in Excel, or you may not have permission to "
                    "write in that folder. Close it and try again, or choose another folder."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Problems", "The disk is full, so %1 could not be written. Free some space or choose another drive, "
                    "then try again."),
    "read_only": QT_TRANSLATE_NOOP(
        "Problems", "%1 is on a read-only drive or folder. Choose another folder that can be written to."),
    "too_long": QT_TRANSLATE_NOOP(
        "Problems", "The path %1 is too long. Choose a shorter folder or file name."),
    "is_folder": QT_TRANSLATE_NOOP(
        "Problems", "%1 is a folder, not a file. Type a file name, for example roster.xlsx."),
    "not_folder": QT_TRANSLATE_NOOP(
        "Problems", "Part of the path %1 is a file, not a folder. Check the path and try again."),
    "busy": QT_TRANSLATE_NOOP(
        "Problems", "%1 is in use by another program. Close that program and try again."),
    "other_read": QT_TRANSLATE_NOOP(
        "Problems", "%1 could not be read (system error %2). Check that the drive is available and try again."),
    "other_write": QT_TRANSLATE_NOOP(
        "Problems", "%1 could not be written (system error %2). Check that the drive is available and try again."),
    "unexpected": QT_TRANSLATE_NOOP(
        "Problems", "Something unexpected went wrong; nothing was changed. The details were written to the log%1."),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("Problems", _WORDS[key])


def os_sentence(exc: OSError, path: Path | str | None = None, direction: str = READ) -> str:
    """One OSError as a sentence. `direction` says whether the user was opening (READ) or saving (WRITE)."""
    where = str(path if path is not None else (exc.filename or ""))
    code = exc.errno
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        key = "is_folder"
    elif isinstance(exc, NotADirectoryError | FileExistsError) or code in (errno.ENOTDIR, errno.EEXIST):
        key = "not_folder"
    elif isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        if direction == WRITE:
            key, where = "missing_folder", str(Path(where).parent)
        else:
            key = "missing_file"
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        key = "denied_write" if direction == WRITE else "denied_read"
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        key = "disk_full"
    elif code == errno.EROFS:
        key = "read_only"
    elif code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        key = "too_long"
    elif code in (errno.EBUSY, getattr(errno, "ETXTBSY", -1)) or getattr(exc, "winerror", None) in (32, 33):
        key = "busy"
    else:
        name = errno.errorcode.get(code or 0, str(code or "?"))
        return _t("other_write" if direction == WRITE else "other_read").replace("%1", where).replace("%2", name)
    return _t(key).replace("%1", where)


def sentence(exc: BaseException, path: Path | str | None = None, direction: str = READ,
             trace: str | None = None) -> str:
    """Any failure as a sentence: the app's own errors by their code, OSErrors by their cause, anything else
    logged in full (with `trace` when a worker thread caught it) and told in one short line."""
    from shared.messages import describe  # QtCore only; imported here so this module stays first to load

    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:  # already words (e.g. the CLI's OpenFailed)
        return message
    cause_path = getattr(exc, "path", None)
    cause = getattr(exc, "cause", None)
    if isinstance(cause, OSError):  # persistence's ExportFailed(path, cause)
        return os_sentence(cause, path or cause_path, WRITE)
    code = getattr(exc, "code", None)
    if code == "io_error" and isinstance(exc.__cause__, OSError):  # a reader's wrapped OSError: say the cause
        return os_sentence(exc.__cause__, path, READ)
    if isinstance(exc, OSError):
        return os_sentence(exc, path, direction)
    if code == "edited_elsewhere":  # a shared database: name who saved it and when (issue 23)
        when = getattr(exc, "when", None)
        who = getattr(exc, "who", "") or QCoreApplication.translate("Messages", "someone else")
        return (describe(code).replace("%1", who)
                .replace("%2", when.strftime("%Y-%m-%d %H:%M") if when else "?"))
    if isinstance(code, str) and code != "domain_error":
        errors = getattr(exc, "errors", None)
        if code == "validation_failed" and errors:
            return describe(getattr(errors[0], "code", code))
        return describe(code)
    return unexpected(exc, trace)


def unexpected(exc: BaseException, trace: str | None = None) -> str:
    log.error("unexpected %s\n%s", type(exc).__name__, trace or "", exc_info=None if trace else exc)
    where = next((getattr(h, "baseFilename", "") for h in log.handlers if getattr(h, "baseFilename", "")), "")
    return _t("unexpected").replace("%1", QCoreApplication.translate("Problems", " (%1)").replace("%1", where)
                                    if where else "")
