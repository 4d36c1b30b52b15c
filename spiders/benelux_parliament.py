"""Benelux Parliament (beneluxparl.eu, WordPress): numbered documents (936/2) linked from posts.

Scout: the REST API's posts modified since the cursor (content included, so no detail page); when
the API is off, the NL and FR document lists and the new posts' pages. Each numbered PDF is one
record; the NL and FR versions of 936/2 share ``related_key`` ``benelux_parliament/936``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from parsel import Selector
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from watcher.crawl.parsing import LayoutChanged, UnknownValue, squash
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

POSTS = "/wp-json/wp/v2/posts?per_page={n}&page={page}&orderby={order}&order=desc"
LISTS = {"nl": "/nl/documenten/", "fr": "/fr/documents/"}  # [I] as of 2026-05: not seen live
NUMBER = re.compile(r"\b(\d{3,4})\s*/\s*(\d{1,2})\b")
# Document kinds by the first word naming one in the link text or title (there is no type field).
KINDS = {
    "aanbeveling": "aanbeveling",
    "recommandation": "aanbeveling",
    "advies": "advies",
    "avis": "advies",
    "resolutie": "resolutie",
    "résolution": "resolutie",
    "verslag": "verslag",
    "rapport": "verslag",
    "voorstel": "voorstel",
    "proposition": "voorstel",
    "activiteitenverslag": "verslag",
    "rapport d'activités": "verslag",
}


@dataclass(frozen=True)
class Post:
    id: str
    link: str
    lang: str
    title: str
    day: date
    modified: str
    content: str  # HTML


def parse_rest(response: Response) -> tuple[list[Post], int]:
    """A page of ``/wp-json/wp/v2/posts`` -> its posts and the total number of pages."""
    try:
        data = json.loads(response.text)
        posts = [
            Post(
                str(p["id"]),
                p["link"],
                p.get("lang") or _lang(p["link"]),
                squash(Selector(text=p["title"]["rendered"]).xpath("string()").get()),
                datetime.fromisoformat(p["date"]).date(),
                p["modified"],
                p["content"]["rendered"],
            )
            for p in data
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise LayoutChanged(f"unreadable REST posts: {type(exc).__name__}: {exc}") from exc
    for post in posts:
        if post.lang not in LISTS:
            raise UnknownValue(f"language {post.lang!r} of post {post.id}")
    return posts, int(response.headers.get(b"X-WP-TotalPages") or b"1")


def parse_list(response: Response) -> list[tuple[str, str]]:
    """A document list page -> ``(post address, its date)`` for each post on it."""
    articles = response.css("article")
    found = [
        (
            response.urljoin(a.css(".entry-title a::attr(href)").get("")),
            a.css("time::attr(datetime)").get(""),
        )
        for a in articles
    ]
    if not articles or not all(link and when for link, when in found):
        raise LayoutChanged("no readable article (entry title link and time) on the list")
    return found


def parse_post_page(response: Response) -> Post:
    """A post page (theme markup) -> the same Post the REST API gives."""
    content = response.css("article .entry-content").get()
    when = response.css("article time::attr(datetime)").get()
    if not content or not when:
        raise LayoutChanged("no .entry-content or time in the post page")
    title = squash(" ".join(response.css("article .entry-title ::text").getall()))
    post_id = response.css("article::attr(id)").re_first(r"post-(\d+)") or response.url
    return Post(
        post_id,
        response.url,
        _lang(response.url),
        title,
        datetime.fromisoformat(when).date(),
        when,
        content,
    )


def documents(post: Post, base: str) -> list[DocumentRecord]:
    """The numbered PDFs a post links to, one record each (posts without one give nothing)."""
    records = []
    for link in Selector(text=post.content).css("a[href$='.pdf'], a[href$='.PDF']"):
        text = squash(" ".join(link.css("::text").getall()))
        m = NUMBER.search(text) or NUMBER.search(post.title)
        href = link.attrib["href"]
        native = (
            f"{m[1]}-{m[2]}-{post.lang}" if m else f"{post.lang}-{href.rsplit('/', 1)[-1].lower()}"
        )
        words = f"{text} {post.title}".lower()
        kind = next((k for w, k in KINDS.items() if re.search(rf"\b{w}", words)), "document")
        records.append(
            DocumentRecord(
                source="benelux_parliament",
                native_id=native,
                url=post.link,
                title=post.title,
                doc_type=kind,
                language=post.lang,
                published_on=post.day,
                file_urls=(
                    re.sub(r"^https?://[^/]+", base, href)
                    if href.startswith("http")
                    else base + href,
                ),
                related_key=f"benelux_parliament/{m[1]}" if m else None,
                extra={"post": post.id},
            )
        )
    return records


def _lang(link: str) -> str:
    m = re.search(r"^(?:https?://[^/]+)?/(nl|fr)/", link)
    if not m:
        raise UnknownValue(f"no /nl/ or /fr/ in {link!r}")
    return m.group(1)


class BeneluxSpider(WatcherSpider):
    name = "benelux_parliament"
    home = "https://www.beneluxparl.eu"
    hosts = ("www.beneluxparl.eu", "beneluxparl.eu")
    aliases = ("https://beneluxparl.eu", "http://www.beneluxparl.eu")

    def first_requests(self) -> Iterable[Request]:
        yield self._rest(1)

    def _rest(self, page: int) -> Request:
        order = "date" if self.backfill else "modified"
        url = self.at(POSTS.format(n=100 if self.backfill else 20, page=page, order=order))
        if self.backfill:
            url += f"&after={self.since or date(1955, 1, 1)}T00:00:00"
            url += f"&before={self.until + timedelta(days=1)}T00:00:00" if self.until else ""
        elif self.state.cursor.get("modified_after"):
            url += f"&modified_after={self.state.cursor['modified_after']}"
        return Request(
            url,
            callback=self.on_rest,
            errback=self.rest_failed,
            cb_kwargs={"page": page},
            meta={"handle_httpstatus_list": [401, 403, 404, 410]},
        )

    def on_rest(self, response: Response, page: int) -> Iterator[Request | DocumentRecord]:
        if response.status != 200 or not (response.headers.get(b"Content-Type") or b"").startswith(
            b"application/json"
        ):
            yield from self.fall_back(f"HTTP {response.status}")
            return
        parsed = self.parsed(parse_rest, response)
        if parsed is None:
            return
        posts, total_pages = parsed
        if page == 1 and not posts and not self.state.cursor and not self.backfill:
            self.fail("the REST API lists no post at all")
        for post in posts:
            yield from self.post(post)
        if page < total_pages and (self.backfill or self.state.cursor):
            yield self._rest(page + 1)
        if posts and not self.backfill:
            newest = max(p.modified for p in posts)
            self.state.cursor["modified_after"] = max(
                newest, str(self.state.cursor.get("modified_after", ""))
            )

    def rest_failed(self, failure: Failure) -> Iterator[Request]:
        yield from self.fall_back(failure.getErrorMessage())

    def fall_back(self, why: str) -> Iterator[Request]:
        self.logger.warning("The REST API is not usable (%s); falling back to the HTML lists", why)
        self._stats().set_value("watcher/rest_fallback", why)
        for path in LISTS.values():
            yield Request(self.at(path), callback=self.on_list)

    def on_list(self, response: Response) -> Iterator[Request]:
        for link, when in self.parsed(parse_list, response) or []:
            key = f"post:{self.canonical(link)}"
            if self.in_window(datetime.fromisoformat(when).date()) and not self.is_known(key, when):
                yield Request(
                    self.rebase(link),
                    callback=self.on_post_page,
                    cb_kwargs={"key": key, "when": when},
                )

    def on_post_page(
        self, response: Response, key: str, when: str
    ) -> Iterator[Request | DocumentRecord]:
        post = self.parsed(parse_post_page, response)
        if post:
            yield from self.post(post)
            self.remember(key, when)

    def post(self, post: Post) -> Iterator[Request | DocumentRecord]:
        for record in documents(post, self.home):
            fp = self.fingerprint_of(record)
            if not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)
