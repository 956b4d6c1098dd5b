"""Boxes other areas add under the agent page's facts (care's mood, buddy and recognition, ...).

A section is a QWidget with `show_agent(agent_id)`; areas register a factory with `register_section` from
their hooks module."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.context import AppContext

SectionFactory = Callable[[AppContext], QWidget]
SECTIONS: list[SectionFactory] = []


def register_section(factory: SectionFactory) -> None:
    if factory not in SECTIONS:
        SECTIONS.append(factory)
