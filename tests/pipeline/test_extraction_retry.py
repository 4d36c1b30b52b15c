"""No alert lost to a failed extraction: a killed, timed-out or starved extraction is tried again
by a later run with a larger budget, and given up on only after its retries, with the admin told.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pipelinekit import offline_teams, teams_yaml
from servers import SmtpServer
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

import watcher.extract
import watcher.replay
from flows.poll import poll
from watcher.alerts.teams import TeamsConfig
from watcher.documents import (
    Extractor,
    ProcessReport,
    RetryPolicy,
    pending_documents,
    process_documents,
)
from watcher.extract import Extraction, Page
from watcher.settings import Settings
from watcher.storage.models import Delivery, Document, ExtractionStatus, Hit
from watcher.storage.rawstore import RawStore
from watcher.storage.repo import DocumentFields, ensure_source, record_raw_file, upsert_document

RESOLUTION_TOPICS = {"benesam", "benelux-helicopter-command", "c-uas", "pesco"}
RESOLUTION_PDF = (
    Path(watcher.replay.__file__).parent / "sites/be_chamber/FLWB/PDF/56/0367/56K0367004.pdf"
)
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def _resolution(settings: Settings) -> tuple[Document, set[str]]:
    with Session(create_engine(settings.database_url)) as s:
        document = s.scalars(select(Document).where(Document.native_id == "56K0367004")).one()
        hits = set(s.scalars(select(Hit.topic_id).where(Hit.document_id == document.id)))
        return document, hits


def _resolution_mails(smtp: SmtpServer) -> list[str]:
    return [str(m["Subject"]) for m in smtp.messages if "0367/004" in str(m["Subject"])]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_extraction_killed_once_is_retried_by_the_next_poll_and_alerts_once(
    watcher_env: Callable[[str | None], Settings],
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watcher_env(teams_yaml(smtp_server))
    monkeypatch.setenv("WATCHER_EXTRACTION_RETRY_MINUTES", "0")
    resolution_bytes = RESOLUTION_PDF.read_bytes()
    run_isolated = watcher.extract.run_isolated
    killed: list[float] = []

    def killed_once(
        func: Callable[..., Any],
        args: tuple[Any, ...] = (),
        kwargs: Mapping[str, Any] | None = None,
        **budget: Any,
    ) -> Any:
        """The resolution's extraction child gets SIGKILL, as from the OOM killer, once."""
        if not killed and args and args[0] == resolution_bytes:
            killed.append(budget["timeout_s"])
            return run_isolated(signal.raise_signal, (signal.SIGKILL,), {}, **budget)
        return run_isolated(func, args, kwargs, **budget)

    monkeypatch.setattr(watcher.extract, "run_isolated", killed_once)

    first = poll(replay=True, sources=["be_chamber"])

    assert killed == [120]
    assert not first.ok  # the poll says so: its exit code is not 0
    assert first.sources[0].extraction_retrying == 1 and first.sources[0].failure is None
    settings = watcher_env(teams_yaml(smtp_server))
    document, hits = _resolution(settings)
    assert document.extraction_status is ExtractionStatus.PENDING and hits == set()
    assert document.extraction_attempts == 1
    assert document.extraction_error == "crashed: child killed by SIGKILL"
    assert _resolution_mails(smtp_server) == []

    second = poll(replay=True, sources=["be_chamber"])

    assert second.ok, [(s.source, s.failure, s.extraction_retrying) for s in second.sources]
    document, hits = _resolution(settings)
    assert document.extraction_status is ExtractionStatus.OK and hits == RESOLUTION_TOPICS
    assert len(_resolution_mails(smtp_server)) == 1

    third = poll(replay=True, sources=["be_chamber"])

    assert third.ok and len(_resolution_mails(smtp_server)) == 1


def _pending_document(sessions: sessionmaker[Session], raw: RawStore) -> int:
    sha = raw.put(b"%PDF-1.4 a file that will not extract")
    with sessions.begin() as s:
        ensure_source(s, "be_chamber", "Chamber")
        record_raw_file(s, sha, 37, "application/pdf", str(raw.path_for(sha)), T0)
        document, _ = upsert_document(
            s,
            DocumentFields(
                source_id="be_chamber",
                native_id="56K0367004",
                url="https://www.dekamer.be/kvvcr/showpage.cfm?dossierID=0367",
                title="DOC 56 0367/004",
                file_url="https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf",
                content_hash=sha,
            ),
            T0,
        )
        return document.id


