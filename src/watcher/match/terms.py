"""Term syntax: a topic file's term (``"anti drone*"``) -> a compiled :class:`Term`.

A term is a regex (its definition: where it matches, it occurs) plus the *key* the candidate
search looks for: a piece of one of its words, in plain lower-case ASCII, that every match holds
at a known distance from its start (see :mod:`watcher.match.search`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_VOWEL_CLASSES = {
    "a": "[aàáâãäå]",
    "e": "[eèéêë]",
    "i": "[iìíîï]",
    "o": "[oòóôõö]",
    "u": "[uùúûü]",
    "c": "[cç]",
    "n": "[nñ]",
    "y": "[yýÿ]",
}
_SEPARATOR = r"[\s\-\u2010\u2011\u2012\u2013\u2014/'’]{0,3}"
_MAX_SEPARATOR = 3
_SPLIT_WORDS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014/'’]+")
_WORDCHAR = r"[^\W_]"
_KEY_PIECE = re.compile(r"[a-z0-9]+")
#: The longest match looked at from one start (what a run-on word may stretch to).
MAX_MATCH = 400

#: Each character of lower-cased text that a case-blind term letter matches although it is
#: another character -> that letter: the vowel classes above, and what Python's regexes take
#: for "i" and "s" ignoring case. Searching for keys in text translated by this table finds
#: every place a term may match (``tests/match/test_match_search.py`` checks it on every
#: Unicode character).
KEY_LETTERS = str.maketrans(
    {
        **{ch: base for base, cls in _VOWEL_CLASSES.items() for ch in cls[2:-1]},
        "\u0130": "i",  # İ
        "\u0131": "i",  # ı
        "\u017f": "s",  # ſ
    }
)


@lru_cache(maxsize=8192)  # the same few terms, over and over, in every document
def fold(text: str) -> str:
    """Lower case, no diacritics: ``"Hélicoptère"`` -> ``"helicoptere"``, ``"ß"`` -> ``"ss"``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")


@dataclass(frozen=True, slots=True)
class Key:
    """What the candidate search looks for: ``text`` (plain lower-case ASCII), which stands
    ``nearest`` to ``farthest`` characters after the start of any match of its term."""

    text: str
    nearest: int
    farthest: int


@dataclass(frozen=True, slots=True, eq=False)
class Term:
    """One compiled term pattern, shared by every topic that uses it."""

    source: str
    case_sensitive: bool
    regex: re.Pattern[str]  # matched against the text, or its lower case if case-blind
    start_boundary: bool  # a match must start a word (no leading "*")
    end_boundary: bool  # a match must end a word (no trailing "*")
    key: Key | None  # None: no key to look for; the regex is searched for on every page


def compile_term(source: str, case_sensitive: bool) -> Term:
    """``"anti drone*"`` -> a regex matching "anti-drones", "antidrone", "Anti drone"...

    Pattern syntax: words are separated by spaces or hyphens, which match a space, hyphen,
    slash, apostrophe, line break or nothing; ``*`` at the end of a word lets it run on
    (inflections, compounds); a leading ``*`` lets the term start inside a word
    (``*drohnenabwehr`` in "Kleindrohnenabwehr"). Case and diacritics are ignored unless the
    term is ``case: exact``. Raises ``ValueError`` for a pattern that says nothing.
    """
    text = source.strip()
    lead = text.startswith("*")
    trail = text.endswith("*")
    words = [w for w in _SPLIT_WORDS.split(text.strip("*").strip()) if w]
    if not words or any(not w.strip("*") for w in words):
        raise ValueError("empty word")
    parts: list[str] = []
    literals: list[tuple[str, bool]] = []  # each word as compared, and whether it runs on
    for index, word in enumerate(words):
        runs_on = word.endswith("*") or (trail and index == len(words) - 1)
        body = word.rstrip("*")
        if "*" in body:
            raise ValueError("'*' only at the start or the end of a word")
        literal = body if case_sensitive else fold(body)
        if not literal:
            raise ValueError("empty word")
        piece = re.escape(literal) if case_sensitive else _letters_pattern(literal)
        parts.append(piece + (_WORDCHAR + "*" if runs_on else ""))
        literals.append((literal, runs_on))
    return Term(
        source=source,
        case_sensitive=case_sensitive,
        regex=re.compile(_SEPARATOR.join(parts), 0 if case_sensitive else re.IGNORECASE),
        start_boundary=not lead,
        end_boundary=not trail,
        key=_choose_key(literals, case_sensitive),
    )


def _letters_pattern(literal: str) -> str:
    return "".join(_VOWEL_CLASSES.get(ch, re.escape(ch)) for ch in literal).replace(
        "ss", "(?:ss|ß)"
    )


def _choose_key(literals: list[tuple[str, bool]], case_sensitive: bool) -> Key | None:
    """The longest piece of plain ASCII letters and digits of any word not after one that runs
    on (which could put it anywhere), the nearest to the start among equals: longer pieces are
    rarer, so fewer places to try. A case-blind "ss" may stand for "ß": no key holds one, and
    each one before a key may bring it a character nearer the start."""
    pieces: list[Key] = []
    nearest = farthest = 0  # where the word starts after the match's start
    for literal, runs_on in literals:
        excluded: set[int] = set()
        if not case_sensitive:
            for pair in _ss_pairs(literal):
                excluded.update((pair, pair + 1))
        letters = "".join(
            ch.lower() if ch.isascii() and i not in excluded else " "
            for i, ch in enumerate(literal)
        )
        for piece in _KEY_PIECE.finditer(letters):
            shorter = sum(1 for i in excluded if i < piece.start()) // 2
            pieces.append(Key(piece.group(), nearest + piece.start() - shorter,
                              farthest + piece.start()))  # fmt: skip
        if runs_on:
            break
        nearest += len(literal) - len(excluded) // 2
        farthest += len(literal) + _MAX_SEPARATOR
    if not pieces:
        return None
    return max(pieces, key=lambda p: (len(p.text), p.nearest - p.farthest, -p.farthest))


def _ss_pairs(literal: str) -> list[int]:
    """Where ``"ss"`` stands in ``literal`` as ``str.replace`` finds it (left to right)."""
    pairs: list[int] = []
    at = literal.find("ss")
    while at >= 0:
        pairs.append(at)
        at = literal.find("ss", at + 2)
    return pairs
