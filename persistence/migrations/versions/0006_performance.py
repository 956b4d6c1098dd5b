"""performance: monthly KPI figures, scoring schemes (versioned), scores, appeals and 服务之星

Revision ID: 0006
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('performance_schemes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_performance_schemes')),
    sa.UniqueConstraint('role', 'version', name='uq_performance_schemes_role_version')
    )
    op.create_table('kpi_monthly',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('handled', sa.Float(), nullable=True),
    sa.Column('aht_seconds', sa.Float(), nullable=True),
    sa.Column('response_seconds', sa.Float(), nullable=True),
    sa.Column('csat', sa.Float(), nullable=True),
    sa.Column('fcr', sa.Float(), nullable=True),
    sa.Column('complaints', sa.Float(), nullable=True),
    sa.Column('complaint_rate', sa.Float(), nullable=True),
    sa.Column('qa_score', sa.Float(), nullable=True),
    sa.Column('adherence', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_kpi_monthly_agent_id_agents'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi_monthly')),
    sa.UniqueConstraint('month', 'agent_id', name='uq_kpi_monthly_month_agent')
    )
    with op.batch_alter_table('kpi_monthly', schema=None) as batch_op:
        batch_op.create_index('ix_kpi_monthly_agent_month', ['agent_id', 'month'], unique=False)

    op.create_table('performance_appeals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('metric', sa.String(length=20), nullable=False),
    sa.Column('original_value', sa.Float(), nullable=True),
    sa.Column('requested_value', sa.Float(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('adjusted_value', sa.Float(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=40), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_performance_appeals_agent_id_agents'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_performance_appeals'))
    )
    with op.batch_alter_table('performance_appeals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_performance_appeals_agent_id'), ['agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_performance_appeals_month'), ['month'], unique=False)

    op.create_table('performance_scores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('team', sa.String(length=40), nullable=False),
    sa.Column('scheme_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('raw_grade', sa.String(length=10), nullable=False),
    sa.Column('grade', sa.String(length=10), nullable=False),
    sa.Column('floor_metrics', sa.String(length=120), nullable=False),
    sa.Column('computed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_performance_scores_agent_id_agents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['scheme_id'], ['performance_schemes.id'], name=op.f('fk_performance_scores_scheme_id_performance_schemes'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_performance_scores')),
    sa.UniqueConstraint('month', 'agent_id', name='uq_performance_scores_month_agent')
    )
    with op.batch_alter_table('performance_scores', schema=None) as batch_op:
        batch_op.create_index('ix_performance_scores_agent_month', ['agent_id', 'month'], unique=False)
        batch_op.create_index('ix_performance_scores_team_month', ['team', 'month'], unique=False)

    op.create_table('service_stars',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('how', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_service_stars_agent_id_agents'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_stars')),
    sa.UniqueConstraint('month', 'agent_id', name='uq_service_stars_month_agent')
    )
    with op.batch_alter_table('service_stars', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_stars_agent_id'), ['agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_stars_month'), ['month'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('service_stars', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_stars_month'))
        batch_op.drop_index(batch_op.f('ix_service_stars_agent_id'))

    op.drop_table('service_stars')
    with op.batch_alter_table('performance_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_performance_scores_team_month')
        batch_op.drop_index('ix_performance_scores_agent_month')

    op.drop_table('performance_scores')
    with op.batch_alter_table('performance_appeals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_performance_appeals_month'))
        batch_op.drop_index(batch_op.f('ix_performance_appeals_agent_id'))

    op.drop_table('performance_appeals')
    with op.batch_alter_table('kpi_monthly', schema=None) as batch_op:
        batch_op.drop_index('ix_kpi_monthly_agent_month')

    op.drop_table('kpi_monthly')
    op.drop_table('performance_schemes')
