"""Cost as the archive grows, on SQLite and PostgreSQL: ingest per document, and hit listings.

Ingests synthetic documents through ``watcher.ingest.ingest_crawl`` in crawls of ``--batch``
records and prints the cost per document of the first and the last tenth. With
``--spider-state`` each crawl also carries the spider's whole state as the spider returns it
(fingerprints and known files of every document so far), which ingest compares with the document
rows, writing only what changed (``storage.crawlstate``). Then adds hits (``--hits``, spread
over 20 topics) and times ``watcher hits``' query (``storage.queries.hit_page``): the first
page of one topic, the page 100 pages deep, the page after a hit id deep in the archive, and the
first page since a date.

    .venv/bin/python benchmarks/bench_scale.py            # 10,000 documents, 100,000 hits
    .venv/bin/python benchmarks/bench_scale.py --full     # 100,000 documents, 1,000,000 hits

PostgreSQL comes from ``WATCHER_TEST_POSTGRES_URL`` (default the tests' ``test`` database on
127.0.0.1): a scratch database is created and dropped. Each database is skipped with the reason
when it does not answer.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from watcher.alerts.teams import TeamsConfig
from watcher.alerts.teams_file import load_teams
from watcher.crawl.records import CrawlState, DocumentRecord, KnownFile
from watcher.crawl.runner import CrawlResult
from watcher.ingest import ingest_crawl
from watcher.storage import db
from watcher.storage.models import Document, Hit, Topic
from watcher.storage.queries import hit_page
from watcher.storage.rawstore import RawStore

T0 = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
TOPICS = [f"topic-{n:02d}" for n in range(20)]
HITS_PER_DOCUMENT = 10
TEAMS = """
teams:
  desk: {name: Desk, topics: all, targets: {email: "mailto://127.0.0.1:9?to=d@example.org"}}
admin:
  targets: {ops: "mailto://127.0.0.1:9?to=ops@example.org"}
