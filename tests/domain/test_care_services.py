"""Care services on an in-memory unit of work: the lock, the log, re-keying, HQ totals and reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from domain.care import services
from domain.care.crypto import KdfParams
from domain.care.errors import CareLocked, KeyOutdated, NoKeyring, WrongPassphrase
from domain.care.model import (
    AccessEntry,
    CareCategory,
    CareDetails,
    CareFacts,
    CareHeader,
    CareStatus,
    FollowUp,
    Keyring,
    MonthCategoryTotal,
    SealedDetails,
    SealedRecord,
)
from domain.care.reports import care_totals, supervisor_totals
from domain.care.rules import month_key
from domain.care.timeline_events import care_timeline_events
from domain.care.todo import care_todo_items
from domain.errors import ValidationFailed
from domain.roster.model import AgentData, Role
from tests.domain.fakes import CountingUnitOfWork, FakeUnitOfWork

TODAY = date(2026, 11, 23)
FAST = KdfParams(n=2**10)
PASS = "关怀密码-2026"


class FakeCare:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self.ring: Keyring | None = None
        self.rows: dict[int, SealedRecord] = {}
        self._next = 1

    def keyring(self) -> Keyring | None:
        return self.ring

    def save_keyring(self, keyring: Keyring) -> None:
        self.ring = keyring

    def add(self, facts: CareFacts, on: date | None = None) -> int:
        record_id, self._next = self._next, self._next + 1
        self.rows[record_id] = SealedRecord(record_id, facts, SealedDetails(b"", b"", b""))
        return record_id

    def seal(self, record_id: int, sealed: SealedDetails) -> None:
        self.rows[record_id] = replace(self.rows[record_id], sealed=sealed)

    def update_facts(self, record_id: int, facts: CareFacts, on: date | None = None) -> None:
        self.rows[record_id] = replace(self.rows[record_id], facts=facts)

    def _named(self, r: SealedRecord) -> SealedRecord:
        agent = self._uow.agents.get(r.facts.agent_id)
        return replace(r, agent_name=agent.name if agent else "")

    def get(self, record_id: int) -> SealedRecord | None:
        r = self.rows.get(record_id)
        return self._named(r) if r else None

    def remove(self, record_id: int) -> None:
        del self.rows[record_id]

    def count(self) -> int:
        return len(self.rows)

    def sealed_all(self) -> list[SealedRecord]:
        return [self._named(r) for r in sorted(self.rows.values(), key=lambda r: (r.facts.day, r.id), reverse=True)]

    def headers(self) -> list[CareHeader]:
        return [CareHeader(r.id, r.facts.agent_id, r.agent_name, r.facts.day, r.facts.category)
                for r in self.sealed_all()]

    def facts_for_agent(self, agent_id: int) -> list[tuple[int, CareFacts]]:
        return [(r.id, r.facts) for r in self.rows.values() if r.facts.agent_id == agent_id]

    def open_follow_ups(self, until: date) -> list[FollowUp]:
        return sorted((FollowUp(r.id, r.facts.agent_id, r.agent_name, r.facts.category, r.facts.follow_up)
                       for r in map(self._named, self.rows.values())
                       if r.facts.status is CareStatus.OPEN and r.facts.follow_up and r.facts.follow_up <= until),
                      key=lambda f: (f.due, f.record_id))

    def open_follow_up_count(self) -> int:
        return len(self.open_follow_ups(date.max))

    def month_totals(self, first: date, last: date) -> list[MonthCategoryTotal]:
        found: dict[tuple[str, CareCategory], list[int]] = {}
        for r in self.rows.values():
            if first <= r.facts.day <= last:
                found.setdefault((month_key(r.facts.day), r.facts.category), []).append(r.facts.aid_fen)
        return [MonthCategoryTotal(m, c, len(a), sum(a)) for (m, c), a in sorted(found.items())]

    def access_log(self, limit: int) -> list[AccessEntry]:
        return [AccessEntry(None, *e) for e in reversed(self._uow.log.entries) if e[0].startswith("care_")][:limit]


class FakeWellbeing:
    """Life-stage flags only (re-sealed with the care records on a passphrase change)."""

    def __init__(self) -> None:
        self.rows: dict[int, tuple[int, date, bytes]] = {}

    def life_stage_row(self, agent_id: int, review_on: date) -> int:
        row_id = next((i for i, r in self.rows.items() if r[0] == agent_id), len(self.rows) + 1)
        self.rows[row_id] = (agent_id, review_on, self.rows.get(row_id, (0, review_on, b""))[2])
        return row_id

    def seal_life_stage(self, row_id: int, sealed: bytes) -> None:
        agent_id, review_on, _old = self.rows[row_id]
        self.rows[row_id] = (agent_id, review_on, sealed)

    def life_stages(self, active_only: bool = True) -> list[object]:
        from domain.care.life_stage import SealedFlags

        return [SealedFlags(i, a, r, b) for i, (a, r, b) in self.rows.items()]


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork()
    fake.care = FakeCare(fake)  # type: ignore[attr-defined]
    fake.wellbeing = FakeWellbeing()  # type: ignore[attr-defined]
    for no, name in (("KF001", "王婷"), ("KF002", "李强"), ("KF003", "张敏")):
        fake.agents.add(AgentData(no, name, Role.HOTLINE, "热线一组", date(2024, 1, 8)))
    return fake


def facts(agent_id: int = 1, day: date = date(2026, 11, 2), category: CareCategory = CareCategory.HOSPITAL,
          **kw: object) -> CareFacts:
    return CareFacts(agent_id, day, category, **kw)  # type: ignore[arg-type]


def test_first_use_sets_the_passphrase_and_unlocking_is_logged_without_details(uow: FakeUnitOfWork) -> None:
    assert not services.has_passphrase(uow)
    with pytest.raises(NoKeyring):
        services.unlock(uow, PASS)
    key = services.set_passphrase(uow, PASS, FAST)
    services.add_record(uow, key, facts(), CareDetails("阑尾炎手术 CANARY", "探望"), TODAY)
    with pytest.raises(WrongPassphrase):
        services.unlock(uow, "别的密码-2026")
    assert services.unlock(uow, PASS).version == 1
    kinds = [e[0] for e in uow.log.entries]
    assert kinds == ["care_setup", "care_unlock_failed", "care_unlock"]
    assert uow.log.entries[-1][2:] == (1, True)
    assert "CANARY" not in repr(uow.log.entries)


def test_locked_lists_carry_date_agent_and_category_only(uow: FakeUnitOfWork) -> None:
    key = services.set_passphrase(uow, PASS, FAST)
    services.add_record(uow, key, facts(aid_fen=80000, follow_up=date(2026, 11, 30)),
                        CareDetails("住院 CANARY", "慰问 CANARY"), TODAY)
    [locked] = services.list_records(uow, None)
    assert locked.header == CareHeader(1, 1, "王婷", date(2026, 11, 2), CareCategory.HOSPITAL)
    assert (locked.facts, locked.details, locked.unlocked) == (None, None, False)
    assert "CANARY" not in repr(locked) and "80000" not in repr(locked)
    [unlocked] = services.list_records(uow, key)
    assert unlocked.details == CareDetails("住院 CANARY", "慰问 CANARY") and unlocked.facts.aid_fen == 80000


def test_changes_need_the_key_and_valid_input(uow: FakeUnitOfWork) -> None:
    key = services.set_passphrase(uow, PASS, FAST)
    with pytest.raises(CareLocked):
        services.add_record(uow, None, facts(), CareDetails("x"), TODAY)
    with pytest.raises(ValidationFailed) as caught:
        services.add_record(uow, key, facts(day=TODAY + timedelta(days=1), follow_up=TODAY, aid_fen=-1),
                            CareDetails("  "), TODAY)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("day", "care_day_in_future"), ("follow_up", "care_follow_up_before_day"),
        ("aid_fen", "care_aid_out_of_range"), ("what_happened", "required")}
    record_id = services.add_record(uow, key, facts(), CareDetails(" 经过 ", "支持"), TODAY)
    services.update_record(uow, key, record_id, facts(agent_id=2, status=CareStatus.CLOSED),
                           CareDetails("改后的经过", "支持"), TODAY)
    [row] = services.list_records(uow, key)
    assert (row.header.agent_name, row.facts.status, row.details.what_happened) == ("李强", CareStatus.CLOSED,
                                                                                     "改后的经过")
    services.delete_record(uow, key, record_id)
    assert services.list_records(uow, key) == []


def test_rekeying_keeps_every_record_readable_and_retires_the_old_passphrase(uow: FakeUnitOfWork) -> None:
    key = services.set_passphrase(uow, PASS, FAST)
    texts = [CareDetails(f"第{i}条 经过", f"支持{i}", f"备注{i}") for i in range(12)]
    for i, details in enumerate(texts):
        services.add_record(uow, key, facts(agent_id=i % 3 + 1, day=date(2026, 1 + i % 10, 3)), details, TODAY)
    before = {r.header.id: r.details for r in services.list_records(uow, key)}
    with pytest.raises(WrongPassphrase):
        services.change_passphrase(uow, "不是这个密码", "新的关怀密码-2027", FAST)
    assert uow.log.entries[-1][0] == "care_rekey_failed"
    result = services.change_passphrase(uow, PASS, "新的关怀密码-2027", FAST)
    assert (result.records, result.damaged, result.key.version) == (12, 0, 2)
    new_key = services.unlock(uow, "新的关怀密码-2027")
    assert {r.header.id: r.details for r in services.list_records(uow, new_key)} == before
    with pytest.raises(WrongPassphrase):
        services.unlock(uow, PASS)
    with pytest.raises(KeyOutdated):
        services.list_records(uow, key)  # the key opened before the change no longer fits
    assert ("care_rekey", "", 12, True) in uow.log.entries


def test_hq_totals_hold_counts_and_amounts_by_category_only_and_suppress_small_cells(uow: FakeUnitOfWork) -> None:
    key = services.set_passphrase(uow, PASS, FAST)
    for agent_id in (1, 2, 3):
        services.add_record(uow, key, facts(agent_id, date(2026, 3, 5), aid_fen=50000), CareDetails("住院"), TODAY)
    services.add_record(uow, key, facts(1, date(2026, 3, 9), CareCategory.MATERNITY, aid_fen=80000),
                        CareDetails("孕产"), TODAY)
    services.add_record(uow, key, facts(2, date(2026, 4, 9), CareCategory.HOSPITAL, aid_fen=70000,
                                        follow_up=date(2026, 5, 1)), CareDetails("住院"), TODAY)
    totals = care_totals(uow, date(2026, 3, 20), date(2026, 4, 2))
    assert totals.months == ("2026-03", "2026-04")
    cells = {(c.month, c.category): (c.count_text, c.aid_fen) for c in totals.cells}
    assert cells == {("2026-03", CareCategory.HOSPITAL): ("3", 150000),
                     ("2026-03", CareCategory.MATERNITY): ("<3", None),
                     ("2026-04", CareCategory.HOSPITAL): ("<3", None)}
    assert [(c.category, c.count, c.aid_fen) for c in totals.by_category] == [
        (CareCategory.HOSPITAL, 4, 220000), (CareCategory.MATERNITY, None, None)]
    assert totals.open_follow_ups == 1
    text = repr(totals)
    for agent in uow.agents.list_all():
        assert agent.name not in text and agent.employee_no not in text
    assert "agent" not in text


def test_supervisor_totals_are_unsuppressed(uow: FakeUnitOfWork) -> None:
    key = services.set_passphrase(uow, PASS, FAST)
    services.add_record(uow, key, facts(1, date(2026, 3, 5), aid_fen=50000, follow_up=date(2026, 11, 1)),
                        CareDetails("住院"), TODAY)
    totals = supervisor_totals(uow, date(2026, 1, 1), date(2026, 11, 23), TODAY)
    assert totals.category_total(CareCategory.HOSPITAL) == (1, 50000)
    assert totals.month_total("2026-03") == (1, 50000) and len(totals.months) == 11
    assert (totals.open_follow_ups, totals.overdue_follow_ups) == (1, 1)


def test_reminders_and_timeline_name_the_agent_and_category_never_details(uow: FakeUnitOfWork) -> None:
    key = services.set_passphrase(uow, PASS, FAST)
    due = [date(2026, 11, 20), date(2026, 11, 30), date(2026, 12, 1)]  # overdue, in the week, beyond it
    for i, follow_up in enumerate(due):
        services.add_record(uow, key, facts(1, date(2026, 11, 1), follow_up=follow_up), CareDetails(f"秘密{i}"),
                            TODAY)
    services.add_record(uow, key, facts(2, date(2026, 11, 1), follow_up=date(2026, 11, 21),
                                        status=CareStatus.CLOSED), CareDetails("已结束"), TODAY)
    items = care_todo_items(uow, TODAY)
    assert [(i.due, i.agent_name, i.kind, i.detail) for i in items] == [
        (date(2026, 11, 20), "王婷", "hospital", ""), (date(2026, 11, 30), "王婷", "hospital", "")]
    events = care_timeline_events(uow, 1)
    assert len(events) == 6 and all(e.sensitive and e.summary == "" for e in events)
    assert {e.kind for e in events} == {"hospital", "follow_up"}
    assert "秘密" not in repr(items) + repr(events)
    assert services.record_details(uow, key, 1)[1].what_happened == "秘密0"
    with pytest.raises(CareLocked):
        services.record_details(uow, None, 1)


def test_agents_matching_takes_the_exact_name_the_number_or_the_list_wording() -> None:
    from domain.care.rules import agents_matching

    agents = [(1, "王婷", "KF001"), (2, "王婷婷", "KF002"), (3, "李强", "KF003"), (4, "李强", "KF004")]
    assert agents_matching(agents, " 王婷 ") == [1]  # not 王婷婷, which only contains it
    assert agents_matching(agents, "王婷婷（KF002）") == [2]
    assert agents_matching(agents, "kf003") == [3]
    assert agents_matching(agents, "李强") == [3, 4]
    assert agents_matching(agents, "王") == [] and agents_matching(agents, "") == []


def test_a_care_export_reads_writes_and_logs_in_one_transaction(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from domain.care.export_use_case import export_care

    uow = CountingUnitOfWork()
    uow.care = FakeCare(uow)  # type: ignore[attr-defined]
    uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 8)))
    key = services.set_passphrase(uow, PASS, FAST)
    services.add_record(uow, key, facts(), CareDetails("住院 CANARY"), TODAY)
    services.add_record(uow, key, facts(day=date(2026, 11, 9)), CareDetails("探望"), TODAY)
    uow.entered, logged = 0, len(uow.log.entries)
    written: list[int] = []

    count = export_care(uow, key, lambda path, rows, now: written.append(len(rows)) or len(rows),
                        tmp_path / "关怀.xlsx", datetime(2026, 11, 23, 9), record_ids={2})

    assert (count, written, uow.entered) == (1, [1], 1)
    assert uow.log.entries[logged:] == [("care_export", "关怀.xlsx", 1, True)]
    assert "CANARY" not in repr(uow.log.entries)
