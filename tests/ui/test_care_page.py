"""The care page as a supervisor uses it: set the passphrase, add a record, lock, unlock, auto-lock.
While locked the model holds no plaintext and the view shows date, agent and category only (F5)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from domain.care import services
from domain.care.model import CareCategory, CareDetails, CareFacts
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from ui.care.page import CarePage
from ui.care.passphrase_dialog import PassphraseDialog
from ui.care.record_dialog import CareRecordDialog
from ui.care.session import care_session
from ui.care.settings_tab import CareSettingsTab

TODAY = date(2026, 11, 23)
PASS = "关怀密码-2026"
CANARY = "CANARY-4d1c 孕期八个月，夜班后头晕"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 30)

    def __call__(self) -> datetime:
        return self.now


def when_dialog(cls, action) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `cls` once it is shown (exec() blocks the test otherwise)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, act)
            return
        action(dialog)
    QTimer.singleShot(0, act)


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    (buttons.button(QDialogButtonBox.StandardButton.Ok) or buttons.button(QDialogButtonBox.StandardButton.Save)).click()


def make_page(qtbot, ctx, clock: Clock | None = None) -> CarePage:  # type: ignore[no-untyped-def]
    if clock is not None:
        ctx.now = clock
    for no, name in (("KF001", "王婷"), ("KF002", "李强")):
        roster.add_agent(ctx.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2024, 1, 8)), TODAY)
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.session.known)  # the session asks the door whether a passphrase is set
    return page


def all_cells(page: CarePage) -> str:
    model = page.model
    cells = [str(model.data(model.index(r, c))) for r in range(model.rowCount()) for c in range(model.columnCount())]
    return " ".join(cells) + repr(model.rows()) + page.details.toPlainText()


def unlocked_page(qtbot, ctx, clock: Clock | None = None) -> CarePage:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx, clock)
    key = services.set_passphrase(ctx.uow(), PASS)
    services.add_record(ctx.uow(), key, CareFacts(1, date(2026, 11, 2), CareCategory.MATERNITY, aid_fen=80000),
                        CareDetails(CANARY, "调为白班"), TODAY)
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # the key is derived on the runner, then the list read
        page.session.unlock(PASS, lambda problem: None)
    return page


def test_first_use_add_a_record_lock_and_unlock(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    assert page.pages.currentIndex() == 0  # no passphrase yet: the set-up panel, no list

    def set_up(dialog: PassphraseDialog) -> None:
        dialog.new.setText(PASS)
        dialog.confirm.setText(PASS + "x")
        dialog.understood.setChecked(True)
        ok(dialog)
        assert dialog.error.text() == "两次输入的新密码不一致" and dialog.isVisible()
        dialog.confirm.setText(PASS)
        ok(dialog)

    when_dialog(PassphraseDialog, set_up)
    qtbot.mouseClick(page.setup_button, Qt.MouseButton.LeftButton)
    assert page.session.unlocked  # the dialog closed only once the door answered
    qtbot.waitUntil(lambda: page.pages.currentIndex() == 1)

    def fill(dialog: CareRecordDialog) -> None:
        dialog.agent.setCurrentText("王婷（KF001）")
        dialog.category.setCurrentIndex(dialog.category.findData(CareCategory.MATERNITY.value))
        dialog.day.set_value(date(2026, 11, 20))
        dialog.what_happened.setPlainText(CANARY)
        dialog.support_given.setPlainText("调为白班，工位靠近休息室")
        dialog.aid.setValue(800)
        ok(dialog)

    when_dialog(CareRecordDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and bool(page.details.toPlainText()))
    assert [page.model.data(page.model.index(0, c)) for c in range(7)] == [
        "2026-11-20", "王婷", "孕产", "跟进中", "", "¥800", CANARY]
    assert CANARY in page.details.toPlainText()
    page.grab().save(str(tmp_path / "care_unlocked.png"))

    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not page.session.unlocked
    qtbot.waitUntil(lambda: page.model.columnCount() == 4)
    assert [page.model.data(page.model.index(0, c)) for c in range(4)] == ["2026-11-20", "王婷", "孕产", "已锁定"]
    assert "CANARY" not in all_cells(page) and "¥800" not in all_cells(page) and "调为白班" not in all_cells(page)
    assert page.add_button.isEnabled() and not page.tabs.isTabEnabled(1)  # it asks for the passphrase
    page.grab().save(str(tmp_path / "care_locked.png"))

    def wrong_then_right(dialog: PassphraseDialog) -> None:
        dialog.current.setText("不对的密码-2026")
        ok(dialog)
        qtbot.waitUntil(lambda: dialog.error.text() == "密码错误", timeout=10_000)
        assert dialog.isVisible()
        dialog.current.setText(PASS)
        ok(dialog)

    when_dialog(PassphraseDialog, wrong_then_right)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.session.unlocked
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 6)) == CANARY)
    assert [e.kind for e in services.access_log(ctx.uow())] == ["care_unlock", "care_unlock_failed", "care_setup"]
    assert all(p.stat().st_size > 10_000 for p in (tmp_path / "care_locked.png", tmp_path / "care_unlocked.png"))
    ctx.settings.sync()
    ini = Path(ctx.settings.fileName())
    assert not ini.exists() or PASS not in ini.read_text(encoding="utf-8", errors="replace")


def test_care_locks_itself_after_the_idle_minutes_set_in_settings(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    page = unlocked_page(qtbot, ctx, clock)
    tab = CareSettingsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.minutes.value() == 10
    tab.minutes.setValue(5)
    tab.save()
    qtbot.waitUntil(lambda: page.state_label.text() == "已解锁 · 闲置 5 分钟后自动锁定")
    assert care_session(ctx) is page.session and page.session.idle_minutes == 5
    clock.now += timedelta(minutes=4)
    page.session.check_idle()
    assert page.session.unlocked
    page.table.selectRow(0)  # using care data resets the idle time
    clock.now += timedelta(minutes=4, seconds=59)
    page.session.check_idle()
    assert page.session.unlocked
    clock.now += timedelta(seconds=1)
    page.session.check_idle()
    assert not page.session.unlocked
    qtbot.waitUntil(lambda: page.model.columnCount() == 4)
    assert "CANARY" not in all_cells(page)


def test_an_open_form_is_discarded_when_care_locks(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = unlocked_page(qtbot, ctx)
    page.table.selectRow(0)
    seen: list[CareRecordDialog] = []

    def lock_while_open(dialog: CareRecordDialog) -> None:
        assert dialog.what_happened.toPlainText() == CANARY
        seen.append(dialog)
        page.session.lock()

    when_dialog(CareRecordDialog, lock_while_open)
    page.edit_selected()
    assert seen and not seen[0].isVisible() and seen[0].what_happened.toPlainText() == ""
    qtbot.waitUntil(lambda: page.model.columnCount() == 4)
    assert "CANARY" not in all_cells(page)


def test_totals_and_export_while_unlocked(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = unlocked_page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    assert page.tabs.isTabEnabled(1)
    totals = page.totals.model
    maternity_row = list(CareCategory).index(CareCategory.MATERNITY)
    qtbot.waitUntil(lambda: totals.data(totals.index(maternity_row, totals.columnCount() - 1)) == "1 · ¥800")
    assert page.totals.follow_ups.text() == "待回访 0 条（已逾期 0 条）"
    out = tmp_path / "care.xlsx"
    page.export_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and page.export_button.isEnabled(), timeout=5000)
    assert [e.kind for e in services.access_log(ctx.uow())][0] == "care_export"
    assert page.links.isVisibleTo(page) and page.links.path == out  # open it, or show it in its folder
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    from ui.list_table import row_menu

    assert [a.text() for a in row_menu(page.table).actions()] == ["编辑", "删除"]


def test_rows_with_swapped_ciphertexts_show_as_damaged(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = unlocked_page(qtbot, ctx)
    services.add_record(ctx.uow(), page.session.key, CareFacts(2, date(2026, 11, 5), CareCategory.HEALTH),
                        CareDetails("颈椎不适"), TODAY)
    services.add_record(ctx.uow(), page.session.key, CareFacts(2, date(2026, 11, 6), CareCategory.BIRTHDAY),
                        CareDetails("生日会"), TODAY)
    con = sqlite3.connect(ctx.db.path)
    with con:
        con.execute("UPDATE care_records SET notes=(SELECT notes FROM care_records WHERE id=2) WHERE id=1")
    con.close()
    page.refresh()

    def words() -> dict[str, str]:
        return {page.model.data(page.model.index(r, 1)) + page.model.data(page.model.index(r, 2)):
                page.model.data(page.model.index(r, 6)) for r in range(page.model.rowCount())}

    qtbot.waitUntil(lambda: words() == {"王婷孕产": "数据损坏", "李强健康": "颈椎不适", "李强生日": "生日会"})


def test_this_week_and_the_timeline_name_the_category_and_open_the_record(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from shared.words import event_word
    from ui.this_week.page import ThisWeekPage

    care_page = unlocked_page(qtbot, ctx)
    record_id = services.add_record(ctx.uow(), care_page.session.key, CareFacts(
        2, date(2026, 11, 20), CareCategory.HOSPITAL, follow_up=TODAY + timedelta(days=2)),
        CareDetails("阑尾炎 CANARY-x"), TODAY)
    care_page.refresh()
    qtbot.waitUntil(lambda: care_page.model.rowCount() == 2)

    class Window(QMainWindow):
        def show_area(self, key: str) -> CarePage:
            assert key == "care"
            return care_page

    window = Window()
    qtbot.addWidget(window)
    week = ThisWeekPage(ctx)
    window.setCentralWidget(week)
    week.refresh()
    qtbot.waitUntil(lambda: any(week.model.row_at(r).area == "care" for r in range(week.model.rowCount())))
    [row] = [r for r in range(week.model.rowCount()) if week.model.row_at(r).area == "care"]
    cells = [week.model.index(row, c).data() for c in range(week.model.columnCount())]
    assert "关怀回访：住院" in cells and "李强" in cells and not any("CANARY" in str(c) for c in cells)
    assert event_word("care", "hospital") == "关怀：住院" and event_word("care", "follow_up") == "关怀回访到期"
    week.table.selectRow(row)
    assert week.action_button.text() == "到员工关怀查看"
    care_page.table.clearSelection()
    week.act_on_selected()
    assert care_page._selected().header.id == record_id
