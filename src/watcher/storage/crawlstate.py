"""The crawl state a spider starts from, built from the database, and what it learnt, stored back.

The spider runs in a subprocess without a database, so before a crawl :func:`load_crawl_state`
gathers what it needs into one ``CrawlState`` (written to a file for it) and after the crawl
:func:`store_crawl_state` puts each part of the new state where it belongs:

- positions (``state.cursor``: ``{"api_changed_after": "..."}``) and listing marks (fingerprints
  of listing entries that are not documents: ``dossier:56K0373``, ``post:<url>``) in
  ``Source.cursor``, as ``{"cursor": {...}, "marks": {...}}``;
- a document's listing fingerprint and its file's ETag and Last-Modified on its ``document`` row;
- documents listed whose file is still to be fetched in ``pending_file``.

So "is this new?" is a lookup in the ``document`` table, and the cursor holds only positions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from watcher.crawl.records import CrawlState, DocumentRecord, KnownFile, PendingDocument
from watcher.storage.models import Document, PendingFile, RawFile, Source

# Listing marks kept per source, the most recently remembered last. A mark the listing no longer
# shows is never looked up again; one dropped while still shown costs one listing or detail page
# asked for again (its documents are known by their own fingerprints), and is then remembered
# anew. So the oldest go once there are more than this.
MAX_LISTING_MARKS = 5000


def load_crawl_state(session: Session, source_id: str) -> CrawlState:
    """The state ``source_id``'s spider starts from: its stored positions and marks, the listing
    fingerprint and last fetched file of each of its documents, its pending files."""
    source = session.get(Source, source_id)
    stored: dict[str, Any] = source.cursor if source is not None and source.cursor else {}
    fingerprints: dict[str, str] = dict(stored.get("marks", {}))
    files: dict[str, KnownFile] = {}
    rows = session.execute(
        select(
            Document.native_id,
            Document.listing_fingerprint,
            Document.file_url,
            Document.content_hash,
            Document.file_etag,
            Document.file_last_modified,
            RawFile.media_type,
            RawFile.size,
        )
        .outerjoin(RawFile, RawFile.sha256 == Document.content_hash)
        .where(Document.source_id == source_id)
        .order_by(Document.id)
    )
    for native_id, listed, file_url, sha256, etag, last_modified, media_type, size in rows:
        if listed is not None:
            fingerprints[native_id] = listed
        if sha256 is not None and file_url is not None:
            files[native_id] = KnownFile(
                url=file_url,
                sha256=sha256,
                media_type=media_type,
                size=size or 0,
                etag=etag,
                last_modified=last_modified,
            )
    pending = {
        p.native_id: PendingDocument(
            record=DocumentRecord.model_validate(p.record),
            fingerprint=p.listing_fingerprint,
            attempts=p.attempts,
            last_error=p.last_error,
        )
        for p in session.scalars(
            select(PendingFile).where(PendingFile.source_id == source_id).order_by(PendingFile.id)
        )
    }
    return CrawlState(
        cursor=dict(stored.get("cursor", {})),
        fingerprints=fingerprints,
        files=files,
        pending=pending,
    )


def store_crawl_state(session: Session, source: Source, state: CrawlState) -> None:
    """Store a crawl's new ``state`` for ``source``, once its records are stored (in the same
    transaction): a fingerprint or file of a known document on its row, pending files in their
    table, positions and the other fingerprints (listing marks) in ``source.cursor``."""
    documents = {
        row.native_id: row
        for row in session.execute(
            select(
                Document.id,
                Document.native_id,
                Document.listing_fingerprint,
                Document.content_hash,
                Document.file_etag,
                Document.file_last_modified,
            ).where(Document.source_id == source.id)
        )
    }
    changes: dict[int, dict[str, Any]] = {}
    marks: dict[str, str] = {}
    for key, fingerprint in state.fingerprints.items():
        row = documents.get(key)
        if row is None:
            marks[key] = fingerprint
        elif row.listing_fingerprint != fingerprint:
            changes.setdefault(row.id, {})["listing_fingerprint"] = fingerprint
    for native_id, known in state.files.items():
        row = documents.get(native_id)
        # Only for the file the row holds: a record the database refused has no row to keep it.
        if row is None or row.content_hash != known.sha256:
            continue
        if (row.file_etag, row.file_last_modified) != (known.etag, known.last_modified):
            changes.setdefault(row.id, {}).update(
                file_etag=known.etag, file_last_modified=known.last_modified
            )
    if changes:
        # One UPDATE by primary key per changed row, sent as one batch (SQLAlchemy's bulk update).
        session.execute(
            update(Document), [{"id": id_, **values} for id_, values in sorted(changes.items())]
        )
    _store_pending(session, source.id, state.pending)
    kept = list(marks.items())[-MAX_LISTING_MARKS:]
    source.cursor = {"cursor": dict(state.cursor), "marks": dict(kept)}


def _store_pending(session: Session, source_id: str, pending: dict[str, PendingDocument]) -> None:
    rows = {
        p.native_id: p
        for p in session.scalars(select(PendingFile).where(PendingFile.source_id == source_id))
    }
    gone = [row.id for native_id, row in rows.items() if native_id not in pending]
    if gone:
        session.execute(delete(PendingFile).where(PendingFile.id.in_(gone)))
    for native_id, item in sorted(pending.items()):
        row = rows.get(native_id)
        if row is None:
            row = PendingFile(source_id=source_id, native_id=native_id)
            session.add(row)
        row.record = item.record.model_dump(mode="json")
        row.listing_fingerprint = item.fingerprint
        row.attempts = item.attempts
        row.last_error = item.last_error
