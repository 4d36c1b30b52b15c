"""Run one spider in a subprocess and tell the caller, from its stats, whether it worked.

Scrapy's reactor cannot restart inside one process, and ``scrapy crawl`` exits 0 even when every
request failed, so :func:`run_crawl` runs ``python -m scrapy crawl <slug>`` with a list argv and
reads back three files: the records (JSON lines), the new crawl state and the stats. The caller
stores records, ``result.state`` and the source's health; nothing here touches the database.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from watcher.crawl.records import SLUGS, CrawlState, DocumentRecord
from watcher.settings import Settings
from watcher.timeutil import utcnow

logger = logging.getLogger(__name__)

SETTINGS_MODULE = "watcher.crawl.settings"
SOURCE_NAMES = {
    "be_chamber": "Belgian Chamber of Representatives (dekamer.be)",
    "nl_tweedekamer": "Tweede Kamer (open data API)",
    "nl_aiv": "Adviesraad Internationale Vraagstukken (AIV)",
    "benelux_parliament": "Benelux Parliament (beneluxparl.eu)",
}
LOG_TAIL_LINES = 40


@dataclass(frozen=True)
class CrawlResult:
    """What one crawl produced, and whether it can be trusted.

    ``state`` is the whole new crawl state (store it as the source's cursor:
    ``state.model_dump(mode="json")``; read it back with ``CrawlState.model_validate``).
    ``ok`` is False when the process failed or timed out, the crawl did not finish normally
    (``finish_reason`` other than ``finished``, e.g. ``circuit_breaker``), anything was logged at
    ERROR, nothing at all was downloaded, or the spider flagged a failure (silence, changed markup,
    changed markup). ``failure`` then says why, in one line fit for ``Source.last_error``.
    Records and ``state`` are consistent with each other even when ``ok`` is False: store both.

    A crawl that worked can still be degraded (``is_degraded``): ``unknown_values`` are the values
    the spider met and kept without knowing them (``"doc_type: kaft"``), ``degraded`` the other
    reasons (``"fallback discovery: ..."``, refused off-site addresses).
    """

    slug: str
    records: list[DocumentRecord]
    state: CrawlState
    stats: dict[str, Any]
    ok: bool
    failure: str | None
    requests: int
    bytes_downloaded: int
    files_downloaded: int
    capped: bool
    started_at: datetime
    finished_at: datetime
    log_tail: str = ""
    # The crawl log's WARNING and ERROR lines (at most 50): what a human wants to see first.
    log_problems: tuple[str, ...] = ()
    returncode: int | None = None
    backfill: tuple[date | None, date | None] = (None, None)
    errors: int = 0
    unknown_values: tuple[str, ...] = ()
    degraded: tuple[str, ...] = ()

    @classmethod
    def broken(cls, slug: str, failure: str, *, now: datetime | None = None) -> CrawlResult:
        """A failed result for a crawl that could not even run (the process died, say)."""
        now = now or utcnow()
        return cls(
            slug=slug,
            records=[],
            state=CrawlState(),
            stats={},
            ok=False,
            failure=failure,
            requests=0,
            bytes_downloaded=0,
            files_downloaded=0,
            capped=False,
            started_at=now,
            finished_at=now,
        )

    @property
    def is_degraded(self) -> bool:
        return bool(self.unknown_values or self.degraded)

    @property
    def degraded_summary(self) -> str:
        """``"unknown values: doc_type: kaft, doc_type: errata; fallback discovery: ..."``"""
        unknown = (
            [f"unknown values: {', '.join(self.unknown_values)}"] if self.unknown_values else []
        )
        return "; ".join([*unknown, *self.degraded])

    @property
    def new_cursor(self) -> dict[str, str | int]:
        return self.state.cursor

    @property
    def pending(self) -> list[DocumentRecord]:
        """Documents listed by the source whose file could not be fetched yet."""
        return [p.record for p in self.state.pending.values()]


def source_name(slug: str) -> str:
    """``"be_chamber" -> "Belgian Chamber of Representatives (dekamer.be)"``"""
    return SOURCE_NAMES[slug]


def scrapy_argv(
    slug: str,
    workdir: Path,
    *,
    settings: Settings,
    since: date | None = None,
    until: date | None = None,
    base_url: str | None = None,
    extra_scrapy_settings: Mapping[str, object] | None = None,
) -> list[str]:
    """The command line of one crawl (a list: nothing goes through a shell)."""
    argv = [sys.executable, "-m", "scrapy", "crawl", slug]
    argv += [
        "-a",
        f"state_file={workdir / 'state.json'}",
        "-a",
        f"state_out={workdir / 'state.out.json'}",
    ]
    if since:
        argv += ["-a", f"since={since.isoformat()}"]
    if until:
        argv += ["-a", f"until={until.isoformat()}"]
    argv += ["-O", f"{workdir / 'items.jsonl'}:jsonlines"]
    scrapy_settings: dict[str, object] = {
        "STATS_DUMP_FILE": workdir / "stats.json",
        "LOG_FILE": workdir / "crawl.log",
        "USER_AGENT": settings.user_agent,
        "WATCHER_RAW_DIR": settings.raw_dir.resolve(),
    }
    if base_url:
        scrapy_settings["WATCHER_BASE_URLS"] = {slug: base_url}
    scrapy_settings.update(extra_scrapy_settings or {})
    for name, value in scrapy_settings.items():
        text = json.dumps(value) if isinstance(value, dict | list | bool) else str(value)
        argv += ["-s", f"{name}={text}"]
    return argv


def run_crawl(
    slug: str,
    *,
    settings: Settings,
    state: CrawlState | None = None,
    since: date | None = None,
    until: date | None = None,
    base_url: str | None = None,
    extra_scrapy_settings: Mapping[str, object] | None = None,
    timeout_s: float = 3600.0,
) -> CrawlResult:
    """Crawl ``slug`` once, from ``state``; ``since``/``until`` make it a backfill.

    ``base_url`` points the spider at another copy of the site (the replay server);
    ``extra_scrapy_settings`` are passed as ``-s NAME=value`` (tests lower the delays this way).
    """
    if slug not in SLUGS:
        raise ValueError(f"unknown source {slug!r}; known: {', '.join(SLUGS)}")
    state = state or CrawlState()
    started_at = utcnow()
    settings.raw_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"watcher-crawl-{slug}-") as tmp:
        workdir = Path(tmp)
        (workdir / "state.json").write_text(state.model_dump_json())
        argv = scrapy_argv(
            slug,
            workdir,
            settings=settings,
            since=since,
            until=until,
            base_url=base_url,
            extra_scrapy_settings=extra_scrapy_settings,
        )
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
        logger.info(
            "Crawling %s%s", slug, f" (backfill {since}..{until})" if since or until else ""
        )
        returncode, timed_out = _run(argv, env=env, cwd=workdir, timeout_s=timeout_s)
        records = _read_records(workdir / "items.jsonl")
        stats = _read_json(workdir / "stats.json")
        new_state = (
            CrawlState.model_validate_json((workdir / "state.out.json").read_text())
            if (workdir / "state.out.json").exists()
            else state
        )
        log_tail, log_problems = _log_summary(workdir / "crawl.log")
    failure = _failure(returncode, timed_out, timeout_s, stats)
    result = CrawlResult(
        slug=slug,
        records=records,
        state=new_state,
        stats=stats,
        ok=failure is None,
        failure=failure,
        requests=int(stats.get("downloader/request_count", 0)),
        bytes_downloaded=int(stats.get("downloader/response_bytes", 0)),
        files_downloaded=int(stats.get("watcher/files_downloaded", 0)),
        capped="watcher/request_cap_reached" in stats,
        started_at=started_at,
        finished_at=utcnow(),
        log_tail=log_tail,
        log_problems=log_problems,
        returncode=returncode,
        backfill=(since, until),
        errors=int(stats.get("log_count/ERROR", 0)),
        unknown_values=tuple(stats.get("watcher/unknown_values", ())),
        degraded=tuple(stats.get("watcher/degraded", ())),
    )
    log = logger.info if result.ok else logger.error
    log(
        "Crawl of %s %s: %d records, %d requests, %d bytes%s",
        slug,
        "ok" if result.ok else "FAILED",
        len(records),
        result.requests,
        result.bytes_downloaded,
        f" ({failure})" if failure else "",
    )
    if result.ok and result.is_degraded:
        logger.warning("Crawl of %s degraded: %s", slug, result.degraded_summary)
    return result


def _run(
    argv: list[str], *, env: dict[str, str], cwd: Path, timeout_s: float
) -> tuple[int | None, bool]:
    """Run to completion; on timeout kill the crawl's whole process group (only ours)."""
    with subprocess.Popen(
        argv,
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ) as proc:
        try:
            return proc.wait(timeout=timeout_s), False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None, True


