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

The modules, in the order a page goes through them: :mod:`~watcher.match.terms` (term syntax),
:mod:`~watcher.match.topic` (topics compiled), :mod:`~watcher.match.search` (where terms occur),
:mod:`~watcher.match.rules` (a topic's candidates on a page), :mod:`~watcher.match.evidence`
(scores and snippets).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter

from watcher.extract.model import Page
from watcher.match.evidence import HIGH, MEDIUM, Evidence, PageCandidate, TopicMatch, topic_match
from watcher.match.rules import topic_candidates
from watcher.match.search import TermFinder, lower_keeping_offsets
from watcher.match.terms import fold
from watcher.match.topic import Topic, compile_topics, load_topics, topics_from_text
from watcher.topics import TopicFileError

__all__ = [
    "HIGH",
    "MEDIUM",
    "Evidence",
    "Topic",
    "TopicFileError",
    "TopicMatch",
    "check_examples",
    "compile_topics",
    "fold",
    "load_topics",
    "match_document",
    "match_text",
    "topics_from_text",
]


class _TopicSet:
    """A topic set as matching uses it: the finder of its terms, and for each term the
    topics (by position) that use it. Built once per set (see :func:`_topic_set`)."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self.topics = tuple(topics)
        self.users: dict[int, set[int]] = defaultdict(set)  # id(term) -> topic positions
        for position, topic in enumerate(topics):
            for term in topic.terms():
                self.users[id(term)].add(position)
        self.finder = TermFinder(term for topic in topics for term in topic.terms())


_SETS: dict[tuple[int, ...], _TopicSet] = {}


def _topic_set(topics: Sequence[Topic]) -> _TopicSet:
    """The compiled form of ``topics``, cached (the entry holds the topics, so that their
    ids stay theirs while it is kept)."""
    key = tuple(map(id, topics))
    found = _SETS.get(key)
    if found is None:
        if len(_SETS) > 32:
            _SETS.clear()
        found = _SETS[key] = _TopicSet(topics)
    return found


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
    compiled = _topic_set(topics)
    found: dict[int, list[PageCandidate]] = defaultdict(list)  # topic position -> candidates
    for number, text in _numbered(pages):
        if not text:
            continue
        low = lower_keeping_offsets(text)
        hits = compiled.finder.hits(text, low)
        concerned = sorted({p for term in hits for p in compiled.users[id(term)]})
        for position in concerned:
            for candidate in topic_candidates(topics[position], text, low, hits):
                found[position].append(PageCandidate(number, text, candidate))
    results = [topic_match(topics[position], found[position]) for position in sorted(found)]
    results = [m for m in results if m.score >= min_score]
    results.sort(key=attrgetter("score"), reverse=True)  # (stable: ties keep the topics' order)
    return results


def _numbered(pages: Sequence[Page | tuple[int, str] | str]) -> list[tuple[int, str]]:
    numbered: list[tuple[int, str]] = []
    for i, page in enumerate(pages, start=1):
        if isinstance(page, Page):
            numbered.append((page.number, page.text))
        elif isinstance(page, str):
            numbered.append((i, page))
        else:
            numbered.append((int(page[0]), str(page[1])))
    return numbered


def match_text(
    text: str, topics: Sequence[Topic], *, min_score: float = MEDIUM
) -> list[TopicMatch]:
    """:func:`match_document` for one page of text."""
    return match_document([text], topics, min_score=min_score)


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
