"""Issue 23: `check` on a server compares its whole schema with what its version should have — not only
that the tables and columns exist, but keys, nullability, indexes and foreign keys (the SQLite-measured
fingerprint, brought to what both stores share)."""

from __future__ import annotations

from sqlalchemy import text

from persistence.database import open_database
from persistence.health import check_server
from persistence.migrate import head_revision


def test_a_fresh_server_database_is_its_versions_schema_and_drift_is_named(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        healthy = check_server(pg_url)
        assert healthy.ok and healthy.revision == head_revision() and healthy.schema == []
        with db.engine.begin() as con:  # what a hand edit on the server could do
            con.execute(text("DROP INDEX ix_coaching_sessions_kind_agent_held"))
            con.execute(text("ALTER TABLE care_records ALTER COLUMN day DROP NOT NULL"))
            con.execute(text("ALTER TABLE mentor_pairings DROP CONSTRAINT fk_mentor_pairings_mentor_id_agents"))
            con.execute(text("ALTER TABLE agents ADD COLUMN wechat VARCHAR(40)"))
    finally:
        db.close()
    report = check_server(pg_url)
    assert not report.ok
    assert sorted((d.kind, d.table, d.detail) for d in report.schema) == [
        ("column_changed", "care_records", "day"),
        ("extra_column", "agents", "wechat"),
        ("foreign_keys_changed", "mentor_pairings", ""),
        ("index_changed", "coaching_sessions", ""),
    ]
