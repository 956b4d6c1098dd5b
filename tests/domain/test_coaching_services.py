"""Coaching services on an in-memory unit of work: validation, all-or-nothing saves, cadence, this week."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.coaching import services
from domain.coaching.model import ActionItem, ActionItemRow, CoachingSession, SessionKind, SessionRow
from domain.coaching.sources import coaching_events, coaching_todos
from domain.errors import NotFound, ValidationFailed
from domain.roster.model import AgentData, Role, Status
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 23)  # Monday; the week ends Sunday 29 Nov


class FakeCoaching:
    def __init__(self, agents) -> None:  # type: ignore[no-untyped-def]
        self._agents = agents
        self.sessions: dict[int, CoachingSession] = {}
        self.items: dict[int, ActionItem] = {}
        self._next = 1

    def _id(self) -> int:
        self._next += 1
        return self._next

    def add_session(self, session: CoachingSession) -> int:
        sid = self._id()
        self.sessions[sid] = replace(session, id=sid)
        return sid

    def update_session(self, session: CoachingSession) -> None:
        self.sessions[session.id] = session  # type: ignore[index]

    def remove_session(self, session_id: int) -> None:
        del self.sessions[session_id]
        self.items = {k: v for k, v in self.items.items() if v.session_id != session_id}

    def get_session(self, session_id: int) -> CoachingSession | None:
        return self.sessions.get(session_id)

    def action_items(self, session_id: int) -> list[ActionItem]:
        return [i for i in self.items.values() if i.session_id == session_id]

    def get_action_item(self, item_id: int) -> ActionItem | None:
        return self.items.get(item_id)

    def add_action_item(self, item: ActionItem) -> int:
        iid = self._id()
        self.items[iid] = replace(item, id=iid)
        return iid

    def update_action_item(self, item: ActionItem) -> None:
        self.items[item.id] = item  # type: ignore[index]

    def remove_action_items(self, ids) -> None:  # type: ignore[no-untyped-def]
        for i in ids:
            del self.items[i]

    def session_rows(self, agent_id=None, kind=None) -> list[SessionRow]:  # type: ignore[no-untyped-def]
        rows = []
        for s in self.sessions.values():
            if (agent_id is None or s.agent_id == agent_id) and (kind is None or s.kind is kind):
                a = self._agents.get(s.agent_id)
                rows.append(SessionRow(s, a.name, a.employee_no, a.team))
        return sorted(rows, key=lambda r: r.session.held_on, reverse=True)

    def action_item_rows(self, open_only=True, agent_id=None, due_by=None) -> list[ActionItemRow]:  # type: ignore[no-untyped-def]
        rows = []
        for i in self.items.values():
            s = self.sessions[i.session_id]  # type: ignore[index]
            if open_only and i.done_on is not None or agent_id is not None and s.agent_id != agent_id:
                continue
            if due_by is not None and i.due_on > due_by:
                continue
            rows.append(ActionItemRow(i, s.agent_id, self._agents.get(s.agent_id).name, s.kind, s.title, s.held_on))
        return sorted(rows, key=lambda r: r.item.due_on)

    def last_one_on_one(self) -> dict[int, date]:
        last: dict[int, date] = {}
        for s in self.sessions.values():
            if s.kind is SessionKind.ONE_ON_ONE:
                last[s.agent_id] = max(s.held_on, last.get(s.agent_id, s.held_on))
        return last


class CoachingUnitOfWork(FakeUnitOfWork):
    def __init__(self) -> None:
        super().__init__()
        self.coaching = FakeCoaching(self.agents)


@pytest.fixture
def uow() -> CoachingUnitOfWork:
    u = CoachingUnitOfWork()
    u.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 3, 1)))
    u.agents.add(AgentData("KF002", "李强", Role.ONLINE, "在线组", date(2026, 11, 16)))
    u.agents.add(AgentData("KF003", "张敏", Role.HOTLINE, "热线一组", date(2023, 1, 1), status=Status.LEFT,
                           leave_date=date(2026, 6, 1)))
    return u


def one_on_one(agent_id: int, day: date, **changes) -> CoachingSession:  # type: ignore[no-untyped-def]
    return replace(CoachingSession(agent_id, SessionKind.ONE_ON_ONE, day, situation="聊聊近况"), **changes)


def test_a_session_is_saved_with_its_action_items_in_one_commit(uow: CoachingUnitOfWork) -> None:
    items = [ActionItem(" 复听三通录音 ", "本人", date(2026, 11, 27))]
    sid = services.add_session(uow, one_on_one(1, TODAY), items, TODAY)
    assert uow.commits == 1
    session, saved = services.get_session(uow, sid)
    assert session.agent_id == 1 and [i.text for i in saved] == ["复听三通录音"]


def test_an_invalid_item_keeps_the_whole_session_out(uow: CoachingUnitOfWork) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.add_session(uow, one_on_one(1, TODAY), [ActionItem("复盘", "本人", date(2026, 11, 1))], TODAY)
    assert [e.code for e in info.value.errors] == ["due_before_session"]
    assert uow.coaching.sessions == {} and uow.commits == 0


def test_an_unknown_agent_is_refused(uow: CoachingUnitOfWork) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.add_session(uow, one_on_one(99, TODAY), [], TODAY)
    assert info.value.errors[0].code == "unknown_agent"


def test_tags_are_kept_only_on_case_reviews(uow: CoachingUnitOfWork) -> None:
    case = CoachingSession(1, SessionKind.CASE_REVIEW, TODAY, title="退款延迟投诉", tags=("投诉，退款",))
    sid = services.add_session(uow, case, [], TODAY)
    assert services.get_session(uow, sid)[0].tags == ("投诉", "退款")
    sid2 = services.add_session(uow, one_on_one(1, TODAY, tags=("投诉",)), [], TODAY)
    assert services.get_session(uow, sid2)[0].tags == ()


def test_editing_keeps_updates_adds_and_drops_items(uow: CoachingUnitOfWork) -> None:
    sid = services.add_session(uow, one_on_one(1, TODAY), [ActionItem("甲", "本人", TODAY),
                                                          ActionItem("乙", "本人", TODAY)], TODAY)
    session, (first, _second) = services.get_session(uow, sid)
    services.update_session(uow, replace(session, mood=4),
                            [replace(first, text="甲改"), ActionItem("丙", "主管", TODAY)], TODAY)
    session, items = services.get_session(uow, sid)
    assert session.mood == 4
    assert sorted(i.text for i in items) == ["丙", "甲改"]
    assert first.id in {i.id for i in items}


def test_ticking_an_item_off_and_deleting_a_session(uow: CoachingUnitOfWork) -> None:
    sid = services.add_session(uow, one_on_one(1, TODAY), [ActionItem("甲", "本人", TODAY)], TODAY)
    item = services.get_session(uow, sid)[1][0]
    assert services.set_item_done(uow, item.id, TODAY).done_on == TODAY
    services.delete_session(uow, sid)
    with pytest.raises(NotFound):
        services.get_session(uow, sid)
    with pytest.raises(NotFound):
        services.set_item_done(uow, 12345, TODAY)


def test_cadence_lists_active_agents_most_overdue_first(uow: CoachingUnitOfWork) -> None:
    services.add_session(uow, one_on_one(1, date(2026, 11, 2)), [], TODAY)
    services.add_session(uow, one_on_one(1, date(2026, 10, 1)), [], TODAY)
    rows = services.cadence(uow, TODAY)
    assert [(r.employee_no, r.last_one_on_one, r.days_since, r.overdue) for r in rows] == [
        ("KF001", date(2026, 11, 2), 21, True),
        ("KF002", None, None, False),  # hired a week ago: due 30 Nov
    ]


def test_the_cadence_threshold_is_a_setting(uow: CoachingUnitOfWork) -> None:
    assert services.cadence_days(uow) == 14
    services.set_cadence_days(uow, 30)
    services.add_session(uow, one_on_one(1, date(2026, 11, 2)), [], TODAY)
    assert not services.cadence(uow, TODAY)[0].overdue
    with pytest.raises(ValidationFailed):
        services.set_cadence_days(uow, 0)


def test_this_week_brings_overdue_and_due_by_sunday(uow: CoachingUnitOfWork) -> None:
    services.add_session(uow, one_on_one(1, date(2026, 11, 2)), [
        ActionItem("过期的", "本人", date(2026, 11, 20)),
        ActionItem("周日到期", "主管", date(2026, 11, 29)),
        ActionItem("下周的", "本人", date(2026, 11, 30)),
        ActionItem("已完成", "本人", date(2026, 11, 20), done_on=date(2026, 11, 19)),
    ], TODAY)
    services.add_session(uow, one_on_one(3, date(2026, 5, 1)), [ActionItem("离职者的", "本人", TODAY)], TODAY)
    # 李强 was hired on 16 Nov: his first 1:1 is due 30 Nov, after this week; 张敏 has left.
    todos = {(t.kind, t.agent_name, t.due, t.detail) for t in coaching_todos(uow, TODAY)}
    assert todos == {
        ("one_on_one_due", "王婷", date(2026, 11, 16), "2026-11-02"),
        ("action_item", "王婷", date(2026, 11, 20), "过期的（本人）"),
        ("action_item", "王婷", date(2026, 11, 29), "周日到期（主管）"),
    }


def test_the_timeline_shows_sessions_and_finished_items(uow: CoachingUnitOfWork) -> None:
    sid = services.add_session(uow, one_on_one(1, date(2026, 11, 2), title="谈谈排班"),
                               [ActionItem("调整早班", "主管", date(2026, 11, 9))], TODAY)
    item = services.get_session(uow, sid)[1][0]
    services.set_item_done(uow, item.id, date(2026, 11, 6))
    events = {(e.day, e.kind, e.summary) for e in coaching_events(uow, 1)}
    assert events == {(date(2026, 11, 2), "one_on_one", "谈谈排班"), (date(2026, 11, 6), "action_done", "调整早班")}


def count_entries(uow) -> list[int]:  # type: ignore[no-untyped-def]
    """How many times a use case opens the unit of work (a screen load must open it once: one snapshot)."""
    entries = [0]
    base = type(uow)

    class Counting(base):  # type: ignore[valid-type, misc]
        def __enter__(self):  # type: ignore[no-untyped-def]
            entries[0] += 1
            return base.__enter__(self)

    uow.__class__ = Counting
    return entries


def test_the_edit_form_is_one_read_and_offers_a_left_agent_only_for_their_own_session(
        uow: CoachingUnitOfWork) -> None:
    sid = services.add_session(uow, one_on_one(3, date(2026, 5, 20)), [ActionItem("复盘", "本人", TODAY)], TODAY)
    entries = count_entries(uow)
    form = services.session_form(uow, sid)
    assert entries == [1]
    assert form.session.agent_id == 3 and [i.text for i in form.items] == ["复盘"]
    assert [a.name for a in form.agents] == ["王婷", "李强", "张敏"]
    assert [a.name for a in services.choosable_agents(uow)] == ["王婷", "李强"]
    with pytest.raises(NotFound):
        services.session_form(uow, 999)


def test_the_cadence_view_is_one_read_with_its_threshold(uow: CoachingUnitOfWork) -> None:
    services.add_session(uow, one_on_one(1, date(2026, 11, 2)), [], TODAY)
    uow.settings.set("coaching.one_on_one_overdue_days", "30")
    entries = count_entries(uow)
    view = services.cadence_view(uow, TODAY)
    assert entries == [1]
    assert view.rows == services.cadence(uow, TODAY)
    assert view.threshold_days == services.cadence_days(uow) == 30
