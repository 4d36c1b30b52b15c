"""Text pages + topics -> topic matches with evidence. Pure: no database, settings or clock.

How a topic matches (the topics file's header explains the pattern syntax to its editors):

* an **alias** alone is enough (``BeNeSam``, ``anti-drones``, ``Drohnenabwehr``);
* an **acronym** matches with its case rule, and, where it is ambiguous alone (``CSP``,
  ``ABNL``), only with a term of a named group nearby;
* a **rule** needs a term of each of several groups within a few words of each other
  ("helicopter" + "command" + "Benelux");
* **exclusions** cancel hits: terms overlapping an excluded phrase ("Marine Le Pen"), or rule
  and acronym hits with an excluded term nearby (a third country next to "helicopter
  cooperation").

Finding terms is two-staged so that the cost hardly grows with the number of topics: one regex
of every term's stem runs over the page's *distinct* words (a small fraction of the text), and
each term's own pattern is tried only around the places where its stem occurs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

from watcher.extract.model import Page
from watcher.topics import (
    LoadedTopics,
    TermSpec,
    TopicFileError,
    TopicSpec,
    parse_topics,
    read_topics,
)

__all__ = [
    "Evidence",
    "Topic",
    "TopicFileError",
    "TopicMatch",
    "check_examples",
    "compile_topics",
    "load_topics",
    "match_document",
    "match_text",
]

ALIAS_SCORE = 0.9
ACRONYM_SCORE = 0.9
CONTEXT_ACRONYM_SCORE = 0.8
HIGH = 0.85
MEDIUM = 0.6
SNIPPET_CHARS = 300
MAX_EVIDENCE = 10
MARK_OPEN, MARK_CLOSE = "**", "**"

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
_SPLIT_WORDS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014/'’]+")
_WORDCHAR = r"[^\W_]"
_WS_RUN = re.compile(r"\s+")
#: Characters a word plus its space can take, to bound the search for nearby terms.
_MAX_WORD = 40
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def fold(text: str) -> str:
    """Lower case, no diacritics: ``"Hélicoptère"`` -> ``"helicoptere"``, ``"ß"`` -> ``"ss"``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")


# --------------------------------------------------------------------------- compiled topics


@dataclass(frozen=True, slots=True, eq=False)
class _Term:
    """One compiled term pattern, shared by every topic that uses it."""

    source: str
    case_sensitive: bool
    regex: re.Pattern[str]
    start_boundary: bool
    end_boundary: bool
    stem: str  # folded; a substring of every match
    back: int  # the most characters a match can start before its stem
    stem_first: bool  # the stem is the term's first word
    whole_word: bool  # one word, whole: nothing may follow the stem
    simple: bool  # one case-insensitive word: its hits follow from where its stem is


@dataclass(frozen=True, slots=True, eq=False)
class _Use:
    """A term as one topic uses it."""

    term: _Term
    score: float
    needs: str | None = None
    within: int = 12


@dataclass(frozen=True, slots=True, eq=False)
class _Rule:
    name: str
    groups: tuple[str, ...]
    within: int
    ordered: bool
    score: float


@dataclass(frozen=True, slots=True, eq=False)
class _Exclusion:
    uses: tuple[_Use, ...]
    within: int


@dataclass(frozen=True, eq=False)
class Topic:
    """A compiled topic: its spec (``id``, ``name``, ``description``, examples) and patterns."""

    spec: TopicSpec
    aliases: tuple[_Use, ...]
    acronyms: tuple[_Use, ...]
    groups: dict[str, tuple[_Use, ...]]
    rules: tuple[_Rule, ...]
    exclusions: tuple[_Exclusion, ...]

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def description(self) -> str:
        return self.spec.description

    def alias_terms(self) -> dict[str, list[str]]:
        """Aliases by language as written in the file, plus ``"acronyms"``."""
        listed: dict[str, list[str]] = {
            lang: [t if isinstance(t, str) else t.term for t in terms]
            for lang, terms in self.spec.aliases.items()
        }
        listed["acronyms"] = [t if isinstance(t, str) else t.term for t in self.spec.acronyms]
        return listed

    @cached_property
    def group_ids(self) -> dict[str, frozenset[int]]:
        """The ``id()`` of each group's terms, to test a page's terms against in one step."""
        return {name: frozenset(id(u.term) for u in uses) for name, uses in self.groups.items()}

    def _terms(self) -> Iterable[_Term]:
        for use in self.aliases + self.acronyms:
            yield use.term
        for uses in self.groups.values():
            for use in uses:
                yield use.term
        for exclusion in self.exclusions:
            for use in exclusion.uses:
                yield use.term