def _failure(
    returncode: int | None, timed_out: bool, timeout_s: float, stats: dict[str, Any]
) -> str | None:
    if timed_out:
        return f"crawl timed out after {timeout_s:.0f} s and was killed"
    if returncode != 0:
        return f"scrapy exited with code {returncode} (see the crawl log)"
    if not stats:
        return "the crawl wrote no stats"
    reasons: list[str] = []
    if stats.get("watcher/failure"):
        reasons.append(str(stats["watcher/failure"]))
    if stats.get("finish_reason") != "finished":
        reasons.append(f"crawl ended with reason {stats.get('finish_reason')!r}")
    if not stats.get("downloader/response_count"):
        reasons.append("nothing was downloaded: every request failed")
    errors = int(stats.get("log_count/ERROR", 0))
    if errors and not reasons:
        reasons.append(f"{errors} error(s) in the crawl log")
    return "; ".join(reasons) or None


def _read_records(path: Path) -> list[DocumentRecord]:
    if not path.exists():
        return []
    return [
        DocumentRecord.model_validate_json(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _read_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text())
    assert isinstance(data, dict)
    return data


def _log_summary(path: Path) -> tuple[str, tuple[str, ...]]:
    """The last lines of the crawl log, and its WARNING/ERROR/CRITICAL lines."""
    if not path.exists():
        return "", ()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    problems = [line for line in lines if re.search(r"\] (WARNING|ERROR|CRITICAL): ", line)]
    return "\n".join(lines[-LOG_TAIL_LINES:]), tuple(problems[:50])
