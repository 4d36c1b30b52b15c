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

Finding terms is staged so that the cost grows with what is found rather than with the number
of topics or pages: the pages of a document are searched as one text; one regex of every
term's stem (a trie) runs once over the document's *distinct* words, folded (a small fraction
of the text); the words that hold a stem are then located on their pages, and each term is
verified, on the pages where its topic may match, only where its stem occurs (plain words
without a regex at all). A term of several words is not even tried on a page that lacks one of
its other words.

Where it is built (a C compiler at install), the compiled core ``_matchcore.c`` does all of
that work for a document instead: it walks tries of the terms' first words over each page,
verifies each term as its regex would, applies the topics' rules, contexts and exclusions,
and assembles each topic's score and :class:`Evidence`, several times faster. Python keeps
topic compilation and the :class:`TopicMatch` results, and the matcher here is the core's
fallback. Both follow one definition, each term's regex tried wherever a match may start;
``tests/match/test_core_parity.py`` holds the core to it exactly, and this matcher too on
real text (on garbled text its index can miss a match: words glued by a capital, long words
run on before a term's distinctive word).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress, filterfalse, pairwise
from operator import attrgetter
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from watcher.extract.model import Page
from watcher.topics import (
    LoadedTopics,
    TermSpec,
    TopicFileError,
    TopicSpec,
    parse_topics,
    read_topics,
)

_matchcore: ModuleType | None
try:
    from watcher import _matchcore  # built from _matchcore.c where a C compiler is
except ImportError:  # pragma: no cover - the Python matcher below runs alone
    _matchcore = None

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


@lru_cache(maxsize=8192)  # the same few terms, over and over, in every document
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
    words: tuple[str, ...]  # folded
    #: each word as compared with the text (folded unless case-sensitive), and whether it
    #: may run on: what the compiled core matches instead of ``regex``
    pieces: tuple[tuple[str, bool], ...]


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
    def kinds(self) -> list[str]:
        """Evidence kinds by number: ``ALIAS``, ``ACRONYM``, ``RULE`` + a rule's position."""
        return ["alias", "acronym", *(f"rule: {rule.name}" for rule in self.rules)]

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
    pieces: list[tuple[str, bool]] = []
    for index, word in enumerate(words):
        runs_on = word.endswith("*") or (trail and index == len(words) - 1)
        body = word.rstrip("*")
        if "*" in body:
            raise ValueError("'*' only at the start or the end of a word")
        literal = body if case_sensitive else fold(body)
        if not literal:
            raise ValueError("empty word")
        piece = re.escape(literal) if case_sensitive else _stem_pattern(literal)
        parts.append(piece + (_WORDCHAR + "*" if runs_on else ""))
        pieces.append((literal, runs_on))
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
        words=tuple(folded_words),
        pieces=tuple(pieces),
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


class Evidence(NamedTuple):
    """Why a topic matched: ``snippet`` (about 300 characters, matched terms in ``**``), the
    ``terms`` as they appear in the text, and ``start``/``end``, character offsets of the
    evidence in its page's text. (A named tuple: a document can hold many.)"""

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


@dataclass(slots=True)
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


class _Hit(NamedTuple):
    start: int
    end: int


#: Rough frequencies of letters in Dutch, French, English and German text (per mille): each
#: stem that may start inside a word is looked for first at its rarest letter.
_LETTER_FREQUENCY = dict(
    zip(
        "etnaisrodlhucmgkvpwbzfjyxq",
        (160, 90, 90, 75, 70, 65, 65, 60, 50, 40, 30, 30, 28, 25, 25, 20, 20, 18, 15, 15, 10, 10, 8,
         5, 2, 1),
        strict=True,
    )
)  # fmt: skip
_WORD_START = re.compile(r"\w")


class _Index:
    """Every term of a set of topics, and the stem regexes that find where they may occur.

    Most terms start at a word start, and so does their stem: one regex anchored at word
    starts, shaped as a trie, finds them all. Stems of terms that may start inside a word
    (``*drohnenabwehr``) are found anywhere: a regex finds their rarest letter where the rest
    of one of them is around it.
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
        self.anchored_at = re.compile(_trie_pattern(anchored)) if anchored else None
        # The words after the stem of a term of several words must occur too: each starts a
        # word or runs on from the word before it. id(term) -> those words (the longer ones).
        self.words: dict[int, tuple[str, ...]] = {}
        for term in terms.values():
            after = term.words[term.words.index(term.stem) + 1 :]
            after = tuple(w for w in after if len(w) >= 4 and _WORD_START.match(w))
            if after:
                self.words[id(term)] = after
        self.word_set = {w for words in self.words.values() for w in words}
        # One trie finds where stems and those words start.
        starts = sorted(set(anchored) | self.word_set)
        trie = _trie_pattern(starts)
        self.anchored = re.compile(rf"\b(?=({trie}))") if starts else None
        # The same for tokens of plain ASCII joined by line breaks: a stem that begins with a
        # word character starts a token, or follows a character that is not one.
        wordy = _trie_pattern(s for s in starts if _WORD_START.match(s))
        odd = _trie_pattern(s for s in starts if not _WORD_START.match(s))
        #: (stem, the token it starts)
        self.at_start = re.compile(rf"\n(?=({wordy}))([^\n]*)") if wordy else None
        # (the tokens are plain ASCII: a class of ASCII characters is quicker than \W)
        self.inside = re.compile(rf"[^0-9A-Za-z_\n](?=({wordy}))") if wordy else None
        self.odd = re.compile(rf"\b(?=({odd}))") if odd else None
        self.floating = _Finder(floating)
        #: every literal the regexes report, sorted: those that begin with a stem follow it
        self.literals = sorted(set(starts) | floating)
        self.longest = max((len(s) for s in self.by_stem), default=0)
        self._terms_for: dict[str, list[_Term]] = {}
        self._words_for: dict[str, list[str]] = {}
        self._extensions: dict[str, list[str]] = {}
        # Terms tried in the same windows (same stem, view and reach) share a screen: one
        # regex of all their patterns, searched once per window before trying each term.
        sharing: dict[tuple[str, bool, int, bool], list[_Term]] = defaultdict(list)
        for term in terms.values():
            sharing[term.stem, term.case_sensitive, term.back, term.simple].append(term)
        #: id(term) -> its screen's pattern and flags, when it shares one
        self._screen_of: dict[int, tuple[str, int]] = {}
        for group in sharing.values():
            if len(group) > 1:
                pattern = "|".join(f"(?:{t.regex.pattern})" for t in group)
                shared = (pattern, group[0].regex.flags)
                self._screen_of.update((id(term), shared) for term in group)
        self._screens: dict[tuple[str, int], re.Pattern[str]] = {}
        self._cased: dict[int, re.Pattern[str]] = {}

    def cased(self, term: _Term) -> re.Pattern[str]:
        """``term.regex`` without IGNORECASE: the same on lower-case text that has none of the
        few letters that ignore case other than they fold (see ``_UNFOLDED_CASES``), and
        quicker (the regex engine skips along to its first letter)."""
        if term.case_sensitive:
            return term.regex
        regex = self._cased.get(id(term))
        if regex is None:
            regex = self._cased[id(term)] = re.compile(term.regex.pattern)
        return regex

    def screen(self, term: _Term, cased: bool) -> re.Pattern[str] | None:
        """The screen ``term`` shares, as ``regex`` or as ``cased`` (compiled on first use)."""
        shared = self._screen_of.get(id(term))
        if shared is None:
            return None
        pattern, flags = shared
        key = (pattern, 0 if cased else flags)
        screen = self._screens.get(key)
        if screen is None:
            screen = self._screens[key] = re.compile(*key)
        return screen

    def extensions(self, prefix: str) -> list[str]:
        """The literals that begin with ``prefix``."""
        cached = self._extensions.get(prefix)
        if cached is None:
            low = bisect.bisect_left(self.literals, prefix)
            high = bisect.bisect_left(self.literals, prefix + "\U0010ffff")
            cached = self._extensions[prefix] = self.literals[low:high]
        return cached

    def words_for(self, literal: str) -> list[str]:
        """Words (of ``words``) that begin ``literal``."""
        cached = self._words_for.get(literal)
        if cached is None:
            cached = self._words_for[literal] = [
                literal[:n] for n in range(1, len(literal) + 1) if literal[:n] in self.word_set
            ]
        return cached

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


class _Finder:
    """Finds every occurrence of a set of literals in a string, overlapping ones too.

    Each literal is keyed by a pair of its letters, the first as rare as can be: the regex
    skips along the text on those first letters and stops where a pair stands with the rest of
    one of its literals around it; the literals keyed by that pair are then checked there.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        keyed: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for literal in sorted(literals):
            if len(literal) == 1:
                keyed[literal].append((literal, 0))
                continue
            # The scan stops at the pair's first letter: that one should be rare above all.
            key = min(
                range(len(literal) - 1),
                key=lambda i: (_rarity(literal[i]), _rarity(literal[i + 1])),
            )
            keyed[literal[key : key + 2]].append((literal, key))
        #: pair of letters (or a literal of one) -> (literal, offset of the pair in it)
        self.keyed = dict(keyed)
        by_first: dict[str, list[str]] = defaultdict(list)
        for pair, group in sorted(self.keyed.items()):
            tails = [
                (f"(?<={re.escape(literal[: key + len(pair)])})" if key else "")
                + re.escape(literal[key + len(pair) :])
                for literal, key in group
            ]
            by_first[pair[0]].append(re.escape(pair[1:]) + "(?:" + "|".join(tails) + ")")
        alternatives = [
            re.escape(first) + "(?:" + "|".join(sorted(rest, key=lambda r: r == "(?:)")) + ")"
            for first, rest in by_first.items()
        ]
        self.regex = re.compile("|".join(alternatives)) if alternatives else None

    def find(self, text: str) -> list[tuple[int, str]]:
        """(offset, literal) of every occurrence of every literal in ``text``."""
        found: list[tuple[int, str]] = []
        if self.regex is None:
            return found
        search, keyed = self.regex.search, self.keyed
        match = search(text)
        while match is not None:
            at = match.start()
            for pair in (text[at], text[at : at + 2]):
                for literal, key in keyed.get(pair, ()):
                    start = at - key
                    if start >= 0 and text.startswith(literal, start):
                        found.append((start, literal))
            match = search(text, at + 1)
        return found


def _rarity(letter: str) -> int:
    return _LETTER_FREQUENCY.get(letter, 1)


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


#: (kind of compiled form, the topics' ids) -> (the form, the topics, held so that their ids
#: stay theirs while cached)
_COMPILED: dict[tuple[str, tuple[int, ...]], tuple[Any, tuple[Topic, ...]]] = {}


def _compiled(kind: str, topics: Sequence[Topic], build: Callable[[], Any]) -> Any:
    """The ``kind`` form of ``topics`` (the Python index, the core), built once per topic set."""
    key = (kind, tuple(map(id, topics)))
    cached = _COMPILED.get(key)
    if cached is None:
        if len(_COMPILED) > 32:
            _COMPILED.clear()
        cached = _COMPILED[key] = (build(), tuple(topics))
    return cached[0]


def _index_for(topics: Sequence[Topic]) -> _Index:
    index: _Index = _compiled("index", topics, lambda: _Index(topics))
    return index


_CAMEL = re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_NO_HITS: list[_Hit] = []  # shared; never changed
_AT, _CHECK, _AROUND = range(3)  # how a term's hits are found around a token
_LONG_SPACE = re.compile(r"\s{2,}")
#: Letters that a case-blind regex takes for others than the ones they fold to ("ı" for
#: "i", Greek and Cyrillic variants): where they occur, words are not looked for by folding.
_UNFOLDED_CASES = re.compile(
    "[\u0130\u0131\u017f\u00b5\u0345\u1e61\u1e9b\ufb05\ufb06\u0370-\u03ff\u0400-\u052f"
    "\u1c80-\u1c8f\u1f00-\u1fff\ua640-\ua69f]"
)


def _case_classes() -> bytes:
    """A ``bytes.translate`` table for UTF-8 text that marks where ``_CAMEL`` may match: ``l``
    for a lower-case letter (or its last byte), ``U`` for an upper-case one, ``C`` for the lead
    byte of Latin-1 letters, ``u`` for the last byte of the upper-case ones."""
    table = bytearray(b"." * 256)
    for low, high, mark in (
        (0x61, 0x7A, b"l"),  # a-z
        (0x41, 0x5A, b"U"),  # A-Z
        (0x9F, 0xB6, b"l"),  # ß-ö after 0xC3
        (0xB8, 0xBF, b"l"),  # ø-ÿ after 0xC3
        (0x80, 0x96, b"u"),  # À-Ö after 0xC3
        (0x98, 0x9E, b"u"),  # Ø-Þ after 0xC3
    ):
        table[low : high + 1] = mark * (high + 1 - low)
    table[0xC3] = ord("C")
    return bytes(table)


_CASE_CLASSES = _case_classes()


def _fold_fast(text: str) -> str:
    """:func:`fold` for long strings at C speed (``text`` already lower case)."""
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")


class _Pages:
    """The pages of one document (those with text) as one text.

    The pages are joined with line breaks into ``text`` (and ``low``, lower case); every search
    stays within its page, so that offsets in a page are offsets in ``text`` less the page's
    start.
    """

    def __init__(self, pages: list[tuple[int, str]]) -> None:
        kept = [(number, text) for number, text in pages if text]
        self.numbers = [number for number, _ in kept]
        self.texts = [text for _, text in kept]
        self.lows = [_lower(text) for text in self.texts]
        self.starts = list(accumulate([len(text) + 1 for text in self.texts], initial=0))[:-1]
        self.ends = [start + len(text) for start, text in zip(self.starts, self.texts, strict=True)]

    @cached_property
    def text(self) -> str:
        """The pages joined (only the Python matcher searches them as one text)."""
        return "\n".join(self.texts)

    @cached_property
    def low(self) -> str:
        return "\n".join(self.lows)

    def page_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


class _Document:
    """Where the terms of an index occur in the pages of one document.

    The stem regexes run once over the document's *distinct* whitespace-separated tokens,
    folded to plain ASCII (a fraction of the text); the tokens that hold a stem are then
    located on the pages, and a term is verified, on first use, only around them.
    """

    def __init__(self, pages: _Pages, index: _Index) -> None:
        self.index = index
        self.numbers, self.texts, lows = pages.numbers, pages.texts, pages.lows
        self.text, self.low = pages.text, pages.low
        self.starts, self.ends, self.page_at = pages.starts, pages.ends, pages.page_at
        #: literal -> (token, offset of the literal in the token, or -1 if unknown)
        self.found: dict[str, list[tuple[str, int]]] = defaultdict(list)
        #: literal -> tokens where it starts a word
        self.heads: dict[str, list[str]] = defaultdict(list)
        #: id(term) -> offsets in ``text`` of stems at the capital of two glued words
        self.direct: dict[int, set[int]] = defaultdict(set)
        self._candidates: dict[int, dict[str, set[int]]] = {}
        self._plans: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
        self._word_tokens: dict[str, set[str]] = {}
        #: no letters that ignore case other than they fold: words can be looked for folded,
        #: and the regexes of ``_Index.cased`` used
        self.plain_case = True
        self.folded_of: dict[str, str] = {}  # tokens that are not plain ASCII -> folded
        split = [low.split() for low in lows]
        self._find_stems(set().union(*split))
        if index.anchored_at is not None:
            self._glued(index)
        wanted = {token for found in self.found.values() for token, _ in found}
        wanted.update(self._token_at(at) for found in self.direct.values() for at in found)
        #: ids of the terms whose stem occurs
        self.terms = {id(t) for literal in self.found for t in index.terms_for(literal)}
        self.terms.update(self.direct)
        self.split, self.lows, self.wanted = split, lows, wanted
        #: page (position in ``texts``) -> the tokens on it where a literal was found
        self.page_tokens = [wanted.intersection(tokens) for tokens in split]
        #: token -> the pages where it stands
        self.token_pages: dict[str, list[int]] = defaultdict(list)
        for number, tokens in enumerate(self.page_tokens):
            for token in tokens:
                self.token_pages[token].append(number)
        self._positions: dict[int, dict[str, list[int]]] = {}
        self._pages: dict[int, set[int]] = {}
        self._hits: dict[int, dict[int, list[_Hit]]] = {}
        self._screened: dict[tuple[int, int, int], bool] = {}

    def positions(self, number: int) -> dict[str, list[int]]:
        """Offsets in ``text`` of the tokens of ``page_tokens[number]`` on that page."""
        found = self._positions.get(number)
        if found is None:
            found = self._positions[number] = {}
            tokens, wanted = self.split[number], self.wanted
            chosen = list(compress(range(len(tokens)), map(wanted.__contains__, tokens)))
            offsets = _token_offsets(self.lows[number], tokens, self.starts[number])
            for i in chosen:
                found.setdefault(tokens[i], []).append(offsets(i))
        return found

    def _token_at(self, at: int) -> str:
        """The whitespace-separated token of ``low`` around offset ``at``."""
        low = self.low
        start, stop = at, at
        while start > 0 and not low[start - 1].isspace():
            start -= 1
        while stop < len(low) and not low[stop].isspace():
            stop += 1
        return low[start:stop]

    def _find_stems(self, tokens: set[str]) -> None:
        """Fill ``found`` and ``heads``: where each literal of the index occurs."""
        index = self.index
        accented = list(filterfalse(str.isascii, tokens))
        if accented:
            tokens.difference_update(accented)
            joined = "\n".join(accented)
            self.plain_case = _UNFOLDED_CASES.search(joined) is None
            folded = _fold_fast(joined)
            folded_tokens = folded.split("\n")
            self.folded_of = dict(zip(accented, folded_tokens, strict=True))
            starts = list(accumulate(map((1).__add__, map(len, folded_tokens)), initial=0))
            anchored: list[tuple[int, str]] = []
            if index.anchored is not None:
                anchored = [(m.start(), m.group(1)) for m in index.anchored.finditer(folded)]
            for found, at_start in ((anchored, True), (index.floating.find(folded), False)):
                for at, literal in found:
                    number = bisect.bisect_right(starts, at) - 1
                    token = accented[number]
                    exact = len(token) == len(folded_tokens[number])
                    entry = (token, at - starts[number] if exact else -1)
                    self.found[literal].append(entry)
                    if at_start:
                        self.heads[literal].append(token)
        if tokens:
            # Plain ASCII folds to itself; "\n" before every token, so that each one's start
            # is found like the others.
            joined = "\n" + "\n".join(tokens)
            where, heads = self.found, self.heads
            if index.at_start is not None:
                for literal, token in index.at_start.findall(joined):
                    where[literal].append((token, 0))
                    heads[literal].append(token)
            anchored = []
            if index.inside is not None:
                anchored += [(m.start() + 1, m.group(1)) for m in index.inside.finditer(joined)]
            if index.odd is not None:
                anchored += [(m.start(), m.group(1)) for m in index.odd.finditer(joined)]
            for places, at_start in ((anchored, True), (index.floating.find(joined), False)):
                for at, literal in places:
                    start = joined.rfind("\n", 0, at) + 1
                    end = joined.find("\n", at)
                    token = joined[start:end] if end >= 0 else joined[start:]
                    where[literal].append((token, at - start))
                    if at_start:
                        heads[literal].append(token)

    def candidates(self, term: _Term) -> dict[str, set[int]]:
        """Tokens where ``term`` may be -> offsets of its stem in them (-1: unknown)."""
        key = id(term)
        cached = self._candidates.get(key)
        if cached is None:
            cached = self._candidates[key] = {}
            whole_word = term.whole_word
            for literal in self.index.extensions(term.stem):
                for token, offset in self.found.get(literal, ()):
                    if offset >= 0 and whole_word and not _token_allows(token, offset, term):
                        continue
                    offsets = cached.get(token)
                    if offsets is None:
                        cached[token] = {offset}
                    else:
                        offsets.add(offset)
        return cached

    def _plan(self, term: _Term, token: str) -> list[tuple[int, int, int]]:
        """How to find the hits of ``term`` around each occurrence of ``token``: ``(_AT, a,
        b)`` a hit from ``a`` to ``b`` characters into the token; ``(_CHECK, offset, 0)`` one
        to check, whose stem is at ``offset``; ``(_AROUND, width, 0)`` the regex to try around
        the token (``width`` characters)."""
        key = (id(term), token)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = []
            offsets = self.candidates(term)[token]
            for offset in sorted(offsets) if len(offsets) > 1 else offsets:
                if offset < 0 or not term.simple:
                    # One place is enough: the same window is tried whatever the offset.
                    if (_AROUND, len(token), 0) not in plan:
                        plan.append((_AROUND, len(token), 0))
                    continue
                # One plain word whose stem is the word itself: no regex needed, and where the
                # hit starts and ends in the token is the same wherever the token stands,
                # unless the case of the letters around it decides.
                shape = _simple_hit(token, offset, term)
                plan.append((_CHECK, offset, 0) if shape is None else (_AT, *shape))
        return plan

    def word_tokens(self, word: str) -> set[str]:
        """The tokens where ``word`` starts a word."""
        cached = self._word_tokens.get(word)
        if cached is None:
            cached = self._word_tokens[word] = {
                token
                for literal in self.index.extensions(word)
                for token in self.heads.get(literal, ())
            }
        return cached

    def _glued(self, index: _Index) -> None:
        """Stems at the capital of two words glued by a bad extraction: "samenwerkingBeNeSam".

        ``_CAMEL`` (a lower-case letter, then an upper-case one) rarely matches; its places are
        found in the UTF-8 bytes of the text, marked by class in one C call, then checked.
        """
        assert index.anchored_at is not None
        text, low = self.text, self.low
        data = text.encode("utf-8", "surrogatepass")
        marks = data.translate(_CASE_CLASSES)
        places: list[int] = []
        for pair in (b"lU", b"lCu"):
            at = marks.find(pair)
            while at >= 0:
                places.append(at + 1)  # the byte where the capital starts
                at = marks.find(pair, at + 1)
        done_bytes = done_chars = 0
        for place in sorted(places):
            done_chars += len(data[done_bytes:place].decode("utf-8", "surrogatepass"))
            done_bytes = place
            at = done_chars
            if _CAMEL.match(text, at - 1) is None:
                continue
            stop = min(self.ends[self.page_at(at)], at + index.longest + 2)
            stem = index.anchored_at.match(_fold_fast(low[at:stop]))
            if stem is None:
                continue
            for term in index.terms_for(stem.group(0)):
                self.direct[id(term)].add(at)

    def _holders(self, term: _Term, words: tuple[str, ...]) -> list[set[str]]:
        """For each word after the stem of ``term``: the tokens that may hold it in a hit.

        A hit's words lie within tokens (the separators are spaces, hyphens, slashes,
        apostrophes or nothing) and fold to the term's words. A word after a separator starts
        a word in its token, where the stem regex finds it; a word after no separator runs on
        from the word before, in the same token, which holds that word, or the stem: then the
        token is a candidate of the term (its stem is found there), or holds a stem at the
        capital of glued words.
        """
        before = {t for lit in self.index.extensions(term.stem) for t, _ in self.found.get(lit, ())}
        before.update(self._token_at(at) for at in self.direct.get(id(term), ()))
        holders: list[set[str]] = []
        for word in words:
            found = set(self.word_tokens(word))
            found.update(t for t in before if word in self.folded_of.get(t, t))
            holders.append(found)
            before |= found
        return holders

    def pages(self, term: _Term) -> set[int]:
        """The pages where ``term`` may occur: its stem does, and so do the other words it
        needs."""
        key = id(term)
        found = self._pages.get(key)
        if found is None:
            found = set()
            if key in self.terms:
                # (the tokens of its stem, some of which a whole word may not fit: a page too
                # many is only a page where the term has no hits)
                pages, where = self.token_pages, self.found
                tokens = {
                    t for lit in self.index.extensions(term.stem) for t, _ in where.get(lit, ())
                }
                found.update(*[pages[token] for token in tokens])
                found.update(self.page_at(at) for at in self.direct.get(key, ()))
                words = self.index.words.get(key)
                if words and found and self.plain_case:
                    holders = self._holders(term, words)
                    on = self.page_tokens
                    found = {n for n in found if all(not on[n].isdisjoint(h) for h in holders)}
            self._pages[key] = found
        return found

    def hits(self, term: _Term, number: int) -> list[_Hit]:
        """Where ``term`` occurs on page ``number``, in text order; verified on first use."""
        by_page = self._hits.get(id(term))
        if by_page is None:
            by_page = self._hits[id(term)] = {}
        found = by_page.get(number)
        if found is None:
            found = by_page[number] = (
                self._verify(term, number) if number in self.pages(term) else _NO_HITS
            )
        return found

    def _verify(self, term: _Term, number: int) -> list[_Hit]:
        text, low = self.text, self.low
        spans: set[tuple[int, int]] = set()
        places: list[tuple[int, int]] = []
        candidates = self.candidates(term)
        on_page = self.positions(number)
        tokens = self.page_tokens[number] & candidates.keys()
        if len(tokens) == 1 and id(term) not in self.direct:
            (token,) = tokens
            plan = self._plan(term, token)
            if len(plan) == 1 and plan[0][0] == _AT:
                # The usual case: the hits are where the token stands, in text order.
                _, a, b = plan[0]
                return [_Hit(p + a, p + b) for p in on_page[token]]
        for token in tokens:
            positions = on_page[token]
            for how, a, b in self._plan(term, token):
                if how == _AT:
                    spans.update([(p + a, p + b) for p in positions])
                    continue
                if how == _AROUND:
                    places += [(p, p + a) for p in positions]
                    continue
                offset, last = a, self.ends[number]
                for position in positions:
                    start = position + offset
                    stop = start + len(term.stem)
                    if term.end_boundary:
                        if not _ends_word(text, stop):
                            continue
                    else:
                        while stop < last and low[stop].isalnum():
                            stop += 1
                    if not term.start_boundary or _starts_word(text, start):
                        spans.add((start, stop))
        direct = self.direct.get(id(term))
        if direct:
            first, last = self.starts[number], self.ends[number]
            places += [(at, at + 1) for at in direct if first <= at < last]
        if places:
            self._try_places(term, number, places, spans)
        return [_Hit(s, e) for s, e in sorted(spans)]

    def _try_places(
        self,
        term: _Term,
        number: int,
        places: list[tuple[int, int]],
        spans: set[tuple[int, int]],
    ) -> None:
        """Hits of ``term``'s regex around each (start, end) of ``places`` on page ``number``."""
        text, cased = self.text, self.plain_case
        view = text if term.case_sensitive else self.low
        regex = self.index.cased(term) if cased else term.regex
        screen = self.index.screen(term, cased)
        first, last = self.starts[number], self.ends[number]
        for token_start, token_end in places:
            begin = max(first, token_start - term.back)
            end = min(last, token_end + 60)
            if screen is not None:
                # One search for every term that shares this window: usually none matches.
                window = (id(screen), begin, end)
                passed = self._screened.get(window)
                if passed is None:
                    passed = self._screened[window] = screen.search(view, begin, end) is not None
                if not passed:
                    continue
            for match in regex.finditer(view, begin, end):
                start, stop = match.span()
                if start >= token_end:
                    break
                if stop <= token_start:
                    continue
                if stop == end and end < last:  # cut short by the window: match again in full
                    full = regex.match(view, start, min(last, start + 400))
                    if full is None:
                        continue
                    stop = full.end()
                if term.start_boundary and not _starts_word(text, start):
                    continue
                if term.end_boundary and not _ends_word(text, stop):
                    continue
                spans.add((start, stop))


def _token_offsets(page: str, tokens: list[str], base: int) -> Callable[[int], int]:
    """Offset of each of ``tokens`` (``page.split()``) as a function of its number, ``base``
    being the page's offset.

    Tokens are usually one whitespace character apart; the longer runs of whitespace, if any,
    shift the tokens after them.
    """
    lengths = list(map(len, tokens))
    lead = len(page) - len(page.lstrip())
    trail = len(page) - len(page.rstrip())
    provisional = list(accumulate(map((1).__add__, lengths), initial=base + lead))
    excess = len(page) - lead - trail - sum(lengths) - (len(tokens) - 1)
    if not excess:
        return provisional.__getitem__
    # (first token after a longer run, characters added before it)
    shifts: list[tuple[int, int]] = []
    added = 0
    for run in _LONG_SPACE.finditer(page, lead, len(page) - trail):
        added += run.end() - run.start() - 1
        shifts.append((bisect.bisect_left(provisional, base + run.end() - added), added))
    firsts = [first for first, _ in shifts]

    def offset(i: int) -> int:
        n = bisect.bisect_right(firsts, i)
        return provisional[i] + (shifts[n - 1][1] if n else 0)

    return offset


def _simple_hit(token: str, offset: int, term: _Term) -> tuple[int, int] | None:
    """Where a hit of the plain word ``term`` whose stem is at ``offset`` of a lower-case
    ``token`` starts and ends, relative to the token, if that holds wherever the token stands
    (``None`` when the case of the text decides: a capital may glue two words).

    A token stands between whitespace, and lower-casing keeps letters and digits letters and
    digits, so only the characters next to the stem inside the token matter.
    """
    stop = offset + len(term.stem)
    if term.end_boundary:
        if stop < len(token) and token[stop].isalnum():
            return None
    else:
        while stop < len(token) and token[stop].isalnum():
            stop += 1
    if term.start_boundary and offset > 0 and token[offset - 1].isalnum():
        return None
    return offset, stop


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
    kind: int  # ALIAS, ACRONYM, or RULE + the rule's position in its topic
    checked: bool  # rule and context hits, which exclusions with a distance can cancel


ALIAS, ACRONYM, RULE = 0, 1, 2


class _Live:
    """What of a topic may occur in a document: its uses whose terms may, each with the pages
    where it may, and the pages where the topic may have candidates (where an alias or acronym
    may occur, or a term of every group of a rule)."""

    def __init__(self, topic: Topic, doc: _Document) -> None:
        self.topic, self.doc = topic, doc
        self.aliases = self._present(topic.aliases)
        self.acronyms = self._present(topic.acronyms)
        self._groups: dict[str, tuple[list[tuple[_Use, set[int]]], set[int]]] = {}
        self._vetoes: list[tuple[_Use, set[int]]] | None = None
        self._exclusions: list[tuple[int, list[tuple[_Use, set[int]]]]] | None = None
        self.pages: set[int] = set().union(*(p for _, p in self.aliases + self.acronyms))
        for rule in topic.rules:
            common = set(self.group(rule.groups[0])[1])
            for name in rule.groups[1:]:
                if not common:
                    break
                common.intersection_update(self.group(name)[1])
            self.pages |= common

    def _present(self, uses: Iterable[_Use]) -> list[tuple[_Use, set[int]]]:
        return [(use, pages) for use in uses if (pages := self.doc.pages(use.term))]

    def group(self, name: str) -> tuple[list[tuple[_Use, set[int]]], set[int]]:
        """The group's uses that may occur, and the pages where one may."""
        found = self._groups.get(name)
        if found is None:
            uses = self._present(self.topic.groups[name])
            found = self._groups[name] = (uses, set().union(*(p for _, p in uses)))
        return found

    def vetoes(self) -> list[tuple[_Use, set[int]]]:
        """Terms of exclusions that cancel the hits they overlap."""
        if self._vetoes is None:
            exclusions = self.topic.exclusions
            self._vetoes = self._present(u for x in exclusions if x.within == 0 for u in x.uses)
        return self._vetoes

    def exclusions(self) -> list[tuple[int, list[tuple[_Use, set[int]]]]]:
        """Exclusions that cancel rule and context hits within some words: (words, terms)."""
        if self._exclusions is None:
            self._exclusions = [
                (x.within, self._present(x.uses)) for x in self.topic.exclusions if x.within
            ]
        return self._exclusions


def _topic_candidates(topic: Topic, live: _Live, doc: _Document, number: int) -> list[_Candidate]:
    """Candidates of ``topic`` on page ``number`` of ``doc``, at offsets in ``doc.text``."""
    text, low = doc.text, doc.low
    first, last = doc.starts[number], doc.ends[number]
    hits = doc.hits
    vetoes: list[_Hit] | None = None

    def hits_of(use: _Use) -> list[_Hit]:
        nonlocal vetoes
        found = hits(use.term, number)
        if not found:
            return found
        if vetoes is None:
            vetoes = [h for u, p in live.vetoes() if number in p for h in hits(u.term, number)]
        if vetoes:
            found = [h for h in found if not any(_overlaps(h, v) for v in vetoes)]
        return found

    group_hits: dict[str, list[_Hit]] = {}

    def group(name: str) -> list[_Hit]:
        found = group_hits.get(name)
        if found is None:
            lists = [hits for u, p in live.group(name)[0] if number in p if (hits := hits_of(u))]
            if len(lists) == 1:
                found = lists[0]  # already sorted, each hit once
            else:
                merged = sorted({(h.start, h.end) for hits in lists for h in hits})
                found = [_Hit(s, e) for s, e in merged]
            group_hits[name] = found
        return found

    candidates: list[_Candidate] = []
    for use, pages in live.aliases:
        if number not in pages:
            continue
        for hit in hits_of(use):
            if use.needs is None or _near(low, group(use.needs), hit.start, hit.end, use.within):
                candidates.append(
                    _Candidate(hit.start, hit.end, [hit], use.score, ALIAS, use.needs is not None)
                )
    for use, pages in live.acronyms:
        if number not in pages:
            continue
        for hit in hits_of(use):
            context = use.needs
            if context is None and topic.spec.context and _in_capitals(text, hit, first, last):
                context = topic.spec.context
            if context is not None and not _near(
                low, group(context), hit.start, hit.end, use.within
            ):
                continue
            candidates.append(
                _Candidate(hit.start, hit.end, [hit], use.score, ACRONYM, context is not None)
            )
    for kind, rule in enumerate(topic.rules, start=RULE):
        if all(number in live.group(name)[1] for name in rule.groups):
            candidates += _rule_candidates(rule, kind, low, group)
    if any(c.checked for c in candidates):
        for within, uses in live.exclusions():
            near = sorted(
                (h for u, p in uses if number in p for h in hits(u.term, number)),
                key=lambda h: h.start,
            )
            if near:
                candidates = [
                    c
                    for c in candidates
                    if not c.checked or not _near(low, near, c.start, c.end, within)
                ]
    return candidates


def _rule_candidates(rule: _Rule, kind: int, low: str, group: Any) -> list[_Candidate]:
    lists: list[list[_Hit]] = []
    for name in rule.groups:
        hits = group(name)
        if not hits:
            return []
        lists.append(hits)
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
            found.append(_Candidate(start, end, spans, rule.score, kind, True))
    return found


def _overlaps(a: _Hit, b: _Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _in_capitals(text: str, hit: _Hit, first: int, last: int) -> bool:
    """True when the words around a hit (within its page, ``first..last``) are capitals too
    (a heading), so case says nothing."""
    before = _CAPS_WORD.findall(text, max(first, hit.start - 40), hit.start)[-2:]
    after = _CAPS_WORD.findall(text, hit.end, min(last, hit.end + 40))[:2]
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
    body = " ".join("".join(pieces).split())  # each run of whitespace as one space
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


#: A candidate that survived: (page's position in the document's pages, topic's position in
#: the topics, score, start, end, kind, checked, spans), offsets in its page, spans as
#: (start, end) pairs. What both engines find, page by page, topic by topic, best first.
_Kept = tuple[int, int, float, int, int, int, bool, tuple[tuple[int, int], ...]]
#: A topic the document may concern: (topic's position, what its best pieces of evidence
#: leave of 1, up to ten pieces of :class:`Evidence`, best first). What both engines
#: assemble.
_Assembled = tuple[int, float, list[Evidence]]


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
    doc = _Pages(_pages_of(pages))
    assembled = _core_match(doc, topics)
    if assembled is None:
        assembled = _assemble(doc, topics, _python_candidates(doc, topics))
    results: list[TopicMatch] = []
    for position, remaining, evidence in assembled:
        score = round(min(0.99, 1 - remaining), 2)
        if score < min_score:
            continue
        tier = "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"
        results.append(TopicMatch(topics[position].id, score, tier, evidence))
    results.sort(key=attrgetter("score"), reverse=True)  # (stable: ties keep their order)
    return results


def _python_candidates(pages: _Pages, topics: Sequence[Topic]) -> list[_Kept]:
    """Every topic's candidates on every page, each topic's overlapping ones collapsed to the
    best, found with the Python matcher's index."""
    index = _index_for(topics)
    doc = _Document(pages, index)
    concerned = sorted({p for key in doc.terms for p in index.topics_of[key]})
    live: dict[int, _Live] = {}
    to_check: dict[int, list[int]] = defaultdict(list)  # page -> topics, in order
    for position in concerned:
        live[position] = _Live(topics[position], doc)
        for number in live[position].pages:
            to_check[number].append(position)
    kept: list[_Kept] = []
    for number in sorted(to_check):
        first = pages.starts[number]
        for position in to_check[number]:
            for c in _dedupe(_topic_candidates(topics[position], live[position], doc, number)):
                spans = tuple((h.start - first, h.end - first) for h in c.spans)
                kept.append((number, position, c.score, c.start - first, c.end - first, c.kind,
                             c.checked, spans))  # fmt: skip
    return kept


def _assemble(doc: _Pages, topics: Sequence[Topic], found: list[_Kept]) -> list[_Assembled]:
    """Each topic's candidates, best first, into its remaining and its evidence."""
    per_topic: dict[int, list[_Kept]] = defaultdict(list)
    for kept in found:
        per_topic[kept[1]].append(kept)
    numbers, texts = doc.numbers, doc.texts
    assembled: list[_Assembled] = []
    for position, items in sorted(per_topic.items()):  # in the topics' order
        items.sort(key=lambda k: (-k[2], numbers[k[0]], k[3]))  # best, then first
        kinds = topics[position].kinds
        evidence = [
            Evidence(numbers[number], _snippet(texts[number], [_Hit(a, b) for a, b in spans],
                     start, end), _terms(doc, kept), start, end, score, kinds[kind])
            for kept in items[:MAX_EVIDENCE]
            for number, _, score, start, end, kind, _, spans in [kept]
        ]  # fmt: skip
        assembled.append((position, _remaining(doc, items), evidence))
    return assembled


def _core_candidates(pages: _Pages, topics: Sequence[Topic]) -> list[_Kept] | None:
    """:func:`_python_candidates` from the compiled core (``None`` where it is not built or
    declines the document): what the tests hold to the definition."""
    if _matchcore is None:
        return None
    found: list[_Kept] | None = _core_for(topics).candidates(pages.texts, pages.lows)
    return found


def _core_match(pages: _Pages, topics: Sequence[Topic]) -> list[_Assembled] | None:
    """``_assemble(_python_candidates(...))`` from the compiled core; ``None`` where it is
    not built or declines the document (letters that a case-blind regex takes for others)."""
    if _matchcore is None:
        return None
    core = _core_for(topics)
    assembled: list[_Assembled] | None = core.match(
        pages.texts, pages.lows, pages.numbers, fold, Evidence
    )
    return assembled


def _core_for(topics: Sequence[Topic]) -> Any:
    """The compiled core of ``topics``, built once per topic set."""
    return _compiled("core", topics, lambda: _build_core(topics))


def _build_core(topics: Sequence[Topic]) -> Any:
    """``topics`` as the core takes them: its terms, each once, and its topics by number."""
    assert _matchcore is not None
    terms: dict[int, int] = {}  # id(term) -> its number in the core
    specs: list[tuple[Any, ...]] = []

    def number(term: _Term) -> int:
        if id(term) not in terms:
            terms[id(term)] = len(specs)
            words = tuple(w for w, _ in term.pieces)
            runs_on = tuple(r for _, r in term.pieces)
            specs.append((words, runs_on, term.case_sensitive, term.start_boundary,
                          term.end_boundary))  # fmt: skip
        return terms[id(term)]

    topic_specs = []
    for topic in topics:
        groups = list(topic.groups)

        def uses(found: Iterable[_Use], groups: list[str] = groups) -> list[tuple[Any, ...]]:
            return [
                (number(u.term), u.score, groups.index(u.needs) if u.needs else -1, u.within)
                for u in found
            ]

        topic_specs.append((
            uses(topic.aliases),
            uses(topic.acronyms),
            [[number(u.term) for u in topic.groups[g]] for g in groups],
            [([groups.index(g) for g in r.groups], r.within, r.ordered, r.score)
             for r in topic.rules],
            [([number(u.term) for u in x.uses], x.within) for x in topic.exclusions],
            groups.index(topic.spec.context) if topic.spec.context else -1,
            topic.kinds,
        ))  # fmt: skip
    return _matchcore.Core(specs, topic_specs)


def _terms(doc: _Pages, kept: _Kept) -> tuple[str, ...]:
    """The words of a candidate as they stand in the text, in text order, each once."""
    text, spans = doc.texts[kept[0]], kept[7]
    if len(spans) == 1:
        return (text[kept[3] : kept[4]],)
    return tuple(dict.fromkeys(text[a:b] for a, b in sorted(spans, key=lambda s: s[0])))


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


def _remaining(doc: _Pages, evidence: list[_Kept]) -> float:
    """prod(1 - s) over the three best distinct pieces of evidence (the topic's score is
    1 minus that, capped at 0.99)."""
    remaining = 1.0
    seen_terms: set[tuple[str, ...]] = set()
    counted = 0
    for e in evidence:
        score, terms = e[2], _terms(doc, e)
        key = (fold(terms[0]),) if len(terms) == 1 else tuple(sorted(map(fold, terms)))
        if key in seen_terms:
            remaining *= 1 - score * 0.25  # the same words again add little
        else:
            seen_terms.add(key)
            remaining *= 1 - score
            counted += 1
        if counted >= 3:
            break
    return remaining


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
