"""The team's site over a large archive: page and search latency, SQLite and PostgreSQL.

Fills a scratch database with N generated documents (default 100,000; one page of about 1.5 kB
each, words drawn from the bundled seed texts, a real paragraph of them mixed into every tenth),
a hit on every fifth document, then times requests through the app (routing, queries, templates;
no network): the hits page, filtered and deep, a document page, and searches of each kind.
Prints the median and 95th percentile per request. Targets (issue #16): under 100 ms for a
page, under 200 ms for a search.

    .venv/bin/python benchmarks/bench_web.py [--documents 100000] [--postgres URL] [--repeat 15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from starlette.testclient import TestClient

from watcher.settings import PROJECT_ROOT, load_settings
from watcher.storage import db
from watcher.storage.models import Document, DocumentPage, Hit, Source, Topic
from watcher.web.app import create_app

TEXTS = PROJECT_ROOT / "src" / "watcher" / "replay" / "texts"
TOPICS = ("benesam", "c-uas", "pesco", "benelux-helicopter-command")
SOURCES = ("be_chamber", "nl_tweedekamer", "nl_aiv", "benelux_parliament")


def _corpus() -> tuple[list[str], list[str]]:
    words: list[str] = []
    paragraphs: list[str] = []
    for path in sorted(TEXTS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        words += body.split()
        paragraphs += [p for p in body.split("\n\n") if 200 < len(p) < 1500]
    return words, paragraphs


def fill(url: str, documents: int) -> None:
    rng = random.Random(7)
    words, paragraphs = _corpus()
    engine = db.make_engine(url)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(insert(Source), [{"id": s, "name": s} for s in SOURCES])
        conn.execute(insert(Topic), [{"id": t, "name": t} for t in TOPICS])
    batch = 2000
    for first in range(0, documents, batch):
        docs, pages, hits = [], [], []
        for i in range(first, min(first + batch, documents)):
            body = " ".join(rng.choices(words, k=200))
            if i % 10 == 0:
                body = rng.choice(paragraphs) + "\n\n" + body
            seen = t0 + timedelta(minutes=5 * i)
            docs.append(
                {
                    "id": i + 1,
                    "source_id": SOURCES[i % 4],
                    "native_id": f"gen-{i}",
                    "url": f"https://example.org/doc/{i}",
                    "title": " ".join(rng.choices(words, k=10)),
                    "language": ("nl", "fr", "en")[i % 3],
                    "first_seen_at": seen,
                    "last_seen_at": seen,
                }
            )
            pages.append({"document_id": i + 1, "page_no": 1, "text": body, "language": "nl"})
            if i % 5 == 0:
                snippet = " ".join(body.split()[:40])
                hits.append(
                    {
                        "document_id": i + 1,
                        "topic_id": TOPICS[i % 4],
                        "score": 0.9,
                        "tier": "high",
                        "terms": [],
                        "snippet": snippet,
                        "page": 1,
                        "evidence": [{"page": 1, "snippet": snippet, "start": 0, "end": 10}],
                        "matched_at": seen,
                    }
                )
        with engine.begin() as conn:
            conn.execute(insert(Document), docs)
            conn.execute(insert(DocumentPage), pages)
            conn.execute(insert(Hit), hits)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()


REQUESTS = {
    "page: hits, newest": "/",
    "page: hits of a topic": "/?topic=pesco",
    "page: hits of a source and language, page 40": "/?source=nl_aiv&language=nl&page=40",
    "page: a document": "/documents/4242",
    "search: a common word": "/search?q=defensie",
    "search: a rare word": "/search?q=BeNeSam",
    "search: a phrase": '/search?q="Admiraliteit Benelux"',
    "search: OR, NOT": "/search?q=(fregatten OR mijnenbestrijding) NOT Duitsland",
    "search: NEAR": "/search?q=NEAR(Belgische Nederlandse, 5)",
    "search: prefix, filtered by source": "/search?q=helikopter*&source=be_chamber",
}


def measure(url: str, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(database_url=url, data_dir=Path(tmp))
        with TestClient(create_app(settings)) as client:
            print(f"  {'request':<48} {'median':>9} {'p95':>9}")
            for label, path in REQUESTS.items():
                assert client.get(path).status_code == 200, path  # warm
                times = []
                for _ in range(repeat):
                    t = time.perf_counter()
                    response = client.get(path)
                    times.append((time.perf_counter() - t) * 1000)
                    assert response.status_code == 200
                times.sort()
                p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                print(f"  {label:<48} {statistics.median(times):>7.1f}ms {p95:>7.1f}ms")


@contextmanager
def _postgres(admin_url: str) -> Iterator[str]:
    admin = create_engine(db.make_engine(admin_url).url, isolation_level="AUTOCOMMIT")
    name = f"watcher_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(label: str, url: str, documents: int, repeat: int) -> None:
    db.upgrade(url)
    t = time.perf_counter()
    fill(url, documents)
    print(f"\n{label}: {documents:,} documents stored in {time.perf_counter() - t:.0f} s")
    measure(url, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run("SQLite", f"sqlite:///{tmp}/bench.db", args.documents, args.repeat)
    if not args.no_postgres:
        with _postgres(args.postgres) as url:
            run("PostgreSQL", url, args.documents, args.repeat)


if __name__ == "__main__":
    main()
