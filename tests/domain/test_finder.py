"""The global finder's matcher: contains-match on name, 工号 and phone, pinyin initials, ranking."""

from __future__ import annotations

from datetime import date

from domain.roster.finder import find_agents, initials
from domain.roster.model import AgentData, Role, Status


def agent(no: str, name: str, phone: str = "", status: Status = Status.ACTIVE) -> AgentData:
    return AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6), phone=phone, status=status)


AGENTS = [
    agent("KF001", "张华明", "138-0000-1234"),
    agent("KF002", "王婷", "13900005678"),
    agent("KF003", "明月", "13700009999", status=Status.LEFT),
    agent("KF010", "赵小梅", "13600001111"),
    agent("KF011", "Lucy 张", "13500002222"),
]


def names(query: str) -> list[str]:
    return [m.agent.name for m in find_agents(AGENTS, query)]


def test_pinyin_initials_find_the_name() -> None:
    assert initials("张华明") == "zhm"
    assert names("zhm") == ["张华明"]
    assert names("ZHM") == ["张华明"]
    assert names("hm") == ["张华明"]  # any part of the initials
    assert names("xm") == ["赵小梅"]


def test_any_part_of_the_name_matches_not_only_the_start() -> None:
    assert names("华明") == ["张华明"]
    # a name that starts with the query ranks before one that merely contains it, even when it has left
    assert names("明") == ["明月", "张华明"]


def test_employee_no_and_phone_match_anywhere() -> None:
    assert names("kf002") == ["王婷"]
    assert names("01") == ["张华明", "赵小梅", "Lucy 张"]  # KF001, KF010, KF011
    assert names("5678") == ["王婷"]
    assert names("00001234") == ["张华明"]  # the dashes in the stored phone do not matter


def test_exact_employee_no_first_and_empty_query_finds_nothing() -> None:
    assert names("KF010")[0] == "赵小梅"
    assert names("  ") == []
    assert names("xyz") == []
