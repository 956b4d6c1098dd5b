"""Reminders on 本周待办 in Chinese, and the switches in Settings → Care that hide them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ui.care.hooks  # noqa: F401  (the words, as the window loads them with the database)
from domain.care.reminders import Reminder
from domain.roster.model import AgentData, Role
from ui.care.settings_tab import CareSettingsTab
from ui.this_week.page import ThisWeekPage


def rows(page: ThisWeekPage) -> list[list[str]]:
    m = page.model
    every = [[m.index(r, c).data() for c in range(6)] for r in range(m.rowCount())]
    return [r for r in every if r[2] == "提醒"]  # 1:1s due are coaching's


def test_reminders_show_in_chinese_and_switch_off(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2023, 11, 25),
                                 birth_date=date(1998, 11, 27)))
        uow.agents.add(AgentData("KF002", "李强", Role.HOTLINE, "热线一组", date(2026, 8, 28)))
        uow.commit()
    page = ThisWeekPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)  # 本周待办 answers through the door
    assert [r[2:] for r in rows(page)] == [
        ["提醒", "入职周年（入职日期）", "王婷", "2023-11-25"],
        ["提醒", "生日", "王婷", ""],
        ["提醒", "满三个月：新人期与试用期结束", "李强", "2026-08-28"],
    ]
    page.grab().save(str(tmp_path / "this_week_reminders.png"))

    tab = CareSettingsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded)  # the saved choices come through the door
    assert all(check.isChecked() for check in tab.reminders.values())
    tab.reminders[Reminder.BIRTHDAY].setChecked(False)
    tab.reminders[Reminder.MILESTONE].setChecked(False)
    tab.save()
    tab.grab().save(str(tmp_path / "care_settings.png"))
    again = ThisWeekPage(ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.model.rowCount() > 0, timeout=5_000)
    assert [r[3] for r in rows(again)] == ["入职周年（入职日期）"]
    reopened = CareSettingsTab(ctx)
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: reopened.loaded)
    assert not reopened.reminders[Reminder.BIRTHDAY].isChecked()
