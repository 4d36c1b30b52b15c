"""``watcher hits``: what was found.

It reads the database only: SQLAlchemy loads inside the commands, Prefect and Scrapy never.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import typer

from watcher.cli._app import app, check_known, console, fail, printable, settings_from

if TYPE_CHECKING:
    from watcher.settings import Settings

TITLE_WIDTH = 70
_MARK = re.compile(r"\*\*(.+?)\*\*", re.S)


class HitFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def document_number(source: str, native_id: str, url: str) -> str:
    """The number a reader knows the document by.

    The Tweede Kamer's identity is a UUID; its document number is in the page URL:
    ``.../detail?id=2024Z12001&did=2024D31877`` -> ``"2024D31877"``. Others keep their own id.
    """
    if source == "nl_tweedekamer":
        number = parse_qs(urlsplit(url).query).get("did")
        if number:
            return number[0]
    if source == "nl_aiv":  # a path: "publicaties/2025/06/10/briefadvies-navo-top-2025"
        return native_id.rstrip("/").rsplit("/", 1)[-1]
    return native_id


def unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """``"the **C-UAS** plan"`` -> ``("the C-UAS plan", [(4, 9)])``: plain text and its spans."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = last = 0
    for m in _MARK.finditer(snippet):
        plain.append(snippet[last : m.start()])
        length += m.start() - last
        plain.append(m.group(1))
        spans.append((length, length + len(m.group(1))))
        length += len(m.group(1))
        last = m.end()
    plain.append(snippet[last:])
    return "".join(plain), spans


def clip(text: str, width: int) -> str:
    """``text`` within ``width`` characters, cut at a word with an ellipsis where it is longer."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _hit_rows(
    settings: Settings,
    *,
    hit_ids: list[int] | None = None,
    topic: str | None = None,
    since: date | None = None,
    limit: int | None = None,
    page: int = 1,
    before: int | None = None,
) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from watcher.storage.db import ensure_schema, make_engine, session_factory
    from watcher.storage.models import RawFile
    from watcher.storage.queries import hit_page

    engine = make_engine(settings.database_url)
    ensure_schema(engine, settings.database_url)
    try:
        with session_factory(engine)() as s:
            rows = hit_page(
                s,
                topic=topic,
                since=datetime.combine(since, datetime.min.time(), UTC) if since else None,
                hit_ids=hit_ids,
                limit=limit,
                page=page,
                before=before,
            )
            hashes = {doc.content_hash for _, doc in rows if doc.content_hash}
            media_types = dict(
                s.execute(
                    select(RawFile.sha256, RawFile.media_type).where(RawFile.sha256.in_(hashes))
                ).all()
            )
            result = []
            for hit, doc in rows:
                media_type = media_types.get(doc.content_hash or "")
                url = doc.file_url or doc.url
                if hit.page and doc.file_url and media_type == "application/pdf":
                    url = f"{doc.file_url}#page={hit.page}"
                snippet, marks = unmark(" ".join(hit.snippet.split()))
                result.append(
                    {
                        "hit": hit.id,
                        "topic": hit.topic_id,
                        "score": round(hit.score, 3),
                        "tier": hit.tier,
                        "source": doc.source_id,
                        "document": doc.native_id,
                        "number": document_number(doc.source_id, doc.native_id, doc.url),
                        "title": doc.title,
                        "published": doc.published_on.isoformat() if doc.published_on else None,
                        "page": hit.page,
                        "terms": [" ".join(str(t).split()) for t in hit.terms],
                        "snippet": snippet,
                        "marks": [list(span) for span in marks],
                        "url": url,
                        "backfilled": hit.backfilled,
                        "matched_at": hit.matched_at.isoformat(),
                    }
                )
            return result
    finally:
        engine.dispose()


def print_hits(settings: Settings, *, fmt: HitFormat, **filters: Any) -> None:
    """Print the hits chosen by ``filters`` (see :func:`_hit_rows`) as a table, JSON or CSV."""
    rows = _hit_rows(settings, **filters)
    if fmt is HitFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if fmt is HitFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["hit"])
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    **row,
                    "terms": "; ".join(row["terms"]),
                    "marks": " ".join(f"{a}-{b}" for a, b in row["marks"]),
                }
            )
        return
    from rich.table import Table
    from rich.text import Text

    table = Table()
    table.add_column("id", no_wrap=True, justify="right")
    table.add_column("document", overflow="fold", max_width=26)
    table.add_column("date", no_wrap=True)
    table.add_column("source", overflow="fold")
    table.add_column("topic", overflow="fold")
    table.add_column("title", ratio=1, min_width=10)
    for row in rows:
        table.add_row(
            str(row["hit"]),
            Text(printable(row["number"])),
            row["published"] or "",
            row["source"],
            Text(printable(row["topic"])),
            Text(clip(printable(row["title"]), TITLE_WIDTH)),
        )
    console().print(table)


def known_topics(settings: Settings) -> list[str]:
    """The topic ids of the topics file (read and validated, not compiled for matching)."""
    from watcher.topics import TopicFileError, read_topics

    try:
        return [spec.id for spec in read_topics(settings.topics_file).specs]
    except TopicFileError as exc:
        fail(str(exc))


@app.command()
def hits(
    ctx: typer.Context,
    topic: str = typer.Option(None, help="Only this topic id (from the topics file)."),
    since: datetime = typer.Option(None, formats=["%Y-%m-%d"], help="Matched on or after."),
    fmt: HitFormat = typer.Option(HitFormat.table, "--format"),
    limit: int = typer.Option(50, min=1, help="Hits per page."),
    page: int = typer.Option(1, min=1, help="Page of --limit hits, newest first."),
    before: int = typer.Option(None, help="Continue after this hit id (from an earlier page)."),
) -> None:
    """The stored hits, newest first, a page at a time; JSON and CSV add score, page, URL,
    snippet and its marks."""
    settings = settings_from(ctx)
    if topic is not None:
        check_known("topic", [topic], known_topics(settings))
    print_hits(
        settings,
        fmt=fmt,
        topic=topic,
        since=since.date() if since else None,
        limit=limit,
        page=page,
        before=before,
    )
