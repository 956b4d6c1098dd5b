"""Buttons on the agent page that record something about that agent. Coaching's are here; other areas name
theirs (e.g. mentoring's check-in) in their `Area(quick_actions=...)` line of ui/areas.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from domain.coaching.model import SessionKind
from ui.context import AppContext


@dataclass(frozen=True)
class QuickAction:
    title: str  # marked with QT_TRANSLATE_NOOP("AgentQuickActions", ...)
    run: Callable[[AppContext, QWidget, int], bool]  # (ctx, parent, agent id) -> saved something
    # Where it stands among the buttons and in a roster row's menu, whatever order the areas' hooks load in:
    # the weekly 1:1 first, then coaching, care, mentoring.
    rank: int = 100


def _one_on_one(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    from ui.coaching.actions import new_session

    return new_session(ctx, parent, agent_id, SessionKind.ONE_ON_ONE)


def _coaching_note(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    from ui.coaching.actions import new_session

    return new_session(ctx, parent, agent_id, SessionKind.QA_FEEDBACK)


CORE_QUICK_ACTIONS: tuple[QuickAction, ...] = (
    QuickAction(QT_TRANSLATE_NOOP("AgentQuickActions", "Add 1:1"), _one_on_one, rank=10),
    QuickAction(QT_TRANSLATE_NOOP("AgentQuickActions", "Add coaching note"), _coaching_note, rank=20),
)
