"""Alembic runs in-process only: main.py hands us a connection already inside a transaction."""

from alembic import context

from persistence.all_models import Base, include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,  # FTS5 virtual tables live outside the metadata
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
