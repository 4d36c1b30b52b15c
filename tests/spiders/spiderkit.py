"""Helpers of the spider tests: fast crawl settings and golden files (fixtures are in conftest)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse, Request, TextResponse

from watcher.crawl.parsing import ParseError
from watcher.crawl.runner import CrawlResult
from watcher.replay.sites import SITES_DIR

FIXTURES = Path(__file__).parent.parent / "fixtures"
# Politeness stays on (robots.txt, retries, cap); only the waiting goes, so the suite stays quick.
FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "WATCHER_RETRY_BACKOFF_BASE": 0.05,
    "DOWNLOAD_TIMEOUT": 2,
    "LOG_LEVEL": "DEBUG",
}
Crawl = Callable[..., CrawlResult]


# -- golden files ------------------------------------------------------------------------------


def cases(slug: str) -> list[str]:
    """The case names in ``tests/fixtures/<slug>/`` (each ``<case>.meta.json``)."""
    return sorted(p.name.removesuffix(".meta.json") for p in (FIXTURES / slug).glob("*.meta.json"))


def page_path(slug: str, case: str, meta: dict[str, Any]) -> Path:
    """Where a case's recorded page lies: ``<case>.<extension>`` beside its meta.json or, for a
    page the replay serves unchanged, the replay's file that ``replay_file`` names (its manifest's
    ``file``, under ``watcher/replay/sites/<slug>/``): one copy of each recorded page."""
    if "replay_file" in meta:
        return SITES_DIR / slug / meta["replay_file"]
    return FIXTURES / slug / f"{case}.{meta['extension']}"


def recorded_pages() -> list[Path]:
    """The recorded page of every case of every source."""
    return sorted(
        page_path(
            path.parent.name, path.name.removesuffix(".meta.json"), json.loads(path.read_text())
        )
        for path in FIXTURES.glob("*/*.meta.json")
    )


def response_for(slug: str, case: str) -> tuple[TextResponse, dict[str, Any]]:
    """The recorded page of a case, as a Scrapy response at its original URL."""
    meta = json.loads((FIXTURES / slug / f"{case}.meta.json").read_text())
    body = page_path(slug, case, meta).read_bytes()
    headers = {"Content-Type": meta["content_type"]}
    cls = HtmlResponse if "html" in meta["content_type"] else TextResponse
    response = cls(url=meta["url"], body=body, headers=headers, request=Request(meta["url"]))
    return response, meta


def jsonable(value: Any) -> Any:
    """Parser output -> plain JSON values (records, dataclasses, dates, tuples)."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def check_golden(slug: str, case: str, parsers: dict[str, Callable[[Any], Any]]) -> None:
    """Run the case's parser on its page and compare the WHOLE output with ``<case>.expected.json``.

    A parser that must refuse the page is expected as
    ``{"raises": "LayoutChanged", "message": ...}``.
    ``WATCHER_UPDATE_GOLDEN=1`` rewrites the expected file (review the diff before committing it).
    """
    response, meta = response_for(slug, case)
    try:
        output = jsonable(parsers[meta["parser"]](response))
    except ParseError as exc:
        output = {"raises": type(exc).__name__, "message": str(exc)}
    expected_path = FIXTURES / slug / f"{case}.expected.json"
    if os.environ.get("WATCHER_UPDATE_GOLDEN") == "1":
        expected_path.write_text(json.dumps(output, indent=1, ensure_ascii=False) + "\n")
    assert output == json.loads(expected_path.read_text())


def record_keys(result: CrawlResult) -> set[str]:
    return {r.native_id for r in result.records}
