"""KPI depth: answer rate figures, schemes per tenure stage, action items aimed at a KPI dimension

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

- `kpi_monthly.inbound` (呼入量) and `kpi_monthly.answer_rate` (接通率, a fraction); 接通量 stays `handled`.
- `performance_schemes.stage`: "" for the role's scheme (the fallback), else a tenure stage code. Versions keep
  counting per role across its stages, so the existing unique (role, version) holds and the table, which
  `performance_scores` references, is not rebuilt.
- `coaching_action_items.kpi_metric`: the KPI dimension an improvement plan's action item targets ("" if none).
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("kpi_monthly", sa.Column("inbound", sa.Float(), nullable=True))
    op.add_column("kpi_monthly", sa.Column("answer_rate", sa.Float(), nullable=True))
    op.add_column("performance_schemes",
                  sa.Column("stage", sa.String(length=10), server_default=sa.text("''"), nullable=False))
    op.add_column("coaching_action_items",
                  sa.Column("kpi_metric", sa.String(length=20), server_default=sa.text("''"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("coaching_action_items") as batch_op:
        batch_op.drop_column("kpi_metric")
    with op.batch_alter_table("performance_schemes") as batch_op:
        batch_op.drop_column("stage")
    with op.batch_alter_table("kpi_monthly") as batch_op:
        batch_op.drop_column("answer_rate")
        batch_op.drop_column("inbound")
