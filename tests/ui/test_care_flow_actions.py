"""Issue 24: a care record starting locked, counted by driving the real widgets. Every click and every key
other than typed text is one action; the count is the assertion, so a slower flow fails here."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from domain.care import services
from domain.care.model import CareCategory, EapReferral
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from tests.ui.test_care_page import PASS, TODAY
from ui.care.page import CarePage
from ui.care.passphrase_dialog import PassphraseDialog
from ui.care.record_dialog import CareRecordDialog

GOAL = 5
FAILURES: list[BaseException] = []


def when_dialog(cls, action) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `cls`; a failed assertion closes it (else exec() would never return)
    and is raised again by the test."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, act)
            return
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test below
            FAILURES.append(exc)
            dialog.reject()
    QTimer.singleShot(0, act)


def focused() -> QWidget | None:
    """Where keys go: the focus inside the dialog on top (offscreen windows are not always "active", so
    QApplication.focusWidget() may be None even though the dialog has placed its focus)."""
    window = QApplication.activeModalWidget()
    return window.focusWidget() if window is not None else QApplication.focusWidget()


class Actions:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.count = qtbot, 0

    def click(self, widget: QWidget) -> None:
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(focused(), key, modifier)

    def type(self, text: str) -> None:
        """Typed text is free (it is the content, not the steps). It arrives as a Chinese input method
        delivers it: one committed string."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(focused(), event)


def locked_page(qtbot, ctx) -> CarePage:  # type: ignore[no-untyped-def]
    for no, name in (("KF001", "王婷"), ("KF002", "李强"), ("KF003", "王婷婷")):
        roster.add_agent(ctx.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2024, 1, 8)), TODAY)
    services.set_passphrase(ctx.uow(), PASS)
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: page.session.known and page.pages.currentIndex() == 1)  # asked through the door
    assert not page.session.unlocked
    return page


def _record_flow(qtbot, ctx, category: CareCategory | None) -> tuple[int, CarePage]:  # type: ignore[no-untyped-def]
    page = locked_page(qtbot, ctx)
    act = Actions(qtbot)
    seen: list[str] = []

    def passphrase(dialog: PassphraseDialog) -> None:
        assert focused() is dialog.current
        act.type(PASS)
        when_dialog(CareRecordDialog, record)
        act.key(Qt.Key.Key_Return)  # Enter unlocks and goes straight on to the form

    def record(dialog: CareRecordDialog) -> None:
        assert focused() in (dialog.agent, dialog.agent.lineEdit())  # whom it is about comes first
        act.type("王婷")  # the exact full name, no suggestion clicked (王婷婷 also contains it)
        if category is None:
            act.key(Qt.Key.Key_Tab)  # the default category; Tab goes on to the category row
            act.key(Qt.Key.Key_Tab)
        else:
            act.click(dialog.category.button_for(category.value))
        seen.append(type(focused()).__name__)
        assert focused() is dialog.what_happened
        act.type("夜班后头晕，已就医")
        act.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        with contextlib.suppress(AssertionError):  # the door answers from the background
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
        if dialog.isVisible():  # a failed save must not pass silently: show why
            seen.append(" ".join(label.text() for label in dialog.errors.values() if label.text()))
            dialog.reject()

    when_dialog(PassphraseDialog, passphrase)
    FAILURES.clear()
    act.click(page.add_button)
    if FAILURES:
        raise FAILURES[0]
    assert seen[:1] == ["QPlainTextEdit"], seen
    return act.count, page


def _the_record(ctx, page: CarePage):  # type: ignore[no-untyped-def]
    rows = services.list_records(ctx.uow(), page.session.key)
    assert len(rows) == 1
    return rows[0]


