"""Slack messages in Block Kit, for an incoming webhook: a ``text`` fallback (what phone
notifications show), a header, one section and one context line per document.

Untrusted text (titles, snippets) is escaped as Slack documents: ``&``, ``<`` and ``>`` become
``&amp;``, ``&lt;``, ``&gt;``, so no ``<!channel>``, ``<@U123>`` or ``<url|label>`` can be formed;
a word joiner follows the ``@`` of ``@channel``/``@here``/``@everyone`` (an invisible character
that no identifier contains, so copying a document number still gives the right characters).
Every payload stays within Block Kit's limits (:data:`MAX_BLOCKS`, :data:`SECTION_LIMIT`,
:data:`HEADER_LIMIT`); a digest is one message unless it needs more than 50 blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from watcher.alerts.render import Entry

MAX_BLOCKS = 50  # blocks in one message
SECTION_LIMIT = 3000  # characters of a section's text
HEADER_LIMIT = 150  # characters of a header's plain_text
CONTEXT_ELEMENTS = 10  # elements of a context block
FALLBACK_LIMIT = 3000  # the top-level text: Slack truncates past 40,000; phones show a line

Payload = dict[str, Any]

_BROADCAST = re.compile(r"(?<!\w)@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)


def escape(text: str) -> str:
    """Untrusted text made inert for ``mrkdwn``.

    ``"<!channel> R&D"`` -> ``"&lt;!channel&gt; R&amp;D"``.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub("@\u2060", text)


def link(url: str, label: str) -> str:
    """``<url|label>`` with the label escaped and the URL unable to break out of the link.

    ``link("https://x.be/?a=1&b=2", "A & B")`` -> ``<https://x.be/?a=1&amp;b=2|A &amp; B>``.
    """
    safe = quote(url, safe=":/?#[]@!$&'()*+,;=%-._~").replace("&", "&amp;")
    return f"<{safe}|{escape(label)}>"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(text: str) -> Payload:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, HEADER_LIMIT)}}


def _section(mrkdwn: str) -> Payload:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(mrkdwn, SECTION_LIMIT)}}


def _context(parts: Sequence[str]) -> Payload:
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": p} for p in parts[:CONTEXT_ELEMENTS]],
    }


def _entry_text(entry: Entry, snippet_limit: int | None) -> str:
    from watcher.alerts.render import clip

    lines = [f"*{link(entry.url, entry.heading)}*"]
    if entry.twins:
        lines.append(" · ".join(link(t.url, f"also in {t.language}") for t in entry.twins))
    for p in entry.passages:
        page = link(p.page_url, p.page_label) if p.page_url else p.page_label
        lines.append(f"*{escape(p.topic)}* · {page}{escape(p.more)}")
        text = "".join(piece for piece, _ in p.runs)
        if snippet_limit is None or len(text) <= snippet_limit:
            quoted = "".join(f"*{escape(s)}*" if marked else escape(s) for s, marked in p.runs)
        else:
            quoted = escape(clip(text, snippet_limit))
        if quoted:
            lines.append(f">{quoted}")
        lines.append(f"_Why: {escape(p.why)}_")
    return "\n".join(lines)


def _entry_blocks(entry: Entry) -> list[Payload]:
    """A section (title, topics, passages, why) and a context line (source, date, page, links)."""
    text = _entry_text(entry, None)
    for limit in (300, 120, 0):  # shorter passages until the section fits
        if len(text) <= SECTION_LIMIT:
            break
        text = _entry_text(entry, limit)
    context = [escape(entry.meta)]
    if entry.page_label:
        context.append(link(entry.url, entry.page_label))
    context.append(link(entry.source_url, "Source page"))
    if entry.watcher_url:
        context.append(link(entry.watcher_url, "On watcher"))
    return [_section(text), _context(context)]


def _payloads(
    header: str,
    fallback: str,
    lead: list[Payload],
    body: list[Payload],
    manage: str | None = None,
) -> tuple[Payload, ...]:
    """``lead`` then ``body`` in messages of at most :data:`MAX_BLOCKS` blocks; a continued
    message repeats the header, numbered ``(2/3)``. Entries' blocks come in pairs: never split.
    The last message ends with the link to the team's page (``manage``), if there is one."""
    tail = [_context([link(manage, "Manage this subscription")])] if manage else []
    room = MAX_BLOCKS - 1 - len(lead) - len(tail)
    room -= room % 2
    chunks = [body[i : i + room] for i in range(0, len(body), room)] or [[]]
    messages = []
    for index, chunk in enumerate(chunks, start=1):
        numbered = f"{header} ({index}/{len(chunks)})" if len(chunks) > 1 else header
        last = tail if index == len(chunks) else []
        blocks = [_header(numbered), *(lead if index == 1 else []), *chunk, *last]
        text = fallback if index == 1 else f"{fallback} ({index}/{len(chunks)})"
        messages.append({"text": _cut(escape(text), FALLBACK_LIMIT), "blocks": blocks})
    return tuple(messages)


def alert_payloads(
    entry: Entry, heading: str, fallback: str, manage: str | None = None
) -> tuple[Payload, ...]:
    """One document's alert: header, its section and context line."""
    return _payloads(heading, fallback, [], _entry_blocks(entry), manage)


def digest_payloads(
    heading: str,
    summary: str,
    entries: Sequence[Entry],
    more: dict[str, Any] | None,
    manage: str | None = None,
) -> tuple[Payload, ...]:
    """A digest: header, summary, two blocks per document, then what was left out."""
    body = [block for entry in entries for block in _entry_blocks(entry)]
    if more:
        where = f"`{escape(more['command'])}`"
        if more["url"]:
            where += " or " + link(more["url"], "the watcher page")
        body.append(_section(f"…and {more['count']} more: see {where}."))
        body.append(_context([escape("Older documents are not shown in full.")]))
    return _payloads(heading, f"{heading}: {summary}", [_section(escape(summary))], body, manage)


def health_payload(icon: str, subject: str, detail: str) -> Payload:
    return {
        "text": _cut(escape(subject), FALLBACK_LIMIT),
        "blocks": [
            _header(subject),
            _section(f"{icon} ```{_cut(escape(detail), SECTION_LIMIT - 40)}```"),
        ],
    }


def text_payload(line: str) -> Payload:
    return {"text": _cut(escape(line), FALLBACK_LIMIT), "blocks": [_section(escape(line))]}
