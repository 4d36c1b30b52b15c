"""Alerts as people read them: e-mail (plain text + HTML) and Slack ``mrkdwn``. Pure functions.

Everything a source wrote (titles, snippets) is untrusted: HTML-escaped for e-mail, and for Slack
escaped (``&``, ``<``, ``>``), with mentions (``@channel``, ``@here``, ``@everyone``) and
formatting characters neutralised, so a document title cannot notify a channel or restyle a
message. Slack messages stay under :data:`SLACK_LIMIT` characters; long digests are split.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, urlsplit

# Slack accepts 3,000 characters in one section block (40,000 in a message); apprise sends the
# body as one section, so each message stays under this.
SLACK_LIMIT = 2900
SUBJECT_LIMIT = 180
SNIPPET_LIMIT = 600
DIGEST_SNIPPET_LIMIT = 240

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


def footer(recipient: str) -> str:
    return f"Sent by watcher to {recipient}. This is an automatic message; replies are not read."


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


@dataclass(frozen=True)
class Rendered:
    """One announcement in every form: e-mail subject and parts, Slack messages (one or more)."""

    subject: str
    text: str
    html: str
    slack: tuple[str, ...]


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


def clip(text: str, limit: int) -> str:
    """Whitespace collapsed, cut at a word boundary with an ellipsis when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut + "…"


