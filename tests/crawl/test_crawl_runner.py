"""The runner: a crawl's success is read from its stats, never from Scrapy's exit code."""

from __future__ import annotations

import json
import socket
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from watcher.crawl import sources
from watcher.crawl.records import CrawlState, DocumentRecord, KnownFile, PendingDocument
from watcher.crawl.runner import (
    CrawlResult,
    _causes,
    _failure,
    prune_crawl_output,
    read_records,
    run_crawl,
    scrapy_argv,
)
from watcher.replay import Fault, ReplayServer
from watcher.settings import load_settings

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "WATCHER_RETRY_BACKOFF_BASE": 0.05}
OK_STATS = {"finish_reason": "finished", "downloader/response_count": 3}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_scrapy_exits_0_when_every_request_failed_and_the_result_says_so(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)

    result = run_crawl(
        "nl_aiv",
        settings=settings,
        base_url=f"http://127.0.0.1:{_closed_port()}",
        extra_scrapy_settings={**FAST, "RETRY_TIMES": 0},
        timeout_s=120,
    )

    assert result.returncode == 0
    assert not result.ok
    assert "nothing was downloaded" in (result.failure or "")
    assert result.records == [] and result.state == CrawlState()
    # The crawl's folder is kept under the data directory, its log named in the failure.
    assert result.run_dir is not None and result.run_dir.parent == tmp_path / "crawls" / "nl_aiv"
    assert {p.name for p in result.run_dir.iterdir()} >= {"stats.json", "crawl.log", "state.json"}
    assert f"[log: {result.run_dir / 'crawl.log'}]" in (result.failure or "")
    assert "Connection refused" in (result.run_dir / "crawl.log").read_text()


def test_a_hanging_crawl_is_killed_at_its_timeout(tmp_path: Path) -> None:
    with ReplayServer(slugs=("nl_aiv",)) as replay:
        replay.inject("nl_aiv", Fault("delay", path="^/robots.txt", delay_s=30))
        result = run_crawl(
            "nl_aiv",
            settings=load_settings(data_dir=tmp_path),
            base_url=replay.base_url("nl_aiv"),
            extra_scrapy_settings={**FAST, "DOWNLOAD_TIMEOUT": 60},
            timeout_s=4,
        )

    assert not result.ok
    assert result.failure is not None
    assert result.failure.startswith("crawl timed out after 4 s and was killed [log: ")
    assert result.returncode is None


def test_an_http_error_is_named_with_its_status_and_url(tmp_path: Path) -> None:
    with ReplayServer(slugs=("nl_aiv",)) as replay:
        replay.inject("nl_aiv", Fault("status", path="^/documenten", status=503))
        base = replay.base_url("nl_aiv")
        result = run_crawl(
            "nl_aiv",
            settings=load_settings(data_dir=tmp_path),
            base_url=base,
            extra_scrapy_settings={**FAST, "RETRY_TIMES": 1},
            timeout_s=120,
        )

    assert not result.ok and result.failure is not None
    assert f"503 Service Unavailable from {base}/documenten" in result.failure


def test_a_file_over_the_size_limit_is_named_with_its_size(tmp_path: Path) -> None:
    with ReplayServer(slugs=("nl_aiv",)) as replay:
        result = run_crawl(
            "nl_aiv",
            settings=load_settings(data_dir=tmp_path),
            base_url=replay.base_url("nl_aiv"),
            extra_scrapy_settings={**FAST, "DOWNLOAD_MAXSIZE": 20_000},
            timeout_s=120,
        )

    assert not result.ok and result.failure is not None
    assert "Briefadvies+NAVO-top+2025.pdf is over the size limit (61164 bytes, limit 20000)" in (
        result.failure
    )
    assert result.records  # the other documents are there all the same


def test_causes_are_read_from_scrapys_log_lines_and_the_pending_files(tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    log.write_text(
        "2026-05-15 08:00:01 [scrapy.spidermiddlewares.httperror] INFO: Ignoring response "
        "<404 https://www.aiv-advies.nl/documenten>: HTTP status code is not handled or not "
        "allowed\n"
        "2026-05-15 08:00:02 [scrapy.downloadermiddlewares.retry] ERROR: Gave up retrying "
        "<GET https://www.dekamer.be/a.pdf> (failed 4 times): 500 Internal Server Error\n"
        "2026-05-15 08:00:03 [scrapy.core.downloader.handlers.http11] WARNING: Expected to receive "
        "73400320 bytes which is larger than download max size (67108864) in request "
        "<GET https://www.dekamer.be/b.pdf>.\n",
        encoding="utf-8",
    )
    record = DocumentRecord(
        source="nl_aiv",
        native_id="x",
        url="https://www.aiv-advies.nl/x",
        title="t",
        doc_type="advies",
        language="nl",
        file_urls=("https://www.aiv-advies.nl/binaries/x.pdf",),
    )
    state = CrawlState(
        pending={"x": PendingDocument(record=record, last_error="Forbidden by robots.txt")}
    )

    causes = _causes(log, {"robotstxt/forbidden": 1}, state)

    assert causes == [
        "HTTP 404 from https://www.aiv-advies.nl/documenten",
        "500 Internal Server Error from https://www.dekamer.be/a.pdf",
        "https://www.dekamer.be/b.pdf is over the size limit (73400320 bytes, limit 67108864)",
        "robots.txt forbids https://www.aiv-advies.nl/binaries/x.pdf",
    ]
    assert _failure(0, False, 60, {**OK_STATS, "log_count/ERROR": 1}, causes=causes) == (
        "1 error(s) in the crawl log (HTTP 404 from https://www.aiv-advies.nl/documenten; "
        "500 Internal Server Error from https://www.dekamer.be/a.pdf; "
        "https://www.dekamer.be/b.pdf is over the size limit (73400320 bytes, limit 67108864)"
        " and 1 more)"
    )
    assert _causes(tmp_path / "none.log", {"robotstxt/forbidden": 2}, CrawlState()) == [
        "robots.txt forbids 2 request(s)"
    ]


def test_old_crawl_folders_are_pruned_and_others_kept(tmp_path: Path) -> None:
    for name in ("20260501T080000Z", "20260513T080000Z", "20260513T080000Z-2", "notes"):
        (tmp_path / name).mkdir()

    pruned = prune_crawl_output(tmp_path, keep_days=7, now=datetime(2026, 5, 15, 8, 0, tzinfo=UTC))

    assert pruned == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "20260513T080000Z",
        "20260513T080000Z-2",
        "notes",
    ]
    assert prune_crawl_output(tmp_path, keep_days=0) == 0