class _Compiler:
    """Compiles term patterns once, sharing identical ones between topics."""

    def __init__(self, loaded: LoadedTopics | None = None) -> None:
        self.loaded = loaded
        self.cache: dict[tuple[str, bool], _Term] = {}

    def term(self, source: str, case_sensitive: bool, loc: tuple[Any, ...]) -> _Term:
        key = (source, case_sensitive)
        if key not in self.cache:
            try:
                self.cache[key] = _compile_term(source, case_sensitive)
            except (ValueError, re.error) as exc:
                raise self._error(loc, f"bad term {source!r}: {exc}") from exc
        return self.cache[key]

    def use(self, entry: str | TermSpec, default_score: float, loc: tuple[Any, ...],
            *, exact_default: bool = False) -> _Use:  # fmt: skip
        if isinstance(entry, str):
            entry = TermSpec(term=entry, case="exact" if exact_default else "any")
        elif exact_default and "case" not in entry.model_fields_set:
            entry = entry.model_copy(update={"case": "exact"})
        score = entry.score
        if score is None:
            score = CONTEXT_ACRONYM_SCORE if entry.needs and exact_default else default_score
        term = self.term(entry.term, entry.case == "exact", loc)
        return _Use(term, score, entry.needs, entry.within)

    def _error(self, loc: tuple[Any, ...], message: str) -> Exception:
        if self.loaded is None:
            return ValueError(message)
        return self.loaded.error(loc, message)


def _compile_term(source: str, case_sensitive: bool) -> _Term:
    """``"anti drone*"`` -> a regex matching "anti-drones", "antidrone", "Anti drone"...

    Pattern syntax: words are separated by spaces or hyphens, which match a space, hyphen,
    slash, apostrophe, line break or nothing; ``*`` at the end of a word lets it run on
    (inflections, compounds); a leading ``*`` lets the term start inside a word
    (``*drohnenabwehr`` in "Kleindrohnenabwehr"). Case and diacritics are ignored unless the
    term is ``case: exact``.
    """
    text = source.strip()
    lead = text.startswith("*")
    trail = text.endswith("*")
    core = text.strip("*").strip()
    words = [w for w in _SPLIT_WORDS.split(core) if w]
    if not words or any(not w.strip("*") for w in words):
        raise ValueError("empty word")
    parts: list[str] = []
    for index, word in enumerate(words):
        runs_on = word.endswith("*") or (trail and index == len(words) - 1)
        body = word.rstrip("*")
        if "*" in body:
            raise ValueError("'*' only at the start or the end of a word")
        piece = re.escape(body) if case_sensitive else _stem_pattern(fold(body))
        parts.append(piece + (_WORDCHAR + "*" if runs_on else ""))
    pattern = _SEPARATOR.join(parts)
    flags = 0 if case_sensitive else re.IGNORECASE
    folded_words = [fold(w.rstrip("*")) for w in words]
    # The first word when it is distinctive enough: most stems then sit at a word start.
    longest = max(range(len(folded_words)), key=lambda i: len(folded_words[i]))
    if len(folded_words[0]) >= 4:
        longest = 0
    stem = folded_words[longest]
    back = sum(len(w) + 4 for w in folded_words[:longest]) + 2
    return _Term(
        source=source,
        case_sensitive=case_sensitive,
        regex=re.compile(pattern, flags),
        start_boundary=not lead,
        end_boundary=not trail,
        stem=stem,
        back=back,
        stem_first=longest == 0,
        whole_word=len(words) == 1 and not trail and not words[0].endswith("*"),
        simple=len(words) == 1 and not case_sensitive,
    )


def compile_topics(loaded: LoadedTopics) -> list[Topic]:
    """Validated specs -> compiled topics; bad patterns raise :class:`TopicFileError`."""
    compiler = _Compiler(loaded)
    return [_compile_topic(compiler, spec, ("topics", i)) for i, spec in enumerate(loaded.specs)]


