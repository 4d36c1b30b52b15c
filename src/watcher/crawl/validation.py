"""The one validation step every record passes, once, before it is exported."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from watcher.crawl.records import DocumentRecord

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class ValidateRecords:
    """Accept only ``DocumentRecord`` objects of the running spider's source, each key once a run.

    The record type validates its own fields (types, time zones, hashes); this adds what needs the
    crawl's context, and hands the exporter plain JSON-ready dicts.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any) -> dict[str, Any]:
        stats = self.crawler.stats
        spider = self.crawler.spider
        assert stats is not None and spider is not None
        if not isinstance(item, DocumentRecord):
            raise TypeError(
                f"spider {spider.name} yielded {type(item).__name__}, not DocumentRecord"
            )
        if item.source != spider.name:
            raise ValueError(f"record {item.key} yielded by spider {spider.name}")
        if item.key in self.seen:
            stats.inc_value("watcher/records_duplicate")
            logger.warning("Record %s yielded twice in one run; keeping the first", item.key)
            raise DropItem(f"duplicate {item.key}")
        self.seen.add(item.key)
        stats.inc_value("watcher/records")
        if item.deleted:
            stats.inc_value("watcher/records_deleted")
        return item.model_dump(mode="json")
