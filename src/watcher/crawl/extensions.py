"""Extensions: the stats of a crawl, dumped to JSON for the process that started it.

Scrapy exits 0 even when every request failed, so the caller reads this file to decide whether the
crawl worked (``watcher.crawl.runner``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import Spider, signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class StatsDump:
    """Write ``{"finish_reason": ..., <every stat>}`` to ``STATS_DUMP_FILE`` at engine stop."""

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path
        self.reason = "unknown"

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        path = crawler.settings.get("STATS_DUMP_FILE")
        if not path:
            raise NotConfigured("STATS_DUMP_FILE not set")
        ext = cls(crawler, Path(path))
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.reason = reason

    def engine_stopped(self) -> None:
        assert self.crawler.stats is not None
        stats = {**self.crawler.stats.get_stats(), "finish_reason": self.reason}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(stats, default=str, indent=1, sort_keys=True))
        tmp.replace(self.path)
