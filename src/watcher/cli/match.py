"""``watcher match`` and ``watcher topics``: match files against the topics, inspect topics.

The JSON output of ``watcher match --format json`` is a contract other tools rely on: one object
per input file per line, with ``path``, ``language``, ``pages``, ``error`` and ``topics``
(each with ``topic``, ``score`` and ``evidence`` items of ``page``, ``snippet``, ``terms``,
``start`` and ``end``). Keys may be added, never renamed or removed.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from watcher.cli._app import app, settings_from

if TYPE_CHECKING:
    from watcher.match import Topic

topics_app = typer.Typer(
    help="The tracked topics (config/topics.yaml): list them, run their examples.",
    invoke_without_command=True,
)
app.add_typer(topics_app, name="topics")


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def _topics(ctx: typer.Context, path: Path | None) -> list[Topic]:
    from watcher.match import TopicFileError, load_topics

    source = path or settings_from(ctx).topics_file
    try:
        return load_topics(source)
    except TopicFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command("match")
def match_command(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files to read: PDF, HTML, DOCX or text.")],
    output: Annotated[
        OutputFormat, typer.Option("--format", help="table or json")
    ] = OutputFormat.table,
    topics_file: Annotated[Path | None, typer.Option("--topics", help="Topics file.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds allowed to read one file.")] = 120,
    memory_mb: Annotated[int, typer.Option(help="Memory allowed to read one file (MB).")] = 1024,
    max_mb: Annotated[
        int, typer.Option(min=1, help="Largest file read (MB); larger ones are 'too large'.")
    ] = 64,
) -> None:
    """Match each file against the topics (type told from the content, not the name).

    Exit code 0 when every file was read, 1 when any failed; every file is listed either way.
    """
    topics = _topics(ctx, topics_file)
    failed = False
    for path in paths:
        record = _match_file(path, topics, timeout, memory_mb, max_mb)
        failed = failed or record["error"] is not None
        if output is OutputFormat.json:
            typer.echo(json.dumps(record, ensure_ascii=False))
        else:
            typer.echo(_table_entry(record))
    if failed:
        raise typer.Exit(1)


class _TooLarge(Exception):
    pass


def _read_at_most(path: Path, max_mb: int) -> bytes:
    """The bytes of ``path``, read no further than ``max_mb`` MB (``/dev/zero`` ends, as too
    large); a FIFO that no program writes to is empty, not a wait for ever."""
    limit = max_mb * 1024 * 1024
    # Opened without blocking (a FIFO's open would wait for a writer), then read normally.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as stream:
        os.set_blocking(fd, True)
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge(f"too large: more than {max_mb} MB (the limit, --max-mb)")
    return data


def _match_file(
    path: Path, topics: list[Topic], timeout: float, memory_mb: int, max_mb: int
) -> dict[str, Any]:
    from watcher.extract import Extraction, extract_isolated
    from watcher.match import TopicMatch
    from watcher.match import match_document as match_pages

    try:
        data = _read_at_most(path, max_mb)
    except OSError as exc:
        extraction = Extraction.failure(f"unreadable: {exc.strerror or exc}")
    except _TooLarge as exc:
        extraction = Extraction.failure(str(exc))
    else:
        extraction = extract_isolated(data, timeout_s=timeout, memory_mb=memory_mb)
    matches: list[TopicMatch] = []
    if extraction.status in ("ok", "partial"):
        matches = match_pages(extraction.pages, topics)
    return {
        "path": str(path),
        "language": extraction.language,
        "pages": len(extraction.pages),
        "error": extraction.error,
        "status": extraction.status,
        "kind": extraction.kind,
        "warnings": list(extraction.warnings),
        "topics": [m.as_dict() for m in matches],
    }


def _table_entry(record: dict[str, Any]) -> str:
    head = (
        f"{record['path']}  [{record['kind'] or '?'}, {record['language'] or '?'}, "
        f"{record['pages']} page(s), {record['status']}]"
    )
    lines = [head]
    if record["error"]:
        lines.append(f"  ERROR  {record['error']}")
    for warning in record["warnings"]:
        lines.append(f"  note   {warning}")
    if not record["topics"] and not record["error"]:
        lines.append("  no topics")
    for topic in record["topics"]:
        best = topic["evidence"][0]
        terms = ", ".join(sorted({t for e in topic["evidence"] for t in e["terms"]}))
        lines.append(
            f"  {topic['topic']:<28} {topic['score']:.2f} {topic['tier']:<6} "
            f"p.{best['page']}  terms: {terms}"
        )
        lines.append(f"      {best['snippet']}")
    return "\n".join(lines) + "\n"


@topics_app.callback()
def topics_list(
    ctx: typer.Context,
    topics_file: Annotated[Path | None, typer.Option("--topics", help="Topics file.")] = None,
) -> None:
    """List the topics and their aliases."""
    ctx.meta["topics_file"] = topics_file
    if ctx.invoked_subcommand is not None:
        return
    for topic in _topics(ctx, topics_file):
        typer.echo(f"{topic.id}: {topic.name}")
        for group, terms in topic.alias_terms().items():
            if terms:
                typer.echo(f"  {group:<9} " + "; ".join(terms))
        rules = [f"{r.name} ({' + '.join(r.all)} within {r.within})" for r in topic.spec.rules]
        for rule in rules:
            typer.echo(f"  rule      {rule}")
        typer.echo("")


@topics_app.command("check")
def topics_check(ctx: typer.Context) -> None:
    """Run every topic's own positive and negative examples; exit 1 if any fails."""
    from watcher.match import check_examples

    topics = _topics(ctx, ctx.meta.get("topics_file"))
    failures = check_examples(topics)
    count = sum(len(t.spec.examples.positive) + len(t.spec.examples.negative) for t in topics)
    for failure in failures:
        typer.echo(f"FAIL {failure}")
    typer.echo(f"{count - len(failures)} of {count} examples pass in {len(topics)} topics")
    if failures:
        raise typer.Exit(1)
