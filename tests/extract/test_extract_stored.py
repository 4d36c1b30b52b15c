"""A partial extraction is stored as such (pages named, languages as codes) and matched on
the pages that were read, on SQLite and PostgreSQL with the real migrations."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.teams import TeamsConfig
from watcher.documents import process_documents, sync_topics
from watcher.extract import Extraction, Page
from watcher.match import load_topics
from watcher.storage.models import Document, ExtractionStatus, Hit
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import (
    DocumentFields,
    ensure_source,
    record_raw_file,
    upsert_document,
)

NOW = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)
TOPICS = load_topics(Path(__file__).resolve().parents[2] / "config" / "topics.yaml")
PAGE_ONE = (
    "De Belgische en Nederlandse marine werken samen in BeNeSam, het Belgisch-Nederlandse "
    "samenwerkingsverband. La marine belge et la marine néerlandaise coopèrent dans BeNeSam."
)


def partial(data: bytes, *, timeout_s: float, memory_mb: int) -> Extraction:
    return Extraction(
        "pdf",
        [Page(1, PAGE_ONE, "nl+fr", ("nl", "fr")), Page(2, "")],
        "nl+fr",
        "partial",
        None,
        ("page 2 not read: reading its content ran over 20 s",),
        (2,),
        ("nl", "fr"),
    )


def test_partial_extraction_is_stored_and_matched(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    store = RawStore(tmp_path / "raw")
    digest = store.put(b"%PDF-1.7 stand-in bytes; the extractor is replaced")
    with sessions.begin() as session:
        ensure_source(session, "be_chamber", "Belgian Chamber of Representatives")
        sync_topics(session, TOPICS, NOW)
        fields = DocumentFields(
            source_id="be_chamber",
            native_id="56K1468001",
            url="https://www.dekamer.be/FLWB/PDF/56/1468/56K1468001.pdf",
            title="Aanpassing van de begroting 2026",
        )
        record_raw_file(session, digest, 51, "application/pdf", str(store.path_for(digest)), NOW)
        document, _ = upsert_document(session, fields, NOW)
        document.content_hash = digest
        session.flush()
        document_id = document.id
    report = process_documents(
        sessions,
        [document_id],
        raw_store=store,
        topics=TOPICS,
        teams=TeamsConfig(teams=(), admin=()),
        now=NOW,
        announce=False,
        workers=1,
        extractor=partial,
    )
    assert (report.extracted, report.partial, report.failed) == (1, 1, 0)
    with sessions() as session:
        stored = session.get(Document, document_id)
        assert stored is not None
        assert stored.extraction_status is ExtractionStatus.PARTIAL
        assert stored.extraction_error == "partial: page 2 not read"
        assert stored.detected_language == "nl+fr"
        assert [(p.page_no, p.language) for p in stored.pages] == [(1, "nl+fr"), (2, None)]
        hits = list(session.scalars(select(Hit).where(Hit.document_id == document_id)))
        assert [h.topic_id for h in hits] and all(h.page == 1 for h in hits)
