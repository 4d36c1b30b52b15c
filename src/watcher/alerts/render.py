"""Alerts as people read them: one entry per document, in e-mail (text + HTML) and Slack. Pure.

Hits arrive as :class:`AlertItem` (one per hit); :func:`build_entries` folds them into
:class:`Entry` objects, one per document identity (NL/FR twins are one entry), each with its
topics and, per topic, the best passage, its page and why it matched in words. The e-mail parts
come from the Jinja2 templates in ``templates/`` (HTML autoescaped); Slack's Block Kit payloads
from :mod:`watcher.alerts.slack`.

Everything a source wrote (titles, snippets) is untrusted: cleaned of control, bidirectional and
zero-width characters (:func:`clean_text`), capped, escaped by the templates for HTML and by
:func:`watcher.alerts.slack.escape` for Slack.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import jinja2

from watcher.alerts import slack
from watcher.alerts.links import Links

SUBJECT_LIMIT = 78  # what a phone's mail list shows, and RFC 5322's recommended line length
SUBJECT_TOPICS = 2  # topics named in a subject; more are counted: "C-UAS, BeNeSam +2"
TITLE_LIMIT = 300
SNIPPET_LIMIT = 600
DIGEST_SNIPPET_LIMIT = 240
DIGEST_CAP = 10  # documents shown in full in a digest; the rest are counted and pointed to
OLD_AFTER_DAYS = 7  # published this long before it was first seen: say both dates

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Document types as the sources write them (Dutch, or French for some) -> the messages' language
# (English), so a French document is not labelled in Dutch. A type not listed is shown as written.
DOC_TYPES = {
    "aanbeveling": "recommendation",
    "recommandation": "recommendation",
    "advies": "opinion",
    "avis": "opinion",
    "resolutie": "resolution",
    "résolution": "resolution",
    "verslag": "report",
    "rapport": "report",
    "aangenomen tekst": "adopted text",
    "tekst aangenomen door de commissie": "text adopted in committee",
    "tekst aangenomen in plenaire vergadering": "text adopted in plenary",
    "amendement": "amendment",
    "amendementen": "amendments",
    "advies van de raad van state": "Council of State opinion",
    "erratum": "erratum",
    "nota": "note",
    "bijlage": "annex",
    "wetsontwerp": "government bill",
    "overgezonden ontwerp": "bill from the Senate",
    "wetsvoorstel": "private member's bill",
    "voorstel van resolutie": "motion for a resolution",
    "voorstel tot herziening": "proposal to revise the Constitution",
    "voorstel onderzoekscommissie": "inquiry committee proposal",
    "voorstel reglement": "rules of procedure proposal",
    "integraal verslag plenaire": "verbatim report, plenary",
    "integraal verslag commissie": "verbatim report, committee",
    "briefadvies": "advisory letter",
    "publicatie": "publication",
    "jaarverslag": "annual report",
    "kamerstuk": "parliamentary paper",
    "brief": "letter",
    "toespraak": "speech",
    "motie": "motion",
    "brief regering": "government letter",
    "schriftelijke vragen": "written questions",
    "antwoord schriftelijke vragen": "answer to written questions",
}

LANGUAGES = {"mul": "NL/FR"}


# --- cleaning ------------------------------------------------------------------------------------

# Unicode categories that never belong in a title or subject: controls (C0, C1, DEL), format
# characters (bidirectional overrides and isolates, zero-width space/joiners, soft hyphen, BOM),
# surrogates, private use, unassigned; line and paragraph separators are whitespace.
_DROP = {"Cc", "Cf", "Cs", "Co", "Cn"}
_SPACE = {"Zl", "Zp", "Zs"}


def clean_text(text: str, limit: int | None = None) -> str:
    """Text safe for one line: controls and invisible format characters dropped, any whitespace
    run (line breaks included) one space, cut at a word boundary with an ellipsis past ``limit``.

    ``clean_text("Drones\u202e\u200b en\nmunitie\x07")`` -> ``"Drones en munitie"``.
    """
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85" or category in _SPACE:
            out.append(" ")
        elif category not in _DROP:
            out.append(ch)
    cleaned = " ".join("".join(out).split())
    if limit is None or len(cleaned) <= limit:
        return cleaned
    head = cleaned[: limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:") + "…"


def clip(text: str, limit: int) -> str:
    """:func:`clean_text` cut to ``limit``: ``clip("one two three four", 12)`` -> ``"one two…"``.

    Also what the CLI prints titles and errors with, so no terminal escape reaches the terminal.
    """
    return clean_text(text, limit)


# --- the model -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Twin:
    """Another language version of a document: ``Twin("FR", "https://.../936-2-fr.pdf")``."""

    language: str
    url: str


@dataclass(frozen=True)
class AlertItem:
    """One hit, with what a reader needs to judge it, flattened from hit + document + topic."""

    hit_id: int
    document_id: int
    topic_id: str
    topic_name: str
    title: str
    source_id: str
    source_name: str
    published_on: date | None
    language: str | None
    doc_type: str | None
    snippet: str
    terms: tuple[str, ...]
    page: int | None
    document_url: str  # the file, with #page=N for a PDF; the source page when there is no file
    source_url: str  # the document's page on the source's site
    matched_at: datetime
    more_passages: int = 0
    identity: str = ""  # NL/FR twins share it (see watcher.alerts.routing.document_identity)
    number: str | None = None  # the document's number as people cite it: "DOC 56 0367/004"
    score: float = 0.0
    kind: str | None = None  # the best evidence's kind: "alias", "acronym", "rule: <name>"
    snippet_language: str | None = None  # the language of the passage's page
    first_seen_at: datetime | None = None
    twins: tuple[Twin, ...] = ()

    @property
    def key(self) -> str:
        return self.identity or f"document:{self.document_id}"


@dataclass(frozen=True)
class Passage:
    """One topic of an entry: its best passage (highlight runs), page and why it matched."""

    topic: str
    page_label: str  # "page 2", or "text" for a document without pages
    page_url: str | None  # a link that opens the file at that page
    runs: list[tuple[str, bool]]
    language: str | None
    why: str
    more: str  # " (+2 more passages)"


@dataclass(frozen=True)
class Entry:
    """One document (or NL/FR pair) and every topic it matched."""

    title: str
    number: str | None
    url: str
    source_url: str
    source_name: str
    dates: str  # "13 May 2026", or "First seen today, published 24 April 2015"
    details: tuple[str, ...]  # language and type labels
    twins: tuple[Twin, ...]
    passages: tuple[Passage, ...]
    topics: tuple[str, ...]
    short_topics: tuple[str, ...]
    newest: date
    score: float
    page_label: str | None  # the best passage's page when the document link opens there
    watcher_url: str | None = None  # the document's page on watcher's own site, if public

    @property
    def meta(self) -> str:
        return " · ".join((self.source_name, self.dates, *self.details))

    @property
    def _numbered(self) -> bool:
        """Whether the number must be added (some sources put it in the title already)."""
        return self.number is not None and self.number.lower() not in self.title.lower()

    @property
    def heading(self) -> str:
        """The title with its number: ``DOC 56 0367/004 · Voorstel van resolutie ...``."""
        return f"{self.number} · {self.title}" if self._numbered else self.title

    @property
    def name(self) -> str:
        """The number and title for a subject line: ``DOC 56 0367/004 Voorstel ...``."""
        return f"{self.number} {self.title}" if self._numbered else self.title


@dataclass(frozen=True)
class Rendered:
    """One announcement in every form: e-mail subject and parts, Slack payloads (one or more)."""

    subject: str
    text: str
    html: str
    slack: tuple[dict[str, Any], ...]
    unsubscribe: str | None = None


@dataclass(frozen=True)
class Summary:
    """A digest's opening: ``"3 documents on 2 topics: C-UAS (2), BeNeSam (1)"``."""

    documents: int
    topics: list[tuple[str, int]] = field(default_factory=list)

    def __str__(self) -> str:
        counts = ", ".join(f"{name} ({n})" for name, n in self.topics)
        return (
            f"{_plural(self.documents, 'document')} on {_plural(len(self.topics), 'topic')}: "
            f"{counts}"
        )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


