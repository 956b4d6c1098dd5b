"""care depth: sealed EAP referrals (a clear count flag), buddies, recognition, exit interviews, life stages

Revision ID: 0011
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _empty_bytes() -> sa.TextClause:
    return sa.text("x''") if op.get_bind().dialect.name == "sqlite" else sa.text("'\\x'::bytea")


def _false() -> sa.TextClause:
    return sa.text("0") if op.get_bind().dialect.name == "sqlite" else sa.text("false")


def upgrade() -> None:
    with op.batch_alter_table("care_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eap", sa.LargeBinary(), server_default=_empty_bytes(), nullable=False))
        batch_op.add_column(sa.Column("eap_referred", sa.Boolean(), server_default=_false(), nullable=False))
        batch_op.create_index(batch_op.f("ix_care_records_eap_referred"), ["eap_referred"], unique=False)
    op.create_table(
        "buddy_pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("buddy_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_buddy_pairs_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["buddy_id"], ["agents.id"], name=op.f("fk_buddy_pairs_buddy_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buddy_pairs")),
    )
    with op.batch_alter_table("buddy_pairs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_buddy_pairs_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_buddy_pairs_buddy_id"), ["buddy_id"], unique=False)
    op.create_table(
        "buddy_check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("went_well", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["pair_id"], ["buddy_pairs.id"], name=op.f("fk_buddy_check_ins_pair_id_buddy_pairs"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buddy_check_ins")),
    )
    with op.batch_alter_table("buddy_check_ins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_buddy_check_ins_pair_id"), ["pair_id"], unique=False)
    op.create_table(
        "recognition_awards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("custom_name", sa.String(length=30), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_recognition_awards_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_awards")),
    )
    with op.batch_alter_table("recognition_awards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recognition_awards_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recognition_awards_day"), ["day"], unique=False)
    op.create_table(
        "recognition_praises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("words", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_recognition_praises_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_praises")),
    )
    with op.batch_alter_table("recognition_praises", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recognition_praises_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recognition_praises_day"), ["day"], unique=False)
    op.create_table(
        "exit_interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("leave_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("own_words", sa.String(length=2000), nullable=False),
        sa.Column("destination", sa.String(length=20), nullable=False),
        sa.Column("destination_note", sa.String(length=100), nullable=False),
        sa.Column("would_rehire", sa.String(length=10), nullable=False),
        sa.Column("would_return", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_exit_interviews_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exit_interviews")),
        sa.UniqueConstraint("agent_id", "leave_date", name="uq_exit_interviews_agent_id_leave_date"),
    )
    with op.batch_alter_table("exit_interviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exit_interviews_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exit_interviews_leave_date"), ["leave_date"], unique=False)
    op.create_table(
        "life_stage_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("flags", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_life_stage_flags_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_life_stage_flags")),
        sa.UniqueConstraint("agent_id", name=op.f("uq_life_stage_flags_agent_id")),
    )
    with op.batch_alter_table("life_stage_flags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_life_stage_flags_review_on"), ["review_on"], unique=False)
    op.create_table(
        "rehire_links",
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("earlier_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_rehire_links_agent_id_agents"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["earlier_id"], ["agents.id"], name=op.f("fk_rehire_links_earlier_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("agent_id", name=op.f("pk_rehire_links")),
        sa.UniqueConstraint("earlier_id", name=op.f("uq_rehire_links_earlier_id")),
    )


def downgrade() -> None:
    op.drop_table("rehire_links")
    op.drop_table("life_stage_flags")
    op.drop_table("exit_interviews")
    op.drop_table("recognition_praises")
    op.drop_table("recognition_awards")
    op.drop_table("buddy_check_ins")
    op.drop_table("buddy_pairs")
    with op.batch_alter_table("care_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_records_eap_referred"))
        batch_op.drop_column("eap_referred")
        batch_op.drop_column("eap")
