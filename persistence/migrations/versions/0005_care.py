"""care: records with sealed details, and the keyring

Revision ID: 0005
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "care_keyring",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kdf", sa.String(length=20), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_n", sa.Integer(), nullable=False),
        sa.Column("kdf_r", sa.Integer(), nullable=False),
        sa.Column("kdf_p", sa.Integer(), nullable=False),
        sa.Column("wrapped_dek", sa.LargeBinary(), nullable=False),
        sa.Column("verifier", sa.LargeBinary(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_keyring")),
    )
    op.create_table(
        "care_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("follow_up", sa.Date(), nullable=True),
        sa.Column("aid_fen", sa.Integer(), nullable=False),
        sa.Column("what_happened", sa.LargeBinary(), nullable=False),
        sa.Column("support_given", sa.LargeBinary(), nullable=False),
        sa.Column("notes", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_care_records_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_records")),
    )
    with op.batch_alter_table("care_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_records_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_records_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_records_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_records_follow_up"), ["follow_up"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("care_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_records_follow_up"))
        batch_op.drop_index(batch_op.f("ix_care_records_day"))
        batch_op.drop_index(batch_op.f("ix_care_records_category"))
        batch_op.drop_index(batch_op.f("ix_care_records_agent_id"))
    op.drop_table("care_records")
    op.drop_table("care_keyring")
