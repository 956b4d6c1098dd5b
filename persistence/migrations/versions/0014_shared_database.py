"""shared database: a version and an author on each agent, so two supervisors' saves never overwrite silently

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-06

Optimistic concurrency (issue 23): every save of an agent bumps `version` and writes who saved it
(`updated_by`, with the existing `updated_at`); a save whose version is stale is refused in words that name
that person and time. Existing rows start at version 1 with no author. `team_owners` says which supervisor
a team belongs to: a supervisor sees and edits their own teams (and unowned ones), a centre manager all.
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_owners",
        sa.Column("team", sa.String(length=40), nullable=False),
        sa.Column("owner", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("team", name=op.f("pk_team_owners")),
    )
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("updated_by", sa.String(length=60), server_default="", nullable=False))


def downgrade() -> None:
    op.drop_table("team_owners")
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
        batch_op.drop_column("version")
