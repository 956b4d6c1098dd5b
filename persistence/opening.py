"""Open a database for a command or the window, refusing in words (OpenFailed) anything open_database refuses.

No Qt here: the words are looked up through the translator the caller installs (`set_translator`, done by
shared.i18n.install_translators), and a writer's lock through `set_writer_lock` (the CLI's instance lock). The
strings are extracted with the CLI's (core_zh_CN.ts, empty context) by resources/i18n/update_translations.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from persistence.identity import current_user
from persistence.locations import Location, is_url, shown

if TYPE_CHECKING:  # SQLAlchemy (~250 ms of imports) loads when a database is opened, not when the words are
    from persistence.database import Database  # installed: the window installs them before it first shows

# The CLI's exit codes these refusals carry (cli/common.py names them all; main.exit_codes documents them).
EXIT_BAD_INPUT, EXIT_REFUSED, EXIT_BUSY = 2, 3, 6

_translate: Callable[[str], str] = lambda text: text  # noqa: E731  (English until a translator is installed)
_writer_lock: Callable[[Path], Any] | None = None


def set_translator(translate: Callable[[str], str]) -> None:
    global _translate
    _translate = translate


def set_writer_lock(acquire: Callable[[Path], Any]) -> None:
    """`acquire(path)` returns a held lock (with `unlock()`) or raises OpenFailed; writers take turns on it."""
    global _writer_lock
    _writer_lock = acquire


def tr(text: str) -> str:
    return _translate(text)


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


def open_db(path: Location, *, create: bool = False, writer: bool = False) -> Database:
    """Open an existing database (`create` only for demo and the window, issue 13), refusing in words
    anything open_database refuses. A `writer` holds the instance lock until `db.close()`, so writing
    commands and the window take turns; "database is locked" from a program outside that queue becomes
    an OpenFailed sentence, never SQLite's English. A URL opens a shared server database (issue 23)."""
    from sqlalchemy import event

    from persistence.db import is_busy_error

    if is_url(path):
        db = _open_server(str(path))
        db.user = current_user()  # a supervisor sees and edits their own teams (persistence/scoping.py)
        return db
    path = Path(path)
    if not create and not path.is_file():
        raise OpenFailed(missing_database_text(path), EXIT_BAD_INPUT)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = _writer_lock(path) if writer and _writer_lock is not None else None
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
    db.user = current_user()

    def _busy(context: Any) -> None:
        if is_busy_error(context.chained_exception) or is_busy_error(context.original_exception):
            raise OpenFailed(busy_text(path), EXIT_BUSY)

    event.listen(db.engine, "handle_error", _busy)
    return db


def _open_server(url: str) -> Database:
    """A shared server database: no file to look for and no instance lock (the server orders writers;
    two edits of one record are told apart by its version column)."""
    from sqlalchemy.exc import OperationalError

    from persistence.database import open_database
    from persistence.migrate import NotOurDatabase, SchemaTooNew

    where = shown(url)
    try:
        return open_database(url)
    except NotOurDatabase:
        raise OpenFailed(tr("%1 is not a Supervisor's Desk database; it was left untouched.")
                         .replace("%1", where)) from None
    except SchemaTooNew as exc:
        raise OpenFailed(tr("%1 was made by a newer version of this app (schema %2); please upgrade the app.")
                         .replace("%1", where).replace("%2", exc.revision)) from None
    except ModuleNotFoundError:
        raise OpenFailed(tr("This copy of the app has no PostgreSQL driver; install it with: pip install "
                            "\"supervisors-desk[postgres]\"")) from None
    except OperationalError as exc:
        raise OpenFailed(tr("Cannot reach the database server %1: %2").replace("%1", where)
                         .replace("%2", str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc))) from None


def _open(path: Path) -> Database:
    from persistence.database import open_database
    from persistence.db import is_busy_error
    from persistence.migrate import ForeignKeysBroken, NotOurDatabase, SchemaCorrupt, SchemaMismatch, SchemaTooNew

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
