"""`main.py demo` end to end: care records land sealed under the demo passphrase the README states."""

from __future__ import annotations

from pathlib import Path

from domain.care import services
from domain.demo.care import DEMO_PASSPHRASE, STORIES, STROKE
from persistence.database import open_database


def test_demo_care_records_are_sealed_and_open_with_the_demo_passphrase(run, tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite"
    code, _out, err = run("demo", "--db", db_path, "--agents", "30", "--months", "18", "--seed", "5")
    assert code == 0, err
    raw = db_path.read_bytes() + (Path(f"{db_path}-wal").read_bytes() if Path(f"{db_path}-wal").exists() else b"")
    for story in [*STORIES, STROKE]:
        assert story.what.encode() not in raw and story.support.encode() not in raw
    assert "demo-关怀-2026" in (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    db = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        rows = services.list_records(db.uow(), services.unlock(db.uow(), DEMO_PASSPHRASE))
    finally:
        db.close()
    assert len(rows) >= 15 and not any(r.damaged for r in rows)
    assert {r.details.what_happened for r in rows} <= {s.what for s in [*STORIES, STROKE]}
