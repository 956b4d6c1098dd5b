"""Join the areas' migrations (developed side by side, each from 0001) into one head.

Revision ID: 0007
Revises: 0002, 0003, 0004, 0005, 0006
Create Date: 2026-11-23
"""

revision = "0007"
down_revision = ("0002", "0003", "0004", "0005", "0006")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # nothing to change: this revision only records that every area's tables are in place


def downgrade() -> None:
    pass
