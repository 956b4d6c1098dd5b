"""speed: an index that answers the dashboard's mood-by-month counts on its own

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-06

`ix_coaching_sessions_kind_held_mood` (kind, held_on, mood): the 看板's mood chart counts a period's 1:1s per
day and mood. Without it SQLite reads every 1:1 row of the period (~130k for a year at centre scale, ~90 ms);
with it the count comes from the index alone (~10 ms). Recording a 1:1 writes one more index entry.
"""
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_coaching_sessions_kind_held_mood", "coaching_sessions", ["kind", "held_on", "mood"])


def downgrade() -> None:
    op.drop_index("ix_coaching_sessions_kind_held_mood", table_name="coaching_sessions")
