"""The agent page's 关怀 box: the 1:1 mood trend from coaching, red when the at-risk rule fires."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from domain.care.wellbeing import recent_moods, team_mood_by_month
from domain.coaching import services as coaching
from domain.coaching.model import CoachingSession, SessionKind
from domain.roster.model import AgentData, Role
from ui.agent.page import AgentPage
from ui.care.agent_section import CareSection

TODAY = date(2026, 11, 23)


def one_on_one(ctx, agent_id: int, day: date, mood: int | None) -> None:  # type: ignore[no-untyped-def]
    coaching.add_session(ctx.uow(), CoachingSession(agent_id, SessionKind.ONE_ON_ONE, day, situation="例行",
                                                    mood=mood), [], TODAY)


def test_the_mood_trend_on_the_agent_page(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        wang = uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 6)))
        li = uow.agents.add(AgentData("KF002", "李强", Role.HOTLINE, "热线二组", date(2025, 1, 6)))
        uow.commit()
    for day, mood in ((date(2026, 10, 26), 5), (date(2026, 11, 2), None), (date(2026, 11, 9), 4),
                      (date(2026, 11, 16), 3)):
        one_on_one(ctx, wang, day, mood)
    one_on_one(ctx, li, date(2026, 11, 16), 4)
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    section = next(s for s in page.panels if isinstance(s, CareSection))
    with qtbot.waitSignals([page.loaded, section.loaded]):  # the page and its 关怀 box answer through the door
        page.show_agent(wang)
    assert [p.mood for p in section.mood_line.points] == [5, 4, 3]
    assert section.mood_text.text() == "5 → 4 → 3（最近 2026-11-16） · 需要谈一谈：最近两次一对一连续下降"
    qtbot.wait(50)  # let the rebuilt forms lay out before the picture
    page.grab().save(str(tmp_path / "agent_mood.png"))
    with qtbot.waitSignals([page.loaded, section.loaded]):
        page.show_agent(li)
    assert section.mood_text.text() == "4（最近 2026-11-16）" and not section.mood_line.alert

    assert recent_moods(ctx.uow(), date(2026, 11, 10)) == {wang: (5, 4)}  # replayable for the back-test
    counts = {(c.month, c.mood): c.count for c in team_mood_by_month(ctx.uow(), date(2026, 10, 1), TODAY)}
    assert counts[("2026-11", 4)] == 2 and counts[("2026-10", 5)] == 1 and sum(counts.values()) == 4
    only_two = team_mood_by_month(ctx.uow(), date(2026, 10, 1), TODAY, team="热线二组")
    assert sum(c.count for c in only_two) == 1
