"""The roster as a supervisor uses it: add, validate, edit, filter, mark left, undo, import. Every read and
change goes through the door, so the tests wait for its answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from domain.roster import services
from domain.roster.model import AgentData, Role, Status
from ui.roster.agent_dialog import AgentDialog
from ui.roster.import_dialog import RosterImportDialog
from ui.roster.leave_dialog import LeaveDialog
from ui.roster.page import RosterPage

TODAY = date(2026, 11, 23)


def seed(ctx, n: int = 3) -> None:
    teams = ["热线一组", "热线二组", "在线组"]
    for i in range(n):
        services.add_agent(ctx.uow(), AgentData(f"KF{i + 1:03d}", ["王婷", "李强", "张敏"][i % 3] + str(i),
                                                [Role.HOTLINE, Role.HOTLINE, Role.ONLINE][i % 3], teams[i % 3],
                                                date(2025, 1, 1 + i), phone=f"1380000000{i}"), TODAY)


def page_with(qtbot, ctx, n: int = 3) -> RosterPage:
    seed(ctx, n)
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):  # the door answers through the event loop, never inside the constructor
        pass
    return page


def stored(ctx, agent_id: int) -> AgentData:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        return uow.agents.get(agent_id)


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """QTest can only type ASCII keys; Chinese arrives through the input method, i.e. as inserted text."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def when_dialog(cls, action) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `cls` once it is shown (exec() blocks the test otherwise)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, act)
            return
        action(dialog)
    QTimer.singleShot(0, act)


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_an_agent_through_the_dialog(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx, 0)
    assert page.empty_hint.isVisibleTo(page) and page.model.rowCount() == 0

    def fill(d: AgentDialog) -> None:
        qtbot.keyClicks(d.employee_no, "kf100")
        type_text(qtbot, d.name, "欧阳娜娜")
        type_text(qtbot, d.team, "在线组")
        d.role.set_value(Role.ONLINE)
        save(d)

    when_dialog(AgentDialog, fill)
    page.add_agent()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert [(r.agent.employee_no, r.agent.name, r.agent.role) for r in page.model._shown] == [
        ("KF100", "欧阳娜娜", Role.ONLINE)]
    assert not page.empty_hint.isVisibleTo(page)


def test_field_errors_show_in_chinese_and_keep_the_input(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx, 1)
    seen = {}

    def fill(d: AgentDialog) -> None:
        qtbot.keyClicks(d.employee_no, "KF001")  # taken
        type_text(qtbot, d.name, "赵六")
        qtbot.keyClicks(d.phone, "12345")
        save(d)  # phone shape: caught before saving
        seen["phone"] = d.errors["phone"].text()
        d.phone.clear()
        save(d)  # now the duplicate 工号 comes back from the service
        seen["employee_no"] = d.errors["employee_no"].text()
        seen["team"] = d.errors["team"].text()
        seen["kept"] = d.name.text()
        d.reject()

    when_dialog(AgentDialog, fill)
    page.add_agent()
    assert seen["phone"].startswith("电话应为")
    assert seen["team"] == "此项必填"
    assert seen["kept"] == "赵六"
    assert page.model.counts()[1] == 1

    def fill_team(d: AgentDialog) -> None:
        qtbot.keyClicks(d.employee_no, "KF001")
        type_text(qtbot, d.name, "赵六")
        type_text(qtbot, d.team, "一组")
        save(d)
        assert not d.save_button.isEnabled()  # waiting for the door's answer
        qtbot.waitUntil(lambda: d.errors["employee_no"].text() != "")
        seen["dup"] = d.errors["employee_no"].text()
        seen["kept_team"] = d.team.text()
        seen["enabled"] = d.save_button.isEnabled()
        d.reject()

    when_dialog(AgentDialog, fill_team)
    page.add_agent()
    assert seen["dup"] == "该工号已在花名册中"
    assert seen["kept_team"] == "一组" and seen["enabled"]


def test_edit_records_history_and_undo_restores(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx)
    page.table.selectRow(0)

    def change_team(d: AgentDialog) -> None:
        d.team.setText("热线三组")
        save(d)

    when_dialog(AgentDialog, change_team)
    page.edit_selected()
    qtbot.waitUntil(lambda: page._selected() is not None and page._selected().team == "热线三组")
    agent = page._selected()
    with ctx.uow() as uow:
        assert [(h.field, h.new_value) for h in uow.agents.history(agent.id)] == [("team", "热线三组")]
    ctx.undo.undo()
    qtbot.waitUntil(lambda: stored(ctx, agent.id).team == "热线一组")
    with ctx.uow() as uow:
        assert uow.agents.history(agent.id) == []
    qtbot.waitUntil(lambda: page._selected().team == "热线一组")  # the row follows the undo
    ctx.undo.redo()
    qtbot.waitUntil(lambda: stored(ctx, agent.id).team == "热线三组")


def test_filters_as_you_type_and_by_combo(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx, 9)
    assert page.model.counts() == (9, 9, 9)
    type_text(qtbot, page.search, "李强")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.search.clear()
    qtbot.keyClicks(page.search, "KF00")
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    page.search.clear()
    qtbot.keyClicks(page.search, "13800000004")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    page.team_filter.setCurrentIndex(page.team_filter.findData("在线组"))
    assert page.model.rowCount() == 3
    page.role_filter.setCurrentIndex(page.role_filter.findData(Role.HOTLINE.value))
    assert page.model.rowCount() == 0
    page.team_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 6


