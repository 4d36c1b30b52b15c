"""Benelux Parliament (beneluxparl.eu, WordPress): posts, and the PDFs they link.

A post is a publication in its own right (its page is its file); each PDF it links is a record too,
attached to it (``extra["post"]``). NL and FR records of one recommendation share ``related_key``:
``benelux_parliament/936`` from a document number (936/2), or else the post ids of Polylang's
``translations`` in the REST API. Routes, tried in turn until one answers: the REST API (posts
modified since the cursor, then PDFs in the media library that no post links), the feeds
``/nl/feed/`` and ``/fr/feed/``, the sitemap ``/wp-sitemap.xml``, the HTML document lists. A route
that does not answer makes the run ``degraded``; none answering fails it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TypeVar

from parsel import Selector
from scrapy.http import Request, Response
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from watcher.crawl.check import PDF, Check
from watcher.crawl.parsing import LayoutChanged, squash
from watcher.crawl.records import DocumentRecord
from watcher.crawl.spider import WatcherSpider

POSTS = "/wp-json/wp/v2/posts?per_page={n}&page={page}&orderby={order}&order=desc"
MEDIA = "/wp-json/wp/v2/media?mime_type=application/pdf&per_page=20&orderby=date&order=desc"
FEEDS = ("/nl/feed/", "/fr/feed/")  # [I] WordPress core feeds under Polylang's language prefixes
SITEMAP = "/wp-sitemap.xml"  # [I] WordPress core sitemap (5.5+)
LISTS = ("/nl/documenten/", "/fr/documents/")  # [I] as of 2026-05: not seen live
ROUTES = ("rest", "feeds", "sitemap", "lists")
PERMALINK = re.compile(r"/(nl|fr)/\d{4}/\d{2}/\d{2}/[^/]+/$")
NUMBER = re.compile(r"\b(\d{3,4})\s*/\s*(\d{1,2})\b")
SITEMAP_NEWEST = 20  # post pages taken from the sitemap in one run, newest first
# Document kinds by the first word naming one in the link text or title (there is no type field).
KINDS = {"aanbeveling": "aanbeveling", "recommandation": "aanbeveling", "advies": "advies",
         "avis": "advies", "resolutie": "resolutie", "résolution": "resolutie",
         "verslag": "verslag", "rapport": "verslag", "voorstel": "voorstel",
         "proposition": "voorstel", "activiteitenverslag": "verslag",
         "rapport d'activités": "verslag"}  # fmt: skip
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
T = TypeVar("T")


@dataclass(frozen=True)
class Post:
    id: str
    link: str
    lang: str
    title: str
    day: date
    modified: str
    content: str  # HTML
    twins: tuple[str, ...] = ()  # the ids of its translations (REST, Polylang), itself included


def parse_rest(response: Response) -> tuple[list[Post], int]:
    """A page of ``/wp-json/wp/v2/posts`` -> its posts and the total number of pages."""
    try:
        posts = [
            Post(
                str(p["id"]),
                p["link"],
                p.get("lang") or _lang(p["link"]),
                _text(p["title"]["rendered"]),
                datetime.fromisoformat(p["date"]).date(),
                p["modified"],
                p["content"]["rendered"],
                tuple(sorted(str(i) for i in (p.get("translations") or {}).values())),
            )
            for p in json.loads(response.text)
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise LayoutChanged(f"unreadable REST posts: {type(exc).__name__}: {exc}") from exc
    return posts, int(response.headers.get(b"X-WP-TotalPages") or b"1")


def parse_media(response: Response) -> list[tuple[str, str, date, str]]:
    """``/wp-json/wp/v2/media`` -> ``(media id, file address, date, title)`` of each PDF."""
    try:
        return [
            (
                str(m["id"]),
                m["source_url"],
                datetime.fromisoformat(m["date"]).date(),
                _text(m["title"]["rendered"]),
            )
            for m in json.loads(response.text)
            if m.get("mime_type") == "application/pdf"
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise LayoutChanged(f"unreadable REST media: {type(exc).__name__}: {exc}") from exc


def parse_feed(response: Response) -> list[Post]:
    """An RSS 2.0 feed of posts (``content:encoded`` when the site gives it, else the excerpt)."""
    feed = Selector(text=response.text, type="xml")
    feed.register_namespace("content", CONTENT_NS)
    if not feed.xpath("/rss/channel"):
        raise LayoutChanged("not an RSS feed")
    posts = []
    for item in feed.xpath("/rss/channel/item"):
        link = squash(item.xpath("link/text()").get())
        when = parsedate_to_datetime(squash(item.xpath("pubDate/text()").get()))
        guid = squash(item.xpath("guid/text()").get())
        content = (
            item.xpath("content:encoded/text()").get() or item.xpath("description/text()").get()
        )
        posts.append(
            Post(
                (re.search(r"[?&]p=(\d+)", guid) or re.search(r"(.+)", link or guid))[1],  # type: ignore[index]
                link,
                _lang(link),
                squash(item.xpath("title/text()").get()),
                when.date(),
                when.isoformat(),
                content or "",
            )
        )
    return posts


def parse_sitemap(response: Response) -> tuple[list[str], list[str]]:
    """A sitemap -> (post permalinks, newest date first; the post sitemaps an index names)."""
    try:
        sitemap = Sitemap(response.body)
    except Exception as exc:  # lxml's errors vary with the input; any of them means "not XML"
        raise LayoutChanged(f"not a sitemap: {exc}") from exc
    locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
    if sitemap.type == "sitemapindex":
        return [], [loc for loc in locs if "posts-post" in loc or "post-sitemap" in loc]
    if sitemap.type != "urlset":
        raise LayoutChanged(f"not a sitemap: root element {sitemap.type!r}")
    posts = [loc for loc in locs if PERMALINK.search(loc)]
    return sorted(posts, key=lambda loc: re.findall(r"/\d{4}/\d{2}/\d{2}/", loc), reverse=True), []


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
    """The post itself (its page is its file), then one record for each PDF it links."""
    number = NUMBER.search(post.title)
    twins = f"benelux_parliament/post-{post.twins[0]}" if len(post.twins) > 1 else None
    records = [
        DocumentRecord(
            source="benelux_parliament",
            native_id=f"post-{post.id}",
            url=post.link,
            title=post.title,
            doc_type=_kind(post.title, "bericht"),
            language=post.lang,
            published_on=post.day,
            file_urls=(post.link,),
            related_key=f"benelux_parliament/{number[1]}" if number else twins,
        )
    ]
    for link in Selector(text=post.content).css("a[href$='.pdf'], a[href$='.PDF']"):
        text = squash(" ".join(link.css("::text").getall()))
        m = NUMBER.search(text) or number
        href = link.attrib["href"]
        native = (
            f"{m[1]}-{m[2]}-{post.lang}" if m else f"{post.lang}-{href.rsplit('/', 1)[-1].lower()}"
        )
        records.append(
            DocumentRecord(
                source="benelux_parliament",
                native_id=native,
                url=post.link,
                title=post.title,
                doc_type=_kind(f"{text} {post.title}", "document"),
                language=post.lang,
                published_on=post.day,
                file_urls=(
                    re.sub(r"^https?://[^/]+", base, href) if "://" in href else base + href,
                ),
                related_key=f"benelux_parliament/{m[1]}" if m else twins,
                extra={"post": post.id},
            )
        )
    return records


def _kind(words: str, default: str) -> str:
    words = words.lower()
    return next((k for w, k in KINDS.items() if re.search(rf"\b{w}", words)), default)


def _text(html: str) -> str:
    return squash(Selector(text=f"<p>{html}</p>").xpath("string()").get())


def _lang(link: str) -> str:
    m = re.search(r"^(?:https?://[^/]+)?/(nl|fr)/", link)
    if not m:
        raise LayoutChanged(f"no /nl/ or /fr/ in {link!r}")
    return m.group(1)


class BeneluxSpider(WatcherSpider):
    name = "benelux_parliament"
    title = "Benelux Parliament (beneluxparl.eu)"
    languages = ("nl", "fr")
    home = "https://www.beneluxparl.eu"
    hosts = ("www.beneluxparl.eu", "beneluxparl.eu")
    aliases = ("https://beneluxparl.eu", "http://www.beneluxparl.eu")

    @classmethod
    def live_check(cls) -> Check:
        def first_post_with_pdf(rows: list[Post]) -> str:
            posts = [p for p in rows if len(documents(p, "")) > 1] or rows
            return str(posts[0].link)

        def records(page: Response) -> list[DocumentRecord]:
            found = documents(parse_post_page(page), cls.home)
            return [r for r in found if not r.native_id.startswith("post-")]

        return Check(
            POSTS.format(n=5, page=1, order="date"),
            lambda r: parse_rest(r)[0],
            first_post_with_pdf,
            records,  # type: ignore[arg-type]
            PDF,
        )

    def first_requests(self) -> Iterable[Request]:
        self.files_seen: set[str] = set()
        self.abandoned: set[str] = set()
        self.feeds_failed = 0
        yield self._rest(1)

    def _get(self, path: str, callback: Callable[..., object], **kwargs: object) -> Request:
        """A request of one route: a failure, a refusal or a page of another kind moves on."""
        return Request(
            self.rebase(path) if "://" in path else self.at(path),
            callback=callback,
            errback=self.route_failed,
            cb_kwargs=kwargs,
            meta={"handle_httpstatus_list": [401, 403, 404, 410, 500, 503]},
        )

    def _rest(self, page: int) -> Request:
        order = "date" if self.backfill else "modified"
        url = POSTS.format(n=100 if self.backfill else 20, page=page, order=order)
        if self.backfill:
            url += f"&after={self.since or date(1955, 1, 1)}T00:00:00"
            url += f"&before={self.until + timedelta(days=1)}T00:00:00" if self.until else ""
        elif self.state.cursor.get("modified_after"):
            url += f"&modified_after={self.state.cursor['modified_after']}"
        return self._get(url, self.on_rest, route="rest", page=page)

    def read(
        self, parse: Callable[[Response], T], response: Response, route: str, kind: bytes
    ) -> tuple[T | None, list[Request]]:
        """The route's page parsed; or None and the requests of the next route, when the page is
        not there, not of the expected kind (``b"json"``...) or not readable."""
        content_type = response.headers.get(b"Content-Type") or b""
        if response.status != 200 or kind not in content_type:
            why = f"HTTP {response.status} {content_type.decode('latin-1')} at {response.url}"
            return None, self.next_route(route, why)
        try:
            result = parse(response)
        except Exception as exc:
            return None, self.next_route(route, self.layout_error(response, exc, parse.__name__))
        self.pages_read += 1
        self._stats().set_value(f"watcher/route/{route}", "answered")
        return result, []

    def route_failed(self, failure: Failure) -> list[Request]:
        route = failure.request.cb_kwargs["route"]  # type: ignore[attr-defined]
        return self.next_route(route, failure.getErrorMessage() or type(failure.value).__name__)

    def next_route(self, route: str, why: str) -> list[Request]:
        """The requests of the route after ``route``, which did not answer (once per route)."""
        if route == "feeds" and self.feeds_failed < len(FEEDS) - 1:
            self.feeds_failed += 1
            self.degrade(f"a feed does not answer ({why})")
            return []
        if route in self.abandoned:
            return []
        self.abandoned.add(route)
        self._stats().set_value(f"watcher/route/{route}", f"failed: {why}")
        later = ROUTES[ROUTES.index(route) + 1 :]
        if not later:
            self.fail(f"no route to the posts answers; the last, the HTML lists: {why}")
            return []
        self.degrade(f"route {route} does not answer ({why}); trying {later[0]}")
        if later[0] == "feeds":
            return [self._get(f, self.on_feed, route="feeds") for f in FEEDS]
        if later[0] == "sitemap":
            return [self._get(SITEMAP, self.on_sitemap, route="sitemap")]
        return [self._get(p, self.on_list, route="lists") for p in LISTS]

    def on_rest(
        self, response: Response, route: str, page: int
    ) -> Iterator[Request | DocumentRecord]:
        parsed, next_route = self.read(parse_rest, response, route, b"json")
        yield from next_route
        if parsed is None:
            return
        posts, total_pages = parsed
        for post in posts:
            yield from self.post(post)
        if page < total_pages and (self.backfill or self.state.cursor):
            yield self._rest(page + 1)
        elif not self.backfill:
            yield Request(self.at(MEDIA), callback=self.on_media)
        if posts and not self.backfill:
            newest = max(p.modified for p in posts)
            self.state.cursor["modified_after"] = max(
                newest, str(self.state.cursor.get("modified_after", ""))
            )

    def on_media(self, response: Response) -> Iterator[Request | DocumentRecord]:
        """PDFs in the media library that no post links: records of their own."""
        known = self.files_seen | {f.url for f in self.state.files.values()}
        for media_id, url, day, title in self.parsed(parse_media, response) or []:
            url = self.canonical(response.urljoin(url))
            if url in known or not self.in_window(day):
                continue
            m = NUMBER.search(title) or re.search(r"(\d{3,4})-(\d{1,2})", url.rsplit("/", 1)[-1])
            lang = re.search(r"-(NL|FR)\.pdf$", url, re.IGNORECASE)
            record = DocumentRecord(
                source="benelux_parliament",
                native_id=f"{m[1]}-{m[2]}-{lang[1].lower()}" if m and lang else f"media-{media_id}",
                url=url,
                title=title or url.rsplit("/", 1)[-1],
                doc_type=_kind(title, "document"),
                # "mul": the language is not said; Benelux documents are often bilingual
                language=lang[1].lower() if lang else "mul",
                published_on=day,
                file_urls=(url,),
                related_key=f"benelux_parliament/{m[1]}" if m else None,
                extra={"media": media_id},
            )
            fp = self.fingerprint_of(record)
            if not self.is_known(record.native_id, fp):
                yield from self.document(record, fp)

    def on_feed(self, response: Response, route: str) -> Iterator[Request | DocumentRecord]:
        posts, next_route = self.read(parse_feed, response, route, b"xml")
        yield from next_route
        for post in posts or []:
            if self.in_window(post.day):
                yield from self.post(post)

    def on_sitemap(self, response: Response, route: str) -> Iterator[Request]:
        parsed, next_route = self.read(parse_sitemap, response, route, b"xml")
        yield from next_route
        links, children = parsed or ([], [])
        for child in children[:5]:
            yield self._get(child, self.on_sitemap, route="sitemap")
        new = [u for u in links if f"post:{self.canonical(u)}" not in self.state.fingerprints]
        for link in new[:SITEMAP_NEWEST]:
            key = f"post:{self.canonical(link)}"
            yield Request(
                self.rebase(link),
                callback=self.on_post_page,
                cb_kwargs={"key": key, "when": "sitemap"},
            )

    def on_list(self, response: Response, route: str) -> Iterator[Request]:
        found, next_route = self.read(parse_list, response, route, b"html")
        yield from next_route
        for link, when in found or []:
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
            yield from self.post(post, page=response)
            self.remember(key, when)

    def post(self, post: Post, page: Response | None = None) -> Iterator[Request | DocumentRecord]:
        """A post's records; its own page is stored from ``page`` when the route read it."""
        for record in documents(post, self.home):
            self.files_seen.update(record.file_urls)
            fp = self.fingerprint_of(record)
            if self.is_known(record.native_id, fp):
                continue
            if page is not None and record.file_urls == (post.link,):
                yield from self.stored(record, page, fp)
            else:
                yield from self.document(record, fp)
