"""Mentoring on real SQLite: services through the real unit of work, constraints the database itself keeps,
the roster history a certification writes, and the HQ allowance workbook read back."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from domain.errors import ValidationFailed
from domain.mentoring import services
from domain.mentoring.errors import ApprenticeAlreadyPaired, MentorNotQualified, PairingOverlaps
from domain.mentoring.model import CertAttempt, CheckIn, MentoringDefaults, NewPairing, PairingStatus
from domain.mentoring.services import export_allowance_statement
from domain.roster import services as roster
from domain.roster.model import AgentData, CertLevel, Role
from domain.timeline import agent_timeline
from persistence.all_models import Base, include_name
from persistence.database import Database
from persistence.file_ports import allowance_writer
from persistence.mentoring.repository import to_fen, to_yuan
from tests.persistence.helpers import Raw

TODAY = date(2026, 11, 23)
MENTORING_TABLES = {"mentor_pairings", "mentor_check_ins", "certification_attempts"}


@pytest.fixture
def team(db: Database) -> dict[str, int]:
    people = {"林静": ("KF001", date(2023, 4, 1)), "周强": ("KF002", date(2022, 8, 1)),
              "=王婷": ("KF003", date(2026, 9, 1)), "李欣": ("KF004", date(2026, 9, 10)),
              "陈晨": ("KF005", date(2026, 3, 1))}
    ids = {}
    for name, (no, hired) in people.items():
        ids[name] = roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", hired), TODAY).agent_id
    return ids


def pair(db: Database, mentor: int, apprentice: int, start: date = date(2026, 10, 15)) -> int:
    return services.start_pairing(db.uow(), NewPairing(mentor, apprentice, start, date(2027, 1, 15),
                                                       Decimal("300.00"), "独立处理退款投诉"), TODAY)


def test_models_and_migration_agree_for_mentoring_tables(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = [d for d in compare_metadata(context, Base.metadata) if any(t in str(d) for t in MENTORING_TABLES)]
    assert diff == []


def test_money_converts_to_fen_and_back_exactly() -> None:
    for text in ("0.00", "0.01", "164.52", "300.00", "99999.99"):
        assert to_yuan(to_fen(Decimal(text))) == Decimal(text)
    assert to_fen(Decimal("0.1")) + to_fen(Decimal("0.2")) == to_fen(Decimal("0.3"))


def test_pairing_lifecycle_is_stored(db: Database, team: dict[str, int]) -> None:
    pid = pair(db, team["林静"], team["=王婷"])
    services.add_check_in(db.uow(), CheckIn(pid, date(2026, 10, 29), 2, "流程不熟"), TODAY)
    services.add_check_in(db.uow(), CheckIn(pid, date(2026, 11, 12), 4, "能独立接线"), TODAY)
    [row] = services.list_pairings(db.uow())
    assert row.pairing.monthly_allowance == Decimal("300.00") and row.pairing.goals == "独立处理退款投诉"
    assert (row.check_ins.count, row.check_ins.last_day, row.check_ins.last_progress) == (2, date(2026, 11, 12), 4)
    assert [c.note for c in services.pairing_check_ins(db.uow(), pid)] == ["流程不熟", "能独立接线"]
    services.end_pairing(db.uow(), pid, date(2026, 11, 20), early=False, reason="", today=TODAY)
    ended = services.list_pairings(db.uow())[0].pairing
    assert (ended.status, ended.end_date) == (PairingStatus.COMPLETED, date(2026, 11, 20))


def test_refusals_leave_the_database_unchanged(db: Database, team: dict[str, int]) -> None:
    pair(db, team["林静"], team["=王婷"])
    with pytest.raises(ApprenticeAlreadyPaired):
        pair(db, team["周强"], team["=王婷"])
    with pytest.raises(MentorNotQualified):
        pair(db, team["陈晨"], team["李欣"])
    with pytest.raises(ValidationFailed):
        pair(db, team["周强"], team["李欣"], start=date(2026, 12, 1))
    assert len(services.list_pairings(db.uow())) == 1


def test_the_database_itself_refuses_a_second_active_mentor_and_bad_progress(db: Database,
                                                                            team: dict[str, int]) -> None:
    pid = pair(db, team["林静"], team["=王婷"])
    raw = Raw(db)
    try:
        with pytest.raises(IntegrityError):
            raw.execute("INSERT INTO mentor_pairings (mentor_id, apprentice_id, start_date, planned_end, goals, "
                        "allowance_fen, status, end_reason) VALUES (?, ?, '2026-11-01', '2027-01-01', '', 0, "
                        "'active', '')", (team["周强"], team["=王婷"]))
        with pytest.raises(IntegrityError):
            raw.execute("INSERT INTO mentor_check_ins (pairing_id, day, progress, note) "
                        "VALUES (?, '2026-11-01', 6, '')", (pid,))
        with pytest.raises(IntegrityError):
            raw.execute("INSERT INTO mentor_pairings (mentor_id, apprentice_id, start_date, planned_end, goals, "
                        "allowance_fen, status, end_reason) VALUES (?, ?, '2026-11-01', '2027-01-01', '', 0, "
                        "'completed', '')", (team["周强"], team["周强"]))
    finally:
        raw.close()


def test_an_agent_with_mentoring_records_cannot_be_deleted(db: Database, team: dict[str, int]) -> None:
    pair(db, team["林静"], team["=王婷"])
    with db.uow() as uow, pytest.raises(IntegrityError):
        uow.agents.remove(team["=王婷"])
        uow.session.flush()


def test_a_pass_updates_the_roster_with_history_and_shows_on_the_timeline(db: Database, team: dict[str, int]) -> None:
    agent_id = team["=王婷"]
    services.record_attempt(db.uow(), CertAttempt(agent_id, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("86.5"),
                                                  True, "一次通过"), TODAY)
    assert roster.get_agent(db.uow(), agent_id).cert_level is CertLevel.JUNIOR
    with db.uow() as uow:
        history = uow.agents.history(agent_id)
        attempts = uow.certifications.for_agent(agent_id)
    assert [(h.field, h.new_value, h.effective_date) for h in history] == [("cert_level", "junior", date(2026, 11, 2))]
    assert attempts[0].score == Decimal("86.5") and attempts[0].note == "一次通过"
    kinds = {(e.area, e.kind) for e in agent_timeline(db.uow(), agent_id)}
    assert {("mentoring", "cert_junior_passed"), ("roster", "cert_level")} <= kinds


def test_defaults_live_in_the_settings_table(db: Database) -> None:
    services.save_defaults(db.uow(), MentoringDefaults(Decimal("280.00"), 3, 6, 7))
    assert services.load_defaults(db.uow()) == MentoringDefaults(Decimal("280.00"), 3, 6, 7)


def test_allowance_workbook_for_hq(db: Database, team: dict[str, int], tmp_path: Path) -> None:
    pair(db, team["林静"], team["=王婷"], start=date(2026, 10, 15))  # 300 × 17/31 = 164.52
    pair(db, team["周强"], team["李欣"], start=date(2026, 9, 20))  # whole October: 300.00
    with db.uow() as uow:
        uow.settings.set("team_name", "华东客服中心一部")
        uow.commit()
    out = tmp_path / "补贴.xlsx"
    statement = export_allowance_statement(db.uow(), allowance_writer(out, datetime(2026, 11, 23, 9, 0)), str(out),
                                           2026, 10)
    assert statement.total == Decimal("464.52")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["补贴明细", "按师傅汇总", "计算规则"]
    detail = wb["补贴明细"]
    assert [c.value for c in detail[1]][:4] == ["师傅工号", "师傅", "徒弟工号", "徒弟"]
    rows = {r[3]: r for r in detail.iter_rows(min_row=2, max_row=3, values_only=True)}
    assert rows["=王婷"][8:12] == (17, 31, 300, 164.52) and rows["=王婷"][12] == "本月开始"
    assert detail.cell(row=2, column=4).data_type == "s"  # a name starting with "=" stays text
    assert (detail["A4"].value, detail["L4"].value) == ("合计", 464.52)
    assert detail["L2"].number_format == "#,##0.00"
    totals = wb["按师傅汇总"]
    assert [r for r in totals.iter_rows(min_row=2, values_only=True)] == [
        ("KF001", "林静", 1, 164.52), ("KF002", "周强", 1, 300), ("合计", None, None, 464.52)]
    assert "四舍五入" in wb["计算规则"]["A2"].value
    with zipfile.ZipFile(out) as z:
        sheets = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheets and "164.52" in sheets
    with db.uow() as uow:
        assert uow.log.recent(1)[0][1] == "export_allowance"


def test_outcomes_read_the_apprentices_kpi_at_pairing_end_from_performance(db: Database,
                                                                           team: dict[str, int]) -> None:
    from domain.performance.model import Grade, ScoreResult

    apprentice = team["陈晨"]  # hired in March
    pid = pair(db, team["林静"], apprentice, start=date(2026, 3, 10))
    services.end_pairing(db.uow(), pid, date(2026, 6, 9), early=False, reason="", today=TODAY)
    with db.uow() as uow:
        uow.performance.add_scores([
            ScoreResult(apprentice, month, Role.HOTLINE, "热线一组", None, score, Grade.PASS, Grade.PASS)
            for month, score in (("2026-05", 70.0), ("2026-06", 81.5), ("2026-07", 88.0))], TODAY)
        uow.commit()
    [outcome] = services.outcomes(db.uow(), TODAY)
    assert (outcome.kpi_at_end, outcome.kpi_measured) == (81.5, 1)


def test_the_database_itself_refuses_overlapping_pairings_of_one_apprentice(db: Database,
                                                                           team: dict[str, int]) -> None:
    """Issue 15 item 2: X ended on 20 Oct; a pairing back-dated into X's days is refused by SQLite too."""
    pid = pair(db, team["林静"], team["=王婷"], start=date(2026, 9, 15))
    services.end_pairing(db.uow(), pid, date(2026, 10, 20), early=False, reason="", today=TODAY)
    with pytest.raises(PairingOverlaps):
        pair(db, team["周强"], team["=王婷"], start=date(2026, 10, 1))
    raw = Raw(db)
    insert = ("INSERT INTO mentor_pairings (mentor_id, apprentice_id, start_date, planned_end, goals, allowance_fen, "
              "status, end_date, end_reason) VALUES (?, ?, ?, '2027-01-01', '', 30000, ?, ?, '')")
    try:
        for start, status, end in [("2026-10-01", "active", None), ("2026-10-20", "completed", "2026-10-25"),
                                   ("2026-09-01", "completed", "2026-09-15")]:
            with pytest.raises(IntegrityError, match="pairing_overlaps"):
                raw.execute(insert, (team["周强"], team["=王婷"], start, status, end))
        raw.execute(insert, (team["周强"], team["=王婷"], "2026-09-01", "completed", "2026-09-14"))
        raw.execute(insert, (team["周强"], team["=王婷"], "2026-10-21", "active", None))
        with pytest.raises(IntegrityError, match="pairing_overlaps"):  # widening into X by an update
            raw.execute("UPDATE mentor_pairings SET start_date = '2026-10-20' WHERE start_date = '2026-10-21'")
        raw.execute("UPDATE mentor_pairings SET end_date = '2026-11-01', status = 'completed' "
                    "WHERE start_date = '2026-10-21'")  # ending a pairing narrows it: allowed
        raw.commit()
    finally:
        raw.close()
    assert len(services.list_pairings(db.uow())) == 3
