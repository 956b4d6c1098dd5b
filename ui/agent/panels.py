"""Boxes other areas add to the agent page's side column (training: progress and growth; care: mood, buddy,
recognition). A panel is a factory `(ctx) -> QWidget` whose widget has `show_agent(agent_id)`; registered from
a hooks module."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext

PANELS: list[Callable[[AppContext], QWidget]] = []


def register_panel(factory: Callable[[AppContext], QWidget]) -> None:
    PANELS.append(factory)
