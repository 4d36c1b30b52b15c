"""extraction status 'partial': a document read except for the pages named in its error

Revision ID: 3f1c2a7d9e10
Revises: c4e1d2a7b9f0
Create Date: 2026-12-03 22:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "3f1c2a7d9e10"
down_revision: str | None = "c4e1d2a7b9f0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ck_document_extraction_status"
_BEFORE = "extraction_status IN ('pending', 'ok', 'no_text', 'failed')"
_AFTER = "extraction_status IN ('pending', 'ok', 'partial', 'no_text', 'failed')"


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_NAME), type_="check")
        batch_op.create_check_constraint(op.f(_NAME), _AFTER)


def downgrade() -> None:
    op.execute("UPDATE document SET extraction_status = 'pending' WHERE extraction_status = 'partial'")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(_NAME), type_="check")
        batch_op.create_check_constraint(op.f(_NAME), _BEFORE)
