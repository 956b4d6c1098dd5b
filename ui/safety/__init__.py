"""Data safety: backups and restore, Help → Check database, the unexpected-error dialog and its log.

The area's error words and the CLI's sentences live in shared/safety_words.py, which the CLI imports too."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

import shared.safety_words  # noqa: F401  (registers the area's error words)

TITLE = QT_TRANSLATE_NOOP("Areas", "Backups")