def _process(
    sessions: sessionmaker[Session],
    ids: list[int],
    raw: RawStore,
    teams: TeamsConfig,
    now: datetime,
    extractor: Extractor,
    retry: RetryPolicy | None = None,
) -> ProcessReport:
    return process_documents(
        sessions,
        ids,
        raw_store=raw,
        topics=[],
        teams=teams,
        now=now,
        announce=True,
        workers=1,
        retry=retry,
        extractor=extractor,
    )


def test_retries_wait_double_their_budget_and_then_give_up_telling_the_admin(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    teams = offline_teams(tmp_path)
    raw = RawStore(tmp_path / "raw")
    doc_id = _pending_document(sessions, raw)
    policy = RetryPolicy(timeout_s=10, memory_mb=100, retries=2, backoff=timedelta(minutes=10))
    budgets: list[tuple[float, int]] = []

    def out_of_memory(data: bytes, *, timeout_s: float, memory_mb: int) -> Extraction:
        budgets.append((timeout_s, memory_mb))
        return Extraction.failure(f"memory: needed more than {memory_mb} MB")

    def run(now: datetime) -> list[int]:
        with sessions() as s:
            due = pending_documents(s, "be_chamber", now=now)
        report = _process(sessions, due, raw, teams, now, out_of_memory, policy)
        return [report.retrying, report.failed]

    assert run(T0) == [1, 0]
    assert run(T0 + timedelta(minutes=9)) == [0, 0]  # not due yet
    assert run(T0 + timedelta(minutes=10)) == [1, 0]
    assert run(T0 + timedelta(minutes=29)) == [0, 0]  # the second wait is twice as long
    assert run(T0 + timedelta(minutes=30)) == [0, 1]
    assert run(T0 + timedelta(days=1)) == [0, 0]  # given up: never pending again

    assert budgets == [(10, 100), (20, 200), (40, 400)]
    with sessions() as s:
        document = s.get(Document, doc_id)
        assert document is not None
        assert document.extraction_status is ExtractionStatus.FAILED
        assert document.extraction_attempts == 3
        (told,) = s.scalars(select(Delivery)).all()
        assert told.target == "admin/ops" and told.payload is not None
        assert told.payload["health"] == "failing to extract"
        detail = told.payload["detail"]
        assert "DOC 56 0367/004" in detail and "56K0367004.pdf" in detail
        assert "after 3 attempt(s): memory: needed more than 400 MB" in detail


def test_a_file_that_cannot_be_read_fails_at_once_and_text_clears_the_retry(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    teams = offline_teams(tmp_path)
    raw = RawStore(tmp_path / "raw")
    doc_id = _pending_document(sessions, raw)
    outcomes = [
        Extraction.failure("timeout: no result after 120 s; child killed"),
        Extraction(kind="pdf", pages=[Page(1, "C-UAS " * 10, "nl")], language="nl"),
    ]

    def extractor(data: bytes, *, timeout_s: float, memory_mb: int) -> Extraction:
        return outcomes.pop(0)

    for now in (T0, T0 + timedelta(hours=1)):
        _process(sessions, [doc_id], raw, teams, now, extractor)
    with sessions() as s:
        document = s.get(Document, doc_id)
        assert document is not None and document.extraction_status is ExtractionStatus.OK
        assert document.extraction_retry_at is None and document.pages[0].text.startswith("C-UAS")

    malformed = _pending_document(sessions, raw)  # the same document, its text reset
    with sessions.begin() as s:
        stored = s.get(Document, malformed)
        assert stored is not None
        stored.extraction_status = ExtractionStatus.PENDING
    report = _process(
        sessions,
        [malformed],
        raw,
        teams,
        T0,
        lambda data, **budget: Extraction.failure("malformed: truncated xref"),
    )
    assert (report.retrying, report.failed) == (0, 1)
    assert report.failures == ["be_chamber/56K0367004: malformed: truncated xref"]
