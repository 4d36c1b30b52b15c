"""A local HTTP server that replays the sources' sites at their real paths, with faults on demand.

Each site gets its own port on 127.0.0.1, so absolute paths in real pages
(``/FLWB/PDF/56/0367/56K0367004.pdf``) resolve as on the live site. Point a spider at it with a
base-URL override (``ReplayServer.base_urls()`` -> the Scrapy setting ``WATCHER_BASE_URLS``)::

    with ReplayServer() as replay:
        replay.inject("be_chamber", Fault("status", path=r"/FLWB/PDF/", times=2))
        run_crawl("be_chamber", settings=s, base_url=replay.base_url("be_chamber"))

Static files answer conditional GETs (ETag, Last-Modified -> 304) unless their manifest entry says
the real server does not; the APIs (OData, WordPress REST) and generated listings are emulated in
``watcher.replay.emulators``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Literal
from urllib.parse import urlsplit

from watcher.replay.sites import Reply, Site, load_site, replayed

logger = logging.getLogger(__name__)

FaultKind = Literal["status", "delay", "reset", "layout"]


@dataclass
class Fault:
    """One injected fault on the paths (path + query) that ``path`` (a regex) finds.

    ``status``: answer ``status`` instead; ``delay``: wait ``delay_s`` before answering;
    ``reset``: drop the connection with a TCP reset; ``layout``: serve the page with its classes,
    ids and JSON keys renamed (a site redesign). ``times``: how many requests it hits (None: all).
    """

    kind: FaultKind
    path: str = ""
    times: int | None = None
    status: int = 500
    delay_s: float = 0.0
    hits: int = field(default=0, compare=False)

    def matches(self, target: str) -> bool:
        return (self.times is None or self.hits < self.times) and re.search(
            self.path, target
        ) is not None


@dataclass(frozen=True)
class LoggedRequest:
    slug: str
    method: str
    target: str  # path + query, as requested
    status: int  # 0 for a reset connection
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived, to measure the crawl's spacing


class ReplayServer:
    """The replayed sites (all, or ``slugs``), each on its own 127.0.0.1 port (``port=0``:
    ephemeral ports)."""

    def __init__(self, port: int = 0, slugs: tuple[str, ...] | None = None) -> None:
        self.sites: dict[str, Site] = {slug: load_site(slug) for slug in slugs or replayed()}
        self.faults: dict[str, list[Fault]] = {slug: [] for slug in self.sites}
        self.log: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._first_port = port
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._threads: list[threading.Thread] = []

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> ReplayServer:
        for i, slug in enumerate(self.sites):
            port = self._first_port + i if self._first_port else 0
            server = ThreadingHTTPServer(("127.0.0.1", port), self._handler(slug))
            server.daemon_threads = True
            self._servers[slug] = server
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"replay-{slug}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests and the CLI use ----------------------------------------------------------

    def base_url(self, slug: str) -> str:
        """``"http://127.0.0.1:41234"``: the base-URL override for ``slug``."""
        host, port = self._servers[slug].server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_urls(self) -> dict[str, str]:
        """Slug -> base URL: the value for the Scrapy setting ``WATCHER_BASE_URLS``."""
        return {slug: self.base_url(slug) for slug in self._servers}

    def inject(self, slug: str, *faults: Fault) -> None:
        with self._lock:
            self.faults[slug].extend(faults)

    def clear_faults(self, slug: str | None = None) -> None:
        with self._lock:
            for name in [slug] if slug else list(self.faults):
                self.faults[name].clear()

    def reset(self) -> None:
        """Forget faults, files published at run time and the request log (between tests)."""
        self.clear_faults()
        for site in self.sites.values():
            site.clear_extra()
        with self._lock:
            self.log.clear()

    def put(
        self,
        slug: str,
        path: str,
        body: bytes,
        content_type: str = "application/pdf",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Publish (or replace) a file at ``path``, e.g. a PDF that was listed before it existed;
        ``path`` may carry a query, ``status``/``headers`` make a redirect (302 + Location)."""
        self.sites[slug].put(path, body, content_type, status, headers)

    def requests(
        self, slug: str, pattern: str = "", status: int | None = None
    ) -> list[LoggedRequest]:
        """Requests ``slug`` received whose target matches ``pattern`` (and ``status``)."""
        with self._lock:
            return [
                r
                for r in self.log
                if r.slug == slug and re.search(pattern, r.target) and status in (None, r.status)
            ]

    # -- serving -----------------------------------------------------------------------------

    def _take_fault(self, slug: str, target: str) -> Fault | None:
        with self._lock:
            for fault in self.faults[slug]:
                if fault.matches(target):
                    fault.hits += 1
                    return fault
        return None

    def _record(
        self,
        slug: str,
        method: str,
        target: str,
        status: int,
        headers: dict[str, str],
        at: float,
    ) -> None:
        with self._lock:
            self.log.append(LoggedRequest(slug, method, target, status, headers, at))

    def _handler(self, slug: str) -> type[BaseHTTPRequestHandler]:
        replay = self
        site = self.sites[slug]

        class Handler(BaseHTTPRequestHandler):
            server_version = "watcher-replay"
            sys_version = ""

            def do_GET(self) -> None:
                self._serve(head=False)

            def do_HEAD(self) -> None:
                self._serve(head=True)

            def log_message(self, format: str, *args: object) -> None:
                logger.debug("%s: " + format, slug, *args)

            def _serve(self, head: bool) -> None:
                arrived = time.monotonic()
                headers = {k: v for k, v in self.headers.items()}
                fault = replay._take_fault(slug, self.path)
                if fault and fault.kind == "reset":
                    replay._record(slug, self.command, self.path, 0, headers, arrived)
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                    return
                if fault and fault.kind == "delay":
                    time.sleep(fault.delay_s)
                if fault and fault.kind == "status":
                    reply = Reply(
                        fault.status,
                        b"<html><body>replay: injected error</body></html>",
                        "text/html; charset=utf-8",
                    )
                else:
                    base = f"http://{self.headers.get('Host', '127.0.0.1')}"
                    reply = site.respond(urlsplit(self.path), base)
                    if fault and fault.kind == "layout":
                        reply = changed_layout(reply)
                reply = conditional(reply, headers)
                replay._record(slug, self.command, self.path, reply.status, headers, arrived)
                self._send(reply, head)

            def _send(self, reply: Reply, head: bool) -> None:
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if not head and reply.status != 304:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to do

        return Handler