def _compile_topic(compiler: _Compiler, spec: TopicSpec, where: tuple[Any, ...]) -> Topic:
    aliases = tuple(
        compiler.use(t, ALIAS_SCORE, (*where, "aliases", lang, i))
        for lang, terms in spec.aliases.items()
        for i, t in enumerate(terms)
    )
    acronyms = tuple(
        compiler.use(t, ACRONYM_SCORE, (*where, "acronyms", i), exact_default=True)
        for i, t in enumerate(spec.acronyms)
    )
    groups = {
        name: tuple(compiler.use(t, 0.0, (*where, "groups", name, i)) for i, t in enumerate(terms))
        for name, terms in spec.groups.items()
    }
    rules = tuple(_Rule(r.name, tuple(r.all), r.within, r.ordered, r.score) for r in spec.rules)
    exclusions = tuple(
        _Exclusion(
            tuple(
                compiler.use(t, 0.0, (*where, "exclude", e, "terms", i))
                for i, t in enumerate(x.terms)
            )
            + (groups[x.group] if x.group else ()),
            x.within,
        )
        for e, x in enumerate(spec.exclude)
    )
    return Topic(spec, aliases, acronyms, groups, rules, exclusions)


def load_topics(path: str | Path) -> list[Topic]:
    """Read, validate and compile a topics file (``config/topics.yaml``).

    Raises :class:`TopicFileError` with ``"path:line: message"`` for anything wrong in it.
    """
    return compile_topics(read_topics(path))


def topics_from_text(text: str, name: str = "<topics>") -> list[Topic]:
    """:func:`load_topics` from the file's text."""
    return compile_topics(parse_topics(text, name))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a topic matched: ``snippet`` (about 300 characters, matched terms in ``**``), the
    ``terms`` as they appear in the text, and ``start``/``end``, character offsets of the
    evidence in its page's text."""

    page: int
    snippet: str
    terms: tuple[str, ...]
    start: int
    end: int
    score: float
    kind: str  # "alias", "acronym" or "rule: <name>"

    def as_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "snippet": self.snippet,
            "terms": list(self.terms),
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class TopicMatch:
    """One topic found in a document: ``score`` in 0..1, ``tier`` ``"high"``/``"medium"``,
    evidence best first."""

    topic: str
    score: float
    tier: str
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "score": self.score,
            "tier": self.tier,
            "evidence": [e.as_dict() for e in self.evidence],
        }


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int


class _Index:
    """Every term of a set of topics, and the stem regexes that find where they may occur.

    Most terms start at a word start, and so does their stem: one regex anchored at word
    starts, shaped as a trie, finds them all. Stems of terms that may start inside a word
    (``*drohnenabwehr``) are few and found with plain substring search.
    """

    def __init__(self, topics: Sequence[Topic]) -> None:
        terms: dict[int, _Term] = {}
        #: id(term) -> positions in ``topics`` of the topics that use it
        self.topics_of: dict[int, set[int]] = defaultdict(set)
        for position, topic in enumerate(topics):
            for term in topic._terms():
                terms[id(term)] = term
                self.topics_of[id(term)].add(position)
        self.by_stem: dict[str, list[_Term]] = defaultdict(list)
        floating: set[str] = set()
        for term in terms.values():
            self.by_stem[term.stem].append(term)
            if not (term.start_boundary and term.stem_first):
                floating.add(term.stem)
        anchored = sorted(set(self.by_stem) - floating)
        self.anchored = re.compile(rf"\b(?=({_trie_pattern(anchored)}))") if anchored else None
        self.anchored_at = re.compile(_trie_pattern(anchored)) if anchored else None
        self.floating = sorted(floating)
        self.longest = max((len(s) for s in self.by_stem), default=0)
        self._terms_for: dict[str, list[_Term]] = {}

    def terms_for(self, literal: str) -> list[_Term]:
        """Terms whose stem begins ``literal`` (the stem regex reports the longest stem only)."""
        cached = self._terms_for.get(literal)
        if cached is None:
            cached = [
                term
                for length in range(1, min(len(literal), self.longest) + 1)
                for term in self.by_stem.get(literal[:length], ())
            ]
            self._terms_for[literal] = cached
        return cached