# --- labels --------------------------------------------------------------------------------------


def document_link(file_url: str | None, page: int | None, *, is_pdf: bool, fallback: str) -> str:
    """The link to open: a PDF at the matching page, another file as is, else the source page.

    ``document_link("https://x/a.pdf", 2, is_pdf=True, fallback=...)`` -> ``https://x/a.pdf#page=2``.
    """
    if not file_url:
        return fallback
    if is_pdf and page:
        return f"{file_url.split('#', 1)[0]}#page={page}"
    return file_url


def format_date(value: date | None) -> str:
    if value is None:
        return "date unknown"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def dates_label(published: date | None, first_seen: date | None, today: date) -> str:
    """``"13 May 2026"``; ``"First seen today, published 24 April 2015"`` for an old document."""
    if published is None or first_seen is None or (first_seen - published).days <= OLD_AFTER_DAYS:
        return format_date(published)
    seen = "today" if first_seen == today else format_date(first_seen)
    return f"First seen {seen}, published {format_date(published)}"


def type_label(doc_type: str | None) -> str | None:
    """A source's document type in English: ``"AANGENOMEN TEKST"`` -> ``"adopted text"``."""
    if not doc_type:
        return None
    cleaned = clean_text(doc_type, 80)
    return DOC_TYPES.get(cleaned.lower(), cleaned)