def _topics_label(names: Sequence[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(names))
    if len(unique) <= limit:
        return ", ".join(unique)
    return ", ".join(unique[:limit]) + f" +{len(unique) - limit}"


def _meta(item: AlertItem) -> list[str]:
    parts = [item.source_name, format_date(item.published_on)]
    if item.language:
        parts.append(item.language.upper())
    if item.doc_type:
        parts.append(item.doc_type)
    return parts


def _page_label(item: AlertItem) -> str:
    return f"page {item.page}" if item.page else "text"


def _deep_link(item: AlertItem) -> bool:
    """Whether the item's document link opens it at its page (a PDF with a page)."""
    return bool(item.page) and item.document_url != item.source_url


def _more(item: AlertItem) -> str:
    n = item.more_passages
    return f" (+{n} more passage{'s' if n != 1 else ''})" if n else ""


# --- plain text ----------------------------------------------------------------------------------


def _text_snippet(item: AlertItem, limit: int) -> str:
    runs = highlight(clip(item.snippet, limit), item.terms)
    return "".join(f"**{piece}**" if is_term else piece for piece, is_term in runs)


def _text_item(item: AlertItem, topics: Sequence[AlertItem], *, limit: int) -> list[str]:
    lines = [clip(item.title, 500), "  " + " · ".join(_meta(item)), ""]
    for hit in topics:
        lines.append(f"  {hit.topic_name}, {_page_label(hit)}{_more(hit)}:")
        lines.append(f'    "{_text_snippet(hit, limit)}"')
        if hit.terms:
            lines.append("    Terms: " + ", ".join(hit.terms))
        if _deep_link(hit) and hit.document_url != item.document_url:
            lines.append(f"    At {_page_label(hit)}: {hit.document_url}")
    page = f" ({_page_label(item)})" if _deep_link(item) else ""
    lines += ["", f"  Document{page}: {item.document_url}", f"  Source page: {item.source_url}"]
    return lines


# --- HTML ----------------------------------------------------------------------------------------

_MARK = '<mark style="background-color:#fff0a0;color:#000000;"><b>{}</b></mark>'
_BODY = (
    '<body style="margin:0;padding:16px;font-family:Segoe UI,Arial,sans-serif;font-size:14px;'
    'color:#1a1a1a;line-height:1.45;">'
)


def _href(url: str) -> str | None:
    """``url`` if it is safe to link (http, https), attribute-escaped."""
    scheme = urlsplit(url).scheme.lower()
    return html.escape(url, quote=True) if scheme in ("http", "https") else None


def _a(url: str, label: str) -> str:
    href = _href(url)
    text = html.escape(label)
    return f'<a href="{href}" style="color:#0b57d0;">{text}</a>' if href else text


def _html_snippet(item: AlertItem, limit: int) -> str:
    runs = highlight(clip(item.snippet, limit), item.terms)
    return "".join(
        _MARK.format(html.escape(piece)) if is_term else html.escape(piece)
        for piece, is_term in runs
    )


def _html_item(item: AlertItem, topics: Sequence[AlertItem], *, limit: int, heading: str) -> str:
    meta = html.escape(" · ".join(_meta(item)))
    out = [
        f'<{heading} style="margin:16px 0 4px 0;font-size:16px;">'
        f"{_a(item.document_url, item.title)}</{heading}>",
        f'<div style="color:#555555;font-size:13px;">{meta}</div>',
    ]
    for hit in topics:
        terms = html.escape(", ".join(hit.terms))
        page_label = (
            _a(hit.document_url, _page_label(hit))
            if _deep_link(hit)
            else html.escape(_page_label(hit))
        )
        out.append(
            '<div style="margin:8px 0 0 0;">'
            f"<b>{html.escape(hit.topic_name)}</b>, {page_label}"
            f"{html.escape(_more(hit))}</div>"
            '<blockquote style="margin:4px 0 0 0;padding:4px 10px;border-left:3px solid #c8c8c8;'
            f'color:#333333;">{_html_snippet(hit, limit)}</blockquote>'
            + (f'<div style="color:#555555;font-size:12px;">Terms: {terms}</div>' if terms else "")
        )
    page = f" ({_page_label(item)})" if _deep_link(item) else ""
    out.append(
        '<div style="margin:8px 0 0 0;font-size:13px;">'
        f"{_a(item.document_url, 'Open the document' + page)} · "
        f"{_a(item.source_url, 'Source page')}</div>"
    )
    return "\n".join(out)


def _html_page(title: str, body: str, recipient: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n{_BODY}\n{body}\n"
        '<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 8px 0;">'
        f'<div style="color:#777777;font-size:12px;">{html.escape(footer(recipient))}</div>\n'
        "</body></html>\n"
    )


# --- Slack ---------------------------------------------------------------------------------------

_SLACK_NEUTRAL = str.maketrans({"*": "∗", "_": "＿", "~": "∼", "`": "ˋ"})
_SLACK_BROADCAST = re.compile(r"(?<!\w)@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)


def slack_escape(text: str) -> str:
    """Untrusted text made inert for Slack ``mrkdwn``.

    ``&<>`` become entities (so ``<!channel>``, ``<@U123>`` and ``<url|label>`` are shown, not
    acted on), a word joiner follows ``@`` in ``@channel``/``@here``/``@everyone``, and ``*_~```
    become look-alikes so they cannot open bold, italic, strike or code.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SLACK_BROADCAST.sub("@\u2060", text)
    return text.translate(_SLACK_NEUTRAL)


def slack_link(url: str, label: str) -> str:
    """``<url|label>`` with the label escaped and the URL unable to break out of the link.

    ``slack_link("https://x.be/?a=1&b=2", "A & B")`` -> ``<https://x.be/?a=1&amp;b=2|A &amp; B>``.
    """
    safe = quote(url, safe=":/?#[]@!$&'()*+,;=%-._~").replace("&", "&amp;")
    return f"<{safe}|{slack_escape(label)}>"


def _slack_snippet(item: AlertItem, limit: int) -> str:
    runs = highlight(clip(item.snippet, limit), item.terms)
    return "".join(
        f"*{slack_escape(piece)}*" if is_term else slack_escape(piece) for piece, is_term in runs
    )


def _slack_item(item: AlertItem, topics: Sequence[AlertItem], *, limit: int) -> str:
    lines = [
        f"*{slack_link(item.document_url, clip(item.title, 300))}*",
        slack_escape(" · ".join(_meta(item))),
    ]
    for hit in topics:
        page = (
            slack_link(hit.document_url, _page_label(hit)) if _deep_link(hit) else _page_label(hit)
        )
        lines.append(f"*{slack_escape(hit.topic_name)}* · {page}")
        lines.append(f">{_slack_snippet(hit, limit)}")
    lines.append(slack_link(item.source_url, "Source page"))
    return "\n".join(lines)


def pack_slack(
    header: str, blocks: Sequence[tuple[str, str]], limit: int = SLACK_LIMIT
) -> list[str]:
    """Blocks (group heading, text) packed into messages of at most ``limit`` characters.

    Each message starts with ``header`` (numbered ``(2/3)`` when there are several) and repeats,
    marked "(continued)", the heading of a group it continues.
    """
    budget = limit - len(header) - 16  # room for the "(n/m)" numbering
    bodies: list[list[str]] = [[]]
    size = 0
    last_heading: str | None = None
    for heading, text in blocks:
        lead = [heading] if heading and heading != last_heading else []
        need = sum(len(piece) + 2 for piece in (*lead, text))
        if bodies[-1] and size + need > budget:
            bodies.append([])
            size = 0
            if heading and not lead:
                lead = [f"{heading} (continued)"]
            need = sum(len(piece) + 2 for piece in (*lead, text))
        bodies[-1].extend([*lead, text])
        size += need
        last_heading = heading
    messages = []
    for index, body in enumerate(bodies, start=1):
        numbered = f"{header} ({index}/{len(bodies)})" if len(bodies) > 1 else header
        message = "\n\n".join([numbered, *body])
        # A single block larger than a message is cut rather than rejected by Slack.
        messages.append(message if len(message) <= limit else message[: limit - 1] + "…")
    return messages


# --- the announcements ---------------------------------------------------------------------------


def render_alert(items: Sequence[AlertItem], team_name: str) -> Rendered:
    """One document and the topics it matched (one item per topic) -> one message."""
    assert items, "an alert announces at least one hit"
    ordered = sorted(items, key=lambda i: i.topic_name.lower())
    first = ordered[0]
    topics = _topics_label([i.topic_name for i in ordered])
    subject = clip(f"[watcher] {topics}: {first.title}", SUBJECT_LIMIT)
    heading = f"New document on {topics}"
    text = "\n".join(
        [
            heading,
            "",
            *_text_item(first, ordered, limit=SNIPPET_LIMIT),
            "",
            "-- ",
            footer(team_name),
        ]
    )
    body = (
        f'<div style="color:#555555;font-size:13px;">{html.escape(heading)}</div>\n'
        + _html_item(first, ordered, limit=SNIPPET_LIMIT, heading="h2")
    )
    slack = pack_slack(
        f":bell: *{slack_escape(heading)}*",
        [("", _slack_item(first, ordered, limit=SNIPPET_LIMIT))],
    )
    return Rendered(subject, text + "\n", _html_page(subject, body, team_name), tuple(slack))


def _digest_groups(items: Sequence[AlertItem]) -> list[tuple[str, list[AlertItem]]]:
    """Items grouped by topic (by name), newest first within a topic."""
    groups: dict[str, list[AlertItem]] = {}
    for item in items:
        groups.setdefault(item.topic_name, []).append(item)
    for group in groups.values():
        group.sort(
            key=lambda i: (i.published_on or i.matched_at.date(), i.matched_at, i.hit_id),
            reverse=True,
        )
    return sorted(groups.items(), key=lambda g: g[0].lower())


def render_digest(items: Sequence[AlertItem], team_name: str, label: str, day: date) -> Rendered:
    """Hits for one team and one period (``"Daily digest"``, the day it ends) -> one message.

    Grouped by topic, newest first; Slack gets as many messages as the size limit needs.
    """
    assert items, "a digest announces at least one hit"
    groups = _digest_groups(items)
    documents = len({i.document_id for i in items})
    topics = _topics_label([name for name, _ in groups])
    count = f"{documents} document{'s' if documents != 1 else ''}"
    heading = f"{label} for {team_name}, {format_date(day)}"
    subject = clip(f"[watcher] {heading}: {count} on {topics}", SUBJECT_LIMIT)
    summary = f"{count} on {len(groups)} topic{'s' if len(groups) != 1 else ''}."

    text = [heading, summary]
    body = [
        f'<h2 style="margin:0 0 4px 0;font-size:18px;">{html.escape(heading)}</h2>',
        f'<div style="color:#555555;">{html.escape(summary)}</div>',
    ]
    slack_blocks: list[tuple[str, str]] = []
    for name, group in groups:
        text += ["", f"== {name} ({len(group)}) ==", ""]
        body.append(
            '<h3 style="margin:20px 0 0 0;font-size:15px;border-bottom:1px solid #dddddd;">'
            f"{html.escape(name)} ({len(group)})</h3>"
        )
        slack_heading = f"*{slack_escape(name)}* ({len(group)})"
        for item in group:
            text += [*_text_item(item, [item], limit=DIGEST_SNIPPET_LIMIT), ""]
            body.append(_html_item(item, [item], limit=DIGEST_SNIPPET_LIMIT, heading="h4"))
            meta = slack_escape(" · ".join([*_meta(item), _page_label(item)]))
            slack_blocks.append(
                (
                    slack_heading,
                    f"• *{slack_link(item.document_url, clip(item.title, 200))}*\n   {meta}\n"
                    f"   {_slack_snippet(item, DIGEST_SNIPPET_LIMIT)}\n"
                    f"   {slack_link(item.source_url, 'Source page')}",
                )
            )
    text += ["-- ", footer(team_name)]
    slack = pack_slack(
        f":newspaper: *{slack_escape(heading)}* — {slack_escape(summary)}", slack_blocks
    )
    return Rendered(
        subject,
        "\n".join(text) + "\n",
        _html_page(subject, "\n".join(body), team_name),
        tuple(slack),
    )


def render_health(source_id: str, health: str, detail: str, at: datetime) -> Rendered:
    """A source-health change for the admin target: ``failing`` or ``recovered``."""
    subject = clip(f"[watcher] Source {source_id} is {health}", SUBJECT_LIMIT)
    when = at.strftime("%Y-%m-%d %H:%M UTC")
    admin = "the watcher admin"
    text = f"Source {source_id} is {health} (as of {when}).\n\n{detail}\n\n-- \n{footer(admin)}\n"
    body = (
        f'<h2 style="margin:0;font-size:18px;">Source {html.escape(source_id)} is '
        f"{html.escape(health)}</h2><p>As of {html.escape(when)}.</p>"
        f'<pre style="white-space:pre-wrap;">{html.escape(detail)}</pre>'
    )
    icon = ":white_check_mark:" if health in ("ok", "recovered") else ":warning:"
    slack = (
        f"{icon} *Source {slack_escape(source_id)} is {slack_escape(health)}* ({when})\n"
        f"```{clip(slack_escape(detail), 2000)}```",
    )
    return Rendered(subject, text, _html_page(subject, body, admin), slack)


def render_test(team_name: str, target: str, now: datetime) -> Rendered:
    """What ``watcher alerts test`` sends: proof that a target works, and for whom."""
    subject = f"[watcher] Test message for {team_name}"
    when = now.strftime("%Y-%m-%d %H:%M UTC")
    line = f"This is a test message from watcher to {team_name} ({target}), sent {when}."
    return Rendered(
        subject,
        f"{line}\n\n-- \n{footer(team_name)}\n",
        _html_page(subject, f"<p>{html.escape(line)}</p>", team_name),
        (f":wave: {slack_escape(line)}",),
    )
