"""Run one spider in a subprocess and tell the caller, from its stats, whether it worked.

Scrapy's reactor cannot restart inside one process, and ``scrapy crawl`` exits 0 even when every
request failed, so :func:`run_crawl` runs ``python -m scrapy crawl <slug>`` with a list argv,
records how the process ended (``run.json``) and reads the folder back (:func:`read_crawl_run`):
the records (JSON lines), the new crawl state, the stats and the log. The caller stores records,
``result.state`` and the source's health; nothing here touches the database.

Each crawl works in its own folder under the data directory, ``crawls/<slug>/<UTC timestamp>/``
(``items.jsonl``, ``stats.json``, ``crawl.log``, the state in and out), kept for
``Settings.crawl_output_days`` so a failed run can be read, and its output stored again, later
(``watcher ingest RUN``: :func:`find_crawl_run`, then :func:`read_crawl_run`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from watcher.crawl import sources
from watcher.crawl.records import CrawlState, DocumentRecord
from watcher.settings import Settings
from watcher.timeutil import utcnow

logger = logging.getLogger(__name__)

SETTINGS_MODULE = "watcher.crawl.settings"
LOG_TAIL_LINES = 40
RUN_DIR_FORMAT = "%Y%m%dT%H%M%SZ"
# How the crawl process ended, with its start and arguments: the folder read back alone.
RUN_FILE = "run.json"
# Causes named in a failure: more would not fit the one line of ``Source.last_error``.
MAX_CAUSES = 3


@dataclass(frozen=True)
class CrawlResult:
    """What one crawl produced, and whether it can be trusted.

    ``state`` is the whole new crawl state (store it with
    ``storage.crawlstate.store_crawl_state``, which puts each part where it belongs).
    ``ok`` is False when the process failed or timed out, the crawl did not finish normally
    (``finish_reason`` other than ``finished``, e.g. ``circuit_breaker``), anything was logged at
    ERROR, nothing at all was downloaded, or the spider flagged a failure (silence, changed markup,
    changed markup). ``failure`` then says why, in one line fit for ``Source.last_error``.
    Records and ``state`` are consistent with each other even when ``ok`` is False: store both,
    except when ``has_state`` is False (the crawl could not run at all): then ``state`` is empty
    and the stored crawl state must be kept. ``rejected`` names the lines of the crawl's output that
    were not a valid record, each with its reason; ``run_dir`` is the folder the crawl's items,
    stats and log are kept in.

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
    log_tail: str = ""
    # The crawl log's WARNING and ERROR lines (at most 50): what a human wants to see first.
    log_problems: tuple[str, ...] = ()
    returncode: int | None = None
    backfill: tuple[date | None, date | None] = (None, None)
    errors: int = 0
    unknown_values: tuple[str, ...] = ()
    degraded: tuple[str, ...] = ()
    has_state: bool = True
    rejected: tuple[str, ...] = ()
    run_dir: Path | None = None

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
            has_state=False,
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
    def pending(self) -> list[DocumentRecord]:
        """Documents listed by the source whose file could not be fetched yet."""
        return [p.record for p in self.state.pending.values()]


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
    sources.check_known([slug])
    state = state or CrawlState()
    started_at = utcnow()
    settings.raw_dir.mkdir(parents=True, exist_ok=True)
    prune_crawl_output(settings.crawls_dir / slug, keep_days=settings.crawl_output_days)
    workdir = _new_run_dir(settings.crawls_dir / slug, started_at)
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
    logger.info("Crawling %s%s", slug, f" (backfill {since}..{until})" if since or until else "")
    returncode, timed_out = _run(argv, env=env, cwd=workdir, timeout_s=timeout_s)
    run = {
        "slug": slug,
        "started_at": started_at.isoformat(),
        "finished_at": utcnow().isoformat(),
        "returncode": returncode,
        "timed_out": timed_out,
        "timeout_s": timeout_s,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
    }
    (workdir / RUN_FILE).write_text(json.dumps(run, indent=2))
    result = read_crawl_run(workdir)
    log = logger.info if result.ok else logger.error
    log(
        "Crawl of %s %s: %d records, %d requests, %d bytes%s",
        slug,
        "ok" if result.ok else "FAILED",
        len(result.records),
        result.requests,
        result.bytes_downloaded,
        f" ({result.failure})" if result.failure else "",
    )
    if result.ok and result.is_degraded:
        logger.warning("Crawl of %s degraded: %s", slug, result.degraded_summary)
    return result


