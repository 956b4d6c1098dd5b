"""What every subcommand needs: translated words, the database opened safely, and exit codes."""

from __future__ import annotations

import importlib
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import event

from persistence.database import Database, open_database
from persistence.db import is_busy_error
from persistence.migrate import ForeignKeysBroken, NotOurDatabase, SchemaCorrupt, SchemaMismatch, SchemaTooNew
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


class OpenFailed(Exception):
    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.message, self.code = message, code


def missing_database_text(path: Path) -> str:
    return (tr("%1 does not exist; nothing was created. Only the demo command and the window create a "
               "database: for demo data run python main.py demo --db %1, for an empty one open it in the window "
               "(python main.py --db %1). Check the path for a typing mistake.").replace("%1", str(path)))


def busy_text(path: Path) -> str:
    return (tr("Another program kept %1 locked; nothing was changed. Close any program that may have it open "
               "(a database viewer, a sync tool) and try again.").replace("%1", str(path)))


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


def open_db(path: Path, *, create: bool = False, writer: bool = False) -> Database:
    """Open an existing database (`create` only for demo and the window, issue 13), refusing in words
    anything open_database refuses. A `writer` holds the instance lock until `db.close()`, so writing
    commands and the window take turns; "database is locked" from a program outside that queue becomes
    an OpenFailed sentence, never SQLite's English."""
    path = Path(path)
    if not create and not path.is_file():
        raise OpenFailed(missing_database_text(path), EXIT_BAD_INPUT)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = _writer_lock(path) if writer else None
    except OSError as exc:  # a read-only folder, say: the lock beside the database cannot be written
        raise OpenFailed(tr("Cannot write beside %1 (%2); check that the folder can be written to.")
                         .replace("%1", str(path)).replace("%2", str(exc)), EXIT_REFUSED) from None
    try:
        db = _open(path)
    except BaseException:
        if lock is not None:
            lock.unlock()
        raise
    if lock is not None:
        db.on_close.append(lock.unlock)

    def _busy(context) -> None:  # type: ignore[no-untyped-def]
        if is_busy_error(context.chained_exception) or is_busy_error(context.original_exception):
            raise OpenFailed(busy_text(path), EXIT_BUSY)

    event.listen(db.engine, "handle_error", _busy)
    return db


def _open(path: Path) -> Database:
    try:
        return open_database(path)
    except NotOurDatabase:
        raise OpenFailed(tr("%1 is not a Supervisor's Desk database; it was left untouched.")
                         .replace("%1", str(path))) from None
    except SchemaTooNew as exc:
        raise OpenFailed(tr("%1 was made by a newer version of this app (schema %2); please upgrade the app.")
                         .replace("%1", str(path)).replace("%2", exc.revision)) from None
    except SchemaMismatch as exc:
        shown = "; ".join(str(d) for d in exc.differences[:3])
        raise OpenFailed(tr("%1 does not have the tables its version (%2) should have: %3. It was left untouched; "
                            "restore a backup.").replace("%1", str(path)).replace("%2", exc.revision)
                         .replace("%3", shown)) from None
    except ForeignKeysBroken as exc:
        raise OpenFailed(tr("%1 has %2 records that point to missing records; it was left untouched. Restore a "
                            "backup.").replace("%1", str(path)).replace("%2", str(exc.problems))) from None
    except SchemaCorrupt as exc:
        raise OpenFailed(tr("%1 is damaged: %2").replace("%1", str(path)).replace("%2", str(exc))) from None
    except Exception as exc:
        if is_busy_error(exc):
            raise OpenFailed(busy_text(path), EXIT_BUSY) from None
        raise