def _stem_pattern(stem: str) -> str:
    return "".join(_VOWEL_CLASSES.get(ch, re.escape(ch)) for ch in stem).replace("ss", "(?:ss|ß)")


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest first, shaped as a trie so that each
    position costs one branch per distinct next character, however many words there are."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


_INDEX_CACHE: dict[tuple[int, ...], _Index] = {}


def _index_for(topics: Sequence[Topic]) -> _Index:
    key = tuple(id(t) for t in topics)
    index = _INDEX_CACHE.get(key)
    if index is None:
        if len(_INDEX_CACHE) > 32:
            _INDEX_CACHE.clear()
        index = _INDEX_CACHE[key] = _Index(topics)
    return index


_CAMEL = re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def _fold_fast(text: str) -> str:
    """:func:`fold` for long strings at C speed (``text`` already lower case)."""
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")


class _PageTerms:
    """Where the terms of an index occur on one page; each term is verified on first use.

    The stem regexes run over the page's distinct whitespace-separated tokens, folded to plain
    ASCII (a fraction of the text); a term is tried only around the occurrences of tokens
    that hold its stem.
    """

    def __init__(self, text: str, low: str, index: _Index) -> None:
        self.text = text
        self.low = low
        self.tokens = list(set(low.split()))
        # id(term) -> (token number, offset of the stem in the token, or -1 if unknown)
        self.candidates: dict[int, set[tuple[int, int]]] = defaultdict(set)
        self.direct: dict[int, set[int]] = defaultdict(set)  # id(term) -> text offsets
        self.terms: dict[int, _Term] = {}
        self._hits: dict[int, list[_Hit]] = {}
        self._positions: dict[int, list[int]] = {}
        folded = _fold_fast("\n".join(self.tokens))
        folded_tokens = folded.split("\n")
        # Line starts of the joined tokens, computed in C: 0, len0 + 1, len0 + len1 + 2, ...
        starts = list(accumulate(map((1).__add__, map(len, folded_tokens)), initial=0))
        found: list[tuple[int, str]] = []
        if index.anchored is not None:
            found += [(m.start(), m.group(1)) for m in index.anchored.finditer(folded)]
        for stem in index.floating:
            at = folded.find(stem)
            while at >= 0:
                found.append((at, stem))
                at = folded.find(stem, at + 1)
        for at, literal in found:
            terms = index.terms_for(literal)
            if not terms:
                continue
            number = bisect.bisect_right(starts, at) - 1
            token = self.tokens[number]
            offset = at - starts[number]
            exact = len(token) == len(folded_tokens[number])
            for term in terms:
                if exact and term.whole_word and not _token_allows(token, offset, term):
                    continue
                self.terms[id(term)] = term
                self.candidates[id(term)].add((number, offset if exact else -1))
        if index.anchored_at is not None:
            self._glued(index)

    def _glued(self, index: _Index) -> None:
        """Stems at the capital of two words glued by a bad extraction: "samenwerkingBeNeSam"."""
        assert index.anchored_at is not None
        for match in _CAMEL.finditer(self.text):
            at = match.start() + 1
            piece = _fold_fast(self.low[at : at + index.longest + 2])
            stem = index.anchored_at.match(piece)
            if stem is None:
                continue
            for term in index.terms_for(stem.group(0)):
                self.terms[id(term)] = term
                self.direct[id(term)].add(at)

    def has(self, term: _Term) -> bool:
        """Whether ``term`` may occur on the page (its stem does)."""
        return id(term) in self.terms

    def hits(self, term: _Term) -> list[_Hit]:
        key = id(term)
        found = self._hits.get(key)
        if found is None:
            found = self._hits[key] = self._verify(term) if key in self.terms else []
        return found

    def _verify(self, term: _Term) -> list[_Hit]:
        text, low = self.text, self.low
        view = text if term.case_sensitive else low
        spans: set[tuple[int, int]] = set()
        places: list[tuple[int, int]] = []
        for number, offset in self.candidates.get(id(term), ()):
            width = len(self.tokens[number])
            for position in self._occurrences(number):
                if offset >= 0 and term.simple:
                    # One plain word whose stem is the word itself: no regex needed.
                    start = position + offset
                    stop = start + len(term.stem)
                    if term.end_boundary:
                        if not _ends_word(text, stop):
                            continue
                    else:
                        while stop < len(low) and low[stop].isalnum():
                            stop += 1
                    if not term.start_boundary or _starts_word(text, start):
                        spans.add((start, stop))
                else:
                    places.append((position, position + width))
        places += [(at, at + 1) for at in self.direct.get(id(term), ())]
        size = len(view)
        for token_start, token_end in places:
            begin = max(0, token_start - term.back)
            end = min(size, token_end + 60)
            for match in term.regex.finditer(view, begin, end):
                start, stop = match.span()
                if start >= token_end:
                    break
                if stop <= token_start:
                    continue
                if stop == end and end < size:  # cut short by the window: match again in full
                    full = term.regex.match(view, start, min(size, start + 400))
                    if full is None:
                        continue
                    stop = full.end()
                if term.start_boundary and not _starts_word(text, start):
                    continue
                if term.end_boundary and not _ends_word(text, stop):
                    continue
                spans.add((start, stop))
        return [_Hit(s, e) for s, e in sorted(spans)]

    def _occurrences(self, number: int) -> list[int]:
        """Offsets of token ``number`` standing alone (between whitespace) in the page."""
        cached = self._positions.get(number)
        if cached is None:
            token, low = self.tokens[number], self.low
            width, size = len(token), len(low)
            cached = []
            position = low.find(token)
            while position >= 0:
                stop = position + width
                if (position == 0 or low[position - 1].isspace()) and (
                    stop == size or low[stop].isspace()
                ):
                    cached.append(position)
                position = low.find(token, position + 1)
            self._positions[number] = cached
        return cached


