"""What every subcommand needs: translated words, the database opened safely, and exit codes."""

from __future__ import annotations

import importlib
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from persistence.opening import (  # noqa: F401  (re-exported: the subcommands import them from here)
    OpenFailed,
    busy_text,
    missing_database_text,
    open_db,
    set_writer_lock,
)
from shared.i18n import DEFAULT_LANGUAGE, install_translators

# Documented in `main.py --help` (main.exit_codes) and the README: keep the three together.
EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_REFUSED, EXIT_FILE, EXIT_UNEXPECTED, EXIT_BUSY = 0, 1, 2, 3, 4, 5, 6


def tr(text: str) -> str:
    # lupdate files module-level tr() calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


def start_core(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(language)
    return app  # type: ignore[return-value]


def say(text: str) -> None:
    print(text, flush=True)


def fail(text: str, code: int = EXIT_BAD_INPUT) -> int:
    print(text, file=sys.stderr, flush=True)
    return code


def _log_to_file() -> None:
    """Unexpected errors go to the same log as the window's (user log folder), never to the terminal."""
    from persistence.paths import app_paths

    log = logging.getLogger("desk")
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return
    try:
        folder = app_paths().logs
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return  # no log folder: the short message still reaches the user
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def run_handler(handler: str, args: object) -> int:
    """Run "module:function"; whatever escapes it becomes one sentence and an exit code, never a traceback."""
    from persistence.excel_writer import ExportFailed
    from shared.error_sentences import READ, WRITE, sentence, unexpected

    module, function = handler.split(":")
    try:
        return int(getattr(importlib.import_module(module), function)(args))
    except OpenFailed as exc:
        return fail(exc.message, exc.code)
    except ExportFailed as exc:
        return fail(sentence(exc, exc.path, WRITE), EXIT_FILE)
    except OSError as exc:
        return fail(sentence(exc, exc.filename, READ), EXIT_FILE)
    except KeyboardInterrupt:
        return fail(tr("Cancelled."), 130)
    except Exception as exc:  # noqa: BLE001  (the last net: logged in full, told in one line)
        _log_to_file()
        return fail(unexpected(exc), EXIT_UNEXPECTED)


def _writer_lock(path: Path):  # type: ignore[no-untyped-def]
    """Wait politely for another writing command; refuse at once if the window has the file."""
    from shared import instance_lock

    lock, holder = instance_lock.acquire_writer(
        path, lambda: print(tr("Another program is writing to this database; waiting…"), file=sys.stderr,
                            flush=True))
    if lock is not None:
        return lock
    if holder == instance_lock.WINDOW:
        raise OpenFailed(tr("%1 is open in the app window; close the window first, then run this command "
                            "again. Nothing was changed.").replace("%1", str(path)), EXIT_BUSY)
    raise OpenFailed(tr("Another command kept writing to %1 for %2 seconds; nothing was changed. Try again "
                        "when it has finished.").replace("%1", str(path))
                     .replace("%2", f"{instance_lock.wait_seconds():g}"), EXIT_BUSY)


# Commands that write queue on the instance lock (the window holds its own while open).
set_writer_lock(_writer_lock)
