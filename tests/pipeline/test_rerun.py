"""``watcher ingest RUN`` and ``watcher reextract``, through the real CLI, on SQLite and PostgreSQL.

The input is a real crawl of the AIV's replay (Scrapy's downloader, a spider subprocess) kept in
its folder under the data directory, as a poll keeps it; the assertions read the database and the
outbox (``delivery``) and the local alert file the messages go to without a teams file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from watcher.cli import app
from watcher.crawl.runner import CrawlResult, run_crawl
from watcher.replay import ReplayServer
from watcher.settings import Settings, load_settings
from watcher.storage import db
from watcher.storage.crawlstate import load_crawl_state
from watcher.storage.models import (
    CrawlRun,
    Delivery,
    DeliveryStatus,
    Document,
    DocumentChange,
    DocumentPage,
    ExtractionStatus,
    Hit,
    PendingFile,
    Source,
)

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


@pytest.fixture
def settings(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """watcher pointed at the test database and a scratch data folder, with no teams file (alerts
    go to ``data/alerts/alerts.jsonl``); what the CLI loads."""
    for name, value in {
        "WATCHER_DATABASE_URL": db_url,
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_TEAMS_FILE": str(tmp_path / "teams.yaml"),
        "WATCHER_CONTACT_EMAIL": "tests@example.org",
    }.items():
        monkeypatch.setenv(name, value)
    return load_settings()


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = db.make_engine(settings.database_url)
    yield db.session_factory(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def crawled(settings: Settings, replay: ReplayServer) -> CrawlResult:
    """A real crawl of the AIV's replay, kept under ``data/crawls/nl_aiv/`` and not stored."""
    result = run_crawl(
        "nl_aiv",
        settings=settings,
        base_url=replay.base_url("nl_aiv"),
        extra_scrapy_settings=FAST,
        timeout_s=120,
    )
    assert result.ok and result.records, result.failure
    return result


