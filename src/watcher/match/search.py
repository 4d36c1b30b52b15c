"""Where terms occur on a page: candidates found in one pass, each confirmed by its regex.

The definition of a term's hits on a page: its regex tried at every place where a match may
start (a word start, unless the term may start inside a word), the match (of at most
``MAX_MATCH`` characters) kept where it ends a word (unless the term may end inside a word),
and the next place tried after it. Words glued by a bad extraction count as two where the
case changes ("samenwerkingBeNeSam").

Every term has a key (:mod:`watcher.match.terms`), a plain piece of one of its words at a
known distance from the start of any match. One Aho-Corasick automaton
(`pyahocorasick <https://pypi.org/project/pyahocorasick/>`_, in C) holds the keys of every
term of a topic set and finds each of their occurrences in one pass over a page's lower-case
text, in which the letters a case-blind term takes for its own are written as those
(``KEY_LETTERS``). The starts those occurrences allow are the only places where the term's
regex is then tried, in the definition's order: what it finds is what trying everywhere finds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from watcher.match.terms import KEY_LETTERS, MAX_MATCH, Term


class Hit(NamedTuple):
    """Where a term matched: offsets in its page's text."""

    start: int
    end: int


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()``, keeping offsets: the rare characters that lower-case to two stay."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low


def starts_word(text: str, start: int) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return True
    # Words glued by a bad extraction often keep their capital: "samenwerkingBeNeSam".
    return text[start - 1].islower() and text[start].isupper()


def ends_word(text: str, stop: int) -> bool:
    """A word ends at ``stop``: the text does, or a character that is no letter or digit
    follows, or a word glued to the next by the case of its letters ("PESCOprojecten",
    "dronesCounter")."""
    if stop >= len(text) or not text[stop].isalnum():
        return True
    before, after = text[stop - 1], text[stop]
    return (before.isupper() and after.islower() and stop >= 2 and text[stop - 2].isupper()) or (
        before.islower() and after.isupper()
    )


_KEY_LETTER = re.compile("[" + "".join(map(chr, KEY_LETTERS)) + "]")


def _key_letter(found: re.Match[str]) -> str:
    """(``str.translate`` with a table is many times slower on text that is not ASCII.)"""
    letter: str = KEY_LETTERS[ord(found.group())]
    return letter


class TermFinder:
    """The terms of a topic set and the automaton of their keys (built once per set)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = list(dict.fromkeys(terms))
        #: terms without a key: their regex is searched for on every page
        self.unkeyed = [term for term in self.terms if term.key is None]
        #: key -> (its length, (term's number, nearest, farthest) for each term it is the key of)
        probes: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for number, term in enumerate(self.terms):
            if term.key is not None:
                probes[term.key.text].append((number, term.key.nearest, term.key.farthest))
        self.automaton: ahocorasick.Automaton | None = None
        if probes:
            self.automaton = ahocorasick.Automaton()
            for key, found in probes.items():
                self.automaton.add_word(key, (len(key), tuple(found)))
            self.automaton.make_automaton()

    def hits(self, text: str, low: str) -> dict[Term, list[Hit]]:
        """Every term's hits on a page (``text``, and ``low`` from
        :func:`lower_keeping_offsets`), in text order; terms without hits left out."""
        starts: dict[int, set[int]] = defaultdict(set)
        if self.automaton is not None:
            keyed = low if low.isascii() else _KEY_LETTER.sub(_key_letter, low)
            for end, (length, probes) in self.automaton.iter(keyed):
                at = end + 1 - length
                for number, nearest, farthest in probes:
                    if nearest == farthest:
                        if at >= nearest:
                            starts[number].add(at - nearest)
                    else:
                        starts[number].update(range(max(0, at - farthest), at - nearest + 1))
        found: dict[Term, list[Hit]] = {}
        for number, places in starts.items():
            term = self.terms[number]
            if hits := confirm(term, text, low, sorted(places)):
                found[term] = hits
        for term in self.unkeyed:
            if hits := scan(term, text, low):
                found[term] = hits
        return found


def confirm(term: Term, text: str, low: str, places: list[int]) -> list[Hit]:
    """The hits of ``term`` among the starts ``places`` (sorted), as the definition finds
    them: the first match from each place on, and the next tried after its end."""
    view = text if term.case_sensitive else low
    match, last, bounded = term.regex.match, len(text), term.start_boundary
    hits: list[Hit] = []
    done = 0
    for start in places:
        if start < done:
            continue
        # (starts_word, inlined: most places fail here, inside a word)
        if (
            bounded
            and start
            and text[start - 1].isalnum()
            and not (text[start - 1].islower() and text[start].isupper())
        ):
            continue
        found = match(view, start, min(last, start + MAX_MATCH))
        if found is None or (term.end_boundary and not ends_word(text, found.end())):
            continue
        done = found.end()
        hits.append(Hit(start, done))
    return hits


def scan(term: Term, text: str, low: str) -> list[Hit]:
    """The hits of ``term`` by the definition alone, for a term without a key: its regex
    searched for from the page's start, each place where it matches confirmed."""
    view = text if term.case_sensitive else low
    places: list[int] = []
    at = 0
    while (place := term.regex.search(view, at)) is not None:
        places.append(place.start())
        at = place.start() + 1
    return confirm(term, text, low, places)
