"""full-text search index, hit feedback, documents by first sight

Revision ID: c4f1e2a9b7d0
Revises: eccf79022f13
Create Date: 2026-12-03 21:30:00

The search index lives beside the models (watcher.storage.search): on SQLite an FTS5 table with
``document_page`` as its content, kept in step by triggers; on PostgreSQL a generated
``tsvector`` column with a GIN index. Alembic's comparison skips both (migrations/env.py).
A later batch migration of ``document_page`` on SQLite copies the table and drops its triggers:
it must create them again and rebuild the index (``watcher db reindex``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import watcher.storage.models

revision: str = 'c4f1e2a9b7d0'
down_revision: str | None = 'eccf79022f13'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE document_page_fts USING fts5("
    "text, content='document_page', content_rowid='rowid', tokenize='unicode61')",
    "CREATE TRIGGER document_page_fts_insert AFTER INSERT ON document_page BEGIN "
    "INSERT INTO document_page_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER document_page_fts_delete AFTER DELETE ON document_page BEGIN "
    "INSERT INTO document_page_fts(document_page_fts, rowid, text) "
    "VALUES ('delete', old.rowid, old.text); END",
    "CREATE TRIGGER document_page_fts_update AFTER UPDATE ON document_page BEGIN "
    "INSERT INTO document_page_fts(document_page_fts, rowid, text) "
    "VALUES ('delete', old.rowid, old.text); "
    "INSERT INTO document_page_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "INSERT INTO document_page_fts(document_page_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS document_page_fts_update",
    "DROP TRIGGER IF EXISTS document_page_fts_delete",
    "DROP TRIGGER IF EXISTS document_page_fts_insert",
    "DROP TABLE IF EXISTS document_page_fts",
]
POSTGRES_UP = [
    "ALTER TABLE document_page ADD COLUMN text_search tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED",
    "CREATE INDEX ix_document_page_text_search ON document_page USING GIN (text_search)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_document_page_text_search",
    "ALTER TABLE document_page DROP COLUMN IF EXISTS text_search",
]


def upgrade() -> None:
    op.create_table(
        'hit_feedback',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('hit_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=500), nullable=True),
        sa.Column('created_at', watcher.storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['hit_id'], ['hit.id'], name=op.f('fk_hit_feedback_hit_id_hit'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hit_feedback')),
    )
    with op.batch_alter_table('hit_feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hit_feedback_hit_id'), ['hit_id'], unique=False)
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_first_seen_at'), ['first_seen_at'], unique=False)
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_UP if postgres else SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_DOWN if postgres else SQLITE_DOWN:
        op.execute(statement)
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_first_seen_at'))
    with op.batch_alter_table('hit_feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hit_feedback_hit_id'))
    op.drop_table('hit_feedback')
