"""the cursor holds only positions: fingerprints and file validators on documents, pending files

Until now ``source.cursor`` held a spider's whole crawl state as one blob:
``{"cursor": {...}, "fingerprints": {...}, "files": {...}, "pending": {...}}``. Each part now lives
where it belongs: a document's listing fingerprint and its file's ETag and Last-Modified on its
row, documents listed whose file is still to come in ``pending_file``, and only positions and
listing marks (fingerprints of keys that are not documents) in ``source.cursor``, as
``{"cursor": {...}, "marks": {...}}``. The upgrade carries each blob over, so an upgraded
installation downloads nothing again and loses no pending document; the downgrade builds the blob
back. The data steps use the tables as this revision knows them, not the models, which move on.

Revision ID: 53bad6484f42
Revises: 7b2d9e4c1a53
Create Date: 2026-12-04 18:20:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "53bad6484f42"
down_revision: str | None = "7b2d9e4c1a53"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_source = sa.table("source", sa.column("id", sa.String), sa.column("cursor", sa.JSON))
_document = sa.table(
    "document",
    sa.column("id", sa.Integer),
    sa.column("source_id", sa.String),
    sa.column("native_id", sa.String),
    sa.column("file_url", sa.String),
    sa.column("content_hash", sa.String),
    sa.column("listing_fingerprint", sa.String),
    sa.column("file_etag", sa.String),
    sa.column("file_last_modified", sa.String),
)
_raw_file = sa.table(
    "raw_file",
    sa.column("sha256", sa.String),
    sa.column("media_type", sa.String),
    sa.column("size", sa.BigInteger),
)
_pending_file = sa.table(
    "pending_file",
    sa.column("id", sa.Integer),
    sa.column("source_id", sa.String),
    sa.column("native_id", sa.String),
    sa.column("record", sa.JSON),
    sa.column("listing_fingerprint", sa.String),
    sa.column("attempts", sa.Integer),
    sa.column("last_error", sa.Text),
)


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("listing_fingerprint", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("file_etag", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("file_last_modified", sa.Text(), nullable=True))

    op.create_table(
        "pending_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(length=40), nullable=False),
        sa.Column("native_id", sa.String(length=200), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("listing_fingerprint", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_pending_file_source_id_source")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_file")),
        sa.UniqueConstraint(
            "source_id", "native_id", name=op.f("uq_pending_file_source_id_native_id")
        ),
    )

    conn = op.get_bind()
    for source_id, blob in conn.execute(sa.select(_source.c.id, _source.c.cursor)).all():
        if blob and "marks" not in blob:
            _split(conn, source_id, blob)


def _split(conn: sa.Connection, source_id: str, blob: dict[str, Any]) -> None:
    """One source's old blob -> its document rows, its pending files and its positions."""
    documents = {
        native_id: (id_, content_hash)
        for id_, native_id, content_hash in conn.execute(
            sa.select(_document.c.id, _document.c.native_id, _document.c.content_hash).where(
                _document.c.source_id == source_id
            )
        )
    }
    changes: dict[int, dict[str, Any]] = {}
    marks: dict[str, str] = {}
    for key, fingerprint in (blob.get("fingerprints") or {}).items():
        if key in documents:
            changes.setdefault(documents[key][0], {})["listing_fingerprint"] = fingerprint
        else:
            marks[key] = fingerprint
    for native_id, known in (blob.get("files") or {}).items():
        if native_id in documents and documents[native_id][1] == known.get("sha256"):
            changes.setdefault(documents[native_id][0], {}).update(
                file_etag=known.get("etag"), file_last_modified=known.get("last_modified")
            )
    for id_, values in changes.items():
        conn.execute(_document.update().where(_document.c.id == id_).values(**values))
    pending = [
        {
            "source_id": source_id,
            "native_id": native_id,
            "record": item["record"],
            "listing_fingerprint": item.get("fingerprint", ""),
            "attempts": item.get("attempts", 1),
            "last_error": item.get("last_error", ""),
        }
        for native_id, item in sorted((blob.get("pending") or {}).items())
    ]
    if pending:
        conn.execute(_pending_file.insert(), pending)
    positions = {"cursor": blob.get("cursor") or {}, "marks": marks}
    conn.execute(_source.update().where(_source.c.id == source_id).values(cursor=positions))


def downgrade() -> None:
    conn = op.get_bind()
    for source_id, stored in conn.execute(sa.select(_source.c.id, _source.c.cursor)).all():
        blob = _joined(conn, source_id, stored or {})
        conn.execute(_source.update().where(_source.c.id == source_id).values(cursor=blob))

    op.drop_table("pending_file")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("file_last_modified")
        batch_op.drop_column("file_etag")
        batch_op.drop_column("listing_fingerprint")


def _joined(conn: sa.Connection, source_id: str, stored: dict[str, Any]) -> dict[str, Any]:
    """One source's positions, document rows and pending files -> its old blob."""
    fingerprints: dict[str, str] = dict(stored.get("marks") or {})
    files: dict[str, dict[str, Any]] = {}
    rows = conn.execute(
        sa.select(
            _document.c.native_id,
            _document.c.listing_fingerprint,
            _document.c.file_url,
            _document.c.content_hash,
            _document.c.file_etag,
            _document.c.file_last_modified,
            _raw_file.c.media_type,
            _raw_file.c.size,
        )
        .select_from(
            _document.outerjoin(_raw_file, _raw_file.c.sha256 == _document.c.content_hash)
        )
        .where(_document.c.source_id == source_id)
        .order_by(_document.c.id)
    )
    for native_id, listed, file_url, sha256, etag, last_modified, media_type, size in rows:
        if listed is not None:
            fingerprints[native_id] = listed
        if sha256 is not None and file_url is not None:
            files[native_id] = {
                "url": file_url,
                "sha256": sha256,
                "media_type": media_type or "",
                "size": size or 0,
                "etag": etag,
                "last_modified": last_modified,
            }
    pending = {
        native_id: {
            "record": record,
            "fingerprint": fingerprint,
            "attempts": attempts,
            "last_error": last_error,
        }
        for native_id, record, fingerprint, attempts, last_error in conn.execute(
            sa.select(
                _pending_file.c.native_id,
                _pending_file.c.record,
                _pending_file.c.listing_fingerprint,
                _pending_file.c.attempts,
                _pending_file.c.last_error,
            )
            .where(_pending_file.c.source_id == source_id)
            .order_by(_pending_file.c.id)
        )
    }
    return {
        "cursor": stored.get("cursor") or {},
        "fingerprints": fingerprints,
        "files": files,
        "pending": pending,
    }
