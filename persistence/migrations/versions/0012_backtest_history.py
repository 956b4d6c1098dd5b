"""back-test history: score versions and care status changes, so a replay reads what was known on a day

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-06

The at-risk back-test replays each snapshot date with only what was known then (issue 15, item 1):
- mentor pairings: `mentor_pairings.recorded_at` (since 0003, set once on insert, never updated) already
  says when a pairing was entered, so it needs no new column and no backfill — for old rows it is the true
  entry time, which is better than any guess from the start date.
- performance scores: `performance_scores` keeps holding the current score (every page reads it as before);
  each score written there also lands in `performance_score_versions`, recorded on its `computed_on` date,
  unless it repeats the agent-month's latest version. A rescore or an appeal adds a version; none is rewritten.
- care: `care_status_changes` holds each status a record took and the day it took it (written by the care
  repository, which knows the day; no details, only the status).
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# A score written without a date (no writer does so today) counts as recorded on the local day it landed.
# Writers today delete and re-insert a month; an UPDATE from any other writer is kept the same way.
_KEEP_VERSION = """
BEGIN
    INSERT INTO performance_score_versions (agent_id, month, score, grade, floor_metrics, recorded_on)
    SELECT NEW.agent_id, NEW.month, NEW.score, NEW.grade, NEW.floor_metrics,
           COALESCE(NEW.computed_on, date('now', 'localtime'))
    WHERE NOT EXISTS (
        SELECT 1 FROM (
            SELECT score, grade, floor_metrics FROM performance_score_versions
            WHERE agent_id = NEW.agent_id AND month = NEW.month
            ORDER BY recorded_on DESC, id DESC LIMIT 1
        ) AS latest
        WHERE latest.score = NEW.score AND latest.grade = NEW.grade AND latest.floor_metrics = NEW.floor_metrics
    );
END
"""


# PostgreSQL: the same rule as a trigger function; the backfills below have no rows to copy on a server
# created by this build, but are written for it all the same.
_SERVER_KEEP_VERSION = """
CREATE FUNCTION performance_scores_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO performance_score_versions (agent_id, month, score, grade, floor_metrics, recorded_on)
    SELECT NEW.agent_id, NEW.month, NEW.score, NEW.grade, NEW.floor_metrics, COALESCE(NEW.computed_on, CURRENT_DATE)
    WHERE NOT EXISTS (
        SELECT 1 FROM (
            SELECT score, grade, floor_metrics FROM performance_score_versions
            WHERE agent_id = NEW.agent_id AND month = NEW.month
            ORDER BY recorded_on DESC, id DESC LIMIT 1
        ) AS latest
        WHERE latest.score = NEW.score AND latest.grade = NEW.grade AND latest.floor_metrics = NEW.floor_metrics
    );
    RETURN NULL;
END $$;
CREATE TRIGGER performance_scores_keep_version AFTER INSERT OR UPDATE OF agent_id, month, score, grade,
    floor_metrics, computed_on ON performance_scores FOR EACH ROW EXECUTE FUNCTION performance_scores_keep_version();
"""


def _server_upgrade() -> None:
    op.execute("""
        INSERT INTO performance_score_versions (agent_id, month, score, grade, floor_metrics, recorded_on)
        SELECT agent_id, month, score, grade, floor_metrics,
               COALESCE(computed_on, (to_date(month || '-01', 'YYYY-MM-DD') + INTERVAL '1 month')::date)
        FROM performance_scores ORDER BY id
    """)
    op.execute("INSERT INTO care_status_changes (record_id, status, changed_on) "
               "SELECT id, 'open', day FROM care_records ORDER BY id")
    op.execute("""
        INSERT INTO care_status_changes (record_id, status, changed_on)
        SELECT id, status, GREATEST(day, LEAST(COALESCE(follow_up, day), updated_at::date))
        FROM care_records WHERE status <> 'open' ORDER BY id
    """)
    op.execute(_SERVER_KEEP_VERSION)


def upgrade() -> None:
    op.create_table(
        "performance_score_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("grade", sa.String(length=10), nullable=False),
        sa.Column("floor_metrics", sa.String(length=120), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], ondelete="CASCADE",
                                name=op.f("fk_performance_score_versions_agent_id_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_score_versions")),
    )
    op.create_index("ix_performance_score_versions_agent_month", "performance_score_versions",
                    ["agent_id", "month", "recorded_on"])
    op.create_table(
        "care_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["care_records.id"], ondelete="CASCADE",
                                name=op.f("fk_care_status_changes_record_id_care_records")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_status_changes")),
    )
    op.create_index("ix_care_status_changes_record_day", "care_status_changes", ["record_id", "changed_on"])

    if op.get_bind().dialect.name != "sqlite":
        _server_upgrade()
        return
    # Backfill. Earlier versions of a score were overwritten before this revision, so the one we have is
    # known only from when it was computed; a row without that date cannot predate the end of its month.
    op.execute("""
        INSERT INTO performance_score_versions (agent_id, month, score, grade, floor_metrics, recorded_on)
        SELECT agent_id, month, score, grade, floor_metrics,
               COALESCE(computed_on, date(month || '-01', '+1 month'))
        FROM performance_scores ORDER BY id
    """)
    # Every record was opened on its own day. When a closed one closed was never kept: take its follow-up
    # date (the day the supervisor meant to check back, which the old replay also assumed), or its day
    # without one — but never after its last update, by which time it certainly was closed.
    op.execute("INSERT INTO care_status_changes (record_id, status, changed_on) "
               "SELECT id, 'open', day FROM care_records ORDER BY id")
    op.execute("""
        INSERT INTO care_status_changes (record_id, status, changed_on)
        SELECT id, status, MAX(day, MIN(COALESCE(follow_up, day), date(updated_at, 'localtime')))
        FROM care_records WHERE status <> 'open' ORDER BY id
    """)
    op.execute(f"CREATE TRIGGER performance_scores_keep_version AFTER INSERT ON performance_scores {_KEEP_VERSION}")
    op.execute("CREATE TRIGGER performance_scores_keep_version_update AFTER UPDATE OF agent_id, month, score, "
               f"grade, floor_metrics, computed_on ON performance_scores {_KEEP_VERSION}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS performance_scores_keep_version ON performance_scores")
        op.execute("DROP FUNCTION IF EXISTS performance_scores_keep_version()")
    else:
        op.execute("DROP TRIGGER IF EXISTS performance_scores_keep_version_update")
        op.execute("DROP TRIGGER IF EXISTS performance_scores_keep_version")
    op.drop_index("ix_care_status_changes_record_day", table_name="care_status_changes")
    op.drop_table("care_status_changes")
    op.drop_index("ix_performance_score_versions_agent_month", table_name="performance_score_versions")
    op.drop_table("performance_score_versions")
