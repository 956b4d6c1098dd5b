"""Care details at rest on a real SQLite file: the canary never reaches the disk in clear (RELIABILITY F1),
moved ciphertexts are caught row by row (F4), a failed re-key changes nothing (F3), the log stays clean."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.exc import IntegrityError

from domain.care import services
from domain.care.crypto import KdfParams
from domain.care.errors import WrongPassphrase
from domain.care.export_use_case import export_care
from domain.care.life_stage import LifeStage, LifeStageFlags, flags_of, set_flags
from domain.care.model import CareCategory, CareDetails, CareFacts, CareStatus, EapReferral
from domain.roster.export_use_case import export_roster
from domain.roster.model import AgentData, LeaveReason, Role
from domain.roster.services import add_agent
from persistence.backup import backup_to
from persistence.care.excel_export import write_care_xlsx
from persistence.care.repository import SqlCareRepository
from persistence.database import Database, open_database
from persistence.roster.excel_export import write_roster_xlsx
from tests.persistence.helpers import Raw

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30)
FAST = KdfParams(n=2**12)
PASS = "关怀密码-2026"
CANARY = "CANARY-9b2e1f 员工小E罹患脑梗重疾昏迷两周，家属担心医疗费用" * 3
CANARY_EDIT = "CANARY-EDIT-51c0 孕期八个月，申请调整为白班，家中老人住院" * 3
EAP_CANARY = "CANARY-EAP-7d3a 接受心理咨询三次，仍有失眠"
STAGE_CANARY = "CANARY-STAGE-0c4e 孕二十周，医生建议避免夜班"
MARKERS = [m.encode(enc) for m in ("CANARY-9b2e1f", "CANARY-EDIT-51c0", "罹患脑梗重疾", "孕期八个月", "CANARY-EAP-7d3a",
                                   "仍有失眠", "CANARY-STAGE-0c4e", "避免夜班", "pregnant")
           for enc in ("utf-8", "utf-16-le")]


def scan(paths: list[Path]) -> dict[str, list[bytes]]:
    found = {}
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            hits = [m for m in MARKERS if m in data]
            if hits:
                found[path.name] = hits
    return found


def db_files(db: Database) -> list[Path]:
    return [db.path, Path(f"{db.path}-wal"), Path(f"{db.path}-shm")]


def agent(db: Database, no: str = "KF001", name: str = "王婷") -> int:
    return add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2024, 1, 8)), TODAY).agent_id


def server_files(data: Path) -> list[Path]:
    """Every file the PostgreSQL server wrote: tables, indexes, the write-ahead log."""
    return [p for p in data.rglob("*") if p.is_file()]


def server_rows(db: Database) -> bytes:
    """Every row of every table as the server prints it (bytea as hex), with the hex of the markers' bytes
    looked for too: a key or a detail stored in clear would show here."""
    from sqlalchemy import inspect

    raw = Raw(db)
    text = "".join(str(row) for table in inspect(db.engine).get_table_names()
                   for row in raw.execute(f'SELECT t::text FROM "{table}" AS t'))
    return text.encode()


def test_a_canary_never_reaches_the_server_in_clear(db: Database, store: str,
                                                    request: pytest.FixtureRequest) -> None:
    """Issue 23: on a shared PostgreSQL the details stay sealed with the supervisor's key; the server's
    tables, indexes and write-ahead log never see a canary, and no table holds the passphrase."""
    if store != "postgresql":
        return  # the SQLite file is scanned by the test below
    server = request.getfixturevalue("pg_server")
    agent_id = agent(db)
    key = services.set_passphrase(db.uow(), PASS, FAST)
    facts = CareFacts(agent_id, date(2026, 11, 2), CareCategory.HOME_VISIT, aid_fen=5_000_000)
    eap = EapReferral(date(2026, 11, 3), True, EAP_CANARY)
    record_id = services.add_record(db.uow(), key, facts, CareDetails(CANARY, CANARY, CANARY, eap), TODAY)
    set_flags(db.uow(), key, agent_id, LifeStageFlags((LifeStage.PREGNANT,), date(2026, 10, 1), STAGE_CANARY),
              date(2026, 12, 1), TODAY)
    services.update_record(db.uow(), key, record_id, replace(facts, category=CareCategory.MATERNITY),
                           CareDetails(CANARY_EDIT, CANARY_EDIT, CANARY_EDIT, eap), TODAY)
    assert services.record_details(db.uow(), key, record_id)[1].eap == eap
    rows = server_rows(db)
    hexes = [m.hex().encode() for m in MARKERS] + [PASS.encode("utf-8").hex().encode(), PASS.encode()]
    assert [m for m in MARKERS + hexes if m in rows] == []
    server.execute("CHECKPOINT")
    assert scan(server_files(server.data)) == {}
    assert PASS.encode() not in b"".join(p.read_bytes() for p in server_files(server.data))


def test_a_canary_never_reaches_the_database_files_in_clear(db: Database, tmp_path: Path, store: str) -> None:
    if store != "sqlite":
        return  # a server has no database file: the test above scans its tables and files
    started = time.perf_counter()
    agent_id = agent(db)
    key = services.set_passphrase(db.uow(), PASS, FAST)
    facts = CareFacts(agent_id, date(2026, 11, 2), CareCategory.HOME_VISIT, aid_fen=5_000_000)
    eap = EapReferral(date(2026, 11, 3), True, EAP_CANARY)
    record_id = services.add_record(db.uow(), key, facts, CareDetails(CANARY, CANARY, CANARY, eap), TODAY)
    set_flags(db.uow(), key, agent_id, LifeStageFlags((LifeStage.PREGNANT,), date(2026, 10, 1), STAGE_CANARY),
              date(2026, 12, 1), TODAY)
    wal = Path(f"{db.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # scanned while open, before any checkpoint
    after_insert = scan(db_files(db))
    services.update_record(db.uow(), key, record_id, replace(facts, category=CareCategory.MATERNITY),
                           CareDetails(CANARY_EDIT, CANARY_EDIT, CANARY_EDIT, eap), TODAY)
    assert services.record_details(db.uow(), key, record_id)[1].eap == eap
    after_update = scan(db_files(db))
    backup = backup_to(db.path, tmp_path / "backups" / "manual.sqlite")
    after_backup = scan([backup])
    services.delete_record(db.uow(), key, record_id)
    after_delete = scan(db_files(db))
    db.close()
    reopened = open_database(db.path, backup_dir=tmp_path / "backups")
    try:
        assert services.list_records(reopened.uow(), services.unlock(reopened.uow(), PASS)) == []
        after_restart = scan(db_files(reopened))
        with reopened.uow() as uow:
            log = repr(uow.log.recent())
    finally:
        reopened.close()
    print(f"F1: canaries in db/wal/shm after insert {after_insert}, update {after_update}, delete {after_delete}, "
          f"restart {after_restart}; backup {after_backup}; {time.perf_counter() - started:.2f} s")
    assert after_insert == after_update == after_delete == after_restart == after_backup == {}
    assert "CANARY" not in log and "脑梗" not in log and PASS not in log


def test_swapped_ciphertexts_are_damaged_for_those_rows_only(db: Database) -> None:
    ids = [agent(db, f"KF00{i}", name) for i, name in enumerate(("王婷", "李强", "张敏"))]
    key = services.set_passphrase(db.uow(), PASS, FAST)
    records = [services.add_record(db.uow(), key, CareFacts(a, date(2026, 11, 2), CareCategory.HEALTH),
                                   CareDetails(f"经过{a}", f"支持{a}"), TODAY) for a in ids]
    con = Raw(db)
    [(first,)], [(second,)] = (con.execute("SELECT what_happened FROM care_records WHERE id=?", (r,))
                               for r in records[:2])
    con.execute("UPDATE care_records SET what_happened=? WHERE id=?", (second, records[0]))
    con.execute("UPDATE care_records SET what_happened=? WHERE id=?", (first, records[1]))
    rows = {r.header.id: r for r in services.list_records(db.uow(), key)}
    assert [rows[r].damaged for r in records] == [True, True, False]
    assert rows[records[0]].details is None and rows[records[2]].details.what_happened == f"经过{ids[2]}"
    result = services.change_passphrase(db.uow(), PASS, "新的关怀密码-2027", FAST)
    assert (result.records, result.damaged) == (1, 2)


def test_a_rekey_interrupted_midway_leaves_every_record_on_the_old_passphrase(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    agent_id = agent(db)
    key = services.set_passphrase(db.uow(), PASS, FAST)
    for i in range(6):
        services.add_record(db.uow(), key, CareFacts(agent_id, date(2026, 10, i + 1), CareCategory.FAMILY),
                            CareDetails(f"第{i}条"), TODAY)
    real_seal, calls = SqlCareRepository.seal, []

    def failing_seal(self: SqlCareRepository, record_id: int, sealed: object) -> None:
        calls.append(record_id)
        if len(calls) == 4:
            raise OSError("disk full")
        real_seal(self, record_id, sealed)  # type: ignore[arg-type]

    monkeypatch.setattr(SqlCareRepository, "seal", failing_seal)
    with pytest.raises(OSError):
        services.change_passphrase(db.uow(), PASS, "新的关怀密码-2027", FAST)
    monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        services.unlock(db.uow(), "新的关怀密码-2027")
    rows = services.list_records(db.uow(), services.unlock(db.uow(), PASS))
    assert sorted(r.details.what_happened for r in rows) == [f"第{i}条" for i in range(6)]


def test_repository_aggregates_follow_ups_and_refuses_orphans(db: Database) -> None:
    a, b = agent(db), agent(db, "KF002", "李强")
    key = services.set_passphrase(db.uow(), PASS, FAST)
    for agent_id, day, category, aid, follow_up, status in (
            (a, date(2026, 3, 5), CareCategory.HOSPITAL, 50000, date(2026, 11, 20), CareStatus.OPEN),
            (b, date(2026, 3, 28), CareCategory.HOSPITAL, 30000, date(2026, 11, 25), CareStatus.OPEN),
            (b, date(2026, 4, 1), CareCategory.BIRTHDAY, 20000, date(2026, 11, 21), CareStatus.CLOSED),
            (a, date(2026, 2, 28), CareCategory.HEALTH, 0, None, CareStatus.OPEN)):
        services.add_record(db.uow(), key, CareFacts(agent_id, day, category, status, follow_up, aid),
                            CareDetails("x"), TODAY)
    with db.uow() as uow:
        totals = uow.care.month_totals(date(2026, 3, 1), date(2026, 4, 30))
        due = uow.care.open_follow_ups(date(2026, 11, 23))
        timeline = uow.care.facts_for_agent(a)
    assert [(t.month, t.category, t.count, t.aid_fen) for t in totals] == [
        ("2026-03", CareCategory.HOSPITAL, 2, 80000), ("2026-04", CareCategory.BIRTHDAY, 1, 20000)]
    assert [(f.agent_name, f.due) for f in due] == [("王婷", date(2026, 11, 20))]
    assert [f.day for _, f in timeline] == [date(2026, 2, 28), date(2026, 3, 5)]
    with db.uow() as uow, pytest.raises(IntegrityError):
        uow.care.add(CareFacts(999, TODAY, CareCategory.HEALTH))
        uow.commit()


def test_care_export_is_logged_and_the_roster_export_carries_no_care_data(db: Database, tmp_path: Path) -> None:
    agent_id = agent(db)
    key = services.set_passphrase(db.uow(), PASS, FAST)
    services.add_record(db.uow(), key, CareFacts(agent_id, date(2026, 11, 2), CareCategory.HOSPITAL,
                                                 aid_fen=80000), CareDetails(CANARY, "探望"), TODAY)
    out = tmp_path / "关怀.xlsx"
    assert export_care(db.uow(), key, write_care_xlsx, out, NOW) == 1
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[2]][:3] == [datetime(2026, 11, 2), "王婷", "住院"] and sheet["G2"].value == CANARY
    [entry] = [e for e in services.access_log(db.uow()) if e.kind == "care_export"]
    assert (entry.detail, entry.row_count, entry.sensitive_included) == ("关怀.xlsx", 1, True)
    roster = tmp_path / "花名册.xlsx"
    export_roster(db.uow(), write_roster_xlsx, roster, TODAY, NOW)
    texts = " ".join(str(c.value) for ws in load_workbook(roster) for row in ws.iter_rows() for c in row
                     if c.value is not None)
    assert "王婷" in texts and not any(word in texts for word in ("CANARY", "脑梗", "住院", "关怀", "补助"))


def test_care_tables_match_their_migration(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from persistence.all_models import Base

    def care_only(obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return getattr(table, "name", "").startswith("care_")

    with db.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con, opts={"include_object": care_only}), Base.metadata)
    assert diff == []
    from sqlalchemy import inspect

    tables = {name for name in inspect(db.engine).get_table_names() if name.startswith("care_")}
    assert {"care_records", "care_keyring"} <= tables


def test_eap_referrals_stay_sealed_survive_a_rekey_and_reach_hq_as_counts_only(db: Database, tmp_path: Path) -> None:
    from domain.care.reports import eap_referral_counts

    ids = [agent(db, f"KF00{i}", name) for i, name in enumerate(("王婷", "李强", "张敏", "赵雷"))]
    key = services.set_passphrase(db.uow(), PASS, FAST)
    for i, agent_id in enumerate(ids):
        eap = EapReferral(date(2026, 10, 5), i % 2 == 0, "咨询两次") if i < 3 else None
        services.add_record(db.uow(), key, CareFacts(agent_id, date(2026, 10, 5 + i), CareCategory.PSYCHOLOGICAL),
                            CareDetails("情绪低落", eap=eap), TODAY)
    services.add_record(db.uow(), key, CareFacts(ids[0], date(2026, 11, 2), CareCategory.PSYCHOLOGICAL),
                        CareDetails("复查", eap=EapReferral(date(2026, 11, 2))), TODAY)
    counts = eap_referral_counts(db.uow(), date(2026, 10, 1), date(2026, 11, 30))
    assert [(c.month, c.count_text) for c in counts] == [("2026-10", "3"), ("2026-11", "<3")]
    con = Raw(db)
    assert con.execute("SELECT count(*) FROM care_records WHERE eap_referred") == [(4,)]
    sealed = con.execute("SELECT eap FROM care_records")
    assert all(b"\xe5\x92\xa8\xe8\xaf\xa2" not in bytes(blob) for (blob,) in sealed)
    new_key = services.change_passphrase(db.uow(), PASS, "新的关怀密码-2027", FAST).key
    export_care(db.uow(), new_key, write_care_xlsx, tmp_path / "care.xlsx", NOW)
    sheet = load_workbook(tmp_path / "care.xlsx").active
    assert sheet.cell(1, 10).value == "EAP转介" and "2026-11-02 · 是否接受未知" in [c.value for c in sheet["J"]]
    opened = [r.details.eap for r in services.list_records(db.uow(), new_key)]
    assert sorted((e.referred_on, e.accepted) for e in opened if e) == [
        (date(2026, 10, 5), False), (date(2026, 10, 5), True), (date(2026, 10, 5), True), (date(2026, 11, 2), None)]


def test_life_stage_flags_are_sealed_remind_without_saying_why_and_survive_a_rekey(db: Database) -> None:
    from domain.care.reminders import Reminder, setting_key
    from domain.roster.services import mark_left
    from domain.this_week import this_week

    wang, li = agent(db), agent(db, "KF002", "李强")
    key = services.set_passphrase(db.uow(), PASS, FAST)
    pregnant = LifeStageFlags((LifeStage.PREGNANT, LifeStage.SINGLE_AWAY), date(2026, 9, 1), STAGE_CANARY)
    set_flags(db.uow(), key, wang, pregnant, date(2026, 11, 25), TODAY)
    set_flags(db.uow(), key, li, LifeStageFlags((LifeStage.NURSING,), date(2026, 6, 1)), date(2027, 1, 5), TODAY)
    assert flags_of(db.uow(), key, wang) == (pregnant, date(2026, 11, 25))
    assert flags_of(db.uow(), None, wang) == (None, date(2026, 11, 25))  # locked: only "has a flag"
    todo = [(i.area, i.kind, i.agent_name, i.detail) for i in this_week(db.uow(), TODAY) if i.kind == "shift_review"]
    assert todo == [("reminders", "shift_review", "王婷", "")]  # 李强's review is not due this week
    mark_left(db.uow(), li, TODAY, LeaveReason.FAMILY, True, TODAY)
    new_key = services.change_passphrase(db.uow(), PASS, "新的关怀密码-2027", FAST).key
    assert flags_of(db.uow(), new_key, wang)[0] == pregnant
    assert flags_of(db.uow(), new_key, li)[0].stages == (LifeStage.NURSING,)  # a leaver's flags re-keyed too
    with db.uow() as uow:
        uow.settings.set(setting_key(Reminder.LIFE_STAGE), "0")
        uow.commit()
    assert not [i for i in this_week(db.uow(), TODAY) if i.kind == "shift_review"]
    set_flags(db.uow(), new_key, wang, LifeStageFlags((), TODAY), TODAY, TODAY)  # no stage left: the row goes
    assert Raw(db).execute("SELECT count(*) FROM life_stage_flags") == [(1,)]
