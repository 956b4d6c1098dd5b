"""recruiting: candidates, stage changes, versioned scorecard templates, scorecards

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recruiting tables only; generated from persistence/recruiting/models.py
    op.create_table('recruiting_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('scenarios', sa.Text(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruiting_templates')),
    sa.UniqueConstraint('round', 'version', name='uq_recruiting_templates_round_version')
    )
    op.create_table('recruiting_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('stage_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_recruiting_candidates_agent_id_agents'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruiting_candidates')),
    sa.UniqueConstraint('agent_id', name=op.f('uq_recruiting_candidates_agent_id'))
    )
    with op.batch_alter_table('recruiting_candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruiting_candidates_applied_on'), ['applied_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_recruiting_candidates_stage'), ['stage'], unique=False)

    op.create_table('recruiting_template_dimensions',
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('knockout_below', sa.Integer(), nullable=True),
    sa.Column('anchor_1', sa.Text(), nullable=False),
    sa.Column('anchor_2', sa.Text(), nullable=False),
    sa.Column('anchor_3', sa.Text(), nullable=False),
    sa.Column('anchor_4', sa.Text(), nullable=False),
    sa.Column('anchor_5', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['recruiting_templates.id'], name=op.f('fk_recruiting_template_dimensions_template_id_recruiting_templates'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('template_id', 'position', name=op.f('pk_recruiting_template_dimensions'))
    )
    op.create_table('recruiting_scorecards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('interviewer', sa.String(length=40), nullable=False),
    sa.Column('interview_date', sa.Date(), nullable=False),
    sa.Column('scenario', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['recruiting_candidates.id'], name=op.f('fk_recruiting_scorecards_candidate_id_recruiting_candidates'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['template_id'], ['recruiting_templates.id'], name=op.f('fk_recruiting_scorecards_template_id_recruiting_templates'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruiting_scorecards'))
    )
    with op.batch_alter_table('recruiting_scorecards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruiting_scorecards_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recruiting_scorecards_interviewer'), ['interviewer'], unique=False)

    op.create_table('recruiting_stage_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['recruiting_candidates.id'], name=op.f('fk_recruiting_stage_changes_candidate_id_recruiting_candidates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruiting_stage_changes'))
    )
    with op.batch_alter_table('recruiting_stage_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruiting_stage_changes_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('recruiting_scores',
    sa.Column('scorecard_id', sa.Integer(), nullable=False),
    sa.Column('dimension_key', sa.String(length=40), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['scorecard_id'], ['recruiting_scorecards.id'], name=op.f('fk_recruiting_scores_scorecard_id_recruiting_scorecards'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('scorecard_id', 'dimension_key', name=op.f('pk_recruiting_scores'))
    )


def downgrade() -> None:
    # recruiting tables only; generated from persistence/recruiting/models.py
    op.drop_table('recruiting_scores')
    with op.batch_alter_table('recruiting_stage_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recruiting_stage_changes_candidate_id'))

    op.drop_table('recruiting_stage_changes')
    with op.batch_alter_table('recruiting_scorecards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recruiting_scorecards_interviewer'))
        batch_op.drop_index(batch_op.f('ix_recruiting_scorecards_candidate_id'))

    op.drop_table('recruiting_scorecards')
    op.drop_table('recruiting_template_dimensions')
    with op.batch_alter_table('recruiting_candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recruiting_candidates_stage'))
        batch_op.drop_index(batch_op.f('ix_recruiting_candidates_applied_on'))

    op.drop_table('recruiting_candidates')
    op.drop_table('recruiting_templates')
