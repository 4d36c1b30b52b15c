"""Ingest: one bad record costs only itself, and a crawl that could not run keeps the crawl state.

Runs on SQLite and on PostgreSQL (the ``sessions`` fixture), where a NUL or an over-long URL used
to fail the whole crawl's transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipelinekit import offline_teams
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from watcher.crawl.records import CrawlState, DocumentRecord, KnownFile, PendingDocument
from watcher.crawl.runner import CrawlResult
from watcher.ingest import IngestReport, ingest_crawl
from watcher.storage.crawlstate import load_crawl_state
from watcher.storage.models import CrawlRun, Delivery, Document, Source
from watcher.storage.rawstore import RawStore

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def _record(native_id: str, **fields: object) -> DocumentRecord:
    values: dict[str, object] = {
        "source": "nl_aiv",
        "native_id": native_id,
        "url": f"https://www.aiv-advies.nl/{native_id}",
        "title": f"Advies {native_id}",
        "doc_type": "advies",
        "language": "nl",
    }
    return DocumentRecord.model_validate({**values, **fields})


def _result(records: list[DocumentRecord], state: CrawlState, *, ok: bool = True) -> CrawlResult:
    return CrawlResult(
        slug="nl_aiv",
        records=records,
        state=state,
        stats={"finish_reason": "finished"},
        ok=ok,
        failure=None,
        requests=3,
        bytes_downloaded=100,
        files_downloaded=0,
        capped=False,
        started_at=T0,
    )


def _ingest(
    sessions: sessionmaker[Session], result: CrawlResult, tmp_path: Path, now: datetime = T0
) -> IngestReport:
    return ingest_crawl(
        sessions,
        "nl_aiv",
        "AIV",
        result,
        raw_store=RawStore(tmp_path / "raw"),
        teams=offline_teams(tmp_path),
        started_at=now,
        now=now,
    )


def _refuse_native_id(sessions: sessionmaker[Session], native_id: str) -> None:
    """A trigger that makes the database itself refuse one document, as no check foresaw."""
    with sessions.begin() as s:
        if s.get_bind().dialect.name == "sqlite":
            s.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON document "
                    f"WHEN NEW.native_id = '{native_id}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
        else:
            s.execute(
                text(
                    "CREATE OR REPLACE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                    f"IF NEW.native_id = '{native_id}' THEN RAISE EXCEPTION 'refused'; END IF; "
                    "RETURN NEW; END $$ LANGUAGE plpgsql"
                )
            )
            s.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON document "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
            )


def _drop_refusal(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        if s.get_bind().dialect.name == "sqlite":
            s.execute(text("DROP TRIGGER refuse"))
        else:
            s.execute(text("DROP TRIGGER refuse ON document"))
            s.execute(text("DROP FUNCTION refuse()"))


def test_bad_records_are_repaired_or_rejected_one_by_one_and_the_others_stored(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    long_url = "https://www.aiv-advies.nl/" + "x" * 2100
    records = [
        _record("plain"),
        _record("nel", title="Motie\u0085over drones"),
        _record("ls", title="Nota\u2028over\u2029C-UAS"),
        _record("nul", title="Nota\x00bene"),
        _record("long-url", url=long_url),
        _record("script", url="javascript:alert(1)"),
        _record("file-script", file_urls=("javascript:void(0)",)),
        _record("bad\x00id"),
        _record("poison"),
    ]
    _refuse_native_id(sessions, "poison")
    try:
        report = _ingest(sessions, _result(records, CrawlState(cursor={"page": 2})), tmp_path)
    finally:
        _drop_refusal(sessions)

    with sessions() as s:
        stored = {d.native_id: d.title for d in s.scalars(select(Document))}
        assert stored == {
            "plain": "Advies plain",
            "nel": "Motie over drones",
            "ls": "Nota over C-UAS",
            "nul": "Nota bene",
        }
        assert [r.split(": ")[0] for r in report.rejected] == [
            "nl_aiv/bad\x00id",
            "nl_aiv/file-script",
            "nl_aiv/long-url",
            "nl_aiv/script",
            "nl_aiv/poison",
        ]
        assert "native_id: holds control characters" in report.rejected[0]
        assert "file_url: not an http(s) URL: 'javascript:void(0)'" in report.rejected[1]
        assert "url: 2126 characters, over the 2000 of the column" in report.rejected[2]
        assert "url: not an http(s) URL: 'javascript:alert(1)'" in report.rejected[3]
        assert "poison: refused by the database: " in report.rejected[4]
        assert "refused" in report.rejected[4].split("database: ")[1]
        run = s.scalars(select(CrawlRun)).one()
        assert run.new_documents == 4 and run.stats["watcher/rejected"] == report.rejected
        source = s.get(Source, "nl_aiv")
        assert source is not None and source.cursor["cursor"] == {"page": 2}
        # The admin is told once, with every reason.
        (told,) = s.scalars(select(Delivery)).all()
        assert told.key == f"health:nl_aiv:rejecting records:{run.id}"
        assert told.target == "admin/ops" and told.payload is not None
        assert "5 record(s) of crawl run" in told.payload["detail"]
        assert "javascript:alert(1)" in told.payload["detail"]


def test_the_cursor_is_kept_when_the_spider_cannot_start(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    sha = "a" * 64
    listed = _record("b", file_urls=("https://www.aiv-advies.nl/b.pdf",))
    state = CrawlState(
        cursor={"ip_floor": 78},
        fingerprints={"dossier:56K0367": "m", "a": "abc"},
        files={
            "a": KnownFile(
                url="https://www.aiv-advies.nl/a.pdf",
                sha256=sha,
                media_type="application/pdf",
                size=3,
                etag='"' + "v" * 1000 + '"',  # the site chooses its length
            )
        },
        pending={"b": PendingDocument(record=listed, fingerprint="def", last_error="HTTP 404")},
    )
    stored = _record(
        "a",
        file_urls=("https://www.aiv-advies.nl/a.pdf",),
        content_sha256=sha,
        media_type="application/pdf",
        size=3,
    )
    _ingest(sessions, _result([stored], state), tmp_path)
    for _ in range(3):
        broken = CrawlResult.broken("nl_aiv", "crawl process failed: OSError", now=T0)
        report = _ingest(sessions, broken, tmp_path)
        assert not report.ok

    with sessions() as s:
        source = s.get(Source, "nl_aiv")
        assert source is not None
        assert load_crawl_state(s, "nl_aiv") == state
        assert source.last_error == "crawl process failed: OSError"