def test_care_record_with_another_category_from_locked_in_five_actions(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    count, page = _record_flow(qtbot, ctx, CareCategory.HOSPITAL)
    row = _the_record(ctx, page)
    assert row.header.agent_name == "王婷" and row.header.category is CareCategory.HOSPITAL
    assert row.details is not None and row.details.what_happened == "夜班后头晕，已就医"
    assert row.header.day == TODAY
    assert count <= GOAL
    assert count == 4  # 新增记录, Enter, the category, Ctrl+Enter


def test_care_record_with_the_first_category_from_locked(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    count, page = _record_flow(qtbot, ctx, None)
    row = _the_record(ctx, page)
    assert row.header.agent_name == "王婷" and row.header.category is CareCategory.HEALTH
    assert count == 5 and count <= GOAL  # 新增记录, Enter, Tab, Tab, Ctrl+Enter


def test_two_agents_of_one_name_are_asked_about_not_guessed(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    agents = [AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 8), id=1),
              AgentData("KF009", "王婷", Role.HOTLINE, "热线二组", date(2025, 3, 2), id=9)]
    saved: list[object] = []
    details: list[object] = []
    dialog = CareRecordDialog(None, agents, TODAY,
                              lambda f, d, answer: saved.append(f) or details.append(d) or answer([]))
    qtbot.addWidget(dialog)
    dialog.agent.setEditText("王婷")
    dialog.what_happened.setPlainText("家中老人住院")
    dialog._try_accept()
    assert not saved and dialog.errors["agent_id"].text() == "有多位同名坐席，请从列表中选择或输入工号"
    dialog.agent.setEditText("kf009")  # the 工号 settles it, in either case
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_3)  # the third category by its digit
    dialog.eap.referred.setChecked(True)
    dialog.eap.accepted.setCurrentIndex(1)
    dialog.eap.follow_up.setText("下周再问一次")
    dialog._try_accept()
    assert [(f.agent_id, f.category) for f in saved] == [(9, CareCategory.MATERNITY)]
    assert details[0].eap == EapReferral(TODAY, True, "下周再问一次")
    dialog.grab().save(str(tmp_path / "care_dialog.png"))


def test_record_care_from_the_agent_page_asks_for_the_passphrase_then_fills_the_agent(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    import ui.care.hooks  # noqa: F401  (the agent page's 记录关怀 button)
    from ui.agent.page import AgentPage

    locked_page(qtbot, ctx).close()
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded):  # the agent page answers through the door
        page.show_agent(2)  # 李强
    button = next(b for b in page.buttons if b.text() == "记录关怀")
    act = Actions(qtbot)

    def passphrase(dialog: PassphraseDialog) -> None:
        act.type(PASS)
        when_dialog(CareRecordDialog, record)
        act.key(Qt.Key.Key_Return)

    def record(dialog: CareRecordDialog) -> None:
        qtbot.waitUntil(lambda: dialog.agent.currentText() == "李强（KF002）")  # the list comes through the door
        assert focused() is dialog.category
        act.key(Qt.Key.Key_2)  # 住院, by its digit
        act.key(Qt.Key.Key_Tab)
        assert focused() is dialog.what_happened
        act.type("住院一周")
        act.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)

    FAILURES.clear()
    when_dialog(PassphraseDialog, passphrase)
    act.click(button)
    if FAILURES:
        raise FAILURES[0]
    rows = services.list_records(ctx.uow(), page_session_key(ctx))
    assert [(r.header.agent_name, r.header.category) for r in rows] == [("李强", CareCategory.HOSPITAL)]
    assert act.count == 5  # 记录关怀, Enter, 2, Tab, Ctrl+Enter


def page_session_key(ctx):  # type: ignore[no-untyped-def]
    from ui.care.session import care_session

    return care_session(ctx).key


def test_the_care_page_shows_the_eap_referral_only_while_unlocked(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from domain.care.model import CareDetails, CareFacts

    page = locked_page(qtbot, ctx)
    key = services.unlock(ctx.uow(), PASS)
    services.add_record(ctx.uow(), key, CareFacts(1, date(2026, 11, 20), CareCategory.PSYCHOLOGICAL),
                        CareDetails("连续被辱骂后情绪低落", eap=EapReferral(date(2026, 11, 20), True, "已咨询一次")),
                        TODAY)
    page.session.unlock(PASS, lambda problem: None)
    qtbot.waitUntil(lambda: page.session.unlocked and page.model.rowCount() == 1
                    and page.model.row_at(0).details is not None, timeout=10_000)
    page.table.selectRow(0)
    assert "2026-11-20 转介 EAP，已接受" in page.details.toPlainText()
    assert "已咨询一次" in page.details.toPlainText()
    page.grab().save(str(tmp_path / "care_eap.png"))
    page.session.lock()
    page.table.selectRow(0)
    assert "转介" not in page.details.toPlainText() and "已咨询" not in page.details.toPlainText()
