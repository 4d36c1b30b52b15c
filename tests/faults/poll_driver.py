"""One poll of some sources against the bundled replay, in its own process, as the poll flow runs
its tasks (crawl, ingest, extract and match per source, then send), with faults injected into the
replay and, on demand, the process killed (SIGKILL) at a stage.

    python poll_driver.py '{"sources": ["be_chamber"], "kill_at": "before sending", "faults": []}'
    python poll_driver.py '{"sources": ["be_chamber"], "kill_extraction_child": true}'

Prints one JSON line: ``{"sources": [{"source", "ok", "failure", "extraction_failed"}], "sent"}``.
Settings come from the environment (WATCHER_DATABASE_URL, WATCHER_TEAMS_FILE, ...). It runs the
flow's steps without Prefect, so that a fault can be put in the replay and a kill at any step.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import urllib.request
from typing import Any

from watcher import documents, extract, steps
from watcher.alerts import outbox
from watcher.replay.server import Fault, ReplayServer
from watcher.runtime import Runtime
from watcher.settings import load_settings
from watcher.timeutil import utcnow

# stage -> (module, function): the process dies when the function is called the n-th time
KILL_POINTS = {
    "before storing the crawl": (steps, "ingest_crawl", 1),
    "while extracting": (documents, "_extract_one", 2),
    "before matching changed documents": (steps, "match_documents", 1),
    "before sending": (steps, "send_pending", 1),
    "after an e-mail, before recording it": (outbox, "record_sent", 1),
}


def _kill_one_extraction_child() -> None:
    """The first extraction child dies as the OOM killer would leave it: by a signal, with no
    result (``os.abort`` runs in the child in place of the extraction)."""
    original = extract.run_isolated
    killed = False

    def dying(func: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal killed
        if not killed:
            killed = True
            return original(os.abort, (), None, timeout_s=60, memory_mb=kwargs["memory_mb"])
        return original(func, *args, **kwargs)

    extract.run_isolated = dying  # type: ignore[attr-defined]


def _kill_at(stage: str) -> None:
    module, name, nth = KILL_POINTS[stage]
    original = getattr(module, name)
    calls = 0

    def dying(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls >= nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    setattr(module, name, dying)


def _add_links(replay: ReplayServer, slug: str, path: str, links: list[str]) -> None:
    """Serve the replayed page at ``path`` with ``links`` first in its list of downloads."""
    with urllib.request.urlopen(replay.base_url(slug) + path, timeout=30) as reply:
        page = reply.read().decode("utf-8")
    anchors = "".join(f'<li><a href="{link}" class="download">download</a></li>' for link in links)
    assert '<ul><li><a href="/binaries' in page, "no list of downloads on the page"
    page = page.replace('<ul><li><a href="/binaries', f'<ul>{anchors}<li><a href="/binaries', 1)
    replay.put(slug, path, page.encode(), "text/html; charset=utf-8")


def main(plan: dict[str, Any]) -> None:
    if plan.get("kill_at"):
        _kill_at(plan["kill_at"])
    if plan.get("kill_extraction_child"):
        _kill_one_extraction_child()
    settings = load_settings()
    rt = Runtime.open(settings, utcnow(), dict(os.environ))
    summaries = []
    try:
        with ReplayServer() as replay:
            for slug, fault in plan.get("faults", []):
                replay.inject(slug, Fault(**fault))
            for slug, path, links in plan.get("extra_links", []):
                _add_links(replay, slug, path, links)
            rt.base_urls = replay.base_urls
            rt.scrapy_settings = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
            for slug in plan["sources"]:
                result = steps.crawl(rt, slug)
                report = steps.ingest(rt, slug, result, now=utcnow())
                summary = steps.extract_and_match(rt, report, now=utcnow(), announce=True)
                summaries.append(
                    {
                        "source": slug,
                        "ok": summary.ok,
                        "failure": summary.failure,
                        "extraction_failed": summary.extraction_failed,
                    }
                )
            sent = steps.send_immediate(rt, now=utcnow())
    finally:
        rt.close()
    print(json.dumps({"sources": summaries, "sent": sent}))


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
