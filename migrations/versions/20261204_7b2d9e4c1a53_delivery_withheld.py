"""delivery status 'withheld': a digest row left out because readers flagged its hit

Revision ID: 7b2d9e4c1a53
Revises: c4f1e2a9b7d0
Create Date: 2026-12-04 12:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "7b2d9e4c1a53"
down_revision: str | None = "c4f1e2a9b7d0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ck_delivery_status"
_BEFORE = "status IN ('pending', 'sent', 'failed')"
_AFTER = "status IN ('pending', 'sent', 'failed', 'withheld')"


def upgrade() -> None:
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_NAME), type_="check")
        batch_op.create_check_constraint(op.f(_NAME), _AFTER)


def downgrade() -> None:
    # A withheld row was never sent and never will be: 'failed' is the nearest old status.
    op.execute("UPDATE delivery SET status = 'failed' WHERE status = 'withheld'")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_NAME), type_="check")
        batch_op.create_check_constraint(op.f(_NAME), _BEFORE)
