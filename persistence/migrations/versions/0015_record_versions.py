"""record versions: the optimistic check of 0014 beyond agents, for the records two supervisors edit at once

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

Coaching sessions and their action items, mentor pairings, care records and recruiting candidates get a
`version` (bumped by every save) and `updated_by` (who saved it); those without one get `updated_at`. A save
over a stale version is refused in words naming that person and time (domain.errors.EditedElsewhere), as for
agents. Existing rows start at version 1 with no author.
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLES = ("coaching_sessions", "coaching_action_items", "mentor_pairings", "care_records", "recruiting_candidates")
WITHOUT_UPDATED_AT = ("coaching_sessions", "coaching_action_items", "mentor_pairings")


def upgrade() -> None:
    # Plain ADD COLUMN on both stores: a batch copy of coaching_sessions would drop its FTS triggers (0004).
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(table, sa.Column("updated_by", sa.String(length=60), server_default="", nullable=False))
        if table in WITHOUT_UPDATED_AT:
            op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        if table in WITHOUT_UPDATED_AT:
            op.drop_column(table, "updated_at")
        op.drop_column(table, "updated_by")
        op.drop_column(table, "version")
