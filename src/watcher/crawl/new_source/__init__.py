"""``watcher new-source SLUG``: a new source's three parts, written from templates.

As Scrapy's ``genspider`` and City Scrapers' generator do: the spider (``spiders/<slug>.py``),
its replay site (``src/watcher/replay/sites/<slug>/``, pages marked reconstructed until real
ones replace them) and its test (``tests/spiders/test_spider_<slug>.py``). The three work as
written: the test passes against the template pages, so a newcomer starts from green and changes
the spider, the pages and the test together. Nothing else needs to know of the new source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from watcher.crawl.records import LANGUAGE, SLUG

TEMPLATES = Path(__file__).parent
LISTING = "/publications"


@dataclass(frozen=True)
class NewSource:
    slug: str
    title: str
    home: str
    language: str

    def __post_init__(self) -> None:
        if not re.fullmatch(SLUG, self.slug):
            raise ValueError(f"{self.slug!r} is not a slug: lower-case letters, digits and _")
        if not re.fullmatch(LANGUAGE, self.language):
            raise ValueError(f"{self.language!r} is not an ISO 639-1 language code")
        parts = urlsplit(self.home)
        if parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/"):
            raise ValueError(f"{self.home!r} is not a site's home (https://host)")

    @property
    def values(self) -> dict[str, str]:
        return {
            "slug": self.slug,
            "class_name": "".join(w.capitalize() for w in self.slug.split("_")) + "Spider",
            "title": self.title.replace('"', "'"),
            "home": self.home.rstrip("/"),
            "host": urlsplit(self.home).hostname or "",
            "language": self.language,
            "listing": LISTING,
        }


def write_source(root: Path, source: NewSource) -> list[Path]:
    """Write the new source's files under the checkout ``root``; the paths written.

    Refuses (ValueError) a root that is not a watcher checkout and any file that exists already.
    """
    if not (root / "spiders" / "__init__.py").is_file() or not (root / "tests").is_dir():
        raise ValueError(f"{root} is not a watcher checkout (no spiders/ package or tests/)")
    site = root / "src" / "watcher" / "replay" / "sites" / source.slug
    rendered = {
        root / "spiders" / f"{source.slug}.py": "spider.py.tmpl",
        root / "tests" / "spiders" / f"test_spider_{source.slug}.py": "test.py.tmpl",
        site / "manifest.json": "manifest.json.tmpl",
        site / "listing.html": "listing.html.tmpl",
        site / "detail.html": "detail.html.tmpl",
    }
    copied = {
        site / "robots.txt": "robots.txt",
        site / "first-publication.pdf": "first-publication.pdf",
    }
    existing = [str(p) for p in [*rendered, *copied] if p.exists()]
    if existing:
        raise ValueError(f"not overwritten: {', '.join(existing)}")
    for path, name in rendered.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = Template((TEMPLATES / name).read_text(encoding="utf-8")).substitute(source.values)
        path.write_text(text, encoding="utf-8")
    for path, name in copied.items():
        path.write_bytes((TEMPLATES / name).read_bytes())
    return [*rendered, *copied]
