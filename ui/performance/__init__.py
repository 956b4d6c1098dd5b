"""绩效: monthly KPIs imported from the platform, scored by role, every grade explained."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

import shared.performance_words  # noqa: F401  (the area's error words, shared with the CLI)

TITLE = QT_TRANSLATE_NOOP("Areas", "Performance")
SCHEMES_TITLE = QT_TRANSLATE_NOOP("Areas", "Scoring schemes")
