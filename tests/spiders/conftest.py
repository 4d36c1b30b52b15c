"""Fixtures of the spider tests: the replay server and fast crawls through it.

Crawls are real ``scrapy crawl`` subprocesses (``watcher.crawl.runner.run_crawl``) going through
Scrapy's downloader to the replay on 127.0.0.1. Only the delays are lowered, by settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from spiderkit import FAST, Crawl

from watcher.crawl.records import CrawlState
from watcher.crawl.runner import CrawlResult, run_crawl
from watcher.replay import ReplayServer
from watcher.settings import Settings, load_settings


@pytest.fixture(scope="session")
def replay_server() -> Iterator[ReplayServer]:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def replay(replay_server: ReplayServer) -> Iterator[ReplayServer]:
    """The session's replay, with no faults, no late files and an empty request log."""
    replay_server.reset()
    yield replay_server
    replay_server.reset()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(data_dir=tmp_path / "data", contact_email="tests@example.org")


@pytest.fixture
def crawl(replay: ReplayServer, settings: Settings) -> Crawl:
    """``crawl("be_chamber", state=..., since=..., **scrapy_settings)`` against the replay."""

    def run(
        slug: str,
        state: CrawlState | None = None,
        since: date | None = None,
        until: date | None = None,
        **scrapy_settings: object,
    ) -> CrawlResult:
        return run_crawl(
            slug,
            settings=settings,
            state=state,
            since=since,
            until=until,
            base_url=replay.base_url(slug),
            extra_scrapy_settings={**FAST, **scrapy_settings},
            timeout_s=120,
        )

    return run
