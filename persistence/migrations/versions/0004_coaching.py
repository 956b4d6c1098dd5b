"""coaching: sessions, action items, and the case library's trigram full-text index

Revision ID: 0004
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS = "coaching_case_fts"
COLUMNS = "title, situation, strengths, improve, agent_view, tags"
NEW_VALUES = "new.id, new.title, new.situation, new.strengths, new.improve, new.agent_view, new.tags"


def upgrade() -> None:
    op.create_table(
        "coaching_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("improve", sa.Text(), nullable=False),
        sa.Column("agent_view", sa.Text(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("tags", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_coaching_sessions_agent_id_agents"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_sessions")),
    )
    with op.batch_alter_table("coaching_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_sessions_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coaching_sessions_held_on"), ["held_on"], unique=False)
        batch_op.create_index("ix_coaching_sessions_kind_agent_held", ["kind", "agent_id", "held_on"], unique=False)

    op.create_table(
        "coaching_action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=40), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["coaching_sessions.id"],
                                name=op.f("fk_coaching_action_items_session_id_coaching_sessions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coaching_action_items")),
    )
    with op.batch_alter_table("coaching_action_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coaching_action_items_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_coaching_action_items_session_id"), ["session_id"], unique=False)

    if op.get_bind().dialect.name != "sqlite":
        _server_case_index()
        return
    # Case library search. The trigram tokenizer indexes every 3-character run, which works for Chinese
    # (no spaces between words); the repository falls back to LIKE for 1–2 character words.
    # Triggers keep the index in step with coaching_sessions in the same transaction as the write.
    op.execute(f"CREATE VIRTUAL TABLE {FTS} USING fts5({COLUMNS}, tokenize='trigram')")
    op.execute(f"""CREATE TRIGGER {FTS}_after_insert AFTER INSERT ON coaching_sessions
        WHEN new.kind = 'case_review' BEGIN
            INSERT INTO {FTS}(rowid, {COLUMNS}) VALUES ({NEW_VALUES});
        END""")
    op.execute(f"""CREATE TRIGGER {FTS}_after_update AFTER UPDATE ON coaching_sessions BEGIN
            DELETE FROM {FTS} WHERE rowid = old.id;
            INSERT INTO {FTS}(rowid, {COLUMNS}) SELECT {NEW_VALUES} WHERE new.kind = 'case_review';
        END""")
    op.execute(f"""CREATE TRIGGER {FTS}_after_delete AFTER DELETE ON coaching_sessions BEGIN
            DELETE FROM {FTS} WHERE rowid = old.id;
        END""")


# PostgreSQL: one trigram (pg_trgm) GIN index over the case columns joined, which serves ILIKE '%word%' for
# words of 3+ characters; the repository searches that same expression (persistence.coaching.models
# CASE_TEXT_SERVER) with ILIKE for every word, so 2-character Chinese words work as on SQLite (a scan).
# Without the contrib extension (or the right to create it) the search still works, unindexed.
CASE_TEXT_SERVER = "(title || E'\\n' || situation || E'\\n' || strengths || E'\\n' || improve || E'\\n' || agent_view || E'\\n' || tags)"


def _server_case_index() -> None:
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first() is None:
        return
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        savepoint.rollback()  # not allowed to: search stays correct, only slower
        return
    savepoint.commit()
    op.execute(f"CREATE INDEX ix_coaching_case_trgm ON coaching_sessions USING gin ({CASE_TEXT_SERVER} gin_trgm_ops)"
               " WHERE kind = 'case_review'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_coaching_case_trgm")
    else:
        for suffix in ("after_delete", "after_update", "after_insert"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {FTS}")
    with op.batch_alter_table("coaching_action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coaching_action_items_session_id"))
        batch_op.drop_index(batch_op.f("ix_coaching_action_items_due_on"))
    op.drop_table("coaching_action_items")
    with op.batch_alter_table("coaching_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_coaching_sessions_kind_agent_held")
        batch_op.drop_index(batch_op.f("ix_coaching_sessions_held_on"))
        batch_op.drop_index(batch_op.f("ix_coaching_sessions_agent_id"))
    op.drop_table("coaching_sessions")
