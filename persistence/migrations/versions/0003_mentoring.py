"""mentoring: mentor pairings, check-ins and certification attempts

Revision ID: 0003
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentor_pairings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("apprentice_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("allowance_fen", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("mentor_id <> apprentice_id", name=op.f("ck_mentor_pairings_not_self")),
        sa.CheckConstraint("allowance_fen >= 0", name=op.f("ck_mentor_pairings_allowance_not_negative")),
        sa.ForeignKeyConstraint(["mentor_id"], ["agents.id"], name=op.f("fk_mentor_pairings_mentor_id_agents"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["apprentice_id"], ["agents.id"],
                                name=op.f("fk_mentor_pairings_apprentice_id_agents"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_pairings")),
    )
    with op.batch_alter_table("mentor_pairings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_pairings_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentor_pairings_apprentice_id"), ["apprentice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentor_pairings_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentor_pairings_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentor_pairings_end_date"), ["end_date"], unique=False)
        batch_op.create_index("uq_mentor_pairings_active_apprentice", ["apprentice_id"], unique=True,
                              sqlite_where=sa.text("status = 'active'"),
                              postgresql_where=sa.text("status = 'active'"))

    op.create_table(
        "mentor_check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pairing_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("progress BETWEEN 1 AND 5", name=op.f("ck_mentor_check_ins_progress_range")),
        sa.ForeignKeyConstraint(["pairing_id"], ["mentor_pairings.id"],
                                name=op.f("fk_mentor_check_ins_pairing_id_mentor_pairings"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_check_ins")),
    )
    with op.batch_alter_table("mentor_check_ins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_check_ins_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "certification_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("score", sa.String(length=10), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_certification_attempts_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification_attempts")),
    )
    with op.batch_alter_table("certification_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certification_attempts_agent_id"), ["agent_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certification_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certification_attempts_agent_id"))
    op.drop_table("certification_attempts")
    with op.batch_alter_table("mentor_check_ins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_check_ins_pairing_id"))
    op.drop_table("mentor_check_ins")
    with op.batch_alter_table("mentor_pairings", schema=None) as batch_op:
        batch_op.drop_index("uq_mentor_pairings_active_apprentice")
        batch_op.drop_index(batch_op.f("ix_mentor_pairings_end_date"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairings_status"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairings_start_date"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairings_apprentice_id"))
        batch_op.drop_index(batch_op.f("ix_mentor_pairings_mentor_id"))
    op.drop_table("mentor_pairings")
