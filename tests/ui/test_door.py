"""The door: use cases run on the worker thread in their own unit of work; a change tells the pages what it
touched after the page's own follow-up ran; failures reach the handler, never the event loop."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

from domain.roster import services
from domain.roster.model import AgentData, Role
from ui.context import AppContext
from ui.door import Touched

TODAY = date(2026, 11, 23)


def test_a_query_runs_off_the_ui_thread_and_answers_on_it(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.get_ident()
    seen: list[int] = []
    answers: list[tuple[int, int]] = []

    def use_case(uow) -> int:  # type: ignore[no-untyped-def]
        seen.append(threading.get_ident())
        with uow:
            return uow.agents.count()

    ctx.door.query(use_case, lambda n: answers.append((threading.get_ident(), n)))
    qtbot.waitUntil(lambda: bool(answers))
    assert seen[0] != ui_thread
    assert answers == [(ui_thread, 0)]


def test_a_change_lands_then_tells_the_pages_what_it_touched(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    order: list[str] = []
    notices: list[Touched] = []
    ctx.door.changed.connect(lambda touched: (order.append("notice"), notices.append(touched)))
    agent = AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2026, 9, 1))

    ctx.door.change(lambda uow: services.add_agent(uow, agent, TODAY), lambda _r: order.append("done"),
                    touches=Touched.of("agents"))
    qtbot.waitUntil(lambda: bool(notices))
    assert order == ["done", "notice"]
    assert notices[0].concerns({"agents"}) and not notices[0].concerns({"coaching"})
    assert [r.agent.name for r in services.list_roster(ctx.uow(), TODAY)] == ["王婷"]


def test_a_failed_change_goes_to_its_handler_and_tells_nobody(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    notices: list[Touched] = []
    failures: list[BaseException] = []
    ctx.door.changed.connect(notices.append)
    bad = AgentData("KF001", "", Role.HOTLINE, "热线一组", date(2026, 9, 1))

    ctx.door.change(lambda uow: services.add_agent(uow, bad, TODAY), lambda _r: None,
                    touches=Touched.of("agents"), failed=lambda exc, _trace: failures.append(exc))
    qtbot.waitUntil(lambda: bool(failures))
    assert notices == [] and services.list_roster(ctx.uow(), TODAY) == []


def test_touched_narrows_to_one_agent_when_it_names_agents() -> None:
    one = Touched.of("agents", agents=[7])
    assert one.concerns({"agents"}, agent_id=7) and not one.concerns({"agents"}, agent_id=8)
    assert Touched.of("agents").concerns({"agents"}, agent_id=8)  # no ids named: everyone may have changed
    assert not replace(one, topics=frozenset({"kpi"})).concerns({"agents"}, agent_id=7)


def test_an_answer_for_a_closed_page_is_dropped(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    page = QWidget()
    answers: list[int] = []
    notices: list[Touched] = []
    ctx.door.changed.connect(notices.append)
    ctx.door.query(lambda uow: 1, answers.append, owner=page)
    ctx.door.change(lambda uow: 2, answers.append, touches=Touched.of("agents"), owner=page)
    delete(page)  # closed before the worker answers
    qtbot.waitUntil(lambda: bool(notices))
    assert answers == [] and notices == [Touched.of("agents")]


def test_a_dialogs_save_answers_field_errors_or_nothing(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Door.save, the one contract every saving dialog follows: [] after `done` once landed; a rule's field
    errors as they are; a taken number on its field; any other refusal on no field, with its sentence."""
    from domain.errors import NotFound

    order: list[object] = []
    agent = AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2026, 9, 1))
    ctx.door.save(lambda uow: services.add_agent(uow, agent, TODAY), order.append, Touched.of("agents"),
                  done=lambda receipt: order.append("done"))
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["done", []]

    answers: list[list] = []  # type: ignore[type-arg]
    ctx.door.save(lambda uow: services.add_agent(uow, agent, TODAY), answers.append, Touched.of("agents"))
    ctx.door.save(lambda uow: services.add_agent(uow, replace(agent, employee_no="", name=""), TODAY),
                  answers.append, Touched.of("agents"))

    def missing(uow) -> None:  # type: ignore[no-untyped-def]
        raise NotFound(99)

    def broken(uow) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug")

    ctx.door.save(missing, answers.append, Touched.of("agents"))
    ctx.door.save(broken, answers.append, Touched.of("agents"))
    qtbot.waitUntil(lambda: len(answers) == 4)
    taken, invalid, gone, bug = answers
    assert [(e.field, e.code) for e in taken] == [("employee_no", "duplicate_employee_no")]
    assert {e.field for e in invalid} >= {"employee_no", "name"}
    assert [(e.field, e.code) for e in gone] == [("", "not_found")] and gone[0].value
    assert [(e.field, e.code) for e in bug] == [("", "unexpected")] and "a bug" not in bug[0].value


def test_a_page_behind_another_waits_for_its_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Pages refresh on a notice only when seen: one behind another page of a shown window catches up when shown
    (at centre scale the hidden pages' redraws held the UI thread for seconds after each edit)."""
    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

    from ui.door import out_of_sight

    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    front, behind = QWidget(), QWidget()
    stack.addWidget(front)
    stack.addWidget(behind)
    window.setCentralWidget(stack)
    alone = QWidget()
    qtbot.addWidget(alone)
    assert not out_of_sight(front) and not out_of_sight(behind)  # no window on screen: every page reacts
    window.show()
    qtbot.waitExposed(window)
    assert not out_of_sight(front) and out_of_sight(behind) and not out_of_sight(alone)
    stack.setCurrentWidget(behind)
    assert out_of_sight(front) and not out_of_sight(behind)


def test_performance_and_recruiting_pages_catch_up_when_shown(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """An edit on the roster does not make the hidden performance and recruiting pages reload (they were the
    rest of the "edit an agent" stall in benchmarks/ui_stalls.py); each reloads once when shown."""
    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

    from ui.performance.page import PerformancePage
    from ui.recruiting.page import RecruitingPage

    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    window.setCentralWidget(stack)
    front = QWidget()
    stack.addWidget(front)
    pages = [PerformancePage(ctx), RecruitingPage(ctx)]
    for page in pages:
        stack.addWidget(page)
    window.show()
    qtbot.waitExposed(window)
    ctx.runner.wait()
    qtbot.wait(50)
    loads = {type(p).__name__: 0 for p in pages}

    def counter(name: str):  # type: ignore[no-untyped-def]
        return lambda *_a, **_k: loads.__setitem__(name, loads[name] + 1)

    for page in pages:
        page.refresh = counter(type(page).__name__)
    ctx.door.changed.emit(Touched.of("agents", agents=[1]))
    assert loads == {"PerformancePage": 0, "RecruitingPage": 0}
    for page in pages:
        stack.setCurrentWidget(page)
    assert loads == {"PerformancePage": 1, "RecruitingPage": 1}
