# ruff: noqa: E501  (HTML and JSON templates read best unbroken)
"""Emulated dynamic endpoints of the replayed sites: an OData v4 entity set, the WordPress REST
API and the listing pages generated from the same data.

They implement the part of each protocol the spiders use, from the research notes, and answer the
way the real servers are documented to answer errors (OData: 400 for a bad query, 500 for a bad
path; WordPress: 400 for a page past the end).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.utils import format_datetime
from html import escape
from typing import Any
from urllib.parse import SplitResult, parse_qs, urlencode

from watcher.replay.sites import Emulator, Reply, Site

JSON = "application/json; charset=utf-8"
ODATA_SAFE = "$(),=';:/"


def route(pattern: str, path: str) -> dict[str, str] | None:
    """``route(r"/x/(?P<id>\\d+)", "/x/7") -> {"id": "7"}``; None when the path does not match."""
    m = re.fullmatch(pattern, path)
    return m.groupdict() if m else None


def _query(url: SplitResult) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}


# -- OData v4 ---------------------------------------------------------------------------------

_COMPARISON = re.compile(r"^\(?\s*(\w+)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*\)?$")


def _literal(text: str) -> Any:
    text = text.strip()
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    if text in ("true", "false", "null"):
        return {"true": True, "false": False, "null": None}[text]
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return datetime.fromisoformat(text)


def _compare(value: Any, op: str, literal: Any) -> bool:
    if isinstance(literal, datetime):
        if value is None:
            return False
        value = datetime.fromisoformat(value)
    if op == "eq":
        return bool(value == literal)
    if op == "ne":
        return bool(value != literal)
    if value is None or literal is None:
        return False
    ordered: bool = {
        "gt": value > literal,
        "ge": value >= literal,
        "lt": value < literal,
        "le": value <= literal,
    }[op]
    return ordered


def _split_top(text: str, word: str) -> list[str]:
    """Split on `` and `` / `` or `` outside parentheses and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    token = f" {word} "
    i = 0
    while i < len(text):
        c = text[i]
        if c == "'":
            quoted = not quoted
        elif not quoted and c == "(":
            depth += 1
        elif not quoted and c == ")":
            depth -= 1
        elif not quoted and depth == 0 and text.startswith(token, i):
            parts.append(text[start:i])
            i += len(token)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def odata_filter(expression: str) -> Callable[[dict[str, Any]], bool]:
    """A predicate for ``and``/``or`` of comparisons: ``"Soort eq 'Motie' and Datum ge 2026-01-01T00:00:00Z"``.

    ValueError for anything else (the real service answers 400).
    """
    clauses: list[list[tuple[str, str, Any]]] = []
    for conjunct in _split_top(expression, "and"):
        inner = conjunct[1:-1] if conjunct.startswith("(") and conjunct.endswith(")") else conjunct
        alternatives = []
        for alternative in _split_top(inner, "or"):
            m = _COMPARISON.match(alternative)
            if not m:
                raise ValueError(f"unsupported filter clause {alternative!r}")
            alternatives.append((m.group(1), m.group(2), _literal(m.group(3))))
        clauses.append(alternatives)

    def predicate(entity: dict[str, Any]) -> bool:
        return all(any(_compare(entity.get(f), op, lit) for f, op, lit in alts) for alts in clauses)

    return predicate


