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
})