"""


@contextmanager
def databases(tmp: Path) -> Iterator[list[tuple[str, str]]]:
    """(name, url) of a fresh SQLite file and, when one answers, a scratch PostgreSQL database."""
    found = [("sqlite", f"sqlite:///{tmp / 'scale.db'}")]
    admin_url = os.environ.get("WATCHER_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1/test")
    admin_url = admin_url.replace("postgresql://", "postgresql+psycopg://", 1)
    admin = create_engine(
        admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    name = f"watcher_scale_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        found.append(("postgresql", admin.url.set(database=name).render_as_string(False)))
    except Exception as exc:  # the benchmark runs on what is there, and says what is not
        print(f"postgresql: skipped ({type(exc).__name__}: {str(exc).splitlines()[0]})")
        name = ""
    try:
        yield found
    finally:
        if name:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _record(n: int) -> DocumentRecord:
    sha = hashlib.sha256(str(n).encode()).hexdigest()
    return DocumentRecord(
        source="be_chamber",
        native_id=f"56K{n:07d}",
        url=f"https://www.dekamer.be/kvvcr/showpage.cfm?section=/flwb&dossierID={n:07d}",
        title=f"Wetsontwerp nummer {n} betreffende de militaire programmering en de NAVO",
        doc_type="wetsontwerp",
        language="nl",
        published_on=(T0 + timedelta(hours=n)).date(),
        file_urls=(f"https://www.dekamer.be/FLWB/PDF/56/{n:07d}.pdf",),
        related_key=f"be_chamber/56K{n // 4:07d}",
        content_sha256=sha,
        media_type="application/pdf",
        size=100_000 + n,
    )


def _crawl(records: list[DocumentRecord], state: CrawlState, now: datetime) -> CrawlResult:
    return CrawlResult(
        slug="be_chamber",
        records=records,
        state=state,
        stats={"finish_reason": "finished", "downloader/response_count": len(records)},
        ok=True,
        failure=None,
        requests=len(records),
        bytes_downloaded=0,
        files_downloaded=len(records),
        capped=False,
        started_at=now,
    )


def bench_ingest(
    sessions: sessionmaker[Session],
    teams: TeamsConfig,
    raw: RawStore,
    total: int,
    batch: int,
    *,
    spider_state: bool,
) -> list[float]:
    """Ingest ``total`` documents in crawls of ``batch``; milliseconds per document, per crawl."""
    state = CrawlState()
    per_document: list[float] = []
    for start in range(0, total, batch):
        records = [_record(n) for n in range(start, min(start + batch, total))]
        for record in records if spider_state else []:  # what the spider remembers of each
            state.fingerprints[record.native_id] = record.content_sha256 or ""
            state.files[record.native_id] = KnownFile(
                url=record.file_urls[0],
                sha256=record.content_sha256 or "",
                media_type="application/pdf",
                size=record.size or 0,
            )
        now = T0 + timedelta(minutes=start)
        t = time.perf_counter()
        report = ingest_crawl(
            sessions,
            "be_chamber",
            "Chamber",
            _crawl(records, state, now),
            raw_store=raw,
            teams=teams,
            started_at=now,
            now=now,
        )
        per_document.append((time.perf_counter() - t) * 1000 / len(records))
        assert len(report.new_document_ids) == len(records), report.rejected
    return per_document


def add_hits(sessions: sessionmaker[Session], count: int) -> None:
    """``count`` hits on the stored documents, ``HITS_PER_DOCUMENT`` topics each, in bulk."""
    with sessions.begin() as s:
        s.execute(insert(Topic), [{"id": t, "name": t, "updated_at": T0} for t in TOPICS])
        doc_ids = list(s.scalars(select(Document.id).order_by(Document.id)))
    if count > len(doc_ids) * HITS_PER_DOCUMENT:
        raise SystemExit(f"{count:,} hits need {count // HITS_PER_DOCUMENT:,} documents or more")
    rng = random.Random(7)
    rows: list[dict[str, Any]] = []
    for n in range(count):
        if n % HITS_PER_DOCUMENT == 0:
            topics = rng.sample(TOPICS, HITS_PER_DOCUMENT)
        rows.append(
            {
                "document_id": doc_ids[n // HITS_PER_DOCUMENT],
                "topic_id": topics[n % HITS_PER_DOCUMENT],
                "score": 1.0,
                "tier": "strong",
                "terms": ["navo"],
                "snippet": "... de NAVO en de militaire programmering ...",
                "page": 1,
                "start": 3,
                "end": 7,
                "evidence": [],
                "matched_at": T0 + timedelta(seconds=n),
                "backfilled": False,
            }
        )
        if len(rows) == 20_000 or n == count - 1:
            with sessions.begin() as s:
                s.execute(insert(Hit), rows)
            rows.clear()


def best_ms(run: Callable[[], object], times: int = 5) -> float:
    samples = []
    for _ in range(times):
        t = time.perf_counter()
        run()
        samples.append((time.perf_counter() - t) * 1000)
    return min(samples)


def bench_listing(sessions: sessionmaker[Session]) -> dict[str, float]:
    with sessions() as s:
        hits = s.scalar(select(Hit.id).order_by(Hit.id.desc()).offset(s.query(Hit).count() // 2))
        recent = T0 + timedelta(days=365 * 10)  # after every hit: an empty, indexed answer

        def page(**kw: Any) -> Callable[[], object]:
            def run() -> object:
                rows = hit_page(s, **kw)
                s.expunge_all()
                return rows

            return run

        return {
            "first page of one topic": best_ms(page(topic="topic-03")),
            "page 100 of one topic": best_ms(page(topic="topic-03", page=100)),
            "one topic, before a mid-archive hit": best_ms(page(topic="topic-03", before=hits)),
            "first page, every topic": best_ms(page()),
            "one topic since a date": best_ms(page(topic="topic-03", since=recent)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="100,000 documents, 1,000,000 hits")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--hits", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500, help="records per crawl")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    parser.add_argument(
        "--spider-state", action="store_true", help="each crawl stores the growing spider state"
    )
    args = parser.parse_args()
    documents, hits = (100_000, 1_000_000) if args.full else (args.documents, args.hits)
    with tempfile.TemporaryDirectory() as tmp_dir, databases(Path(tmp_dir)) as found:
        tmp = Path(tmp_dir)
        (tmp / "teams.yaml").write_text(TEAMS)
        teams = load_teams(tmp / "teams.yaml", {}, data_dir=tmp)
        for name, url in found:
            if args.only and name != args.only:
                continue
            db.upgrade(url)
            engine = db.make_engine(url)
            sessions = db.session_factory(engine)
            t = time.perf_counter()
            costs = bench_ingest(
                sessions,
                teams,
                RawStore(tmp / "raw"),
                documents,
                args.batch,
                spider_state=args.spider_state,
            )
            seconds = time.perf_counter() - t
            tenth = max(1, len(costs) // 10)
            first, last = statistics.mean(costs[:tenth]), statistics.mean(costs[-tenth:])
            print(
                f"{name}: ingest of {documents:,} documents in crawls of {args.batch}"
                f"{' with the spider state' if args.spider_state else ''}: "
                f"{seconds:.0f} s; first tenth {first:.2f} ms/document, last tenth {last:.2f} "
                f"ms/document ({last / first:.2f}x)"
            )
            t = time.perf_counter()
            add_hits(sessions, hits)
            print(f"{name}: {hits:,} hits added in {time.perf_counter() - t:.0f} s")
            for label, ms in bench_listing(sessions).items():
                print(f"{name}:   watcher hits, {label}: {ms:.1f} ms (best of 5)")
            engine.dispose()


if __name__ == "__main__":
    main()
