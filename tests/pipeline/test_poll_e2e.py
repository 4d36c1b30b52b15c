"""End to end: the bundled replay of the four sites -> the poll flow on a real Prefect server ->
documents and hits in the database -> e-mail received by a real SMTP server on 127.0.0.1.

Runs on SQLite and on PostgreSQL (the ``db_url`` fixture).
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

import pytest
from pipelinekit import teams_yaml
from servers import SmtpServer
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from flows.poll import poll
from watcher import steps
from watcher.replay.sites import replayed
from watcher.settings import Settings
from watcher.storage.models import (
    CrawlRun,
    Delivery,
    DeliveryStatus,
    Document,
    ExtractionStatus,
    Hit,
    Source,
)

RESOLUTION_PDF = "https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf"
RESOLUTION_TOPICS = {"benesam", "benelux-helicopter-command", "c-uas", "pesco"}
# Values no spider knows are kept and reported: the Chamber's real dossier 56/0923 has labels the
# spider does not know; the TK replay an unknown Soort and an entity without one; the AIV replay
# an unknown type and a page without a download link.
KNOWN_HEALTH = {
    "be_chamber": "degraded",
    "nl_tweedekamer": "degraded",
    "nl_aiv": "degraded",
    "benelux_parliament": "ok",
}


def _session(settings: Settings) -> Session:
    return Session(create_engine(settings.database_url))


def _body(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part"
    content = part.get_content()
    assert isinstance(content, str)
    return content


def _resolution_mail(smtp: SmtpServer) -> EmailMessage:
    mails = [m for m in smtp.messages if "0367/004" in str(m["Subject"])]
    assert len(mails) == 1, [str(m["Subject"]) for m in smtp.messages]
    return mails[0]


def test_poll_stores_hits_mails_the_team_and_a_second_poll_does_nothing(
    watcher_env: Callable[[str | None], Settings], smtp_server: SmtpServer
) -> None:
    settings = watcher_env(teams_yaml(smtp_server))

    summary = poll(replay=True)

    assert summary.ok, [(s.source, s.failure) for s in summary.sources]
    assert {s.source for s in summary.sources} == set(replayed())
    assert all(s.new > 0 for s in summary.sources)
    with _session(settings) as s:
        resolution = s.scalars(
            select(Document).where(
                Document.source_id == "be_chamber", Document.native_id == "56K0367004"
            )
        ).one()
        assert resolution.extraction_status is ExtractionStatus.OK
        assert resolution.file_url == RESOLUTION_PDF
        hits = {
            h.topic_id: h for h in s.scalars(select(Hit).where(Hit.document_id == resolution.id))
        }
        assert set(hits) == RESOLUTION_TOPICS
        c_uas = hits["c-uas"]
        assert "anti-drones" in c_uas.terms and c_uas.page is not None
        page_text = next(p.text for p in resolution.pages if p.page_no == c_uas.page)
        assert c_uas.start is not None and c_uas.end is not None
        assert "anti-drones" in page_text[c_uas.start : c_uas.end]
        health = {src.id: src.health.value for src in s.scalars(select(Source))}
        assert set(health) == set(replayed())
        assert {slug: health[slug] for slug in KNOWN_HEALTH} == KNOWN_HEALTH

    # The team got one e-mail for the resolution, naming its topics, with snippet and deep link.
    mail = _resolution_mail(smtp_server)
    assert mail["To"] == "desk@example.org"
    assert "C-UAS" in str(mail["Subject"]) and "DOC 56 0367/004" in str(mail["Subject"])
    text, html = _body(mail, "plain"), _body(mail, "html")
    assert f"{RESOLUTION_PDF}#page={c_uas.page}" in text
    assert "anti-drones" in text and "(C-UAS of VSHROD)" in text.replace("*", "")
    assert "<b>anti-drones</b></mark>" in html
    assert f'href="{RESOLUTION_PDF}#page={c_uas.page}"' in html
    with _session(settings) as s:
        documents_with_hits = set(s.scalars(select(Hit.document_id)))
    first_poll_mails = len(smtp_server.messages)
    team_mails = [m for m in smtp_server.messages if m["To"] == "desk@example.org"]
    assert len(team_mails) == len(documents_with_hits)  # one message per document, topics together
    # The admin hears once of each degraded source (its new values), and of nothing else.
    admin_mails = {
        str(m["Subject"]): _body(m, "plain")
        for m in smtp_server.messages
        if m["To"] == "ops@example.org"
    }
    assert first_poll_mails == len(team_mails) + len(admin_mails)
    chamber = next(
        body for subject, body in admin_mails.items() if "be_chamber is degraded" in subject
    )
    assert "19 KAFT" in chamber
    assert sorted(subject.split("Source ")[-1] for subject in admin_mails) == [
        f"{slug} is degraded" for slug, state in sorted(health.items()) if state == "degraded"
    ]

    # A second poll: nothing new, no document downloaded, nothing sent.
    again = poll(replay=True)

    assert again.ok
    assert [(s.source, s.new, s.changed, len(s.hit_ids)) for s in again.sources] == [
        (s.source, 0, 0, 0) for s in again.sources
    ]
    assert len(smtp_server.messages) == first_poll_mails
    with _session(settings) as s:
        runs = s.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
        sources = len(replayed())
        assert len(runs) == 2 * sources
        second = runs[sources:]
        assert [r.stats.get("watcher/files_downloaded", 0) for r in second] == [0] * sources
        assert [r.new_documents for r in second] == [0] * sources
        statuses = {d.status for d in s.scalars(select(Delivery))}
        assert statuses == {DeliveryStatus.SENT}


class WorkerDied(BaseException):
    """What a killed worker looks like from inside: nothing in the flow may carry on."""


def _poll_that_crashes_in(
    step: str,
    watcher_env: Callable[[str | None], Settings],
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    sources: list[str] | None,
) -> Settings:
    """Run a poll whose ``step`` dies (as a killed worker would); return the settings to go on."""
    watcher_env(teams_yaml(smtp_server))

    def crash(*args: object, **kwargs: object) -> None:
        raise WorkerDied(f"the worker died in {step}")

    monkeypatch.setattr(step, crash)
    with pytest.raises(WorkerDied):
        poll(replay=True, sources=sources)
    monkeypatch.undo()
    return watcher_env(teams_yaml(smtp_server))  # undo() also dropped the environment


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_poll_interrupted_after_storing_documents_processes_them_on_the_next_run(
    watcher_env: Callable[[str | None], Settings],
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = _poll_that_crashes_in(
        "watcher.steps.process_documents", watcher_env, smtp_server, monkeypatch, ["be_chamber"]
    )

    with _session(settings) as s:
        stored = s.scalars(select(Document)).all()
        assert stored and {d.extraction_status for d in stored} == {ExtractionStatus.PENDING}
        assert s.scalars(select(Hit)).all() == []

    summary = poll(replay=True, sources=["be_chamber"])

    assert summary.ok and summary.sources[0].new == 0  # nothing new at the source...
    assert {h.topic_id for h in _resolution_hits(settings)} == RESOLUTION_TOPICS  # ...but done now
    _resolution_mail(smtp_server)


def _resolution_hits(settings: Settings) -> list[Hit]:
    with _session(settings) as s:
        return list(s.scalars(select(Hit).join(Document).where(Document.native_id == "56K0367004")))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_poll_interrupted_before_sending_delivers_everything_once_on_the_next_run(
    watcher_env: Callable[[str | None], Settings],
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = _poll_that_crashes_in(
        "watcher.steps.send_pending", watcher_env, smtp_server, monkeypatch, None
    )

    assert smtp_server.messages == []
    with _session(settings) as s:
        pending = s.scalars(select(Delivery)).all()
        assert pending and {d.status for d in pending} == {DeliveryStatus.PENDING}
        hit_keys = {d.key for d in pending}

    summary = poll(replay=True)

    assert summary.ok and all(s.new == 0 for s in summary.sources)
    with _session(settings) as s:
        deliveries = s.scalars(select(Delivery)).all()
        assert {d.key for d in deliveries} == hit_keys
        assert {d.status for d in deliveries} == {DeliveryStatus.SENT}
    _resolution_mail(smtp_server)  # exactly one, asserted inside
    subjects = [str(m["Subject"]) for m in smtp_server.messages]
    assert len(subjects) == len(set(subjects))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_error_processing_one_source_holds_back_neither_the_others_nor_their_alerts(
    watcher_env: Callable[[str | None], Settings],
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = watcher_env(teams_yaml(smtp_server))
    ingest_crawl = steps.ingest_crawl

    def broken_for_the_chamber(sessions: object, slug: str, *args: Any, **kwargs: Any) -> Any:
        if slug == "be_chamber":
            raise RuntimeError("database went away")
        return ingest_crawl(sessions, slug, *args, **kwargs)

    monkeypatch.setattr(steps, "ingest_crawl", broken_for_the_chamber)
    summary = poll(replay=True)

    assert not summary.ok
    by_source = {s.source: s for s in summary.sources}
    assert by_source["be_chamber"].failure == "processing failed: database went away"
    others = [s for slug, s in by_source.items() if slug != "be_chamber"]
    assert len(others) == len(replayed()) - 1 and all(s.ok and s.new > 0 for s in others)
    assert smtp_server.messages and not any(
        "0367" in str(m["Subject"]) for m in smtp_server.messages
    )

    monkeypatch.setattr(steps, "ingest_crawl", ingest_crawl)
    again = poll(replay=True)

    assert again.ok
    assert {h.topic_id for h in _resolution_hits(settings)} == RESOLUTION_TOPICS
    _resolution_mail(smtp_server)  # exactly one, asserted inside
