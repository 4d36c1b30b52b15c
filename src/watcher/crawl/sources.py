"""The sources watcher polls: one per spider in the ``spiders`` package, as Scrapy lists them.

A source is its spider. The spider class declares what the rest of watcher needs to know (the
slug as ``name``, ``title`` shown to readers, ``home``, ``languages``, its ``live_check``), and
Scrapy's own spider loader finds the spiders, so a new source is a new spider module (plus its
recorded pages and its test): nothing here, in the CLI or in the flows lists the sources by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from watcher.crawl.spider import WatcherSpider

# The package Scrapy loads spiders from (``SPIDER_MODULES`` in watcher.crawl.settings).
SPIDER_PACKAGE = "spiders"


@cache
def spiders() -> dict[str, type[WatcherSpider]]:
    """Slug -> spider class, sorted by slug (imports every spider module once per process)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    from watcher.crawl.spider import WatcherSpider

    loader = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": [SPIDER_PACKAGE]}))
    found = {slug: loader.load(slug) for slug in sorted(loader.list())}
    return {slug: cls for slug, cls in found.items() if issubclass(cls, WatcherSpider)}


def slugs() -> tuple[str, ...]:
    """``("be_chamber", "benelux_parliament", ...)``"""
    return tuple(spiders())


def spider(slug: str) -> type[WatcherSpider]:
    """The spider class of ``slug``; ValueError naming the known sources for any other."""
    check_known([slug])
    return spiders()[slug]


def title(slug: str) -> str:
    """``"be_chamber" -> "Belgian Chamber of Representatives (dekamer.be)"``"""
    return spider(slug).title


def check_known(names: Iterable[str]) -> None:
    """Raise ``ValueError`` naming the known sources when any of ``names`` is not one."""
    unknown = [name for name in names if name not in spiders()]
    if unknown:
        raise ValueError(
            f"unknown source {', '.join(map(repr, unknown))}; known: {', '.join(spiders())}"
        )