def _token_allows(token: str, offset: int, term: _Term) -> bool:
    """Whether a whole-word ``term`` can stand at ``offset`` of a lower-case ``token``.

    Only rules out what no capital could rescue: "eu" inside "nieuwe" is preceded and followed
    by letters. Glued words with capitals are looked at separately.
    """
    stop = offset + len(term.stem)
    before = offset > 0 and token[offset - 1].isalnum()
    after = stop < len(token) and token[stop].isalnum()
    return not (before and after)


def _glued(text: str, stop: int) -> bool:
    """A word ending at ``stop`` runs into the next one: "PESCOprojecten", "dronesCounter"."""
    before, after = text[stop - 1], text[stop]
    return (before.isupper() and after.islower() and stop >= 2 and text[stop - 2].isupper()) or (
        before.islower() and after.isupper()
    )


def _lower(text: str) -> str:
    """``text.lower()`` with offsets kept: the rare characters that lower-case to two stay."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low


def _starts_word(text: str, start: int) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return True
    # Words glued by a bad extraction often keep their capital: "samenwerkingBeNeSam".
    return text[start - 1].islower() and text[start].isupper()


def _ends_word(text: str, stop: int) -> bool:
    return stop >= len(text) or not text[stop].isalnum() or _glued(text, stop)


def _words_between(low: str, a: int, b: int) -> int:
    """Words separating offset ``a`` from a later offset ``b`` (0 when adjacent or overlapping)."""
    if b <= a:
        return 0
    return len(_WS_RUN.findall(low, a, b))


def _near(low: str, hits: list[_Hit], start: int, end: int, within: int) -> _Hit | None:
    """The hit nearest to the span ``start..end`` within ``within`` words, if any."""
    reach = (within + 1) * _MAX_WORD
    best: tuple[int, _Hit] | None = None
    first = bisect.bisect_left(hits, start - reach, key=lambda h: h.start)
    for hit in hits[first:]:
        if hit.start > end + reach:
            break
        if hit.end <= start:
            gap = _words_between(low, hit.end, start)
        elif hit.start >= end:
            gap = _words_between(low, end, hit.start)
        else:
            gap = 0
        if gap <= within and (best is None or gap < best[0]):
            best = (gap, hit)
    return best[1] if best else None


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    spans: list[_Hit]
    score: float
    kind: str
    checked: bool  # rule and context hits, which exclusions with a distance can cancel


def _topic_candidates(topic: Topic, page: _PageTerms) -> list[_Candidate]:
    text, low = page.text, page.low
    vetoes: list[_Hit] | None = None

    def hits_of(use: _Use) -> list[_Hit]:
        nonlocal vetoes
        found = page.hits(use.term)
        if not found:
            return found
        if vetoes is None:
            vetoes = [
                h
                for x in topic.exclusions
                if x.within == 0
                for u in x.uses
                for h in page.hits(u.term)
            ]
        if vetoes:
            found = [h for h in found if not any(_overlaps(h, v) for v in vetoes)]
        return found

    group_hits: dict[str, list[_Hit]] = {}

    def group(name: str) -> list[_Hit]:
        if name not in group_hits:
            uses = [u for u in topic.groups[name] if page.has(u.term)]
            merged = sorted({(h.start, h.end) for use in uses for h in hits_of(use)})
            group_hits[name] = [_Hit(s, e) for s, e in merged]
        return group_hits[name]

    def present(name: str) -> bool:
        return not topic.group_ids[name].isdisjoint(page.terms)

    candidates: list[_Candidate] = []
    present_terms = page.terms
    for use in topic.aliases:
        if id(use.term) not in present_terms:
            continue
        for hit in hits_of(use):
            if use.needs is None or _near(low, group(use.needs), hit.start, hit.end, use.within):
                candidates.append(
                    _Candidate(hit.start, hit.end, [hit], use.score, "alias", use.needs is not None)
                )
    for use in topic.acronyms:
        if id(use.term) not in present_terms:
            continue
        for hit in hits_of(use):
            context = use.needs
            if context is None and topic.spec.context and _in_capitals(text, hit):
                context = topic.spec.context
            if context is not None and not _near(
                low, group(context), hit.start, hit.end, use.within
            ):
                continue
            candidates.append(
                _Candidate(hit.start, hit.end, [hit], use.score, "acronym", context is not None)
            )
    for rule in topic.rules:
        if all(present(name) for name in rule.groups):
            candidates += _rule_candidates(rule, low, group)
    if any(c.checked for c in candidates):
        for exclusion in topic.exclusions:
            if exclusion.within == 0:
                continue
            near = sorted(
                (h for u in exclusion.uses if page.has(u.term) for h in page.hits(u.term)),
                key=lambda h: h.start,
            )
            if near:
                candidates = [
                    c
                    for c in candidates
                    if not c.checked or not _near(low, near, c.start, c.end, exclusion.within)
                ]
    return candidates


def _rule_candidates(rule: _Rule, low: str, group: Any) -> list[_Candidate]:
    lists = [group(name) for name in rule.groups]
    if any(not found for found in lists):
        return []
    anchor_index = min(range(len(lists)), key=lambda i: len(lists[i]))
    found: list[_Candidate] = []
    for anchor in lists[anchor_index]:
        spans: list[_Hit] = []
        for i, candidates in enumerate(lists):
            if i == anchor_index:
                spans.append(anchor)
                continue
            near = _near(low, candidates, anchor.start, anchor.end, rule.within)
            if near is None:
                break
            spans.append(near)
        else:
            if rule.ordered and any(a.start > b.start for a, b in pairwise(spans)):
                continue
            start = min(h.start for h in spans)
            end = max(h.end for h in spans)
            if (
                _words_between(low, min(h.end for h in spans), max(h.start for h in spans))
                > rule.within
            ):
                continue
            found.append(_Candidate(start, end, spans, rule.score, f"rule: {rule.name}", True))
    return found


def _overlaps(a: _Hit, b: _Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _in_capitals(text: str, hit: _Hit) -> bool:
    """True when the words around a hit are capitals too (a heading), so case says nothing."""
    before = _CAPS_WORD.findall(text, max(0, hit.start - 40), hit.start)[-2:]
    after = _CAPS_WORD.findall(text, hit.end, hit.end + 40)[:2]
    around = before + after
    return len(around) >= 2 and all(w.isupper() for w in around)


def _snippet(text: str, spans: list[_Hit], start: int, end: int) -> str:
    center = (start + end) // 2
    lo = max(0, min(start, center - SNIPPET_CHARS // 2))
    hi = min(len(text), max(end, lo + SNIPPET_CHARS))
    lo = max(0, min(lo, hi - SNIPPET_CHARS))
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    marks = sorted({(h.start, h.end) for h in spans})
    pieces: list[str] = []
    cursor = lo
    for s, e in marks:
        if s < cursor:
            continue
        pieces += [text[cursor:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        cursor = e
    pieces.append(text[cursor:hi])
    body = _WS_RUN.sub(" ", "".join(pieces)).strip()
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def _pages_of(pages: Sequence[Page | tuple[int, str] | str]) -> list[tuple[int, str]]:
    numbered: list[tuple[int, str]] = []
    for i, page in enumerate(pages, start=1):
        if isinstance(page, Page):
            numbered.append((page.number, page.text))
        elif isinstance(page, str):
            numbered.append((i, page))
        else:
            numbered.append((int(page[0]), str(page[1])))
    return numbered


def match_document(
    pages: Sequence[Page | tuple[int, str] | str],
    topics: Sequence[Topic],
    *,
    min_score: float = MEDIUM,
) -> list[TopicMatch]:
    """Pages of clean text -> the topics they concern, with evidence, best topic first.

    ``pages`` are :class:`~watcher.extract.Page` objects, ``(number, text)`` pairs or plain
    strings (numbered from 1). Each :class:`TopicMatch` carries a score in 0..1 (several
    independent pieces of evidence raise it), a tier (``"high"`` from 0.85, ``"medium"`` from
    0.6) and up to 10 evidence items, best first. Topics scoring under ``min_score`` are left
    out.
    """
    if not topics:
        return []
    index = _index_for(topics)
    per_topic: dict[str, list[Evidence]] = defaultdict(list)
    for number, text in _pages_of(pages):
        if not text:
            continue
        page = _PageTerms(text, _lower(text), index)
        if not page.terms:
            continue
        concerned = sorted({p for key in page.terms for p in index.topics_of[key]})
        for topic in (topics[p] for p in concerned):
            for c in _dedupe(_topic_candidates(topic, page)):
                terms = tuple(
                    dict.fromkeys(
                        text[h.start : h.end] for h in sorted(c.spans, key=lambda h: h.start)
                    )
                )
                per_topic[topic.id].append(
                    Evidence(
                        number,
                        _snippet(text, c.spans, c.start, c.end),
                        terms,
                        c.start,
                        c.end,
                        c.score,
                        c.kind,
                    )
                )
    results: list[TopicMatch] = []
    for topic in topics:
        evidence = sorted(per_topic.get(topic.id, []), key=lambda e: (-e.score, e.page, e.start))
        if not evidence:
            continue
        score = _combine(evidence)
        if score < min_score:
            continue
        tier = "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"
        results.append(TopicMatch(topic.id, score, tier, evidence[:MAX_EVIDENCE]))
    results.sort(key=lambda m: -m.score)
    return results


def match_text(
    text: str, topics: Sequence[Topic], *, min_score: float = MEDIUM
) -> list[TopicMatch]:
    """:func:`match_document` for one page of text."""
    return match_document([text], topics, min_score=min_score)


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """Overlapping candidates collapse to the best one."""
    kept: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.score, c.start)):
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return kept


def _combine(evidence: list[Evidence]) -> float:
    """1 - prod(1 - s) over the three best distinct pieces of evidence, capped at 0.99."""
    remaining = 1.0
    seen_terms: set[tuple[str, ...]] = set()
    counted = 0
    for e in evidence:
        key = tuple(sorted(fold(t) for t in e.terms))
        if key in seen_terms:
            remaining *= 1 - e.score * 0.25  # the same words again add little
        else:
            seen_terms.add(key)
            remaining *= 1 - e.score
            counted += 1
        if counted >= 3:
            break
    return round(min(0.99, 1 - remaining), 2)


def check_examples(topics: Sequence[Topic]) -> list[str]:
    """Run every topic's own examples; the failures, as readable lines (empty when all pass)."""
    failures: list[str] = []
    for topic in topics:
        for text in topic.spec.examples.positive:
            if not any(m.topic == topic.id for m in match_text(text, topics)):
                failures.append(f"{topic.id}: positive example not matched: {text[:120]!r}")
        for text in topic.spec.examples.negative:
            if any(m.topic == topic.id for m in match_text(text, topics)):
                failures.append(f"{topic.id}: negative example matched: {text[:120]!r}")
    return failures
