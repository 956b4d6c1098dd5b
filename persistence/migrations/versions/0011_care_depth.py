"""care depth: EAP referrals (sealed, with a clear count flag), buddies, recognition

Revision ID: 0011
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("care_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eap", sa.LargeBinary(), server_default=sa.text("x''"), nullable=False))
        batch_op.add_column(sa.Column("eap_referred", sa.Boolean(), server_default=sa.text("0"), nullable=False))
        batch_op.create_index(batch_op.f("ix_care_records_eap_referred"), ["eap_referred"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("care_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_records_eap_referred"))
        batch_op.drop_column("eap_referred")
        batch_op.drop_column("eap")