def short_topic(name: str) -> str:
    """A topic's short name for subjects: the shorter of the name and its bracketed part.

    ``"Counter-drone capability (C-UAS)"`` -> ``"C-UAS"``;
    ``"BeNeSam (Belgian-Dutch naval cooperation)"`` -> ``"BeNeSam"``.
    """
    m = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", name)
    if not m:
        return name
    return min(m.groups(), key=len)


def why_matched(kind: str | None, terms: Iterable[str], snippet: str) -> str:
    """Why a passage matched, in words, from the evidence's kind and terms.

    ``why_matched("rule: Belgian and Dutch navies cooperating", ["Belgische", "marine"], ...)`` ->
    ``'the rule "Belgian and Dutch navies cooperating" (Belgische, marine)'``;
    ``why_matched("alias", ["anti-drones"], ...)`` -> ``'the term "anti-drones"'``.

    Only terms that appear in the passage shown are named, each once, whitespace normalised.
    """
    shown = " ".join(snippet.replace("**", "").split()).lower()
    named = list(dict.fromkeys(t for t in (" ".join(t.split()) for t in terms) if t))
    visible = [t for t in named if t.lower() in shown] or named[:1]
    quoted = ", ".join(f'"{t}"' for t in visible[:4])
    if kind and kind.startswith("rule:"):
        rule = clean_text(kind.removeprefix("rule:"), 120)
        return f'the rule "{rule}"' + (f" ({', '.join(visible[:5])})" if visible else "")
    if kind == "acronym":
        return f"the acronym {quoted}" if visible else "an acronym"
    noun = "term" if len(visible) == 1 else "terms"
    return f"the {noun} {quoted}" if visible else "the topic's terms"


def highlight(text: str, terms: Iterable[str]) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, is_term) runs, matching terms case-insensitively, longest first.

    ``highlight("anti-drones en Drones", ["drones"])`` ->
    ``[("anti-", False), ("drones", True), (" en ", False), ("Drones", True)]``.

    A snippet from the matcher already marks the passages that matched as ``**term**``; those
    marks are used as they are (``"naar **anti-drones**"`` -> ``[("naar ", False),
    ("anti-drones", True)]``), so a term is not bolded twice nor a stray word bolded elsewhere.
    """
    if text.count("**") >= 2:
        return [(piece, i % 2 == 1) for i, piece in enumerate(text.split("**")) if piece]
    wanted = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not wanted:
        return [(text, False)] if text else []
    pattern = re.compile("|".join(re.escape(t) for t in wanted), re.IGNORECASE)
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], False))
        runs.append((match.group(0), True))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], False))
    return runs


def safe_href(url: str | None) -> str | None:
    """``url`` if it may be linked (http or https), else None."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


# --- items -> entries ----------------------------------------------------------------------------


def _deep_link(item: AlertItem) -> bool:
    """Whether the item's document link opens it at its page (a PDF with a page)."""
    return bool(item.page) and item.document_url != item.source_url


