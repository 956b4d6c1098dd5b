"""The roster on the door (issue 17): an edit opens no unit of work on the UI thread, costs one change and at
most one query, and repaints the one row; undo runs on the door, keeps edits made elsewhere, and refuses in
words when its own field moved since."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QMessageBox

from domain.mentoring import services as mentoring
from domain.mentoring.model import CertAttempt
from domain.roster import services
from domain.roster.model import CertLevel
from tests.ui.test_roster_page import page_with, save, stored, when_dialog
from ui.door import Touched
from ui.roster.agent_dialog import AgentDialog

TODAY = date(2026, 11, 23)


def count_units_of_work(ctx, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Every unit of work the database hands out, by the thread that asked for it."""
    threads: list[int] = []
    real = ctx.db.uow

    def counted():  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real()

    monkeypatch.setattr(ctx.db, "uow", counted)
    return threads


def edit_team(qtbot, page, team: str) -> None:  # type: ignore[no-untyped-def]
    def change_team(d: AgentDialog) -> None:
        d.team.setText(team)
        save(d)

    when_dialog(AgentDialog, change_team)
    page.edit_selected()


def test_editing_one_agent_costs_one_change_and_one_row_query_off_the_ui_thread(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = page_with(qtbot, ctx, 5)
    qtbot.waitUntil(lambda: page.model._one_on_ones_known)  # the page's own load is over
    page.table.selectRow(2)
    agent_id = page._selected().id
    resets: list[int] = []
    repainted: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda top, _bottom: repainted.append(top.row()))
    notices: list[Touched] = []
    ctx.door.changed.connect(notices.append)
    threads = count_units_of_work(ctx, monkeypatch)
    ui_thread = threading.get_ident()

    edit_team(qtbot, page, "热线九组")
    with qtbot.waitSignal(page.loaded):
        pass
    ctx.runner.wait()

    assert threads.count(ui_thread) == 0  # before: 4 units of work on the UI thread
    assert len(threads) == 2  # the change, then one query for the edited agent's row (before: + a whole roster)
    assert notices == [Touched.of("agents", agents=[agent_id])]
    assert resets == [] and repainted == [2]  # one row repainted; the selection stays on it
    assert page._selected().id == agent_id and page._selected().team == "热线九组"
    assert page.team_filter.findData("热线九组") >= 0


def test_a_change_made_elsewhere_repaints_that_agents_row(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_with(qtbot, ctx, 3)
    agent_id = page.model.row_at(0).agent.id
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    attempt = CertAttempt(agent_id, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("88"), True)

    ctx.door.change(lambda uow: mentoring.record_attempt(uow, attempt, TODAY), lambda _r: None,
                    touches=Touched.of("agents", "mentoring", agents=[agent_id]))
    qtbot.waitUntil(lambda: page.model.row_at(0).agent.cert_level is CertLevel.JUNIOR)
    assert resets == []


def test_undo_keeps_a_certification_recorded_elsewhere_since(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The issue's reproduced case: edit the team, pass a certification on the mentoring page, press Ctrl+Z."""
    page = page_with(qtbot, ctx, 3)
    page.table.selectRow(0)
    agent_id = page._selected().id
    edit_team(qtbot, page, "热线三组")
    qtbot.waitUntil(lambda: page._selected().team == "热线三组")
    attempt = CertAttempt(agent_id, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("88"), True)
    ctx.door.change(lambda uow: mentoring.record_attempt(uow, attempt, TODAY), lambda _r: None,
                    touches=Touched.of("agents", "mentoring", agents=[agent_id]))
    qtbot.waitUntil(lambda: page._selected().cert_level is CertLevel.JUNIOR)

    ctx.undo.undo()
    qtbot.waitUntil(lambda: stored(ctx, agent_id).team == "热线一组")
    assert stored(ctx, agent_id).cert_level is CertLevel.JUNIOR  # the pass the history records stays
    qtbot.waitUntil(lambda: page._selected().team == "热线一组" and page._selected().cert_level is CertLevel.JUNIOR)


def test_undo_refuses_in_words_when_its_field_was_changed_since(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = page_with(qtbot, ctx, 3)
    page.table.selectRow(0)
    agent_id = page._selected().id
    edit_team(qtbot, page, "热线三组")
    qtbot.waitUntil(lambda: page._selected().team == "热线三组")
    elsewhere = replace(stored(ctx, agent_id), team="在线组")
    ctx.door.change(lambda uow: services.update_agent(uow, elsewhere, TODAY), lambda _r: None,
                    touches=Touched.of("agents", agents=[agent_id]))
    qtbot.waitUntil(lambda: page._selected().team == "在线组")
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    when_dialog(QMessageBox, read_and_close)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith("无法撤销") and "班组" in told[0]
    assert stored(ctx, agent_id).team == "在线组"  # the later edit stands
    ctx.undo.redo()  # the refused command left the stack: nothing to redo, nothing changes
    ctx.runner.wait()
    assert stored(ctx, agent_id).team == "在线组"