def test_items_are_json_lines_that_survive_any_unicode_and_one_bad_line(tmp_path: Path) -> None:
    base = {"source": "nl_aiv", "url": "https://a/", "doc_type": "advies", "language": "nl"}
    titles = ["NEL\u0085here", "LS\u2028here", "PS\u2029FF\x0cVT\x0bhere"]
    lines = [
        json.dumps({**base, "native_id": f"n{i}", "title": t}, ensure_ascii=False)
        for i, t in enumerate(titles)
    ]
    lines.insert(1, json.dumps({**base, "native_id": "bad", "title": "t", "colour": "red"}))
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")

    records, rejected = read_records(items)

    assert [r.title for r in records] == titles
    assert rejected == ["line 2: colour: Extra inputs are not permitted"]


@pytest.mark.parametrize(
    ("stats", "failure"),
    [
        (OK_STATS, None),
        ({**OK_STATS, "watcher/failure": "LayoutChanged in parse_x"}, "LayoutChanged in parse_x"),
        (
            {**OK_STATS, "finish_reason": "circuit_breaker"},
            "crawl ended with reason 'circuit_breaker'",
        ),
        ({**OK_STATS, "log_count/ERROR": 2}, "2 error(s) in the crawl log"),
        ({"finish_reason": "finished"}, "nothing was downloaded: every request failed"),
        ({}, "the crawl wrote no stats"),
    ],
)
def test_failure_is_read_from_the_stats(stats: dict[str, object], failure: str | None) -> None:
    assert _failure(0, False, 60, stats) == failure


def test_a_bad_exit_code_is_a_failure() -> None:
    assert _failure(1, False, 60, OK_STATS) == "scrapy exited with code 1 (see the crawl log)"


def test_the_command_line_is_a_list_with_state_items_and_stats(tmp_path: Path) -> None:
    argv = scrapy_argv(
        "be_chamber",
        tmp_path,
        settings=load_settings(data_dir=tmp_path),
        since=date(2025, 1, 1),
        until=date(2025, 1, 31),
        base_url="http://127.0.0.1:9",
    )

    assert argv[1:5] == ["-m", "scrapy", "crawl", "be_chamber"]
    assert f"state_file={tmp_path / 'state.json'}" in argv
    assert "since=2025-01-01" in argv and "until=2025-01-31" in argv
    assert f"{tmp_path / 'items.jsonl'}:jsonlines" in argv
    assert f"STATS_DUMP_FILE={tmp_path / 'stats.json'}" in argv
    assert 'WATCHER_BASE_URLS={"be_chamber": "http://127.0.0.1:9"}' in argv


def test_unknown_source_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown source"):
        run_crawl("be_senate", settings=load_settings(data_dir=tmp_path))


def test_broken_result_and_source_names() -> None:
    now = datetime(2026, 5, 15, 8, 0, tzinfo=UTC)
    result = CrawlResult.broken("nl_aiv", "crawl process failed: OSError", now=now)
    assert not result.ok and result.failure == "crawl process failed: OSError"
    assert result.started_at == now and result.records == []
    assert sources.title("be_chamber").startswith("Belgian Chamber")


def test_records_refuse_naive_times_and_unknown_fields() -> None:
    base = {
        "source": "nl_aiv",
        "native_id": "x",
        "url": "https://a",
        "title": "t",
        "doc_type": "advies",
        "language": "nl",
    }
    with pytest.raises(ValidationError):
        DocumentRecord(**base, published_at=datetime(2026, 5, 1, 12, 0))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        DocumentRecord(**base, colour="red")  # type: ignore[arg-type]
    record = DocumentRecord(**base)  # type: ignore[arg-type]
    assert record.key == "nl_aiv/x"


def test_state_round_trips_through_json() -> None:
    state = CrawlState(
        cursor={"ip_floor": 78},
        fingerprints={"56K0367004": "abc"},
        files={
            "56K0367004": KnownFile(
                url="https://x/y.pdf",
                sha256="0" * 64,
                media_type="application/pdf",
                size=3,
                etag='"e"',
            )
        },
    )
    assert CrawlState.model_validate(state.model_dump(mode="json")) == state
