"""A page with big tables loads them once when first shown: the tabs load as they are built, and the page's
showEvent used to load every tab again at once (on the centre database, 158,540 coaching sessions twice). A
later visit, or a notice missed while the page was out of sight, still loads afresh."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStackedWidget

from ui.door import Touched


def counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)  # on the worker thread; list.append is atomic
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, counted)
    return calls


def settle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    ctx.runner.wait()
    qtbot.wait(50)


def test_coaching_page_reads_the_sessions_once_on_first_show(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from domain.coaching import services
    from ui.coaching.page import CoachingPage

    calls = counting(monkeypatch, services, "list_sessions")
    stack = QStackedWidget()  # a window with two pages, like the main window
    qtbot.addWidget(stack)
    other = QStackedWidget()
    stack.addWidget(other)
    stack.show()
    page = CoachingPage(ctx)
    stack.addWidget(page)
    stack.setCurrentWidget(page)
    settle(qtbot, ctx)
    assert len(calls) == 1

    stack.setCurrentWidget(other)
    settle(qtbot, ctx)
    ctx.door.changed.emit(Touched.of("coaching"))  # out of sight: remembered, not loaded
    settle(qtbot, ctx)
    assert len(calls) == 1
    stack.setCurrentWidget(page)  # the visit catches up
    settle(qtbot, ctx)
    assert len(calls) == 2


def test_mentoring_page_reads_the_exams_once_on_first_show(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from domain.mentoring import services
    from ui.mentoring.page import MentoringPage

    calls = counting(monkeypatch, services, "certification_view")
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    assert len(calls) == 0  # its tab is built, and loads, when first shown (ui/lazy_tabs.py)
    page.tabs.setCurrentIndex(3)
    settle(qtbot, ctx)
    assert len(calls) == 1
    page.hide()
    page.show()  # a later visit loads afresh (pages not yet on the door may write without a notice)
    settle(qtbot, ctx)
    assert len(calls) == 2


def test_this_week_reads_its_list_once_on_first_show(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.this_week.page as this_week_page

    calls = counting(monkeypatch, this_week_page, "this_week")
    page = this_week_page.ThisWeekPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    assert len(calls) == 1


def test_agent_page_reads_once_on_first_show(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.agent.page as agent_page

    calls = counting(monkeypatch, agent_page, "agent_page")
    page = agent_page.AgentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ctx)
    assert len(calls) == 1
