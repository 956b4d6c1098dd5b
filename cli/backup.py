"""backup and restore from the command line, as a supervisor (or IT) would run them by hand."""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime
from pathlib import Path

import shared.safety_words  # noqa: F401  (registers the safety area's error words)
from cli.common import (
    EXIT_BAD_INPUT,
    EXIT_BUSY,
    EXIT_FILE,
    EXIT_OK,
    EXIT_REFUSED,
    busy_text,
    fail,
    missing_database_text,
    open_db,
    say,
    tr,
)
from domain.safety import services
from persistence.backup import BackupFailed
from persistence.db import DatabaseBusy, is_busy_error
from persistence.locations import is_url, shown
from persistence.restore import RestoreRefused, check_backup
from persistence.safety_port import StoreSafety
from shared.error_sentences import WRITE, sentence
from shared.messages import describe
from shared.safety_words import (
    BACKED_UP,
    BACKUP_FAILED,
    KEPT_BEFORE,
    LIST_HEADER,
    LIST_ROW,
    NO_BACKUPS,
    RESTORE_REFUSED,
    RESTORED,
    UPGRADED,
    kind_word,
    t,
)


def _words(source: str, *values: object) -> str:
    text = t("SafetyCli", source)
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _server_backup(args: Namespace) -> int:
    """A shared PostgreSQL database: pg_dump when the client tools are installed, else what to do instead."""
    from persistence.server_backup import ServerToolFailed, ServerToolMissing, dump_server

    url = args.sub_db
    db = open_db(url)  # refuses in words a server that cannot be reached or is not ours
    folder = args.to or db.backup_dir
    db.close()
    if args.list:
        say(tr("A shared database is backed up by its server (pg_dump); the copies this app made are in %1.")
            .replace("%1", str(folder)))
        return EXIT_OK
    try:
        dump = dump_server(url, folder, datetime.now())
    except ServerToolMissing:
        return fail(tr("%1 is a shared server database: the app's backup copies SQLite files only. Install "
                       "PostgreSQL's client tools (pg_dump) and run this again, ask the server's administrator "
                       "for its backups, or keep the app's exports (export roster, export report).")
                    .replace("%1", shown(url)), EXIT_REFUSED)
    except ServerToolFailed as exc:
        return fail(tr("pg_dump could not back up %1: %2").replace("%1", shown(url)).replace("%2", str(exc)),
                    EXIT_FILE)
    say(tr("Shared database %1 written by pg_dump to %2 (restore with: restore %2 --db URL "
           "--yes-overwrite-shared).").replace("%1", shown(url)).replace("%2", str(dump)))
    return EXIT_OK


def _server_restore(args: Namespace) -> int:
    from persistence.server_backup import (
        DUMP_SUFFIX,
        SQLITE_SUFFIXES,
        ServerToolFailed,
        ServerToolMissing,
        restore_server,
    )

    url, source = args.sub_db, args.backup
    if not getattr(args, "yes_overwrite_shared", False):
        return fail(tr("%1 is a shared database: restoring replaces what every supervisor wrote since %2 was "
                       "taken. Nothing was changed. If that is what you mean, run the command again with "
                       "--yes-overwrite-shared.").replace("%1", shown(url)).replace("%2", str(source)),
                    EXIT_REFUSED)
    if source.suffix.lower() in SQLITE_SUFFIXES:  # a workstation's file backup moving onto the server
        return _sqlite_into_server(url, source)
    if source.suffix != DUMP_SUFFIX:
        return fail(tr("%1 is not a pg_dump backup (.dump); a shared database is restored only from the copies "
                       "the backup command writes for it. Nothing was changed.").replace("%1", str(source)),
                    EXIT_REFUSED)
    open_db(url).close()  # reachable and ours, before anything is replaced
    try:
        restore_server(url, source)
    except ServerToolMissing:
        return fail(tr("PostgreSQL's client tools (pg_restore) are not installed; nothing was changed."),
                    EXIT_REFUSED)
    except ServerToolFailed as exc:
        return fail(tr("pg_restore could not restore %1: %2. It ran in one transaction: nothing was changed.")
                    .replace("%1", str(source)).replace("%2", str(exc)), EXIT_FILE)
    open_db(url).close()  # a dump from an older build is migrated now
    say(tr("Restored %1 into the shared database %2.").replace("%1", str(source)).replace("%2", shown(url)))
    return EXIT_OK