@contextmanager
def serve_replay(port: int = 0) -> Iterator[ReplayServer]:
    """Every replayed site for the block: ``with serve_replay() as r: r.base_urls``."""
    with ReplayServer(port) as server:
        yield server


def conditional(reply: Reply, request_headers: dict[str, str]) -> Reply:
    """Add ETag/Last-Modified to a cacheable reply and answer 304 when the client has it."""
    if reply.status != 200 or not reply.cacheable:
        return reply
    etag = '"' + hashlib.sha256(reply.body).hexdigest()[:32] + '"'
    headers = {**reply.headers, "ETag": etag}
    if reply.last_modified:
        headers["Last-Modified"] = format_datetime(reply.last_modified, usegmt=True)
    lowered = {k.lower(): v for k, v in request_headers.items()}
    if_none_match = lowered.get("if-none-match")
    if_modified_since = lowered.get("if-modified-since")
    not_modified = False
    if if_none_match is not None:
        not_modified = (
            etag in [t.strip() for t in if_none_match.split(",")] or if_none_match.strip() == "*"
        )
    elif if_modified_since and reply.last_modified:
        try:
            not_modified = reply.last_modified <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            not_modified = False
    if not_modified:
        return Reply(304, b"", reply.content_type, headers)
    return Reply(
        reply.status, reply.body, reply.content_type, headers, reply.cacheable, reply.last_modified
    )


_ATTR = re.compile(rb"\b(class|id)=([\"']?)")


def changed_layout(reply: Reply) -> Reply:
    """The same content with every class, id and JSON key renamed, as a redesign would do."""
    body = reply.body
    if "html" in reply.content_type:
        body = _ATTR.sub(rb"\1=\2v2-", body)
    elif "json" in reply.content_type:
        data = json.loads(body)
        if isinstance(data, dict):
            data = {f"v2_{k}": v for k, v in data.items()}
        elif isinstance(data, list):
            data = [
                {f"v2_{k}": v for k, v in item.items()} if isinstance(item, dict) else item
                for item in data
            ]
        body = json.dumps(data).encode()
    return Reply(
        reply.status, body, reply.content_type, reply.headers, reply.cacheable, reply.last_modified
    )