def odata_entities(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """An OData v4 entity set: ``$filter``, ``$orderby``, ``$top`` (max 250), ``$skiptoken`` paging."""
    q = _query(url)
    entities: list[dict[str, Any]] = site.data(config["data"])
    try:
        if "$filter" in q:
            keep = odata_filter(q["$filter"])
            entities = [e for e in entities if keep(e)]
        if "$orderby" in q:
            field, _, direction = q["$orderby"].partition(" ")
            entities.sort(
                key=lambda e: str(e.get(field) or ""), reverse=direction.strip() == "desc"
            )
        top = int(q["$top"]) if "$top" in q else None
        skip = int(q.get("$skiptoken", "0"))
    except (ValueError, KeyError) as exc:
        return _odata_error(400, f"The query specified in the URI is not valid. {exc}")
    if top is not None and top > 250:
        return _odata_error(400, "The limit of '250' for Top query has been exceeded.")
    size = min(top, 250) if top is not None else int(config.get("page_size", 250))
    page = entities[skip : skip + size]
    entity_set = url.path.rsplit("/", 1)[-1]
    body: dict[str, Any] = {
        "@odata.context": f"{base}/OData/v4/2.0/$metadata#{entity_set}",
        "value": page,
    }
    if top is None and skip + size < len(entities):
        next_q = {k: v for k, v in q.items() if k != "$skiptoken"} | {
            "$skiptoken": str(skip + size)
        }
        body["@odata.nextLink"] = f"{base}{url.path}?{urlencode(next_q, safe=ODATA_SAFE)}"
    return Reply(
        200,
        json.dumps(body, ensure_ascii=False).encode(),
        "application/json; odata.metadata=minimal",
    )


def _odata_error(status: int, message: str) -> Reply:
    body = {"error": {"code": "", "message": message}}
    return Reply(status, json.dumps(body).encode(), JSON)


# -- WordPress ---------------------------------------------------------------------------------


def _posts(site: Site, config: dict[str, Any], route: str | None = None) -> list[dict[str, Any]]:
    """The posts newest first; with ``route``, only those that this route shows."""
    posts: list[dict[str, Any]] = site.data(config["data"])
    posts = [p for p in posts if route is None or route in p.get("routes", [route])]
    return sorted(posts, key=lambda p: str(p["date"]), reverse=True)


def wp_rest_posts(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """``/wp-json/wp/v2/posts`` with per_page, page, after, before, modified_after, lang, orderby."""
    q = _query(url)
    posts = _posts(site, config, "rest")
    try:
        per_page = int(q.get("per_page", "10"))
        page = int(q.get("page", "1"))
        if not 1 <= per_page <= 100:
            raise ValueError("per_page must be between 1 (inclusive) and 100 (inclusive)")
        for key, field, after in (
            ("after", "date", True),
            ("before", "date", False),
            ("modified_after", "modified", True),
        ):
            if key in q:
                limit = datetime.fromisoformat(q[key]).replace(tzinfo=None)
                posts = [p for p in posts if (datetime.fromisoformat(p[field]) > limit) == after]
    except ValueError as exc:
        return Reply(
            400, json.dumps({"code": "rest_invalid_param", "message": str(exc)}).encode(), JSON
        )
    if "lang" in q:
        posts = [p for p in posts if p["lang"] == q["lang"]]
    if q.get("orderby") == "modified":
        posts.sort(key=lambda p: str(p["modified"]), reverse=q.get("order", "desc") == "desc")
    total_pages = max(1, math.ceil(len(posts) / per_page))
    if page > total_pages:
        body = {
            "code": "rest_post_invalid_page_number",
            "message": "The page number requested is larger than the number of pages available.",
        }
        return Reply(400, json.dumps(body).encode(), JSON)
    chosen = posts[(page - 1) * per_page : page * per_page]
    headers = {"X-WP-Total": str(len(posts)), "X-WP-TotalPages": str(total_pages)}
    return Reply(200, json.dumps([_rest_post(p, base) for p in chosen]).encode(), JSON, headers)


def _rest_post(post: dict[str, Any], base: str) -> dict[str, Any]:
    return {
        "id": post["id"],
        "date": post["date"],
        "date_gmt": post["date_gmt"],
        "modified": post["modified"],
        "modified_gmt": post["modified_gmt"],
        "slug": post["slug"],
        "status": "publish",
        "type": "post",
        "link": post["link"],
        "lang": post["lang"],
        "title": {"rendered": escape(post["title"], quote=False)},
        "content": {"rendered": post["content"], "protected": False},
        **({"translations": post["translations"]} if post.get("translations") else {}),
    }


def wp_rest_media(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """``/wp-json/wp/v2/media`` with mime_type, per_page and page, newest first."""
    q = _query(url)
    media: list[dict[str, Any]] = site.data(config["data"])
    if "mime_type" in q:
        media = [m for m in media if m["mime_type"] == q["mime_type"]]
    media.sort(key=lambda m: str(m["date"]), reverse=True)
    per_page, page = int(q.get("per_page", "10")), int(q.get("page", "1"))
    chosen = media[(page - 1) * per_page : page * per_page]
    body = [
        {
            "id": m["id"],
            "date": m["date"],
            "modified": m["modified"],
            "type": "attachment",
            "title": {"rendered": escape(m["title"], quote=False)},
            "mime_type": m["mime_type"],
            "media_type": "file",
            "post": m["post"],
            "source_url": m["source_url"],
        }
        for m in chosen
    ]
    pages = max(1, math.ceil(len(media) / per_page))
    headers = {"X-WP-Total": str(len(media)), "X-WP-TotalPages": str(pages)}
    return Reply(200, json.dumps(body).encode(), JSON, headers)


def wp_feed(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """``/<lang>/feed/``: RSS 2.0 of the language's 10 newest posts, with ``content:encoded``."""
    lang = config["match"]["lang"]
    posts = [p for p in _posts(site, config, "feeds") if p["lang"] == lang][:10]
    host = "https://www.beneluxparl.eu"
    items = "".join(
        f"<item><title>{escape(p['title'])}</title><link>{p['link']}</link>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(p['date_gmt']).replace(tzinfo=UTC))}</pubDate>"
        f'<guid isPermaLink="false">{host}/?p={p["id"]}</guid>'
        f"<description><![CDATA[{p['content'][:100]}]]></description>"
        f"<content:encoded><![CDATA[{p['content']}]]></content:encoded></item>\n"
        for p in posts
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Beneluxparlement</title><link>{host}/{lang}/</link>"
        f"<language>{lang}</language>\n{items}</channel></rss>\n"
    )
    return Reply(200, body.encode(), "application/rss+xml; charset=UTF-8")


def wp_sitemap(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """``/wp-sitemap.xml`` (the index) and ``/wp-sitemap-posts-post-1.xml`` (the posts)."""
    host = "https://www.beneluxparl.eu"
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    if config["match"].get("part"):
        urls = "".join(
            f"<url><loc>{p['link']}</loc></url>" for p in _posts(site, config, "sitemap")
        )
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>{urls}</urlset>\n'
    else:
        parts = ("posts-post-1", "posts-page-1", "taxonomies-category-1")
        maps = "".join(f"<sitemap><loc>{host}/wp-sitemap-{p}.xml</loc></sitemap>" for p in parts)
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {ns}>{maps}</sitemapindex>\n'
    return Reply(200, body.encode(), "application/xml; charset=UTF-8")


def wp_html(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """The theme's pages: a post at its permalink, or the document list of a language."""
    for post in _posts(site, config):
        if post["link"].endswith(url.path) and url.path.count("/") > 3:
            return _html(_post_page(post))
    lang = config["match"]["lang"]
    listed = [p for p in _posts(site, config, "lists") if p["lang"] == lang]
    page = int(config["match"].get("page") or 1)
    chosen = listed[(page - 1) * 10 : page * 10]
    if not chosen:
        return site.not_found()
    items = "".join(
        f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title">'
        f'<a href="{p["link"]}" rel="bookmark">{escape(p["title"])}</a></h2>'
        f'<time class="entry-date published" datetime="{p["date"]}">{p["date"][:10]}</time></header></article>\n'
        for p in chosen
    )
    more = len(listed) > page * 10
    nav = (
        f'<a class="next page-numbers" href="{url.path.split("/page/")[0].rstrip("/")}/page/{page + 1}/">Volgende</a>'
        if more
        else ""
    )
    return _html(
        f'<main id="main" class="site-main">\n{items}<nav class="pagination">{nav}</nav></main>'
    )


def _post_page(post: dict[str, Any]) -> str:
    return (
        f'<main id="main" class="site-main"><article id="post-{post["id"]}" class="post type-post">'
        f'<header class="entry-header"><h1 class="entry-title">{escape(post["title"])}</h1>'
        f'<time class="entry-date published" datetime="{post["date"]}">{post["date"][:10]}</time></header>'
        f'<div class="entry-content">{post["content"]}</div></article></main>'
    )


def _html(main: str) -> Reply:
    page = (
        '<!DOCTYPE html>\n<html lang="nl-NL"><head><meta charset="UTF-8">'
        "<title>Beneluxparlement</title></head>\n"
        f'<body class="wp-theme">\n{main}\n</body></html>\n'
    )
    return Reply(200, page.encode(), "text/html; charset=UTF-8")


# -- Rijksoverheid platform (AIV) ----------------------------------------------------------------


def _dmy(text: str) -> date:
    day, month, year = (int(x) for x in text.split("-"))
    return date(year, month, day)


def rijks_documents(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """``/documenten?pagina=N&startdatum=dd-mm-yyyy&einddatum=dd-mm-yyyy``, newest first."""
    q = _query(url)
    docs: list[dict[str, Any]] = site.data(config["data"])
    try:
        if q.get("startdatum"):
            docs = [d for d in docs if date.fromisoformat(d["date"]) >= _dmy(q["startdatum"])]
        if q.get("einddatum"):
            docs = [d for d in docs if date.fromisoformat(d["date"]) <= _dmy(q["einddatum"])]
        page = int(q.get("pagina", "1"))
    except ValueError:
        return site.not_found()
    entries = [(d, path) for d in docs for path in d["listed_paths"]]
    entries.sort(key=lambda e: str(e[0]["date"]), reverse=True)
    size = int(config.get("page_size", 10))
    items = "".join(
        f'<li class="results__item"><a href="{path}" class="publication">'
        f'<h3>{escape(d["title"])}</h3><p class="meta">{d["type_label"]} | {_nl_date(d["date"])}</p>'
        f"<p>{escape(d['intro'])}</p></a></li>\n"
        for d, path in entries[(page - 1) * size : page * size]
    )
    keep = {k: v for k, v in q.items() if k in ("startdatum", "einddatum")}
    paging = "".join(
        f'<li><a href="/documenten?{urlencode(keep | {"pagina": str(n)})}">{n}</a></li>'
        for n in range(1, math.ceil(len(entries) / size) + 1)
    )
    body = (
        f'<main id="content"><h1>Documenten</h1><p class="results__summary">{len(entries)} '
        f'resultaten</p>\n<ol class="results">\n{items}</ol>\n'
        f'<ul class="paging__numbers">{paging}</ul></main>'
    )
    return Reply(200, _rijks_page(body).encode(), "text/html;charset=UTF-8")


def rijks_detail(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """A detail page, at its own path or under ``/onderwerpen/<topic>``."""
    path = re.sub(r"^/onderwerpen/[^/]+", "", url.path)
    for d in site.data(config["data"]):
        if d["path"] == path:
            files = "".join(
                f'<li><a href="{f["href"]}" class="download"><span>{escape(f["name"])}</span>'
                f'<span class="meta">PDF document | {f["pages"]} pagina\'s | {f["size"]}</span></a></li>'
                for f in d["files"]
            )
            body = (
                f'<main id="content"><div class="article content"><h1>{escape(d["title"])}</h1>'
                f'<p class="article-meta">{d["type_label"]} | {_nl_date(d["date"])}</p>'
                f'<div class="intro"><p>{escape(d["intro"])}</p></div>'
                f'<div class="downloads"><h2>Downloads</h2><ul>{files}</ul></div></div></main>'
            )
            return Reply(200, _rijks_page(body, canonical=path).encode(), "text/html;charset=UTF-8")
    return site.not_found()


def rijks_sitemap(site: Site, url: SplitResult, config: dict[str, Any], base: str) -> Reply:
    """``/sitemap.xml``: every document page at its real address, with its date as lastmod."""
    host = "https://www.adviesraadinternationalevraagstukken.nl"
    urls = "".join(
        f"<url><loc>{host}{d['path']}</loc><lastmod>{d['date']}</lastmod></url>"
        for d in site.data(config["data"])
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{host}/</loc></url>'
        f"{urls}</urlset>\n"
    )
    return Reply(200, body.encode(), "application/xml;charset=UTF-8")


def _nl_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}-{m}-{y}"


def _rijks_page(main: str, canonical: str = "") -> str:
    link = (
        f'<link rel="canonical" href="https://www.adviesraadinternationalevraagstukken.nl{canonical}">'
        if canonical
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>Adviesraad Internationale Vraagstukken</title>{link}</head>\n"
        f'<body><div id="mainwrapper">\n{main}\n</div></body></html>\n'
    )


EMULATORS: dict[str, Emulator] = {
    "odata_entities": odata_entities,
    "wp_rest_posts": wp_rest_posts,
    "wp_html": wp_html,
    "wp_rest_media": wp_rest_media,
    "wp_feed": wp_feed,
    "wp_sitemap": wp_sitemap,
    "rijks_sitemap": rijks_sitemap,
    "rijks_documents": rijks_documents,
    "rijks_detail": rijks_detail,
}
