"""backup and restore from the command line, as a supervisor (or IT) would run them by hand."""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime

import ui.safety  # noqa: F401  (registers this area's error words)
from cli.common import EXIT_BAD_INPUT, EXIT_FILE, EXIT_OK, EXIT_REFUSED, fail, open_db, say, tr
from persistence.backup import MANUAL, BackupFailed, list_backups, read_contents, take_backup
from persistence.restore import RestoreRefused, check_backup, restore_backup
from ui.error_sentences import WRITE, sentence
from ui.messages import describe
from ui.safety import instance_lock
from ui.safety.words import (
    BACKED_UP,
    BACKUP_FAILED,
    KEPT_BEFORE,
    LIST_HEADER,
    LIST_ROW,
    NO_BACKUPS,
    NO_DATABASE,
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
    if not db_path.exists():
        return fail(_words(NO_DATABASE, db_path), EXIT_BAD_INPUT)
    db = open_db(db_path)
    try:
        if args.list:
            return _list(db.backup_dir)
        try:
            backup = take_backup(db, MANUAL, datetime.now(), args.to)
        except OSError as exc:
            return fail(_words(BACKUP_FAILED, sentence(exc, args.to or db.backup_dir, WRITE)), EXIT_FILE)
        except BackupFailed:
            return fail(_words(BACKUP_FAILED, tr("the copy did not pass its integrity check, so the database itself "
                                                  "may be damaged; run check")), EXIT_REFUSED)
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
    lock = instance_lock.acquire(db_path)
    if lock is None:  # the window has the file open: swapping its data underneath it would race
        return fail(_words(RESTORE_REFUSED, describe("database_in_use")), EXIT_REFUSED)
    try:
        db = open_db(db_path)
        try:
            result = restore_backup(db, source, datetime.now())
        except RestoreRefused as exc:
            return _refused(exc)
        finally:
            db.close()
    finally:
        lock.unlock()
    say(_words(RESTORED, source, db_path, result.contents.agents, result.contents.records))
    if result.migrated_from:
        say(_words(UPGRADED, result.migrated_from))
    say(_words(KEPT_BEFORE, result.pre_restore.path))
    return EXIT_OK


def _refused(exc: RestoreRefused) -> int:
    detail = f" ({exc.detail})" if exc.detail else ""
    return fail(_words(RESTORE_REFUSED, describe(exc.code) + detail), EXIT_REFUSED)