def _counts(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as s:
        return {
            table.__tablename__: s.scalar(select(func.count()).select_from(table)) or 0
            for table in (
                Document,
                DocumentChange,
                DocumentPage,
                CrawlRun,
                Hit,
                Delivery,
                PendingFile,
            )
        }


def _alert_lines(settings: Settings) -> list[dict[str, object]]:
    path = settings.data_dir / "alerts" / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_ingest_a_kept_run_twice_stores_and_alerts_once(
    settings: Settings, sessions: sessionmaker[Session], crawled: CrawlResult
) -> None:
    runner = CliRunner()
    assert crawled.run_dir is not None

    first = runner.invoke(app, ["ingest", "nl_aiv/latest"])

    assert first.exit_code == 0, first.output
    assert f"crawl run: {crawled.run_dir}" in first.output
    stored = _counts(sessions)
    with sessions() as s:
        native_ids = set(s.scalars(select(Document.native_id)))
        hits = s.execute(select(Document.native_id, Hit.topic_id).join(Hit)).all()
        source = s.get(Source, "nl_aiv")
        assert source is not None
        state = load_crawl_state(s, "nl_aiv")
        [run] = s.scalars(select(CrawlRun))
        assert run.started_at == crawled.started_at
        deliveries = s.execute(select(Delivery.target, Delivery.status, Delivery.key)).all()
        # every document with a file extracted (the replay's page without a download link waits)
        waiting = s.scalars(
            select(Document.content_hash).where(
                Document.extraction_status == ExtractionStatus.PENDING
            )
        ).all()
    assert waiting == [None]
    assert native_ids == {r.native_id for r in crawled.records}
    assert [topic for _, topic in hits] == ["c-uas"]
    assert state == crawled.state  # positions, fingerprints, files and pending, as crawled
    # the hit to the local file, and the admin told of the replay's unknown values; both sent
    assert sorted((target, status) for target, status, _ in deliveries) == [
        ("admin/file", DeliveryStatus.SENT),
        ("local/file", DeliveryStatus.SENT),
    ]
    assert sorted(str(line["target"]) for line in _alert_lines(settings)) == [
        "admin/file",
        "local/file",
    ]

    again = runner.invoke(app, ["ingest", str(crawled.run_dir)])

    assert again.exit_code == 0, again.output
    assert _counts(sessions) == stored  # no second crawl run, change, hit or delivery
    with sessions() as s:
        assert s.execute(select(Delivery.target, Delivery.status, Delivery.key)).all() == (
            deliveries
        )
        assert load_crawl_state(s, "nl_aiv") == state
    assert len(_alert_lines(settings)) == 2  # nothing sent again


def test_ingest_names_a_missing_or_unreadable_run(
    settings: Settings, sessions: sessionmaker[Session], crawled: CrawlResult
) -> None:
    runner = CliRunner()
    assert crawled.run_dir is not None
    crawls = settings.crawls_dir

    missing = runner.invoke(app, ["ingest", "nl_aiv/20990101T000000Z"])
    assert missing.exit_code == 2
    assert f"no crawl folder {crawls / 'nl_aiv' / '20990101T000000Z'}" in missing.output

    none_yet = runner.invoke(app, ["ingest", "be_chamber/latest"])
    assert none_yet.exit_code == 2
    assert f"no finished crawl run in {crawls / 'be_chamber'}" in none_yet.output

    (crawled.run_dir / "stats.json").write_text("{not json")
    unreadable = runner.invoke(app, ["ingest", "nl_aiv/latest"])
    assert unreadable.exit_code == 2
    assert f"{crawled.run_dir}: the crawl's output cannot be read" in unreadable.output

    (crawled.run_dir / "run.json").unlink()
    unfinished = runner.invoke(app, ["ingest", str(crawled.run_dir)])
    assert unfinished.exit_code == 2
    assert f"{crawled.run_dir / 'run.json'}: not a finished crawl run's record" in (
        unfinished.output
    )
    assert _counts(sessions)["document"] == 0


def test_reextract_replaces_changed_text_and_alerts_new_hits_once(
    settings: Settings, sessions: sessionmaker[Session], crawled: CrawlResult
) -> None:
    runner = CliRunner()
    stored = runner.invoke(app, ["ingest", "nl_aiv/latest"])
    assert stored.exit_code == 0, stored.output
    with sessions() as s:
        extracted = s.execute(
            select(Document.id, Document.native_id)
            .where(Document.content_hash.is_not(None))
            .order_by(Document.id)
        ).all()
        [(hit_document, hit_native_id)] = s.execute(
            select(Document.id, Document.native_id).join(Hit)
        ).all()
        original = {(p.document_id, p.page_no): p.text for p in s.scalars(select(DocumentPage))}
    other = next(doc_id for doc_id, _ in extracted if doc_id != hit_document)
    # What a faulty extractor left: the hit's document failed (no text, no hit, no alert) and
    # another's first page garbled.
    with sessions.begin() as s:
        s.execute(delete(Delivery).where(Delivery.hit_id.is_not(None)))
        s.execute(delete(Hit))
        s.execute(delete(DocumentPage).where(DocumentPage.document_id == hit_document))
        document = s.get(Document, hit_document)
        assert document is not None
        document.extraction_status = ExtractionStatus.FAILED
        document.extraction_error = "malformed: what the old extractor said"
        page = s.get(DocumentPage, (other, 1))
        assert page is not None
        page.text = "Ã©Ã©n garbled page"
    sent_before = len(_alert_lines(settings))

    fixed = runner.invoke(app, ["reextract", "--source", "nl_aiv"])

    assert fixed.exit_code == 0, fixed.output
    assert (
        f"documents re-extracted: {len(extracted)}, changed: 2, failed: 0, new hits: 1"
        in fixed.output
    )
    with sessions() as s:
        pages = {(p.document_id, p.page_no): p.text for p in s.scalars(select(DocumentPage))}
        document = s.get(Document, hit_document)
        assert document is not None
        assert document.extraction_status == ExtractionStatus.OK
        assert document.extraction_error is None
        [hit] = s.scalars(select(Hit))
        assert (hit.document_id, hit.topic_id) == (hit_document, "c-uas")
        hit_deliveries = s.execute(
            select(Delivery.target, Delivery.status).where(Delivery.hit_id == hit.id)
        ).all()
    assert pages == original
    assert hit_deliveries == [("local/file", DeliveryStatus.SENT)]
    new_lines = _alert_lines(settings)[sent_before:]
    assert [line["target"] for line in new_lines] == ["local/file"]
    assert hit_native_id in json.dumps(new_lines)

    counts = _counts(sessions)
    again = runner.invoke(app, ["reextract"])

    assert again.exit_code == 0, again.output
    assert (
        f"documents re-extracted: {len(extracted)}, changed: 0, failed: 0, new hits: 0"
        in again.output
    )
    assert _counts(sessions) == counts
    assert len(_alert_lines(settings)) == sent_before + 1

    later = runner.invoke(app, ["reextract", "--since", "2099-01-01"])
    assert later.exit_code == 0, later.output
    assert "documents re-extracted: 0, changed: 0" in later.output
    unknown = runner.invoke(app, ["reextract", "--source", "be_senate"])
    assert unknown.exit_code == 2 and "unknown source 'be_senate'" in unknown.output


def test_ingest_of_an_older_run_adds_only_unknown_documents(
    settings: Settings,
    sessions: sessionmaker[Session],
    replay: ReplayServer,
    crawled: CrawlResult,
) -> None:
    """A run older than the last stored one, stored again, adds the documents not known yet and
    rolls back neither the cursor, the health nor a known document."""
    older = crawled
    newer = run_crawl(
        "nl_aiv",
        settings=settings,
        state=older.state,
        base_url=replay.base_url("nl_aiv"),
        extra_scrapy_settings=FAST,
        timeout_s=120,
    )
    assert older.run_dir is not None and newer.run_dir is not None
    assert newer.started_at > older.started_at
    runner = CliRunner()
    for run in (older, newer):  # as two polls stored them
        stored = runner.invoke(app, ["ingest", str(run.run_dir), "--no-alerts"])
        assert stored.exit_code == 0, stored.output
    with sessions() as s:
        source = s.get(Source, "nl_aiv")
        assert source is not None
        before = (source.cursor, source.last_run_at, source.health)
        titles = dict(s.execute(select(Document.native_id, Document.title)).all())
    # The older run's output as if it had seen another title, and a document not stored yet.
    lines = (older.run_dir / "items.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    assert first["native_id"] in titles
    unseen = {**first, "native_id": "documenten/2020/01/01/unseen", "title": "Not stored yet"}
    first["title"] = "Another title"
    (older.run_dir / "items.jsonl").write_text(
        "\n".join([json.dumps(first), *lines[1:], json.dumps(unseen)]) + "\n"
    )

    result = runner.invoke(app, ["ingest", str(older.run_dir), "--no-alerts"])

    assert result.exit_code == 0, result.output
    with sessions() as s:
        source = s.get(Source, "nl_aiv")
        assert source is not None
        assert (source.cursor, source.last_run_at, source.health) == before
        assert dict(s.execute(select(Document.native_id, Document.title)).all()) == {
            **titles,
            "documenten/2020/01/01/unseen": "Not stored yet",
        }
        assert s.scalar(select(func.count()).select_from(DocumentChange)) == 0
        assert s.scalar(select(func.count()).select_from(CrawlRun)) == 2
