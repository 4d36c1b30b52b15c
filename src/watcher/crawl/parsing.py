"""Small pure helpers the spiders' ``parse_*`` functions share: errors, dates, text, bytes.

A parser that meets markup it does not recognise raises :class:`LayoutChanged`: the spider turns it
(and any other exception of a parser) into that page's layout error. A value the parser does not
know (a new document type, a new label) is no error: the parser keeps it as the site wrote it and
returns it as an :class:`Unknown` next to its records; the spider reports it and the run is
``degraded``, never failed (a monitor that refuses an unknown label misses the document that
matters).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from parsel import Selector
from scrapy.http import Response


class ParseError(Exception):
    """The page cannot be read as the spider expects."""


class LayoutChanged(ParseError):
    """Markup the parser does not recognise, or items it can see but not read."""


class UnknownValue(ParseError):
    """A value that leaves a parser unable to return anything for the page.

    Prefer keeping the record and returning an :class:`Unknown`; a spider reports this exception as
    an unknown value (``degraded``), not as a failure, but the page's records are lost with it.
    """


@dataclass(frozen=True)
class Unknown:
    """A value a parser met and kept that its source does not know yet: ``doc_type: kaft``."""

    field: str
    value: str


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


def parse_day(text: str) -> date:
    """A date in either form the Chamber uses: ``"28/11/2025"``, ``"donderdag 27 november 2025"``,
    ``"jeudi 27 novembre 2025"`` (weekday optional) -> ``date``. ValueError if there is none."""
    try:
        return parse_dmy(text)
    except ValueError:
        return parse_words_date(text)


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
