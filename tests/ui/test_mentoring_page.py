"""The mentoring page as a supervisor uses it, in Chinese: pair, refuse, check in, end, statement, exams."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from domain.mentoring import services
from domain.mentoring.model import CheckIn, MentoringDefaults, NewPairing, PairingStatus
from domain.roster import services as roster
from domain.roster.model import AgentData, CertLevel, Role
from ui.door import Touched
from ui.mentoring.actions import check_in_for_agent
from ui.mentoring.certification_tab import AttemptDialog
from ui.mentoring.dialogs import CheckInDialog, EndPairingDialog, PairingDialog
from ui.mentoring.page import MentoringPage
from ui.mentoring.settings_tab import MentoringSettingsTab

TODAY = date(2026, 11, 23)
PEOPLE = {"林静": date(2023, 4, 1), "周强": date(2022, 8, 1), "王婷": date(2026, 9, 1), "李欣": date(2026, 9, 10),
          "赵磊": date(2026, 10, 8), "陈晨": date(2026, 3, 1)}


@pytest.fixture
def team(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = {}
    for i, (name, hired) in enumerate(PEOPLE.items(), start=1):
        ids[name] = roster.add_agent(ctx.uow(), AgentData(f"KF{i:03d}", name, Role.HOTLINE, "热线一组", hired),
                                     TODAY).agent_id
    return ids


def pair(ctx, mentor: int, apprentice: int, start: date = date(2026, 10, 12)) -> int:  # type: ignore[no-untyped-def]
    return services.start_pairing(ctx.uow(), NewPairing(mentor, apprentice, start, date(2027, 1, 12),
                                                        Decimal("300.00"), "独立处理退款"), TODAY)


def save_and_wait(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Press Save and wait for the door's answer: the error shown, or the dialog closed."""
    dialog.error.show_error("")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() != "" or dialog.result() == 1)


def choose(combo, agent_id: int) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(agent_id))
    assert combo.currentData() == agent_id