def _sqlite_into_server(url: str, source: Path) -> int:
    """Every row of a SQLite backup replaces the server's, in one transaction (issue 23)."""
    from persistence.server_backup import restore_sqlite_into_server

    try:
        check_backup(source)  # a bad backup is refused before the server is even opened
    except RestoreRefused as exc:
        return _refused(exc)
    open_db(url).close()  # reachable and ours, before anything is replaced
    try:
        rows = restore_sqlite_into_server(url, source)
    except RestoreRefused as exc:
        return _refused(exc)
    say(tr("Restored %1 into the shared database %2: %3 records copied in one transaction.")
        .replace("%1", str(source)).replace("%2", shown(url)).replace("%3", str(rows)))
    return EXIT_OK


def run_backup(args: Namespace) -> int:
    db_path = args.sub_db
    if is_url(db_path):
        return _server_backup(args)
    if not db_path.is_file():
        return fail(missing_database_text(db_path), EXIT_BAD_INPUT)
    db = open_db(db_path)
    try:
        safety = StoreSafety(db)
        if args.list:
            return _list(safety)
        try:
            made = services.back_up_now(safety, datetime.now(), args.to)
        except (BackupFailed, OSError) as exc:
            if is_busy_error(exc) or is_busy_error(exc.__cause__):
                return fail(busy_text(db_path), EXIT_BUSY)
            if isinstance(exc, BackupFailed):
                return fail(_words(BACKUP_FAILED, tr("the copy did not pass its integrity check, so the database "
                                                      "itself may be damaged; run check")), EXIT_REFUSED)
            return fail(_words(BACKUP_FAILED, sentence(exc, args.to or db.backup_dir, WRITE)), EXIT_FILE)
    finally:
        db.close()
    say(_words(BACKED_UP, made.backup.path, made.contents.agents, made.contents.records))
    return EXIT_OK


def _list(safety: StoreSafety) -> int:
    listed = services.list_backups(safety)
    if not listed:
        say(_words(NO_BACKUPS, safety.folder))
        return EXIT_OK
    say(_words(LIST_HEADER, safety.folder))
    for backup, contents in ((item.backup, item.contents) for item in listed):
        # a damaged or foreign file in the folder is listed with "?" counts, as the window lists it
        agents, records = (contents.agents, contents.records) if contents else ("?", "?")
        say(_words(LIST_ROW, f"{backup.taken_at:%Y-%m-%d %H:%M}", kind_word(backup.kind), agents, records,
                   backup.path.name))
    return EXIT_OK


def run_restore(args: Namespace) -> int:
    db_path, source = args.sub_db, args.backup
    if is_url(db_path):
        return _server_restore(args)
    try:
        check_backup(source)  # before anything is opened, so a bad backup leaves no trace at all
    except RestoreRefused as exc:
        return _refused(exc)
    # Into an existing database, or a new file in an existing folder (the machine with the database was
    # lost: the backup is what there is). A restore never creates folders.
    if not db_path.is_file() and not db_path.parent.is_dir():
        return fail(missing_database_text(db_path), EXIT_BAD_INPUT)
    # The writer lock: the window (whose data would be swapped underneath it) refuses at once, an import
    # in progress is waited for, so it either lands before the pre-restore copy or runs after the restore.
    db = open_db(db_path, create=True, writer=True)
    try:
        result = services.restore(StoreSafety(db), source, datetime.now())
    except RestoreRefused as exc:
        return _refused(exc)
    except DatabaseBusy:
        return fail(busy_text(db_path), EXIT_BUSY)
    finally:
        db.close()
    say(_words(RESTORED, source, db_path, result.contents.agents, result.contents.records))
    if result.migrated_from:
        say(_words(UPGRADED, result.migrated_from))
    say(_words(KEPT_BEFORE, result.pre_restore.path))
    return EXIT_OK


def _refused(exc: RestoreRefused) -> int:
    detail = f" ({exc.detail})" if exc.detail else ""
    return fail(_words(RESTORE_REFUSED, describe(exc.code) + detail), EXIT_REFUSED)
