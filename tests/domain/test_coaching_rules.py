"""Coaching rules with worked examples: cadence, the week's horizon, tags and search terms."""

from datetime import date

import pytest

from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.coaching.rules import (
    DEFAULT_CADENCE_DAYS,
    days_since,
    fts_phrase,
    like_pattern,
    normalise_tags,
    one_on_one_due,
    one_on_one_overdue,
    parse_cadence_days,
    search_terms,
    validate_action_item,
    validate_session,
    week_end,
)

TODAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(("today", "overdue"), [
    (date(2026, 11, 16), False),  # 14 days after the 1:1 on 2 Nov: still on time
    (date(2026, 11, 17), True),  # 15 days: overdue
])
def test_one_on_one_is_overdue_after_fourteen_days(today: date, overdue: bool) -> None:
    last = date(2026, 11, 2)
    assert one_on_one_due(last, date(2024, 1, 1), 14) == date(2026, 11, 16)
    assert one_on_one_overdue(last, date(2024, 1, 1), today, 14) is overdue


def test_a_newcomer_never_met_counts_from_the_hire_date() -> None:
    hired = date(2026, 11, 10)
    assert one_on_one_due(None, hired, 14) == date(2026, 11, 24)
    assert not one_on_one_overdue(None, hired, TODAY, 14)
    assert one_on_one_overdue(None, date(2025, 3, 1), TODAY, 14)


def test_a_shorter_threshold_flags_sooner() -> None:
    assert one_on_one_overdue(date(2026, 11, 15), date(2024, 1, 1), TODAY, 7)
    assert not one_on_one_overdue(date(2026, 11, 15), date(2024, 1, 1), TODAY, 14)


def test_days_since_and_week_end() -> None:
    assert days_since(date(2026, 11, 9), TODAY) == 14
    assert days_since(None, TODAY) is None
    assert week_end(TODAY) == date(2026, 11, 29)  # Monday → Sunday
    assert week_end(date(2026, 11, 29)) == date(2026, 11, 29)


@pytest.mark.parametrize(("stored", "days"), [("21", 21), ("", DEFAULT_CADENCE_DAYS), ("abc", 14), ("0", 14),
                                              ("365", 14)])
def test_a_damaged_cadence_setting_falls_back_to_the_default(stored: str, days: int) -> None:
    assert parse_cadence_days(stored) == days


def test_tags_split_on_chinese_and_ascii_separators() -> None:
    assert normalise_tags("投诉，退款、 投诉;物流 #催单") == ("投诉", "退款", "物流", "催单")
    assert normalise_tags(("投诉 退款", "投诉")) == ("投诉", "退款")
    assert normalise_tags("  ") == ()


def test_short_words_go_to_like_and_long_words_to_the_index() -> None:
    terms = search_terms("投诉 退款延迟 VIP 5G")
    assert terms.indexed == ("退款延迟", "VIP")
    assert terms.short == ("投诉", "5G")
    assert search_terms('  "" ').empty


def test_search_words_are_never_read_as_syntax() -> None:
    assert fts_phrase('a"b') == '"a""b"'
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


def _session(**changes) -> CoachingSession:  # type: ignore[no-untyped-def]
    values = dict(agent_id=1, kind=SessionKind.ONE_ON_ONE, held_on=TODAY, situation="聊了本周接通量")
    values.update(changes)
    return CoachingSession(**values)


def test_a_plain_session_is_valid() -> None:
    assert validate_session(_session(mood=3), TODAY) == []


@pytest.mark.parametrize(("changes", "code"), [
    ({"held_on": date(2026, 11, 24)}, "session_in_future"),
    ({"mood": 6}, "mood_range"),
    ({"mood": 0}, "mood_range"),
    ({"situation": " "}, "session_empty"),
    ({"kind": SessionKind.CASE_REVIEW}, "case_needs_title"),
    ({"title": "标" * 61}, "too_long"),
    ({"agent_id": 0}, "required"),
    ({"tags": ("一个非常非常长的标签超过十二字",)}, "tag_too_long"),
])
def test_session_problems_come_back_as_codes(changes: dict, code: str) -> None:
    assert code in [e.code for e in validate_session(_session(**changes), TODAY)]


def test_action_item_rules() -> None:
    held = date(2026, 11, 20)
    assert validate_action_item(ActionItem("复听三通录音", "本人", date(2026, 11, 27)), held) == []
    codes = [e.code for e in validate_action_item(ActionItem(" ", "", date(2026, 11, 19), date(2026, 11, 1)), held)]
    assert codes == ["action_needs_text", "action_needs_owner", "due_before_session", "done_before_session"]


def test_an_item_is_overdue_only_while_open() -> None:
    item = ActionItem("复盘", "主管", date(2026, 11, 20))
    assert item.overdue(TODAY)
    assert not item.overdue(date(2026, 11, 20))
    assert not ActionItem("复盘", "主管", date(2026, 11, 20), done_on=date(2026, 11, 21)).overdue(TODAY)