def test_page_is_in_chinese_and_says_when_empty(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    ctx.runner.wait()
    qtbot.waitUntil(lambda: page.statement.empty_hint.text() != "")
    assert [page.tabs.tabText(i) for i in range(4)] == ["师徒结对", "辅导补贴", "师傅成效", "技能认证"]
    assert page.pairings.empty_hint.isVisibleTo(page) and "新建结对" in page.pairings.empty_hint.text()
    assert "无需发放" in page.statement.empty_hint.text()
    assert page.pairings.model.headerData(0, Qt.Orientation.Horizontal) == "师傅"


def test_pair_a_mentor_through_the_page(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = MentoringPage(ctx)
    qtbot.addWidget(page)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PairingDialog) or not dialog.ready:
            QTimer.singleShot(20, fill)
            return
        choose(dialog.apprentice, team["王婷"])
        choose(dialog.mentor, team["林静"])
        assert "符合条件" in dialog.mentor_hint.text() and "在带 0/2" in dialog.mentor_hint.text()
        assert dialog.planned_end.value() == date(2027, 2, 23)  # three months by default
        dialog.goals.setPlainText("三个月内独立处理退款投诉")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    page.pairings.new_pairing()
    qtbot.waitUntil(lambda: page.pairings.model.rowCount() == 1 and page.pairings.selected() is not None)
    [row] = page.pairings.model.rows()
    assert (row.mentor.name, row.apprentice.name, row.pairing.goals) == ("林静", "王婷", "三个月内独立处理退款投诉")
    assert page.pairings.selected() == row and "林静 → 王婷" in page.pairings.detail_title.text()
    assert page.pairings.model.data(page.pairings.model.index(0, 4)) == "带教中"


def test_an_ineligible_mentor_is_refused_with_the_reason(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    dialog = PairingDialog(ctx, apprentice_id=team["赵磊"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    choose(dialog.mentor, team["陈晨"])  # eight months in, uncertified
    assert "不符合条件" in dialog.mentor_hint.text()
    dialog.goals.setPlainText("独立处理退款")
    save_and_wait(qtbot, dialog)
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "师傅须为专家期（入职满12个月）或已通过高级认证的员工"
    assert dialog.goals.toPlainText() == "独立处理退款" and dialog.mentor.currentData() == team["陈晨"]  # kept
    choose(dialog.mentor, team["赵磊"])
    save_and_wait(qtbot, dialog)
    assert dialog.error.text() == "师傅和徒弟不能是同一个人"
    assert services.list_pairings(ctx.uow()) == []


def test_a_full_mentor_is_refused_with_the_limit(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    pair(ctx, team["林静"], team["王婷"])
    pair(ctx, team["林静"], team["李欣"])
    dialog = PairingDialog(ctx, apprentice_id=team["赵磊"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    choose(dialog.mentor, team["林静"])
    assert "在带 2/2" in dialog.mentor_hint.text()
    save_and_wait(qtbot, dialog)
    assert dialog.error.text() == "该师傅已在带 2 名徒弟，达到上限（可在设置中调整）"
    choose(dialog.apprentice, team["王婷"])
    choose(dialog.mentor, team["周强"])
    save_and_wait(qtbot, dialog)
    assert dialog.error.text() == "该徒弟已有正在带教的师傅，请先结束原结对"


def test_a_pairing_back_dated_into_an_ended_one_is_refused_in_chinese(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    pid = pair(ctx, team["林静"], team["王婷"], start=date(2026, 9, 15))
    services.end_pairing(ctx.uow(), pid, date(2026, 10, 31), early=False, reason="", today=TODAY)
    dialog = PairingDialog(ctx, apprentice_id=team["王婷"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    choose(dialog.mentor, team["周强"])
    dialog.start.set_value(date(2026, 10, 1))
    save_and_wait(qtbot, dialog)
    assert dialog.result() == 0
    assert dialog.error.text() == ("该徒弟在 2026-09-15 至 2026-10-31 已有师傅；同一徒弟的结对日期不能重叠"
                                   "（每一天只向一位师傅支付补贴）。新结对请从 2026-10-31 之后开始")
    assert len(services.list_pairings(ctx.uow())) == 1


def test_check_in_and_end_early(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    pid = pair(ctx, team["林静"], team["王婷"])
    row = services.list_pairings(ctx.uow())[0]
    check_in = CheckInDialog(ctx, row)
    qtbot.addWidget(check_in)
    check_in.progress.setValue(4)
    check_in.note.setPlainText("能独立处理查询类来电")
    check_in.save()
    qtbot.waitUntil(lambda: check_in.result() == 1)
    assert services.pairing_check_ins(ctx.uow(), pid) == [CheckIn(pid, TODAY, 4, "能独立处理查询类来电",
                                                                  services.pairing_check_ins(ctx.uow(), pid)[0].id)]
    end = EndPairingDialog(ctx, services.list_pairings(ctx.uow())[0])
    qtbot.addWidget(end)
    end.early.setChecked(True)
    save_and_wait(qtbot, end)
    assert end.result() == 0 and end.error.text() == "此项必填"
    end.reason.setPlainText("徒弟转岗到在线组")
    end.save()
    qtbot.waitUntil(lambda: end.result() == 1)
    ended = services.list_pairings(ctx.uow())[0].pairing
    assert (ended.status, ended.end_reason) == (PairingStatus.ENDED_EARLY, "徒弟转岗到在线组")


def test_statement_tab_shows_the_month_and_exports_it(qtbot, ctx, team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pair(ctx, team["林静"], team["王婷"], start=date(2026, 10, 15))
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    tab = page.statement
    assert tab.month.currentText() == "2026年10月"
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == 1)
    assert [tab.lines_model.data(tab.lines_model.index(0, c)) for c in (4, 6, 7)] == ["17/31", "164.52", "本月开始"]
    assert tab.total.text() == "合计 ¥164.52 · 师傅 1 人 · 明细 1 条"
    out = tmp_path / "补贴.xlsx"
    with qtbot.waitSignal(tab.status_message, timeout=10_000) as signal:
        tab.export_to(str(out))
    assert "164.52" in signal.args[0]
    assert openpyxl.load_workbook(out)["补贴明细"]["L2"].value == 164.52
    assert tab.links.isVisibleTo(tab) and tab.links.path == out  # open it, or show it in its folder
    tab.month.setCurrentIndex(2)  # September: nothing owed
    qtbot.waitUntil(lambda: tab.lines_model.rowCount() == 0)
    assert tab.empty_hint.isVisibleTo(tab)


def test_recording_a_pass_moves_the_roster_level(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    dialog = AttemptDialog(ctx, agent_id=team["王婷"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.day.set_value(date(2026, 11, 20))
    dialog.score.setValue(86.5)
    with qtbot.waitSignal(ctx.door.changed) as notice:
        dialog.save()
    assert dialog.result() == 1 and dialog.receipt.level_after is CertLevel.JUNIOR
    assert notice.args[0] == Touched.of("agents", "mentoring", agents=[team["王婷"]])  # roster row, agent page
    assert roster.get_agent(ctx.uow(), team["王婷"]).cert_level is CertLevel.JUNIOR
    model = page.certification.attempts_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # the notice refreshed the tab
    assert [model.data(model.index(0, c)) for c in range(5)] == ["2026-11-20", "王婷（KF003）", "初级", "86.5", "通过"]
    assert page.certification.times_model.data(page.certification.times_model.index(0, 3)) == "80 天"
    bad = AttemptDialog(ctx, agent_id=team["王婷"])
    qtbot.addWidget(bad)
    qtbot.waitUntil(lambda: bad.ready)
    bad.day.set_value(date(2026, 8, 1))
    save_and_wait(qtbot, bad)
    assert bad.result() == 0 and bad.error.text() == "考试日期不能早于入职日期"


def test_settings_tab_saves_defaults(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:  # stored values differ from the built-in ones, so the test sees them arrive
        uow.settings.set("mentoring.check_in_every_days", "21")
        uow.commit()
    tab = MentoringSettingsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.check_in_days.value() == 21)
    assert tab.allowance.value() == 300 and tab.max_apprentices.value() == 2
    tab.allowance.setValue(350.5)
    tab.max_apprentices.setValue(3)
    tab.check_in_days.setValue(14)
    with qtbot.waitSignal(ctx.door.changed):
        tab.save()
    assert services.load_defaults(ctx.uow()) == MentoringDefaults(Decimal("350.50"), 3, 3, 14)


def test_agent_page_quick_check_in(qtbot, ctx, team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    parent = MentoringPage(ctx)
    qtbot.addWidget(parent)
    assert check_in_for_agent(ctx, parent, team["王婷"]) is False
    assert told == ["该员工目前没有进行中的师徒带教。"]
    pair(ctx, team["林静"], team["王婷"])

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CheckInDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.note.setPlainText("流程熟练")
        dialog.save()

    QTimer.singleShot(0, fill)
    assert check_in_for_agent(ctx, parent, team["王婷"]) is True
    assert [c.note for c in services.pairing_check_ins(ctx.uow(), 1)] == ["流程熟练"]


def test_agent_page_and_this_week_know_mentoring_words(zh) -> None:  # type: ignore[no-untyped-def]
    from shared.words import event_word, todo_word
    from ui.areas import quick_actions

    assert event_word("mentoring", "check_in") == "带教反馈"
    assert event_word("mentoring", "cert_intermediate_passed") == "通过中级认证"
    assert todo_word("mentoring", "check_in_due") == "带教反馈到期"
    assert "Add mentor check-in" in [a.title for a in quick_actions()]  # without any page having loaded it


def test_outcomes_tab_shows_each_mentor(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    first = pair(ctx, team["林静"], team["陈晨"], start=date(2026, 3, 10))
    services.end_pairing(ctx.uow(), first, date(2026, 6, 9), early=False, reason="", today=TODAY)
    pair(ctx, team["林静"], team["王婷"])
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    model = page.outcomes.outcomes_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["师傅", "带徒人次", "带教中"] and headers[-1] == "出师时KPI（均值，人次）"
    assert [model.data(model.index(0, c)) for c in range(6)] == ["林静（KF001）", "2", "1", "1", "0", "1/1 · 100%"]
    assert page.outcomes.empty_hint.isHidden()


def test_a_pass_recorded_elsewhere_refreshes_the_page(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    from domain.mentoring.model import CertAttempt

    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    loads: list[int] = []
    page.certification.loaded.connect(lambda: loads.append(1))
    qtbot.waitUntil(lambda: bool(loads))
    assert page.certification.attempts_model.rowCount() == 0
    attempt = CertAttempt(team["王婷"], CertLevel.JUNIOR, date(2026, 11, 20), Decimal("90"), True, "")
    ctx.door.change(lambda uow: services.record_attempt(uow, attempt, TODAY), lambda _: None,
                    touches=Touched.of("agents", "mentoring", agents=[team["王婷"]]))
    qtbot.waitUntil(lambda: page.certification.attempts_model.rowCount() == 1)
    times = page.certification.times_model
    qtbot.waitUntil(lambda: "初级" in [times.data(times.index(r, 2)) for r in range(times.rowCount())])


def test_a_pairing_started_elsewhere_reaches_the_statement_and_the_count(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    announced: list[str] = []
    page.status_message.connect(announced.append)
    qtbot.waitUntil(lambda: page.statement.empty_hint.text() != "")
    new = NewPairing(team["林静"], team["王婷"], date(2026, 10, 15), date(2027, 1, 15), Decimal("300.00"), "")
    ctx.door.change(lambda uow: services.start_pairing(uow, new, TODAY), lambda _: None,
                    touches=Touched.of("mentoring", agents=[team["林静"], team["王婷"]]))
    qtbot.waitUntil(lambda: page.pairings.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.statement.lines_model.rowCount() == 1)
    qtbot.waitUntil(lambda: bool(announced) and announced[-1].startswith("带教中 1 对"))


def test_a_hidden_tab_is_built_when_first_shown_and_shows_its_data(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    """The tabs are built when first shown (ui/lazy_tabs.py): the certification tab, behind the pairings, is
    neither built nor loaded with the page; shown, it is built, loads and lists an exam recorded meanwhile."""
    from domain.mentoring.model import CertAttempt

    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.tabs.is_built(0))
    ctx.runner.wait()
    assert [page.tabs.is_built(i) for i in range(4)] == [True, False, False, False]
    attempt = CertAttempt(team["王婷"], CertLevel.JUNIOR, date(2026, 11, 20), Decimal("90"), True, "")
    services.record_attempt(ctx.uow(), attempt, TODAY)  # no notice: the tab must read it when it is built
    page.tabs.setCurrentIndex(3)
    assert [page.tabs.is_built(i) for i in range(4)] == [True, False, False, True]
    tab = page.tabs.currentWidget()
    assert tab is page.certification and tab.isVisibleTo(page)
    assert page.tabs.indexOf(tab) == 3
    model = tab.attempts_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert [model.data(model.index(0, c)) for c in range(5)] == ["2026-11-20", "王婷（KF003）", "初级", "90", "通过"]
