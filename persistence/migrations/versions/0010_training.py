"""training: plan items, sessions, results; career levels, ticks, positions, promotions

Revision ID: 0010
Revises: 0007 (the lead chains it after 0008/0009 at merge)
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('career_levels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('track', sa.String(length=20), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('min_tenure_months', sa.Integer(), nullable=False),
    sa.Column('min_cert', sa.String(length=20), nullable=False),
    sa.Column('kpi_grade', sa.String(length=20), nullable=False),
    sa.Column('kpi_months', sa.Integer(), nullable=False),
    sa.Column('no_floor_months', sa.Integer(), nullable=False),
    sa.Column('items_passed', sa.Integer(), nullable=False),
    sa.Column('apprentices', sa.Integer(), nullable=False),
    sa.Column('manual', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_levels')),
    sa.UniqueConstraint('track', 'rank', name='track_rank')
    )
    op.create_table('training_plan_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('week_from', sa.Integer(), nullable=False),
    sa.Column('week_to', sa.Integer(), nullable=False),
    sa.Column('check_method', sa.String(length=20), nullable=False),
    sa.Column('pass_mark', sa.String(length=10), nullable=True),
    sa.CheckConstraint('week_from >= 1 AND week_to >= week_from', name=op.f('ck_training_plan_items_weeks_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_plan_items'))
    )
    with op.batch_alter_table('training_plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_plan_items_stage'), ['stage'], unique=False)

    op.create_table('career_ticks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('level_id', sa.Integer(), nullable=False),
    sa.Column('criterion', sa.Text(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_career_ticks_agent_id_agents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['level_id'], ['career_levels.id'], name=op.f('fk_career_ticks_level_id_career_levels'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_career_ticks')),
    sa.UniqueConstraint('agent_id', 'level_id', 'criterion', name='one_tick')
    )
    with op.batch_alter_table('career_ticks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_career_ticks_agent_id'), ['agent_id'], unique=False)

    op.create_table('positions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_positions_end_after_start')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_positions_agent_id_agents'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_positions'))
    )
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_positions_agent_id'), ['agent_id'], unique=False)

    op.create_table('promotions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('level_id', sa.Integer(), nullable=False),
    sa.Column('track', sa.String(length=20), nullable=False),
    sa.Column('level_name', sa.Text(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_promotions_agent_id_agents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['level_id'], ['career_levels.id'], name=op.f('fk_promotions_level_id_career_levels'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotions'))
    )
    with op.batch_alter_table('promotions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promotions_agent_id'), ['agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_promotions_day'), ['day'], unique=False)

    op.create_table('training_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('trainer_name', sa.Text(), nullable=False),
    sa.Column('trainer_id', sa.Integer(), nullable=True),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['training_plan_items.id'], name=op.f('fk_training_sessions_item_id_training_plan_items'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['trainer_id'], ['agents.id'], name=op.f('fk_training_sessions_trainer_id_agents'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_sessions_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_sessions_trainer_id'), ['trainer_id'], unique=False)

    op.create_table('training_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('score', sa.String(length=10), nullable=True),
    sa.Column('checked_by', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_training_results_agent_id_agents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['item_id'], ['training_plan_items.id'], name=op.f('fk_training_results_item_id_training_plan_items'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'], name=op.f('fk_training_results_session_id_training_sessions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_results'))
    )
    with op.batch_alter_table('training_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_results_agent_id'), ['agent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_results_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_results_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_results_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('training_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_results_session_id'))
        batch_op.drop_index(batch_op.f('ix_training_results_item_id'))
        batch_op.drop_index(batch_op.f('ix_training_results_day'))
        batch_op.drop_index(batch_op.f('ix_training_results_agent_id'))

    op.drop_table('training_results')
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_sessions_trainer_id'))
        batch_op.drop_index(batch_op.f('ix_training_sessions_day'))

    op.drop_table('training_sessions')
    with op.batch_alter_table('promotions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promotions_day'))
        batch_op.drop_index(batch_op.f('ix_promotions_agent_id'))

    op.drop_table('promotions')
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_positions_agent_id'))

    op.drop_table('positions')
    with op.batch_alter_table('career_ticks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_career_ticks_agent_id'))

    op.drop_table('career_ticks')
    with op.batch_alter_table('training_plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_plan_items_stage'))

    op.drop_table('training_plan_items')
    op.drop_table('career_levels')
