"""Topics compiled for matching: a validated :class:`~watcher.topics.TopicSpec` -> a
:class:`Topic` whose terms are compiled once and shared between the topics that use them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watcher.match.terms import Term, compile_term
from watcher.topics import LoadedTopics, TermSpec, TopicSpec, parse_topics, read_topics

ALIAS_SCORE = 0.9
ACRONYM_SCORE = 0.9
CONTEXT_ACRONYM_SCORE = 0.8


@dataclass(frozen=True, slots=True, eq=False)
class Use:
    """A term as one topic uses it: its score, and the group it ``needs`` within ``within``
    words (an ambiguous acronym)."""

    term: Term
    score: float
    needs: str | None = None
    within: int = 12


#: The most words a rule looks across within one sentence or paragraph.
SCOPE_WORDS = {"sentence": 60, "paragraph": 200}


@dataclass(frozen=True, slots=True)
class Rule:
    """A term of each of ``groups`` within ``within`` words (in that order if ``ordered``),
    and with ``scope`` ``"sentence"`` or ``"paragraph"``, all in one of those."""

    name: str
    groups: tuple[str, ...]
    within: int
    ordered: bool
    score: float
    scope: str | None = None


@dataclass(frozen=True, slots=True)
class Exclusion:
    """Terms that cancel hits they overlap (``within`` 0) or rule and context hits within
    ``within`` words (only the hits of the rules named in ``rules``, where it names some)."""

    uses: tuple[Use, ...]
    within: int
    rules: frozenset[str] | None = None


@dataclass(frozen=True, eq=False)
class Topic:
    """A compiled topic: its spec (``id``, ``name``, ``description``, examples) and patterns."""

    spec: TopicSpec
    aliases: tuple[Use, ...]
    acronyms: tuple[Use, ...]
    groups: dict[str, tuple[Use, ...]]
    rules: tuple[Rule, ...]
    exclusions: tuple[Exclusion, ...]

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

    def kind(self, number: int) -> str:
        """An evidence kind by number: ``"alias"`` (0), ``"acronym"`` (1), ``"rule: <name>"``
        (2 and up, in the rules' order)."""
        if number >= 2:
            return f"rule: {self.rules[number - 2].name}"
        return "acronym" if number else "alias"

    def terms(self) -> Iterator[Term]:
        """Every term the topic uses (some more than once)."""
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

    def __init__(self, loaded: LoadedTopics) -> None:
        self.loaded = loaded
        self.cache: dict[tuple[str, bool], Term] = {}

    def use(self, entry: str | TermSpec, default_score: float, loc: tuple[Any, ...],
            *, exact_default: bool = False) -> Use:  # fmt: skip
        if isinstance(entry, str):
            entry = TermSpec(term=entry, case="exact" if exact_default else "any")
        elif exact_default and "case" not in entry.model_fields_set:
            entry = entry.model_copy(update={"case": "exact"})
        score = entry.score
        if score is None:
            score = CONTEXT_ACRONYM_SCORE if entry.needs and exact_default else default_score
        key = (entry.term, entry.case == "exact")
        if key not in self.cache:
            try:
                self.cache[key] = compile_term(*key)
            except (ValueError, re.error) as exc:
                raise self.loaded.error(loc, f"bad term {entry.term!r}: {exc}") from exc
        return Use(self.cache[key], score, entry.needs, entry.within)


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
    rules = tuple(
        Rule(r.name, tuple(r.all), r.within, r.ordered, r.score)
        if isinstance(r.within, int)
        else Rule(r.name, tuple(r.all), SCOPE_WORDS[r.within], r.ordered, r.score, r.within)
        for r in spec.rules
    )
    exclusions = tuple(
        Exclusion(
            tuple(
                compiler.use(t, 0.0, (*where, "exclude", e, "terms", i))
                for i, t in enumerate(x.terms)
            )
            + (groups[x.group] if x.group else ()),
            x.within,
            frozenset(x.rules) if x.rules is not None else None,
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
