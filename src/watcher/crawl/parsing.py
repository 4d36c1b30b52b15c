"""Small pure helpers the spiders' ``parse_*`` functions share: errors, dates, text, bytes.

A parser that meets markup it does not recognise raises :class:`LayoutChanged`; one that meets a
value it does not know (a new legislature, an unknown document type) raises :class:`UnknownValue`.
The spider turns either into a failed run: silence is failure.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from parsel import Selector
from scrapy.http import Response


class ParseError(Exception):
    """The page cannot be read as the spider expects."""


class LayoutChanged(ParseError):
    """Markup the parser does not recognise, or items it can see but not read."""


class UnknownValue(ParseError):
    """A value the spider does not know yet; someone must teach it (a new legislature...)."""


MONTHS = {
    # nl
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    # fr (accented and unaccented)
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}

_DMY = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_WORDS_DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(\d{4})\b", re.IGNORECASE)


def parse_dmy(text: str) -> date:
    """``"14/10/2025" -> date(2025, 10, 14)``; ``"16-06-2025"`` works too. ValueError if absent."""
    m = _DMY.search(text)
    if not m:
        raise ValueError(f"no dd/mm/yyyy date in {text!r}")
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def parse_words_date(text: str) -> date:
    """``"Woensdag 19 maart 2025" -> date(2025, 3, 19)``; French too (``"1er mai 2026"``)."""
    for m in _WORDS_DATE.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            return date(int(m.group(3)), month, int(m.group(1)))
    raise ValueError(f"no written-out date in {text!r}")


def squash(text: str | None) -> str:
    """Collapse whitespace (and non-breaking spaces): ``" a\\n\\xa0 b " -> "a b"``."""
    return " ".join((text or "").replace("\xa0", " ").split())


def fingerprint(*parts: object) -> str:
    """A short stable hash of listing data, to tell "unchanged" from "changed"."""
    joined = "\x1f".join(squash(str(p)) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def decoded_selector(response: Response) -> Selector:
    """A selector over the body decoded as UTF-8, falling back to cp1252.

    The Chamber's CRIV files are windows-1252 on the live site, but copies saved as UTF-8 still
    declare windows-1252; trusting the bytes works for both.
    """
    try:
        text = response.body.decode("utf-8")
    except UnicodeDecodeError:
        text = response.body.decode("cp1252", errors="replace")
    return Selector(text=text, type="html")


def sniff_media_type(data: bytes) -> str:
    """The media type the bytes really are (servers and metadata may say otherwise).

    ``b"%PDF-1.7..." -> "application/pdf"``; a zip holding ``word/`` -> the docx type.
    """
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536]:
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return "application/zip"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "application/msword"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "text/html"
    if lowered.startswith(b"<?xml"):
        return "application/xml"
    if lowered.startswith((b"{", b"[")):
        return "application/json"
    return "application/octet-stream"
