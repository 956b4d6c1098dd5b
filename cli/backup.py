"""backup and restore from the command line, as a supervisor (or IT) would run them by hand."""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime

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
from persistence.backup import MANUAL, BackupFailed, list_backups, read_contents, take_backup
from persistence.db import DatabaseBusy, is_busy_error
from persistence.restore import RestoreRefused, check_backup, restore_backup
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


def run_backup(args: Namespace) -> int:
    db_path = args.sub_db
    if not db_path.is_file():
        return fail(missing_database_text(db_path), EXIT_BAD_INPUT)
    db = open_db(db_path)
    try:
        if args.list:
            return _list(db.backup_dir)
        try:
            backup = take_backup(db, MANUAL, datetime.now(), args.to)
        except (BackupFailed, OSError) as exc:
            if is_busy_error(exc) or is_busy_error(exc.__cause__):
                return fail(busy_text(db_path), EXIT_BUSY)
            if isinstance(exc, BackupFailed):
                return fail(_words(BACKUP_FAILED, tr("the copy did not pass its integrity check, so the database "
                                                      "itself may be damaged; run check")), EXIT_REFUSED)
            return fail(_words(BACKUP_FAILED, sentence(exc, args.to or db.backup_dir, WRITE)), EXIT_FILE)
    finally:
        db.close()
    contents = read_contents(backup.path)
    say(_words(BACKED_UP, backup.path, contents.agents, contents.records))
    return EXIT_OK


def _list(folder) -> int:  # type: ignore[no-untyped-def]
    backups = list_backups(folder)
    if not backups:
        say(_words(NO_BACKUPS, folder))
        return EXIT_OK
    say(_words(LIST_HEADER, folder))
    for backup in backups:
        contents = read_contents(backup.path)
        say(_words(LIST_ROW, f"{backup.taken_at:%Y-%m-%d %H:%M}", kind_word(backup.kind), contents.agents,
                   contents.records, backup.path.name))
    return EXIT_OK


def run_restore(args: Namespace) -> int:
    db_path, source = args.sub_db, args.backup
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
        result = restore_backup(db, source, datetime.now())
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
