"""Reads that list what is stored, a page at a time, at a cost that does not grow with the archive.

Pages are newest first by id (ids grow with time), read from an index: ``hit.id`` for every
topic, ``(topic_id, id)`` for one. ``before`` continues after the last row of the previous page
(keyset paging, cheap at any depth); ``page`` counts pages from the newest (simple, but the
database reads the rows it skips).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from watcher.storage.models import Document, Hit


def hit_page(
    session: Session,
    *,
    topic: str | None = None,
    since: datetime | None = None,
    hit_ids: Sequence[int] | None = None,
    limit: int | None = 50,
    page: int = 1,
    before: int | None = None,
) -> list[tuple[Hit, Document]]:
    """Hits with their documents, newest first: ``limit`` of them (None: all), from page ``page``
    or from the hit after id ``before``.

    ``hit_page(s, topic="c-uas", limit=50)`` -> the 50 newest C-UAS hits;
    ``hit_page(s, topic="c-uas", before=rows[-1][0].id)`` -> the 50 after those.
    """
    if page < 1:
        raise ValueError(f"page {page}: pages count from 1")
    query = select(Hit, Document).join(Document, Hit.document_id == Document.id)
    if hit_ids is not None:
        query = query.where(Hit.id.in_(hit_ids))
    if topic:
        query = query.where(Hit.topic_id == topic)
    if since:
        query = query.where(Hit.matched_at >= since)
    if before is not None:
        query = query.where(Hit.id < before)
    query = query.order_by(Hit.id.desc())
    if limit is not None:
        query = query.limit(limit).offset((page - 1) * limit)
    return [(hit, document) for hit, document in session.execute(query)]
