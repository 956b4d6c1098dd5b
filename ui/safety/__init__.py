"""Data safety: backups and restore, Help → Check database, the unexpected-error dialog and its log.

Importing the package registers the area's error words (the CLI imports it too)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.messages import register_codes

TITLE = QT_TRANSLATE_NOOP("Areas", "Backups")

register_codes({
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
    # persistence.db.DatabaseBusy: a program outside the app's writer queue kept the file locked.
    "database_busy": QT_TRANSLATE_NOOP(
        "Messages", "Another program is writing to this database; nothing was changed. Try again when it has "
                    "finished"),
    # persistence.migrate's refusals, for windows that show a code rather than the opening sentence.
    "db_not_ours": QT_TRANSLATE_NOOP("Messages", "The file is not a database of this app; it was left untouched"),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Messages", "The database was made by a newer version of this app; upgrade the app first"),
    "db_damaged": QT_TRANSLATE_NOOP("Messages", "The database is damaged; restore a backup"),
    "db_schema_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The database's tables are not those of its version; it was left untouched. Restore a backup"),
    "db_foreign_keys": QT_TRANSLATE_NOOP(
        "Messages", "The database has records that point to missing records; restore a backup"),
})