class CrawlOutputError(ValueError):
    """A kept crawl folder that is missing, or whose output cannot be read; the message names
    the path."""


def find_crawl_run(crawls_dir: Path, ref: str) -> Path:
    """The crawl folder ``ref`` names: a folder's path, ``SLUG/TIMESTAMP`` or ``SLUG/latest``
    (the newest finished run of that source) under ``crawls_dir``.

    ``"be_chamber/latest"`` -> ``crawls_dir / "be_chamber" / "20261204T101500Z"``.
    Raises :class:`CrawlOutputError` naming the path looked at when there is no such folder.
    """
    given = Path(ref).expanduser()
    if given.is_dir():
        return given
    slug, _, name = ref.rstrip("/").rpartition("/")
    if not slug or "/" in slug:
        raise CrawlOutputError(
            f"no crawl folder {given} (give a folder, SLUG/TIMESTAMP or SLUG/latest)"
        )
    parent = crawls_dir / slug
    if name != "latest":
        path = parent / name
        if not path.is_dir():
            raise CrawlOutputError(f"no crawl folder {path}")
        return path
    finished = [p for p in parent.iterdir() if (p / RUN_FILE).is_file()] if parent.is_dir() else []
    if not finished:
        raise CrawlOutputError(f"no finished crawl run in {parent}")
    return max(finished, key=_run_order)


def _run_order(path: Path) -> tuple[str, int]:
    """``20261204T101500Z-2`` -> ``("20261204T101500Z", 2)``: the order runs started in."""
    stamp, _, n = path.name.partition("-")
    return stamp, int(n) if n.isdigit() else 1


