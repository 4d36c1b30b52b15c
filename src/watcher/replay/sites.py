"""The replayed sites: what each path answers, read from ``sites/<slug>/manifest.json``.

A manifest lists every file with the real path (and query) it is served at, and says whether it is
**real** (a captured response, with its provenance) or **reconstructed** (made for the replay from
what the research says about the real markup or API; ``note`` says from what). ``dynamic`` entries
route a path pattern to an emulator (OData, WordPress REST, generated listings).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, parse_qsl

SITES_DIR = Path(__file__).parent / "sites"


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)
    # Static files answer conditional GETs; dynamic pages of servers that do not are not cacheable.
    cacheable: bool = False
    last_modified: datetime | None = None


Emulator = Callable[["Site", SplitResult, dict[str, Any], str], Reply]


def normalised_query(query: str) -> tuple[tuple[str, str], ...]:
    """Order-free, with numbers unpadded: ``"b=2&a=0099" -> (("a", "99"), ("b", "2"))``."""
    pairs = parse_qsl(query, keep_blank_values=True)
    return tuple(sorted((k, str(int(v)) if v.isdigit() else v) for k, v in pairs))


@dataclass
class Site:
    slug: str
    root: Path
    manifest: dict[str, Any]
    not_found_status: int = 404
    _files: dict[tuple[str, tuple[tuple[str, str], ...]], dict[str, Any]] = field(
        default_factory=dict
    )
    _extra: dict[str, Reply] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        for entry in self.manifest["files"]:
            self._files[(entry["path"], normalised_query(entry.get("query", "")))] = entry
        self.not_found_status = int(self.manifest.get("not_found_status", 404))

    def data(self, name: str) -> Any:
        """A JSON data file of this site (for the emulators)."""
        return json.loads((self.root / name).read_text(encoding="utf-8"))

    def file_bytes(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def put(
        self,
        path: str,
        body: bytes,
        content_type: str,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Serve ``body`` at ``path`` (``"/a.pdf"``, or with its query: ``"/x.cfm?id=1"``)."""
        reply = Reply(status, body, content_type, headers or {}, True, _LATE)
        with self._lock:
            self._extra[path] = reply

    def clear_extra(self) -> None:
        with self._lock:
            self._extra.clear()

    def respond(self, url: SplitResult, base: str) -> Reply:
        with self._lock:
            extra = self._extra.get(f"{url.path}?{url.query}") or self._extra.get(url.path)
        if extra:
            return extra
        entry = self._files.get((url.path, normalised_query(url.query)))
        if entry:
            return self.static(entry)
        from watcher.replay.emulators import EMULATORS, route

        for dyn in self.manifest.get("dynamic", []):
            match = route(dyn["path"], url.path)
            if match is not None:
                return EMULATORS[dyn["handler"]](self, url, {**dyn, "match": match}, base)
        return self.not_found()

    def static(self, entry: dict[str, Any]) -> Reply:
        modified = entry.get("last_modified")
        return Reply(
            200,
            self.file_bytes(entry["file"]),
            entry.get("content_type", _guess_type(entry["file"])),
            cacheable=bool(entry.get("conditional", True)),
            last_modified=datetime.fromisoformat(modified) if modified else None,
        )

    def not_found(self) -> Reply:
        return Reply(
            self.not_found_status,
            b"<html><body>Not found</body></html>",
            "text/html; charset=utf-8",
        )


# Files published at run time (``ReplayServer.put``) are newer than anything in the manifests.
_LATE = datetime.fromisoformat("2030-01-01T00:00:00+00:00")


def _guess_type(name: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": "application/pdf",
        "html": "text/html",
        "txt": "text/plain; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }.get(suffix, "application/octet-stream")


def replayed() -> tuple[str, ...]:
    """The sources that have a replay site (``sites/<slug>/manifest.json``): it is optional."""
    from watcher.crawl import sources

    return tuple(slug for slug in sources.slugs() if (SITES_DIR / slug / "manifest.json").exists())


def load_site(slug: str) -> Site:
    root = SITES_DIR / slug
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return Site(slug=slug, root=root, manifest=manifest)
