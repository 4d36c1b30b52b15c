"""The one Scrapy settings module: polite defaults, each overridable with -s."""

from __future__ import annotations

from spiders.be_chamber import ChamberSpider
from watcher.crawl import settings


def test_polite_defaults() -> None:
    assert settings.ROBOTSTXT_OBEY is True
    assert settings.AUTOTHROTTLE_ENABLED is True
    assert settings.CONCURRENT_REQUESTS_PER_DOMAIN == 1
    assert settings.DOWNLOAD_DELAY >= 1
    assert settings.RETRY_TIMES >= 2 and 500 in settings.RETRY_HTTP_CODES
    assert 0 < settings.DOWNLOAD_MAXSIZE <= 100 * 1024 * 1024
    assert settings.WATCHER_MAX_REQUESTS > 0
    assert settings.USER_AGENT.startswith("watcher/") and "mailto:" in settings.USER_AGENT


def test_the_chamber_gets_its_five_seconds() -> None:
    assert ChamberSpider.custom_settings["DOWNLOAD_DELAY"] == 5.0