def _passage(item: AlertItem, limit: int) -> Passage:
    snippet = clean_text(item.snippet, limit)
    more = item.more_passages
    return Passage(
        topic=clean_text(item.topic_name, 200),
        page_label=f"page {item.page}" if item.page else "text",
        page_url=item.document_url if _deep_link(item) else None,
        runs=highlight(snippet, item.terms),
        language=item.snippet_language or item.language,
        why=why_matched(item.kind, item.terms, snippet),
        more=f" (+{more} more passage{'s' if more != 1 else ''})" if more else "",
    )


def _sort_day(item: AlertItem) -> date:
    return item.published_on or item.matched_at.date()


def build_entries(
    items: Sequence[AlertItem], today: date, *, limit: int, links: Links | None = None
) -> list[Entry]:
    """Hits -> one entry per document identity, newest first, then highest score.

    An entry is headed by the version seen first, links the other languages ("also in FR"), and
    orders its topics by score; each topic keeps its best passage (of the entry's documents, when
    twins matched the same topic).
    """
    groups: dict[str, list[AlertItem]] = {}
    for item in items:
        groups.setdefault(item.key, []).append(item)
    entries = []
    for group in groups.values():
        best: dict[str, AlertItem] = {}
        for item in sorted(group, key=lambda i: (-i.score, i.hit_id)):
            best.setdefault(item.topic_id, item)
        ranked = sorted(best.values(), key=lambda i: (-i.score, i.topic_name.lower()))
        main = min(group, key=lambda i: i.document_id)  # the version seen first
        own = (main.language or "").upper()
        twins = {t.url: t for i in group for t in i.twins if t.language != own}
        page = f"page {main.page}" if _deep_link(main) else None
        language = LANGUAGES.get(main.language or "", (main.language or "").upper())
        details = tuple(x for x in (language, type_label(main.doc_type)) if x)
        first_seen = main.first_seen_at.date() if main.first_seen_at else None
        entries.append(
            Entry(
                title=clean_text(main.title, TITLE_LIMIT) or "(untitled)",
                number=main.number,
                url=main.document_url,
                source_url=main.source_url,
                source_name=main.source_name,
                dates=dates_label(main.published_on, first_seen, today),
                details=details,
                twins=tuple(sorted(twins.values(), key=lambda t: t.language)),
                passages=tuple(_passage(i, limit) for i in ranked),
                topics=tuple(clean_text(i.topic_name, 200) for i in ranked),
                short_topics=tuple(short_topic(clean_text(i.topic_name, 200)) for i in ranked),
                newest=max(_sort_day(i) for i in group),
                score=max(i.score for i in group),
                page_label=page,
                watcher_url=(links or Links()).document_page(main.document_id),
            )
        )
    return sorted(entries, key=lambda e: (e.newest, e.score), reverse=True)


