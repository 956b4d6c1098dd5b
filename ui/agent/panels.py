"""Boxes other areas add to the agent page's side column (training: progress and growth; care: mood, buddy,
recognition). A panel is a factory `(ctx) -> QWidget` whose widget has `show_agent(agent_id)`, named in its
area's `Area(panels=...)` line of ui/areas.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext

Panel = Callable[[AppContext], QWidget]