def read_crawl_run(workdir: Path) -> CrawlResult:
    """The result of the crawl kept in ``workdir``, read from its files alone (``run.json``, the
    items, stats, state and log): what :func:`run_crawl` returns, and what ``watcher ingest``
    stores again. Raises :class:`CrawlOutputError` naming the file that is missing or unreadable.
    """
    try:
        run = json.loads((workdir / RUN_FILE).read_text())
        slug = str(run["slug"])
        started_at = datetime.fromisoformat(run["started_at"])
        returncode, timed_out = run["returncode"], bool(run["timed_out"])
        timeout_s = float(run["timeout_s"])
        since = date.fromisoformat(run["since"]) if run["since"] else None
        until = date.fromisoformat(run["until"]) if run["until"] else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CrawlOutputError(
            f"{workdir / RUN_FILE}: not a finished crawl run's record ({exc})"
        ) from exc
    try:
        records, rejected = read_records(workdir / "items.jsonl")
        stats = _read_json(workdir / "stats.json")
        state_file = workdir / "state.out.json"
        if not state_file.exists():  # the spider never wrote one: the state it started from
            state_file = workdir / "state.json"
        new_state = CrawlState.model_validate_json(state_file.read_text())
    except (OSError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
        raise CrawlOutputError(f"{workdir}: the crawl's output cannot be read: {exc}") from exc
    for reason in rejected:
        logger.warning("Crawl of %s: record rejected: %s", slug, reason)
    log_path = workdir / "crawl.log"
    log_tail, log_problems = _log_summary(log_path)
    failure = _failure(
        returncode, timed_out, timeout_s, stats, causes=_causes(log_path, stats, new_state)
    )
    if failure and log_path.exists():
        failure += f" [log: {log_path}]"
    return CrawlResult(
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
        log_tail=log_tail,
        log_problems=log_problems,
        returncode=returncode,
        backfill=(since, until),
        errors=int(stats.get("log_count/ERROR", 0)),
        unknown_values=tuple(stats.get("watcher/unknown_values", ())),
        degraded=tuple(stats.get("watcher/degraded", ())),
        rejected=tuple(rejected),
        run_dir=workdir,
    )


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


def _new_run_dir(parent: Path, started_at: datetime) -> Path:
    """A new folder ``parent/<UTC timestamp>`` (``-2``, ``-3``... when one started that second)."""
    parent.mkdir(parents=True, exist_ok=True)
    stamp = started_at.astimezone(UTC).strftime(RUN_DIR_FORMAT)
    for n in range(1, 1000):
        path = parent / (stamp if n == 1 else f"{stamp}-{n}")
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path
    raise RuntimeError(f"cannot make a crawl folder under {parent}: 999 runs in one second")


def prune_crawl_output(parent: Path, *, keep_days: int, now: datetime | None = None) -> int:
    """Delete the crawl folders under ``parent`` older than ``keep_days`` (0 keeps all); count."""
    if keep_days <= 0 or not parent.is_dir():
        return 0
    oldest = (now or utcnow()) - timedelta(days=keep_days)
    pruned = 0
    for path in parent.iterdir():
        try:
            started = datetime.strptime(path.name.split("-")[0], RUN_DIR_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue  # not a crawl folder: not ours to delete
        if path.is_dir() and started < oldest:
            shutil.rmtree(path, ignore_errors=True)
            pruned += 1
    if pruned:
        logger.info("Pruned %d crawl folder(s) older than %d days in %s", pruned, keep_days, parent)
    return pruned


def _failure(
    returncode: int | None,
    timed_out: bool,
    timeout_s: float,
    stats: dict[str, Any],
    *,
    causes: Iterable[str] = (),
) -> str | None:
    """One line saying why a crawl failed, naming the causes the log shows (None: it did not)."""
    failure = _failure_reason(returncode, timed_out, timeout_s, stats)
    named = list(dict.fromkeys(causes))
    if failure is None or not named:
        return failure
    more = f" and {len(named) - MAX_CAUSES} more" if len(named) > MAX_CAUSES else ""
    return f"{failure} ({'; '.join(named[:MAX_CAUSES])}{more})"


def _failure_reason(
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


# Scrapy's and the spiders' log lines that name why a request failed, and how to say it.
_CAUSE_PATTERNS = (
    (re.compile(r"Ignoring response <(\d{3}) (\S+)>"), "HTTP {0} from {1}"),
    (re.compile(r"Gave up retrying <\w+ (\S+)> \(failed \d+ times\): (.+)"), "{1} from {0}"),
    (
        re.compile(
            r"(?:Expected to receive|Received) (\d+) bytes which is larger than download max size "
            r"\((\d+)\) in request <\w+ (\S+)>"
        ),
        "{2} is over the size limit ({0} bytes, limit {1})",
    ),
    (re.compile(r"Forbidden by robots\.txt: <\w+ (\S+)>"), "robots.txt forbids {0}"),
    (re.compile(r"Could not fetch the file of \S+ \((\S+)\): (.+)"), "{1} on {0}"),
)


def _causes(log_path: Path, stats: Mapping[str, Any], state: CrawlState) -> list[str]:
    """What the crawl log, stats and state say went wrong: ``["HTTP 503 from https://.../a.pdf"]``."""
    causes: list[str] = []
    if log_path.exists():
        with log_path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                for pattern, template in _CAUSE_PATTERNS:
                    if found := pattern.search(line):
                        causes.append(template.format(*found.groups()).strip())
                        break
    # Scrapy logs a robots.txt refusal only at DEBUG; the spider keeps the refused file pending.
    for pending in state.pending.values():
        if "robots.txt" in pending.last_error and pending.record.file_urls:
            causes.append(f"robots.txt forbids {pending.record.file_urls[0]}")
    forbidden = int(stats.get("robotstxt/forbidden", 0))
    if forbidden and not any(c.startswith("robots.txt") for c in causes):
        causes.append(f"robots.txt forbids {forbidden} request(s)")
    return causes


def read_records(path: Path) -> tuple[list[DocumentRecord], list[str]]:
    """The records of a crawl's ``items.jsonl``, and a reason for each line that is not one.

    JSON lines are split on ``\\n`` alone: a title holding U+0085 or U+2028 (line breaks to
    ``str.splitlines``) is one record, and one bad line costs only itself.
    """
    if not path.exists():
        return [], []
    records: list[DocumentRecord] = []
    rejected: list[str] = []
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                records.append(DocumentRecord.model_validate_json(line))
            except ValidationError as exc:
                error = exc.errors()[0]
                where = ".".join(str(p) for p in error["loc"]) or "record"
                rejected.append(f"line {number}: {where}: {error['msg']}")
    return records, rejected


def _read_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text())
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def _log_summary(path: Path) -> tuple[str, tuple[str, ...]]:
    """The last lines of the crawl log, and its WARNING/ERROR/CRITICAL lines."""
    if not path.exists():
        return "", ()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    problems = [line for line in lines if re.search(r"\] (WARNING|ERROR|CRITICAL): ", line)]
    return "\n".join(lines[-LOG_TAIL_LINES:]), tuple(problems[:50])
