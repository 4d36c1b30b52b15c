"""unknown values kept by the spiders, told to the admin once; a source's health can be degraded

Revision ID: c4e1d2a7b9f0
Revises: 8493a5287e3c
Create Date: 2026-12-03 21:45:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import watcher.storage.models

revision: str = "c4e1d2a7b9f0"
down_revision: str | None = "8493a5287e3c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ("unknown", "ok", "failing")
NEW = ("unknown", "ok", "degraded", "failing")


def _set_health_values(values: tuple[str, ...]) -> None:
    """The CHECK constraints of source.health and source.health_reported (VARCHAR(20) columns)."""
    with op.batch_alter_table("source", schema=None) as batch_op:
        for column in ("health", "health_reported"):
            batch_op.drop_constraint(op.f(f"ck_source_{column}"), type_="check")
            batch_op.create_check_constraint(
                op.f(f"ck_source_{column}"), sa.column(column).in_(values)
            )


def upgrade() -> None:
    op.create_table(
        "unknown_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.Column("first_seen_at", watcher.storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["first_run_id"], ["crawl_run.id"], name=op.f("fk_unknown_value_first_run_id_crawl_run")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_unknown_value_source_id_source")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unknown_value")),
        sa.UniqueConstraint("source_id", "value", name=op.f("uq_unknown_value_source_id_value")),
    )
    _set_health_values(NEW)


def downgrade() -> None:
    op.execute("UPDATE source SET health = 'ok' WHERE health = 'degraded'")
    op.execute("UPDATE source SET health_reported = 'ok' WHERE health_reported = 'degraded'")
    _set_health_values(OLD)
    op.drop_table("unknown_value")
