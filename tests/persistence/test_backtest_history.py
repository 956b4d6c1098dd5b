"""The at-risk back-test replays each snapshot date with only what was known then (issue 15, item 1), through
the same rule code as the live list. Each test here fails on the replay that read today's rows."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from domain.care.model import CareCategory, CareFacts, CareStatus
from domain.dashboard.risk import RiskRule, RiskSettings, RuleSetting, backtest, rule_evidence
from domain.mentoring.model import NewPairing
from domain.performance.model import Grade, ScoreResult
from domain.roster.model import AgentData, Role, Status
from persistence.database import open_database

SNAPSHOT = date(2026, 6, 1)
LATER = datetime(2026, 10, 20, 10, 0)  # after everyone's outcome is known


def agent(no: str, hired: date, left: date | None = None) -> AgentData:
    return AgentData(employee_no=no, name=f"员工{no}", role=Role.HOTLINE, team="热线一组", hire_date=hired,
                     status=Status.LEFT if left else Status.ACTIVE, leave_date=left)


def only(rule: RiskRule) -> RiskSettings:
    return RiskSettings({r: RuleSetting(r is rule, RiskSettings().setting(r).threshold) for r in RiskRule})


def evidence(db, rule: RiskRule, day: date = SNAPSHOT):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        facts = uow.dashboard.risk_facts(day, 3, replay=True)
        sources = uow.dashboard.risk_sources()
    return next(e for e in rule_evidence(backtest([(day, facts)], only(rule), sources)) if e.rule is rule)


def test_a_back_dated_pairing_entered_after_the_fact_does_not_un_flag(db) -> None:  # type: ignore[no-untyped-def]
    """The issue's reproduction: two newcomers without a mentor on the snapshot date, one leaves. Afterwards
    a pairing back-dated to before the snapshot is entered for the one who stayed (one cannot pair a leaver)."""
    with db.uow() as uow:
        mentor, earlier, leaver, stayer = uow.agents.add_many([
            agent("M", date(2022, 1, 1)), agent("Z", date(2023, 1, 2)),
            agent("X", date(2026, 5, 1), date(2026, 7, 15)), agent("Y", date(2026, 5, 1))])
        # the team records pairings (else the rule is not asked at all): M mentored Z in 2023
        uow.mentoring.add_pairing(NewPairing(mentor, earlier, date(2023, 1, 10), date(2023, 4, 10), Decimal(300), ""),
                                  recorded_at=datetime(2023, 1, 10, 9))
        uow.commit()
    before = evidence(db, RiskRule.NEW_WITHOUT_MENTOR)
    assert (before.flagged.n, before.flagged.left, before.precision) == (2, 1, 0.5)

    back_dated = NewPairing(mentor, stayer, date(2026, 5, 10), date(2026, 8, 10), Decimal(300), "")
    with db.uow() as uow:
        uow.mentoring.add_pairing(back_dated, recorded_at=LATER)
        uow.commit()
    after = evidence(db, RiskRule.NEW_WITHOUT_MENTOR)
    assert after.precision == 0.5 and after.flagged.n == 2  # was 100 % when the replay read the dates only

    with db.uow() as uow:  # the same pairing entered in time is known on the snapshot date and counts
        uow.mentoring.add_pairing(replace(back_dated, apprentice_id=leaver), recorded_at=datetime(2026, 5, 12, 9))
        uow.commit()
    known = evidence(db, RiskRule.NEW_WITHOUT_MENTOR)
    assert (known.flagged.n, known.flagged.left) == (1, 0)


def _score(agent_id: int, month: str, score: float) -> ScoreResult:
    return ScoreResult(agent_id, month, Role.HOTLINE, "热线一组", None, score, Grade.GOOD, Grade.GOOD)


def test_an_appeal_after_the_snapshot_does_not_change_the_replay(db) -> None:  # type: ignore[no-untyped-def]
    snapshot = date(2026, 6, 10)
    with db.uow() as uow:
        (a,) = uow.agents.add_many([agent("A", date(2024, 1, 1), date(2026, 7, 1))])
        for month, value, computed in (("2026-03", 90.0, date(2026, 4, 3)), ("2026-04", 85.0, date(2026, 5, 4)),
                                       ("2026-05", 80.0, date(2026, 6, 3))):
            uow.performance.add_scores([_score(a, month, value)], computed)
        uow.commit()
    assert evidence(db, RiskRule.SCORE_DOWN, snapshot).flagged.n == 1  # three falling months known on 10 June

    with db.uow() as uow:  # an appeal accepted in August rescores May: the month is replaced, as today
        uow.performance.replace_scores("2026-05", [_score(a, "2026-05", 95.0)], date(2026, 8, 5))
        uow.commit()
    replayed = evidence(db, RiskRule.SCORE_DOWN, snapshot)
    assert (replayed.flagged.n, replayed.flagged.left) == (1, 1)  # the replay that read today's scores: 0
    with db.uow() as uow:  # every page that reads scores still sees one row per agent-month, the latest
        stored = uow.performance.scores_for_agent(a)
        live = uow.dashboard.risk_facts(date(2026, 6, 20), 3)
    assert [(s.month, s.score) for s in stored] == [("2026-03", 90.0), ("2026-04", 85.0), ("2026-05", 95.0)]
    assert live[0].scores == (("2026-03", 90.0), ("2026-04", 85.0), ("2026-05", 95.0))


def test_care_is_replayed_as_status_open_on_the_day(db) -> None:  # type: ignore[no-untyped-def]
    """The live rule counts follow-ups whose status is open; the replay asks the same of the snapshot date,
    not whether the follow-up date had passed."""
    with db.uow() as uow:
        p, q = uow.agents.add_many([agent("P", date(2024, 1, 1)), agent("Q", date(2024, 1, 1))])
        # P: follow-up due in May, still open on 1 June, closed in July
        late = CareFacts(p, date(2026, 5, 10), CareCategory.HEALTH, CareStatus.OPEN, date(2026, 5, 20))
        late_id = uow.care.add(late, on=date(2026, 5, 10))
        uow.care.update_facts(late_id, replace(late, status=CareStatus.CLOSED), on=date(2026, 7, 1))
        # Q: follow-up due in August, but closed already in May
        early = CareFacts(q, date(2026, 5, 25), CareCategory.FAMILY, CareStatus.OPEN, date(2026, 8, 1))
        early_id = uow.care.add(early, on=date(2026, 5, 25))
        uow.care.update_facts(early_id, replace(early, status=CareStatus.CLOSED), on=date(2026, 5, 28))
        # a record entered in October about May was not known on 1 June
        uow.care.add(CareFacts(q, date(2026, 5, 20), CareCategory.HEALTH, CareStatus.OPEN, date(2026, 5, 30)),
                     on=date(2026, 10, 2))
        uow.commit()
    with db.uow() as uow:
        replayed = {f.employee_no: f.open_care_follow_ups for f in uow.dashboard.risk_facts(SNAPSHOT, 3, replay=True)}
        live = {f.employee_no: f.open_care_follow_ups for f in uow.dashboard.risk_facts(date(2026, 10, 20), 3)}
    assert replayed == {"P": 1, "Q": 0}
    assert live == {"P": 0, "Q": 1}  # live: today's status, as before


def test_upgrading_a_released_database_keeps_its_history(tmp_path: Path) -> None:
    """The 0007 fixture (every table filled): each score becomes its first version, each care record opened
    on its day and, when closed, closed no later than its follow-up; the triggers keep versions from then on."""
    path = tmp_path / "desk.sqlite"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "db" / "0007.sqlite", path)
    database = open_database(path, backup_dir=tmp_path / "backups")
    database.close()
    con = sqlite3.connect(path)
    try:
        scores = con.execute("SELECT agent_id, month, score, computed_on FROM performance_scores "
                             "ORDER BY id").fetchall()
        versions = con.execute("SELECT agent_id, month, score, recorded_on FROM performance_score_versions "
                               "ORDER BY id").fetchall()
        assert versions == scores and scores
        records = con.execute("SELECT id, status, day, follow_up FROM care_records").fetchall()
        changes = con.execute("SELECT record_id, status, changed_on FROM care_status_changes ORDER BY id").fetchall()
        assert [c[:2] for c in changes] == [(r[0], "open") for r in records] + [
            (r[0], r[1]) for r in records if r[1] != "open"]
        closing = {r: on for r, status, on in changes if status != "open"}
        assert all(r[2] <= closing[r[0]] <= (r[3] or r[2]) for r in records if r[0] in closing)
        con.execute("UPDATE performance_scores SET score = score + 1 WHERE id = (SELECT MIN(id) FROM "
                    "performance_scores)")
        assert con.execute("SELECT COUNT(*) FROM performance_score_versions").fetchone()[0] == len(scores) + 1
    finally:
        con.close()
