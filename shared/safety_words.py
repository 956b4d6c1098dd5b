"""What backups are called, what the CLI says, and the safety area's error codes in words. The strings belong to
the safety area's .ts file (resources/i18n/update_translations.py maps shared/<area>_words.py to <area>)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from persistence.backup import AUTOMATIC, MANUAL, PRE_RESTORE
from persistence.schema_fingerprint import SchemaDifference

if TYPE_CHECKING:  # health reads the schema through SQLAlchemy (~300 ms to import): not before the window shows
    from persistence.health import HealthReport

KIND_WORDS = {
    AUTOMATIC: QT_TRANSLATE_NOOP("Backups", "Daily (automatic)"),
    MANUAL: QT_TRANSLATE_NOOP("Backups", "Manual"),
    "pre-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    PRE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "pre-migrate": QT_TRANSLATE_NOOP("Backups", "Before an upgrade"),
}

BACKED_UP = QT_TRANSLATE_NOOP("SafetyCli", "Backed up to %1: %2 agents, %3 records in all.")
BACKUP_FAILED = QT_TRANSLATE_NOOP("SafetyCli", "Backup failed: %1")
NO_DATABASE = QT_TRANSLATE_NOOP("SafetyCli", "%1 does not exist.")
NO_BACKUPS = QT_TRANSLATE_NOOP("SafetyCli", "No backups in %1 yet.")
LIST_HEADER = QT_TRANSLATE_NOOP("SafetyCli", "Backups in %1 (newest first):")
LIST_ROW = QT_TRANSLATE_NOOP("SafetyCli", "%1  %2  %3 agents, %4 records  %5")
RESTORED = QT_TRANSLATE_NOOP("SafetyCli", "Restored %1 into %2: %3 agents, %4 records in all.")
KEPT_BEFORE = QT_TRANSLATE_NOOP("SafetyCli", "The state before the restore was kept in %1.")
UPGRADED = QT_TRANSLATE_NOOP("SafetyCli", "The backup was from an older version (schema %1) and was upgraded.")
RESTORE_REFUSED = QT_TRANSLATE_NOOP("SafetyCli", "Not restored: %1. The database was not changed.")

HEALTHY = QT_TRANSLATE_NOOP("Health", "The database is healthy.")
INTEGRITY_OK = QT_TRANSLATE_NOOP("Health", "Integrity check: every page and index is intact.")
INTEGRITY_BAD = QT_TRANSLATE_NOOP("Health", "Integrity check found damage (SQLite says: %1).")
FK_OK = QT_TRANSLATE_NOOP("Health", "Links between records: all intact.")
FK_BAD = QT_TRANSLATE_NOOP("Health", "Links between records: %1 records point to something missing.")
SCHEMA_OK = QT_TRANSLATE_NOOP("Health", "Structure version: up to date (%1).")
SCHEMA_OLD = QT_TRANSLATE_NOOP("Health", "Structure version: %1, this app expects %2.")
SCHEMA_MISSING_TABLE = QT_TRANSLATE_NOOP("Health", "Structure: table %1 is missing.")
SCHEMA_MISSING_COLUMN = QT_TRANSLATE_NOOP("Health", "Structure: column %2 of table %1 is missing.")
SCHEMA_EXTRA_TABLE = QT_TRANSLATE_NOOP("Health", "Structure: table %1 does not belong to this version.")
SCHEMA_OTHER = QT_TRANSLATE_NOOP("Health", "Structure differs from what its version should have: %1.")
ADVICE = QT_TRANSLATE_NOOP(
    "Health", "Stop entering data, restore the newest good backup (File → Backup and restore), then check again.")


def t(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def kind_word(kind: str) -> str:
    source = KIND_WORDS.get(kind) or KIND_WORDS.get("pre-migrate" if kind.startswith("pre-migrate") else "", kind)
    return t("Backups", source)


def health_sentences(report: HealthReport) -> list[str]:
    """The check's facts as sentences, verdict first."""
    lines = [t("Health", HEALTHY)] if report.ok else []
    if report.integrity == ["ok"]:
        lines.append(t("Health", INTEGRITY_OK))
    else:
        lines.append(t("Health", INTEGRITY_BAD).replace("%1", "; ".join(report.integrity[:5])))
    if report.foreign_key_problems:
        lines.append(t("Health", FK_BAD).replace("%1", str(report.foreign_key_problems)))
    else:
        lines.append(t("Health", FK_OK))
    if report.revision == report.head:
        lines.append(t("Health", SCHEMA_OK).replace("%1", report.head))
    else:
        lines.append(t("Health", SCHEMA_OLD).replace("%1", str(report.revision)).replace("%2", report.head))
    lines += [schema_sentence(d) for d in report.schema[:20]]
    if not report.ok:
        lines.append(t("Health", ADVICE))
    return lines


def schema_sentence(difference: SchemaDifference) -> str:
    """One way the file's tables differ from its version's (a missing table or column named as such)."""
    if difference.kind == "missing_table":
        return t("Health", SCHEMA_MISSING_TABLE).replace("%1", difference.table)
    if difference.kind == "missing_column":
        return t("Health", SCHEMA_MISSING_COLUMN).replace("%1", difference.table).replace("%2", difference.detail)
    if difference.kind == "extra_table":
        return t("Health", SCHEMA_EXTRA_TABLE).replace("%1", difference.table)
    return t("Health", SCHEMA_OTHER).replace("%1", str(difference))


# The area's error codes in words (the window's dialogs and the backup/restore commands both show them).


# The area's error codes in words (the window's dialogs and the backup/restore commands both show them).
CODES = {
    "backup_missing": QT_TRANSLATE_NOOP("Messages", "The backup file does not exist"),
    "backup_not_ours": QT_TRANSLATE_NOOP("Messages", "The file is not a backup of this app"),
    "backup_damaged": QT_TRANSLATE_NOOP("Messages", "The backup file is damaged; choose another one"),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Messages", "The backup was made by a newer version of this app; upgrade the app first"),
    "database_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The database is open in the app; close the window first"),
    "backup_schema_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The backup's tables are not those of its version (a table or column is missing or extra); "
                    "it is not a complete backup of this app"),
    "backup_foreign_keys": QT_TRANSLATE_NOOP(
        "Messages", "The backup has records that point to missing records; choose another one"),
    "database_busy": QT_TRANSLATE_NOOP(
        "Messages", "Another program is writing to this database; nothing was changed. Try again when it has "
                    "finished"),
    "work_interrupted": QT_TRANSLATE_NOOP(
        "Messages", "The background process stopped during this action, so it may or may not have been done. "
                    "Look at the data, then try again if it is not there"),
    "db_not_ours": QT_TRANSLATE_NOOP("Messages", "The file is not a database of this app; it was left untouched"),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Messages", "The database was made by a newer version of this app; upgrade the app first"),
    "db_damaged": QT_TRANSLATE_NOOP("Messages", "The database is damaged; restore a backup"),
    "db_schema_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The database's tables are not those of its version; it was left untouched. Restore a backup"),
    "db_foreign_keys": QT_TRANSLATE_NOOP(
        "Messages", "The database has records that point to missing records; restore a backup"),
}
