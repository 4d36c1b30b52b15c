"""``watcher web``: the team's read-only site over the pipeline's database.

Server-rendered pages (Starlette, Jinja2 with autoescape; no script needed): the hits archive,
each document with its evidence and full text, full-text search, the sources' health, the topics
as a reader understands them, each team's subscription (the "manage" link of its messages), Atom
feeds per topic, per team and per search, and a one-click "not relevant" on a hit (the only
write). ``create_app(settings)`` builds the ASGI app; the CLI
serves it with uvicorn.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from watcher.settings import Settings
from watcher.storage.db import ensure_schema, make_engine, session_factory
from watcher.storage.models import Document, RawFile, Subscription, Team
from watcher.storage.rawstore import RawStore
from watcher.storage.search import MARK_END, MARK_START, DocumentFilters, QueryError
from watcher.topics import TermSpec, TopicFileError, TopicSpec, read_topics
from watcher.web import queries
from watcher.web.security import CSRF_COOKIE, authorized, csrf_ok, new_csrf_token

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
BRUSSELS = ZoneInfo("Europe/Brussels")
PER_PAGE = 25


def _marks(text: str | None) -> Markup:
    """Escape, then mark the matched words: ``**BeNeSam**`` (hit snippets) and the search
    index's private-use marks become ``<mark>``; whitespace is folded."""
    safe = str(escape(" ".join((text or "").split())))
    safe = re.sub(r"\*\*(.+?)\*\*", r"<mark>\1</mark>", safe)
    safe = safe.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return Markup(safe)


def _term(term: str | TermSpec) -> str:
    return term if isinstance(term, str) else term.term


def _local_day(value: datetime | None) -> str:
    return value.astimezone(BRUSSELS).date().isoformat() if value else ""


def _marked_text(text: str, evidence: list[tuple[int, int]]) -> Markup:
    """A page's text with the evidence spans (character offsets) marked."""
    out: list[str] = []
    cursor = 0
    for start, end in sorted(evidence):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out += [str(escape(text[cursor:start])), f"<mark>{escape(text[start:end])}</mark>"]
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "atom"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["marks"] = _marks
    env.filters["term"] = _term
    env.filters["local_day"] = _local_day
    return env


