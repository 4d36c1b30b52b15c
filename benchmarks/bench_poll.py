"""A full poll of the bundled replay of the four sources, stage by stage, then a second poll.

Runs the same ``watcher.steps`` steps the poll flow's tasks call, one source after the other
(so stage times add up), without the Prefect layer, on a fresh SQLite database in a scratch
folder. Prints documents, pages, wall time per stage, and for the second poll the requests made
and bytes downloaded.

    .venv/bin/python benchmarks/bench_poll.py
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from watcher import steps
from watcher.settings import PROJECT_ROOT, load_settings
from watcher.timeutil import utcnow


def poll_once(rt: steps.Runtime, label: str) -> None:
    stages: dict[str, float] = defaultdict(float)
    totals = {"documents": 0, "new": 0, "pages": 0, "hits": 0, "requests": 0, "bytes": 0}
    files = 0
    wall = time.perf_counter()
    for slug in steps.enabled_sources(rt):
        t = time.perf_counter()
        result = steps.crawl(rt, slug)
        stages["crawl (spider subprocess)"] += time.perf_counter() - t
        t = time.perf_counter()
        report = steps.ingest(rt, slug, result, now=utcnow())
        stages["ingest (documents, health)"] += time.perf_counter() - t
        t = time.perf_counter()
        summary = steps.extract_and_match(rt, report, now=utcnow(), announce=True)
        stages["extract + match + outbox"] += time.perf_counter() - t
        assert result.ok, (slug, result.failure)
        totals["documents"] += summary.seen
        totals["new"] += summary.new
        totals["pages"] += summary.pages
        totals["hits"] += len(summary.hit_ids)
        totals["requests"] += result.requests
        totals["bytes"] += result.bytes_downloaded
        files += result.files_downloaded
    t = time.perf_counter()
    sent = steps.send_immediate(rt, now=utcnow())
    stages["send alerts (local file)"] += time.perf_counter() - t
    wall = time.perf_counter() - wall
    print(f"\n{label}: {wall:.1f} s wall")
    print(
        f"  documents seen {totals['documents']}, new {totals['new']}, pages extracted "
        f"{totals['pages']}, hits {totals['hits']}, alerts sent {sent}"
    )
    print(
        f"  requests {totals['requests']}, bytes downloaded {totals['bytes']:,}, "
        f"files downloaded {files}"
    )
    for stage, seconds in stages.items():
        print(f"  {stage:<30} {seconds:6.2f} s")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="watcher-bench-") as tmp:
        settings = load_settings(
            database_url=f"sqlite:///{tmp}/watcher.db",
            data_dir=Path(tmp) / "data",
            teams_file=Path(tmp) / "no-teams.yaml",  # alerts go to the local file
            topics_file=PROJECT_ROOT / "config" / "topics.yaml",
        )
        print(f"replay poll of four sources, {os.cpu_count()} cores, SQLite in {tmp}")
        with steps.open_runtime(settings, replay=True) as rt:
            poll_once(rt, "first poll (everything new)")
            poll_once(rt, "second poll (nothing new)")


if __name__ == "__main__":
    main()
