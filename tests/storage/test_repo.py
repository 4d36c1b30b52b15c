"""Storage round trips and uniqueness under repetition and concurrency, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from watcher.storage.models import (
    CrawlRun,
    CrawlStatus,
    Delivery,
    DeliveryStatus,
    Document,
    DocumentChange,
    DocumentPage,
    ExtractionStatus,
    Hit,
    Subscription,
    Team,
    Topic,
)
from watcher.storage.repo import (
    DocumentFields,
    HitFields,
    ensure_source,
    queue_delivery,
    record_raw_file,
    upsert_document,
    upsert_hit,
)

NOW = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)

RESOLUTION = DocumentFields(
    source_id="be_chamber",
    native_id="56K0367004",
    url="https://www.dekamer.be/kvvcr/showpage.cfm?section=/flwb&language=nl&cfm=/site/wwwcfm/flwb/flwbn.cfm?lang=N&legislat=56&dossierID=0367",
    title="Voorstel van resolutie tot versterking van de defensiesamenwerking in de Benelux",
    file_url="https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf",
    doc_type="AANGENOMEN TEKST",
    language="nl",
    published_on=date(2026, 5, 13),
    related_key="be_chamber/56K0367",
)

EVIDENCE = HitFields(
    topic_id="c-uas",
    score=0.93,
    tier="high",
    terms=["anti-drones"],
    snippet="... capaciteiten inzake anti-drones (C-UAS of VSHROD) ...",
    page=2,
    start=1234,
    end=1245,
    evidence=[{"page": 2, "snippet": "...", "terms": ["anti-drones"], "start": 1234, "end": 1245}],
)


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _seed_topic(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        ensure_source(s, "be_chamber", "Belgian Chamber of Representatives")
        s.add(Topic(id="c-uas", name="Counter-drone capability (C-UAS)"))


def test_document_round_trip_keeps_every_field(sessions: sessionmaker[Session]) -> None:
    _seed_topic(sessions)
    with sessions.begin() as s:
        record_raw_file(s, "a" * 64, 1234, "application/pdf", "aa/aa/" + "a" * 64, NOW)
        doc, status = upsert_document(s, RESOLUTION, NOW)
        doc.content_hash = "a" * 64
        doc.extraction_status = ExtractionStatus.OK
        doc.pages = [
            DocumentPage(page_no=1, text="Kamer van volksvertegenwoordigers", language="nl"),
            DocumentPage(page_no=2, text="Chambre des représentants", language="fr"),
        ]
    assert status == "new"
    with sessions() as s:
        stored = s.scalars(select(Document)).one()
        assert (stored.native_id, stored.title, stored.published_on, stored.related_key) == (
            "56K0367004",
            RESOLUTION.title,
            date(2026, 5, 13),
            "be_chamber/56K0367",
        )
        assert stored.first_seen_at == NOW and stored.first_seen_at.tzinfo is not None
        assert stored.extraction_status is ExtractionStatus.OK
        assert [(p.page_no, p.language) for p in stored.pages] == [(1, "nl"), (2, "fr")]
        assert stored.pages[1].text == "Chambre des représentants"


def test_same_document_twice_is_one_row_and_a_change_is_recorded(
    sessions: sessionmaker[Session],
) -> None:
    _seed_topic(sessions)
    later = NOW + timedelta(hours=1)
    with sessions.begin() as s:
        upsert_document(s, RESOLUTION, NOW)
    with sessions.begin() as s:
        _, again = upsert_document(s, RESOLUTION, later)
    renamed = DocumentFields(**{**RESOLUTION.__dict__, "title": "Aangenomen tekst"})
    with sessions.begin() as s:
        _, changed = upsert_document(s, renamed, later)
    assert (again, changed) == ("unchanged", "changed")
    with sessions() as s:
        assert _count(s, Document) == 1
        change = s.scalars(select(DocumentChange)).one()
        assert change.fields == {"title": [RESOLUTION.title, "Aangenomen tekst"]}
        assert s.scalars(select(Document)).one().last_seen_at == later


def test_new_bytes_for_a_known_document_make_it_pending_again(
    sessions: sessionmaker[Session],
) -> None:
    _seed_topic(sessions)
    with sessions.begin() as s:
        for sha in ("a" * 64, "b" * 64):
            record_raw_file(s, sha, 10, "application/pdf", sha, NOW)
        doc, _ = upsert_document(
            s, DocumentFields(**{**RESOLUTION.__dict__, "content_hash": "a" * 64}), NOW
        )
        doc.extraction_status = ExtractionStatus.OK
    with sessions.begin() as s:
        _, unchanged = upsert_document(s, RESOLUTION, NOW)  # no hash: file not fetched again
        doc, changed = upsert_document(
            s, DocumentFields(**{**RESOLUTION.__dict__, "content_hash": "b" * 64}), NOW
        )
    assert (unchanged, changed) == ("unchanged", "changed")
    assert doc.extraction_status is ExtractionStatus.PENDING


def test_same_hit_twice_is_one_row(sessions: sessionmaker[Session]) -> None:
    _seed_topic(sessions)
    with sessions.begin() as s:
        doc, _ = upsert_document(s, RESOLUTION, NOW)
        hit, created = upsert_hit(s, doc.id, EVIDENCE, NOW)
    with sessions.begin() as s:
        hit2, created2 = upsert_hit(s, doc.id, EVIDENCE, NOW)
    assert (created, created2) == (True, False)
    assert hit.id == hit2.id
    with sessions() as s:
        stored = s.scalars(select(Hit)).one()
        assert stored.evidence == EVIDENCE.evidence and stored.terms == ["anti-drones"]


def test_same_delivery_twice_is_one_row(sessions: sessionmaker[Session]) -> None:
    _seed_topic(sessions)
    with sessions.begin() as s:
        s.add(Team(id="defence-desk", name="Defence desk"))
        s.flush()
        s.add(Subscription(team_id="defence-desk", topic_id="c-uas"))
        doc, _ = upsert_document(s, RESOLUTION, NOW)
        hit, _ = upsert_hit(s, doc.id, EVIDENCE, NOW)
        first = queue_delivery(
            s,
            key=f"hit:{hit.id}",
            target="defence-desk/email",
            now=NOW,
            hit_id=hit.id,
            team_id="defence-desk",
        )
    with sessions.begin() as s:
        second = queue_delivery(
            s,
            key=f"hit:{hit.id}",
            target="defence-desk/email",
            now=NOW,
            hit_id=hit.id,
            team_id="defence-desk",
        )
    assert (first, second) == (True, False)
    with sessions() as s:
        delivery = s.scalars(select(Delivery)).one()
        assert delivery.status is DeliveryStatus.PENDING and delivery.attempts == 0


def test_crawl_run_round_trip(sessions: sessionmaker[Session]) -> None:
    _seed_topic(sessions)
    with sessions.begin() as s:
        s.add(
            CrawlRun(
                source_id="be_chamber",
                started_at=NOW,
                finished_at=NOW,
                status=CrawlStatus.OK,
                items_seen=12,
                new_documents=2,
                stats={"downloader/request_count": 14},
            )
        )
    with sessions() as s:
        run = s.scalars(select(CrawlRun)).one()
        assert (run.status, run.items_seen, run.new_documents, run.stats) == (
            CrawlStatus.OK,
            12,
            2,
            {"downloader/request_count": 14},
        )


def test_naive_datetimes_are_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(Exception, match="naive datetime"), sessions.begin() as s:
        s.add(Topic(id="x", name="x", updated_at=datetime(2026, 1, 1)))


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite serialises writers
def test_concurrent_inserts_of_the_same_rows_make_one_row_each(
    sessions: sessionmaker[Session],
) -> None:
    _seed_topic(sessions)
    barrier = threading.Barrier(8)
    outcomes: list[tuple[str, bool]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with sessions() as s, s.begin():
                barrier.wait(timeout=10)
                doc, status = upsert_document(s, RESOLUTION, NOW)
                hit, created = upsert_hit(s, doc.id, EVIDENCE, NOW)
                queued = queue_delivery(
                    s, key=f"hit:{hit.id}", target="t/email", now=NOW, hit_id=hit.id
                )
            outcomes.append((status, created and queued))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert sorted(outcomes) == [("new", True)] + [("unchanged", False)] * 7
    with sessions() as s:
        assert (_count(s, Document), _count(s, Hit), _count(s, Delivery)) == (1, 1, 1)