def test_sorting_happens_in_the_model(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx, 3)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [page.model.index(r, 1).data() for r in range(3)]
    assert names == sorted(names, reverse=True)


def test_mark_left_then_undo(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx)
    page.table.selectRow(0)
    agent = page._selected()

    def leave(d: LeaveDialog) -> None:
        d.reason.setCurrentIndex(2)
        d.leave_date.set_value(date(2026, 11, 20))
        d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(LeaveDialog, leave)
    page.mark_selected_left()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    left = stored(ctx, agent.id)
    assert left.status is Status.LEFT and left.leave_date == date(2026, 11, 20)
    assert page._total == 3  # the active filter hides the leaver; nothing deleted
    page.status_filter.setCurrentIndex(0)  # "everyone": the leavers are loaded now
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.model.counts() == (3, 3, 2)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: stored(ctx, agent.id).status is Status.ACTIVE)
    qtbot.waitUntil(lambda: page.model.counts() == (3, 3, 3))


def test_undo_an_added_agent(qtbot, ctx) -> None:
    page = page_with(qtbot, ctx, 0)
    answers: list[list] = []
    page._saver(services.add_agent, "Add %1")(AgentData("KF7", "何云", Role.HOTLINE, "一组", TODAY), answers.append)
    qtbot.waitUntil(lambda: page.model.counts()[1] == 1)
    assert answers == [[]] and ctx.undo.count() == 1
    ctx.undo.undo()
    qtbot.waitUntil(lambda: page.model.counts()[1] == 0)
    assert page._total == 0
    ctx.undo.redo()
    qtbot.waitUntil(lambda: page.model.counts()[1] == 1)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_import_with_preview_lands_after_confirming(qtbot, ctx, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "hq.xlsx", [["花名册"], ["工号", "姓名", "岗位", "班组", "入职日期"],
                                             ["KF301", "沈玉", "热线", "热线一组", "2025-03-01"],
                                             ["KF302", "韩雪", "在线", "在线组", "2025-04-01"]])
    dialog = RosterImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.summary.text().startswith("新增 2 · 变更 0 · 不变 0 · 错误 0")
    assert dialog.preview_model.rowCount() == 2 and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert sorted(r.agent.employee_no for r in services.list_roster(ctx.uow(), TODAY)) == ["KF301", "KF302"]


def test_import_errors_block_the_import_and_say_where(qtbot, ctx, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", [["工号", "姓名", "岗位", "班组", "入职日期"],
                                              ["KF301", "沈玉", "热线", "热线一组", "2025-13-01"]])
    dialog = RosterImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.tabText(1) == "错误 (1)"
    row = [dialog.error_model.index(0, c).data() for c in range(5)]
    assert row == ["Sheet", "2", "入职日期", "不是有效日期", "2025-13-01"]


def test_unreadable_file_is_explained(qtbot, ctx, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"this is not a workbook")
    dialog = RosterImportDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "无法读取文件" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()


def test_days_since_one_on_one_is_blank_not_overdue_until_its_query_answers(qtbot, ctx) -> None:
    from ui.roster.table_model import RosterTableModel

    seed(ctx, 1)
    model = RosterTableModel()
    model.set_rows(services.list_roster(ctx.uow(), TODAY))
    row = model.row_at(0)
    assert model.index(0, model.one_on_one_column).data() == "" and not model.one_on_one_overdue(row)
    model.set_one_on_ones({}, 14, TODAY)  # answered: nobody has had a 1:1; hired 2025 → overdue
    assert model.index(0, model.one_on_one_column).data() == "—" and model.one_on_one_overdue(row)


def test_export_offers_to_open_the_file_or_its_folder(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    page = page_with(qtbot, ctx)
    assert not page.links.isVisibleTo(page)
    out = tmp_path / "花名册.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=10_000) as said:
        page.export_to(str(out))
    assert "3" in said.args[0] and openpyxl.load_workbook(out).active.max_row >= 4
    assert page.links.isVisibleTo(page) and page.links.path == out


class _Paints(QObject):
    """Counts the table's paints that showed rows (a filter on its viewport: the test's own observer)."""

    def __init__(self, page: RosterPage, events: list[str]) -> None:
        super().__init__()
        self.page, self.events = page, events
        page.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.page.model.rowCount():
            self.events.append("rows painted")
        return False


def test_the_days_since_1_1_are_asked_for_once_the_rows_are_painted(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Asked with the rows, the 1:1 aggregate's answer was processed on the worker while the UI thread painted
    the rows, and the two took turns with the GIL (the roster's first paint took 4–6× its own time)."""
    from domain.coaching import services as coaching

    seed(ctx, 3)
    events: list[str] = []
    real = coaching.last_one_on_one
    monkeypatch.setattr(coaching, "last_one_on_one", lambda uow: events.append("1:1 asked") or real(uow))
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    paints = _Paints(page, events)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model._one_on_ones_known)
    assert "rows painted" in events and events.index("rows painted") < events.index("1:1 asked"), events
    assert page.model.data(page.model.index(0, page.model.one_on_one_column)) == "—"  # no 1:1 yet: shown so
    del paints


def test_a_roster_not_on_screen_still_gets_its_days_since_1_1(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Nothing paints a page that is not shown: the 1:1 column is asked for all the same, a moment later."""
    seed(ctx, 2)
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model._one_on_ones_known, timeout=5000)
    assert page.model.rowCount() == 2