def _topics_label(names: Sequence[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(names))
    if len(unique) <= limit:
        return ", ".join(unique)
    return ", ".join(unique[:limit]) + f" +{len(unique) - limit}"


def subject_line(text: str) -> str:
    """``[watcher] ...`` cleaned and cut to :data:`SUBJECT_LIMIT` characters."""
    return clean_text(f"[watcher] {text}", SUBJECT_LIMIT)


# --- templates -----------------------------------------------------------------------------------


@cache
def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("watcher.alerts", "templates"),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["href"] = safe_href
    return env


def _render(name: str, **context: Any) -> str:
    return _environment(name.endswith(".html")).get_template(name).render(**context)


def footer(recipient: str) -> str:
    return f"Sent by watcher to {recipient}. This is an automatic message; replies are not read."


def _parts(template: str, subject: str, team_name: str, **context: Any) -> tuple[str, str]:
    common = {"subject": subject, "footer": footer(team_name), "manage": None, **context}
    return _render(f"{template}.txt", **common), _render(f"{template}.html", **common)


# --- the announcements ---------------------------------------------------------------------------


def render_alert(
    items: Sequence[AlertItem],
    team_name: str,
    *,
    now: datetime,
    links: Links | None = None,
    unsubscribe: str | None = None,
    manage: str | None = None,
) -> Rendered:
    """One document (or NL/FR pair) and the topics it matched (one item per hit) -> one message.

    ``manage`` is the team's page on the site (what it follows, how to change it), if any."""
    assert items, "an alert announces at least one hit"
    [entry, *others] = build_entries(items, now.date(), limit=SNIPPET_LIMIT, links=links)
    assert not others, "an alert announces one document"
    topics = _topics_label(entry.short_topics, SUBJECT_TOPICS)
    named = entry.name
    subject = subject_line(f"{topics}: {named}")
    old = entry.dates.startswith("First seen")
    heading = f"{'Older document' if old else 'New document'} on {_topics_label(entry.topics)}"
    text, html = _parts(
        "alert",
        subject,
        team_name,
        heading=heading,
        entry=entry,
        unsubscribe=unsubscribe,
        manage=manage,
    )
    payloads = slack.alert_payloads(entry, heading, f"{topics}: {named}", manage)
    return Rendered(subject, text, html, payloads, unsubscribe)


def render_digest(
    items: Sequence[AlertItem],
    team_name: str,
    label: str,
    day: date,
    *,
    now: datetime,
    links: Links | None = None,
    unsubscribe: str | None = None,
    manage: str | None = None,
    cap: int | None = None,
) -> Rendered:
    """Hits for one team and one period (``"Daily digest"``, the day it ends) -> one message.

    One entry per document, newest and highest-scored first, after a summary; past ``cap``
    documents the rest are counted and pointed to (``watcher hits``, or the web page).
    """
    assert items, "a digest announces at least one hit"
    links = links or Links()
    entries = build_entries(items, now.date(), limit=DIGEST_SNIPPET_LIMIT, links=links)
    per_topic: dict[str, int] = {}
    for entry in entries:
        for name in entry.short_topics:
            per_topic[name] = per_topic.get(name, 0) + 1
    summary = Summary(len(entries), sorted(per_topic.items(), key=lambda t: (-t[1], t[0].lower())))
    cap = DIGEST_CAP if cap is None else cap
    shown, hidden = entries[:cap], entries[cap:]
    since = min((e.newest for e in hidden), default=None)
    more = (
        {
            "count": len(hidden),
            "command": links.hits_command(since),
            "url": links.hits_page(since),
        }
        if hidden
        else None
    )
    heading = f"{label} for {clean_text(team_name, 100)}, {format_date(day)}"
    topics = _topics_label([name for name, _ in summary.topics], SUBJECT_TOPICS)
    subject = subject_line(f"{label} {day.day} {_MONTHS[day.month - 1][:3]}: "
                           f"{_plural(len(entries), 'doc')} on {topics}")  # fmt: skip
    text, html = _parts(
        "digest",
        subject,
        team_name,
        heading=heading,
        summary=str(summary),
        entries=shown,
        more=more,
        unsubscribe=unsubscribe,
        manage=manage,
    )
    payloads = slack.digest_payloads(heading, str(summary), shown, more, manage)
    return Rendered(subject, text, html, payloads, unsubscribe)


def render_health(source_id: str, health: str, detail: str, at: datetime) -> Rendered:
    """A source-health change for the admin target: ``failing`` or ``recovered``."""
    subject = subject_line(f"Source {source_id} is {health}")
    when = at.strftime("%Y-%m-%d %H:%M UTC")
    admin = "the watcher admin"
    text, html = _parts(
        "health",
        subject,
        admin,
        source_id=clean_text(source_id, 100),
        health=health,
        when=when,
        detail=detail,
        unsubscribe=None,
    )
    icon = ":white_check_mark:" if health in ("ok", "recovered") else ":warning:"
    return Rendered(subject, text, html, (slack.health_payload(icon, subject, detail),))


def render_test(team_name: str, target: str, now: datetime) -> Rendered:
    """What ``watcher alerts test`` sends: proof that a target works, and for whom."""
    subject = subject_line(f"Test message for {team_name}")
    when = now.strftime("%Y-%m-%d %H:%M UTC")
    line = f"This is a test message from watcher to {team_name} ({target}), sent {when}."
    text, html = _parts("test", subject, team_name, line=line, unsubscribe=None)
    return Rendered(subject, text, html, (slack.text_payload(f":wave: {line}"),))
