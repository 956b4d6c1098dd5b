"""关怀: care records whose details stay encrypted until the supervisor unlocks them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "Care")

