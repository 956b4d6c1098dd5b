"""RELIABILITY A1: a child process does real business transactions through the domain services and the
SQL repositories, printing each one after COMMIT returned; the parent SIGKILLs it at random moments.
After every kill the database must open, pass integrity_check and foreign_key_check, hold every
acknowledged transaction, and hold no half of any transaction.

Bounded for CI: CRASH_KILLS (default 30) kills, about 20 s. Nightly: CRASH_KILLS=100.
Run as a script, this file is the child: python tests/persistence/test_crash_kill.py DB TAG
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

if __name__ == "__main__":  # the child runs from a bare interpreter
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from domain.roster import services  # noqa: E402
from domain.roster.model import AgentData, LeaveReason, Role  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)
BATCH = 10


def new_agent(no: str, rng: random.Random) -> AgentData:
    return AgentData(employee_no=no, name=rng.choice(["王婷", "李强", "张敏", "陈静"]), role=Role.HOTLINE,
                     team=rng.choice(["热线一组", "热线二组"]), hire_date=date(2025, rng.randint(1, 12), 1),
                     notes="客户投诉退款处理，已回访。" * rng.randint(1, 40))


def child(db_path: Path, tag: str) -> None:
    from persistence.db import make_engine, make_session_factory
    from persistence.unit_of_work import SqlUnitOfWork

    factory = make_session_factory(make_engine(db_path))
    rng = random.Random(f"{tag}-{os.getpid()}")
    fresh: dict[str, object] = {}  # added in this run and never edited: undo may remove them
    edited: list[tuple[str, int]] = []
    print("ready", flush=True)
    for seq in range(1_000_000):
        op = rng.choices(["add", "batch", "edit", "undo", "leave"], [4, 2, 3, 1, 1])[0]
        if op == "add" or not (fresh or edited):
            no = f"A{tag}X{seq}"
            receipt = services.add_agent(SqlUnitOfWork(factory), new_agent(no, rng), TODAY)
            fresh[no] = receipt
            print(f"add {no}", flush=True)
        elif op == "batch":
            prefix = f"B{tag}X{seq}N"
            with SqlUnitOfWork(factory) as uow:
                uow.agents.add_many([new_agent(f"{prefix}{i}", rng) for i in range(BATCH)])
                uow.log.record("crash-test", prefix, BATCH)
                uow.commit()
            print(f"batch {prefix}", flush=True)
        elif op == "undo" and fresh:
            no = rng.choice(sorted(fresh))
            print(f"deleting {no}", flush=True)  # a kill after COMMIT but before the ack may remove it
            services.revert(SqlUnitOfWork(factory), fresh.pop(no))  # type: ignore[arg-type]
            print(f"delete {no}", flush=True)
        else:
            pool = [(no, r.agent_id) for no, r in fresh.items()] + edited  # type: ignore[attr-defined]
            no, agent_id = rng.choice(pool)
            fresh.pop(no, None)
            current = services.get_agent(SqlUnitOfWork(factory), agent_id)
            if op == "leave" and current.status.value == "active":
                services.mark_left(SqlUnitOfWork(factory), agent_id, TODAY, LeaveReason.PRESSURE, True, TODAY)
                print(f"left {no}", flush=True)
            else:
                team = f"T{tag}X{seq}"
                from dataclasses import replace

                services.update_agent(SqlUnitOfWork(factory), replace(current, team=team), TODAY)
                print(f"edit {no} {team}", flush=True)
            edited.append((no, agent_id))


class Acked:
    def __init__(self) -> None:
        self.added: set[str] = set()
        self.deleted: set[str] = set()
        self.deleting: set[str] = set()  # announced, perhaps committed, not acknowledged
        self.batches: set[str] = set()
        self.teams: dict[str, set[str]] = defaultdict(set)
        self.left: set[str] = set()
        self.count = 0

    def take(self, output: str) -> None:
        for line in output.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # cut by the kill mid-print: not acknowledged
            words = line.split()
            if not words or words[0] == "ready":
                continue
            kind, no = words[0], words[1]
            if kind == "deleting":
                self.deleting.add(no)
                continue
            self.count += 1
            if kind == "add":
                self.added.add(no)
            elif kind == "delete":
                self.deleted.add(no)
            elif kind == "batch":
                self.batches.add(no)
            elif kind == "edit":
                self.teams[no].add(words[2])
            elif kind == "left":
                self.left.add(no)


def verify(path: Path, acked: Acked) -> tuple[int, int]:
    """(lost, partial) after one kill; integrity and foreign keys asserted on the spot."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        agents = {no: (team, status) for no, team, status in con.execute(
            "SELECT employee_no, team, status FROM agents")}
        history: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for no, field, new in con.execute(
                "SELECT a.employee_no, h.field, h.new_value FROM agent_history h JOIN agents a ON a.id = h.agent_id "
                "ORDER BY h.id"):
            history[no].append((field, new))
        batch_sizes: dict[str, int] = defaultdict(int)
        for (no,) in con.execute("SELECT employee_no FROM agents WHERE employee_no LIKE 'B%'"):
            batch_sizes[no[:no.rindex("N") + 1]] += 1
        logged = {d for (d,) in con.execute("SELECT detail FROM activity_log WHERE kind='crash-test'")}
    finally:
        con.close()
    lost = len(acked.added - acked.deleted - acked.deleting - agents.keys()) + len(acked.deleted & agents.keys())
    lost += sum(batch_sizes.get(p, 0) != BATCH for p in acked.batches)
    for no, teams in acked.teams.items():
        lost += not teams <= {new for field, new in history[no] if field == "team"}
    lost += sum(agents.get(no, ("", ""))[1] != "left" for no in acked.left)
    partial = sum(size != BATCH for size in batch_sizes.values()) + len(set(batch_sizes) ^ logged)
    for no, (team, status) in agents.items():
        teams = [new for field, new in history[no] if field == "team"]
        partial += bool(teams) and teams[-1] != team  # an edit landed without its history, or the reverse
        partial += (status == "left") != (("status", "left") in history[no])
    return lost, partial


