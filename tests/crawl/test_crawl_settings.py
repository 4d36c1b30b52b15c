"""The one Scrapy settings module's politeness, measured: a real crawl (``scrapy crawl`` through
Scrapy's downloader) against the local replay, the arrival of each request timed at the server."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from watcher.crawl.runner import run_crawl
from watcher.replay import ReplayServer
from watcher.settings import load_settings

# Small, so the test stays quick; AutoThrottle starts at it too (its default start is 2 s).
DELAY = 0.4


def test_requests_to_a_site_are_spaced_by_the_download_delay(tmp_path: Path) -> None:
    with ReplayServer(slugs=("nl_aiv",)) as replay:
        run_crawl(
            "nl_aiv",
            settings=load_settings(data_dir=tmp_path, contact_email="tests@example.org"),
            base_url=replay.base_url("nl_aiv"),
            extra_scrapy_settings={"DOWNLOAD_DELAY": DELAY, "AUTOTHROTTLE_START_DELAY": DELAY},
            timeout_s=60,
        )
    # Per site as Scrapy sees it: each replayed site is one host (127.0.0.1 on its own port).
    arrivals: dict[str, list[float]] = defaultdict(list)
    for request in replay.log:
        arrivals[request.slug].append(request.at)
    gaps = {
        site: [later - earlier for earlier, later in pairwise(sorted(times))]
        for site, times in arrivals.items()
    }

    assert len(gaps["nl_aiv"]) >= 4, f"too few requests to measure: {replay.log}"
    # RANDOMIZE_DOWNLOAD_DELAY (on, as in production) waits 0.5 to 1.5 times the delay; a crawl
    # that ignored the delay sends its requests to the local replay milliseconds apart.
    shortest = {site: round(min(site_gaps), 3) for site, site_gaps in gaps.items()}
    assert all(gap >= 0.5 * DELAY * 0.95 for gap in shortest.values()), (shortest, gaps)
