"""Every area's tables, imported in one place so Alembic and the schema tests see the whole schema.
An area with tables adds one import line here."""

from persistence.models import Base  # noqa: F401  (roster, settings, activity log)