def test_sigkill_at_random_moments_loses_no_acknowledged_transaction(db, tmp_path: Path) -> None:
    kills = int(os.environ.get("CRASH_KILLS", "30"))
    path = db.path
    db.close()
    rng = random.Random(20261123)
    acked = Acked()
    lost = partial = 0
    started = time.monotonic()
    for kill in range(kills):
        proc = subprocess.Popen([sys.executable, __file__, str(path), str(kill)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        assert proc.stdout.readline() == "ready\n", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.02, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err  # it was still working, not crashed on its own
        acked.take(out)
        kill_lost, kill_partial = verify(path, acked)
        lost, partial = lost + kill_lost, partial + kill_partial
    from persistence.database import open_database

    reopened = open_database(path)  # and the app opens it as usual
    reopened.close()
    elapsed = time.monotonic() - started
    print(f"kill: {kills} kills, {acked.count:,} acked txns, {lost} lost, {partial} partial, integrity ok, "
          f"{elapsed:.1f} s")
    assert lost == 0 and partial == 0
    assert acked.count >= 10 * kills  # the kills landed while real work was going on


def test_the_checker_notices_a_lost_and_a_half_transaction(db) -> None:
    """The kill test's verdict is only worth something if a lost or half transaction would show."""
    rng = random.Random(1)
    services.add_agent(db.uow(), new_agent("A0X1", rng), TODAY)
    with db.uow() as uow:
        uow.agents.add_many([new_agent(f"B0X2N{i}", rng) for i in range(BATCH)])
        uow.log.record("crash-test", "B0X2N", BATCH)
        uow.commit()
    acked = Acked()
    acked.take("ready\nadd A0X1\nbatch B0X2N\nadd A0X3\n")
    assert verify(db.path, acked) == (1, 0)  # A0X3 was acknowledged but is not there
    with db.engine.begin() as con:
        con.exec_driver_sql("DELETE FROM agents WHERE employee_no = 'B0X2N7'")
    assert verify(db.path, acked) == (2, 1)  # the batch is now both short and half there


if __name__ == "__main__":
    child(Path(sys.argv[1]), sys.argv[2])
