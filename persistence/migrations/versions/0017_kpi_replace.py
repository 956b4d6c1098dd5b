"""kpi replace: a month's scores rewritten in place, their versions kept by the writer in one pass

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

0012's triggers look up the agent-month's latest version for every score row written. Rescoring a year of
imported KPI months (58k rows) spent two thirds of its score writing in those lookups, one trigger program
per row. The repository's `replace_scores` now applies the very same rule itself, once per month
(persistence/performance/repository.py; how it reads the latest versions has changed since, the rule has not),
and updates only the rows whose values changed instead of deleting and re-inserting the month.

While it does, its month is listed in `performance_score_bulk` (inside its own transaction, removed before
it ends, so no other connection ever sees a row there), and the triggers stand aside for that month's rows.
Every other writer, and every other month, is versioned by the triggers exactly as under 0012. A server
keeps 0012's trigger function unchanged: the repository writes its scores there the old way (the table exists
on both stores so that their schemas stay alike).
"""
import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_RULE = """
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
"""
_STAND_ASIDE = "WHEN NOT EXISTS (SELECT 1 FROM performance_score_bulk WHERE month = NEW.month)"
_ON_UPDATE = "AFTER UPDATE OF agent_id, month, score, grade, floor_metrics, computed_on ON performance_scores"

def _sqlite_triggers(stand_aside: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS performance_scores_keep_version_update")
    op.execute("DROP TRIGGER IF EXISTS performance_scores_keep_version")
    op.execute(f"CREATE TRIGGER performance_scores_keep_version AFTER INSERT ON performance_scores {stand_aside} "
               f"BEGIN {_RULE} END")
    op.execute(f"CREATE TRIGGER performance_scores_keep_version_update {_ON_UPDATE} {stand_aside} BEGIN {_RULE} END")


def upgrade() -> None:
    op.create_table(
        "performance_score_bulk",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_performance_score_bulk")),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers(_STAND_ASIDE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers("")
    op.drop_table("performance_score_bulk")