class _Web:
    """The app's state: settings, the session factory, the templates."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url)
        ensure_schema(self.engine, settings.database_url)
        self.sessions = session_factory(self.engine)
        self.templates = _environment()
        self.store = RawStore(settings.raw_dir)
        self._topics: list[TopicSpec] = []
        self._topics_stamp: int | None = -1
        self.token = settings.web_token.get_secret_value() if settings.web_token else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def topics(self) -> list[TopicSpec]:
        """The topics file, read again only when it changed (reading it takes ~0.1-0.7 s)."""
        path = self.settings.topics_file
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            stamp = None
        if stamp != self._topics_stamp:
            try:
                self._topics = read_topics(path).specs
            except TopicFileError as exc:
                log.error("%s", exc)
                self._topics = []
            self._topics_stamp = stamp
        return self._topics

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        csrf = request.cookies.get(CSRF_COOKIE) or new_csrf_token()
        body = self.templates.get_template(name).render(
            request=request, csrf=csrf, topic_names=self.topic_names(), **context
        )
        response = HTMLResponse(body, status_code=status)
        if request.cookies.get(CSRF_COOKIE) != csrf:
            response.set_cookie(
                CSRF_COOKIE, csrf, httponly=True, samesite="strict", secure=request.url.is_secure
            )
        return response

    def topic_names(self) -> dict[str, str]:
        return {spec.id: spec.name for spec in self.topics()}

    def filters(self, request: Request, session: Session) -> DocumentFilters:
        params = request.query_params
        topics: tuple[str, ...] | None = None
        if params.get("topic"):
            topics = (params["topic"],)
        if params.get("team"):
            team_topics = tuple(
                session.scalars(
                    select(Subscription.topic_id).where(Subscription.team_id == params["team"])
                )
            )
            topics = tuple(t for t in team_topics if topics is None or t in topics)
        return DocumentFilters(
            topics=topics,
            source=params.get("source") or None,
            language=params.get("language") or None,
            since=_date(params.get("since")),
            until=_date(params.get("until")),
        )

    def base_url(self, request: Request) -> str:
        return (self.settings.public_url or str(request.base_url)).rstrip("/")


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


def _page_link(request: Request, page: int) -> str:
    params = dict(request.query_params)
    params["page"] = str(page)
    return "?" + urlencode(params)


def create_app(settings: Settings) -> Starlette:
    """The site, reading ``settings.database_url``; see the module docstring."""
    web = _Web(settings)

    def guarded(
        handler: Callable[[Request], Response], *, feed: bool = False
    ) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            team_id = request.path_params.get("team_id") if feed else None
            if not authorized(
                web.token,
                request.headers.get("authorization"),
                request.query_params.get("token") if feed else None,
                team_id=team_id,
            ):
                return Response(
                    "authentication required",
                    status_code=401,
                    headers={"WWW-Authenticate": 'Basic realm="watcher"'},
                )
            if request.method == "POST":
                form = parse_qs((await request.body()).decode("utf-8", "replace"))
                request.state.form = {k: v[0] for k, v in form.items()}
            return handler(request)

        return endpoint

    def common(request: Request, session: Session) -> dict[str, Any]:
        return {
            "sources": [s.id for s in queries.sources(session)],
            "teams": list(session.scalars(select(Team.id).order_by(Team.id))),
            "params": request.query_params,
            "page_link": lambda n: _page_link(request, n),
        }

    def hits(request: Request) -> Response:
        with web.session() as session:
            filters = web.filters(request, session)
            result = queries.hits_page(
                session, filters, page=_page_number(request), per_page=PER_PAGE
            )
            return web.render(request, "hits.html", result=result, **common(request, session))

    def search(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        with web.session() as session:
            context = common(request, session)
            if not q:
                return web.render(request, "search.html", q=q, result=None, error=None, **context)
            try:
                result = queries.search_page(
                    session, q, web.filters(request, session), page=_page_number(request)
                )
            except QueryError as exc:
                return web.render(
                    request, "search.html", 400, q=q, result=None, error=str(exc), **context
                )
            return web.render(request, "search.html", q=q, result=result, error=None, **context)

    def document(request: Request) -> Response:
        with web.session() as session:
            view = queries.document_view(session, int(request.path_params["document_id"]))
            if view is None:
                return web.render(request, "missing.html", 404, what="document")
            evidence: dict[int, list[tuple[int, int]]] = {}
            for hit in view.hits:
                for item in hit.evidence:
                    if item.get("page") is not None and item.get("start") is not None:
                        evidence.setdefault(int(item["page"]), []).append(
                            (int(item["start"]), int(item["end"]))
                        )
            pages = [
                (no, _marked_text(text, evidence.get(no, [])), language, bool(evidence.get(no)))
                for no, text, language in view.pages
            ]
            return web.render(request, "document.html", view=view, pages=pages)

    def stored_file(request: Request) -> Response:
        """The document's file as watcher fetched it (what was matched), so a passage's
        ``#page=N`` link works offline. Served sandboxed: a source's HTML runs no script here."""
        with web.session() as session:
            doc = session.get(Document, int(request.path_params["document_id"]))
            raw = session.get(RawFile, doc.content_hash) if doc and doc.content_hash else None
        if raw is None:
            return web.render(request, "missing.html", 404, what="stored file")
        try:
            body = web.store.get(raw.sha256)
        except OSError:
            return web.render(request, "missing.html", 404, what="stored file")
        return Response(
            body,
            media_type=raw.media_type or "application/octet-stream",
            headers={
                "Content-Security-Policy": "sandbox",
                "X-Content-Type-Options": "nosniff",
                "Content-Disposition": "inline",
            },
        )

    def feedback(request: Request) -> Response:
        form: dict[str, str] = request.state.form
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.url.netloc:
            return Response("cross-site request refused", status_code=403)
        if not csrf_ok(request.cookies.get(CSRF_COOKIE), form.get("csrf")):
            return Response("missing or wrong form token; reload the page", status_code=403)
        hit_id = int(request.path_params["hit_id"])
        with web.sessions.begin() as session:
            if not queries.flag_hit(session, hit_id, form.get("reason")):
                return Response("no such hit", status_code=404)
        back = form.get("back", "/")
        if not back.startswith("/") or back.startswith("//"):
            back = "/"
        return RedirectResponse(back, status_code=303)

    def sources(request: Request) -> Response:
        with web.session() as session:
            return web.render(request, "sources.html", rows=queries.sources(session))

    def topics(request: Request) -> Response:
        return web.render(request, "topics.html", specs=web.topics())

    def topic(request: Request) -> Response:
        topic_id = request.path_params["topic_id"]
        spec = next((s for s in web.topics() if s.id == topic_id), None)
        if spec is None:
            return web.render(request, "missing.html", 404, what="topic")
        with web.session() as session:
            latest = queries.latest_hits_of_topic(session, topic_id)
        return web.render(request, "topic.html", spec=spec, latest=latest)

    def team_topics(session: Session, team_id: str) -> tuple[str, ...]:
        return tuple(
            session.scalars(
                select(Subscription.topic_id)
                .where(Subscription.team_id == team_id)
                .order_by(Subscription.topic_id)
            )
        )

    def team(request: Request) -> Response:
        """What a team follows and how it hears of it: the "Manage this subscription" link of
        its messages. Where its messages go (addresses, webhooks) is not shown: secrets."""
        team_id = request.path_params["team_id"]
        with web.session() as session:
            row = session.get(Team, team_id)
            if row is None:
                return web.render(request, "missing.html", 404, what="team")
            followed = team_topics(session, team_id)
            latest = (
                queries.hits_page(session, DocumentFilters(topics=followed), per_page=10).rows
                if followed
                else []
            )
            return web.render(
                request,
                "team.html",
                team=row,
                followed=followed,
                latest=latest,
                contact=web.settings.contact_email,
            )

    def feed(request: Request) -> Response:
        with web.session() as session:
            if "topic_id" in request.path_params:
                topic_id = request.path_params["topic_id"]
                title = f"watcher: {web.topic_names().get(topic_id, topic_id)}"
                rows = queries.hits_page(session, DocumentFilters(topics=(topic_id,))).rows
            elif "team_id" in request.path_params:
                team_id = request.path_params["team_id"]
                title = f"watcher: team {team_id}"
                rows = queries.hits_page(
                    session, DocumentFilters(topics=team_topics(session, team_id))
                ).rows
            else:
                q = request.query_params.get("q", "")
                title = f"watcher: search {q}"
                try:
                    rows = queries.search_page(session, q, DocumentFilters()).rows
                except QueryError as exc:
                    return Response(str(exc), status_code=400)
            updated = max(
                (h.matched_at for r in rows for h in r.hits),
                default=datetime(2026, 1, 1, tzinfo=UTC),
            )
            body = web.templates.get_template("feed.atom").render(
                title=title,
                self_url=str(request.url.remove_query_params("token")),
                base=web.base_url(request),
                rows=rows,
                updated=updated,
                topic_names=web.topic_names(),
            )
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    routes = [
        Route("/", guarded(hits)),
        Route("/search", guarded(search)),
        Route("/documents/{document_id:int}", guarded(document)),
        Route("/documents/{document_id:int}/file", guarded(stored_file)),
        Route("/hits/{hit_id:int}/feedback", guarded(feedback), methods=["POST"]),
        Route("/sources", guarded(sources)),
        Route("/topics", guarded(topics)),
        Route("/topics/{topic_id}", guarded(topic)),
        Route("/teams/{team_id}", guarded(team)),
        Route("/feeds/topics/{topic_id}.atom", guarded(feed, feed=True)),
        Route("/feeds/teams/{team_id}.atom", guarded(feed, feed=True)),
        Route("/feeds/search.atom", guarded(feed, feed=True)),
    ]

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        web.engine.dispose()

    return Starlette(routes=routes, lifespan=lifespan)
