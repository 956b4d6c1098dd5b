"""analytics history: the database refuses overlapping pairings of one apprentice

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-06

An apprentice-day is paid to one mentor only, so two pairings of the same apprentice may not share a day
(both ends inclusive; an open pairing runs for ever). The domain refuses this first, with its own words;
these triggers keep it true for any other writer. An update is checked only when it widens a pairing, so a
database that already holds an overlap from before this rule can still end those pairings.
"""
from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Dates are stored as ISO text, so text comparison is date order; '9999-12-31' stands for "still running".
_CLASH = """
    SELECT RAISE(ABORT, 'pairing_overlaps')
    WHERE EXISTS (
        SELECT 1 FROM mentor_pairings AS other
        WHERE other.apprentice_id = NEW.apprentice_id AND other.id IS NOT NEW.id
          AND other.start_date <= COALESCE(NEW.end_date, '9999-12-31')
          AND COALESCE(other.end_date, '9999-12-31') >= NEW.start_date
    );
"""


# PostgreSQL: the same rule as one trigger function (dates are real dates there).
_SERVER = """
CREATE FUNCTION mentor_pairings_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.apprentice_id IS NOT DISTINCT FROM OLD.apprentice_id
       AND NEW.start_date >= OLD.start_date
       AND COALESCE(NEW.end_date, DATE '9999-12-31') <= COALESCE(OLD.end_date, DATE '9999-12-31') THEN
        RETURN NEW;
    END IF;
    IF EXISTS (
        SELECT 1 FROM mentor_pairings AS other
        WHERE other.apprentice_id = NEW.apprentice_id AND other.id IS DISTINCT FROM NEW.id
          AND other.start_date <= COALESCE(NEW.end_date, DATE '9999-12-31')
          AND COALESCE(other.end_date, DATE '9999-12-31') >= NEW.start_date
    ) THEN
        RAISE EXCEPTION 'pairing_overlaps' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER mentor_pairings_no_overlap BEFORE INSERT OR UPDATE OF apprentice_id, start_date, end_date
    ON mentor_pairings FOR EACH ROW EXECUTE FUNCTION mentor_pairings_no_overlap();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute(_SERVER)
        return
    op.execute(f"""
CREATE TRIGGER mentor_pairings_no_overlap_insert BEFORE INSERT ON mentor_pairings
BEGIN {_CLASH} END
""")
    op.execute(f"""
CREATE TRIGGER mentor_pairings_no_overlap_update
BEFORE UPDATE OF apprentice_id, start_date, end_date ON mentor_pairings
WHEN NEW.apprentice_id IS NOT OLD.apprentice_id OR NEW.start_date < OLD.start_date
     OR COALESCE(NEW.end_date, '9999-12-31') > COALESCE(OLD.end_date, '9999-12-31')
BEGIN {_CLASH} END
""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS mentor_pairings_no_overlap ON mentor_pairings")
        op.execute("DROP FUNCTION IF EXISTS mentor_pairings_no_overlap()")
        return
    op.execute("DROP TRIGGER IF EXISTS mentor_pairings_no_overlap_update")
    op.execute("DROP TRIGGER IF EXISTS mentor_pairings_no_overlap_insert")
