"""A topic's candidates in a document -> its score and :class:`Evidence` (snippets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from watcher.match.rules import Candidate
from watcher.match.search import Hit
from watcher.match.terms import fold
from watcher.match.topic import Topic

HIGH = 0.85
MEDIUM = 0.6
SNIPPET_CHARS = 300
MAX_EVIDENCE = 10
MARK_OPEN, MARK_CLOSE = "**", "**"


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


@dataclass(slots=True)
class PageCandidate:
    """A candidate with the page it stands on: the page's number and text."""

    page: int
    text: str
    candidate: Candidate

    @property
    def terms(self) -> tuple[str, ...]:
        """The candidate's words as they stand in the text, in text order, each once."""
        spans = self.candidate.spans
        if len(spans) == 1:
            return (self.text[self.candidate.start : self.candidate.end],)
        return tuple(
            dict.fromkeys(self.text[h.start : h.end] for h in sorted(spans, key=lambda h: h.start))
        )


def topic_match(topic: Topic, found: list[PageCandidate]) -> TopicMatch:
    """A topic's candidates (in page order) -> its score, tier and best evidence."""
    found = sorted(found, key=lambda f: (-f.candidate.score, f.page, f.candidate.start))
    score = round(min(0.99, 1 - _remaining(found)), 2)
    tier = "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"
    evidence = [
        Evidence(
            f.page,
            snippet(f.text, f.candidate.spans, f.candidate.start, f.candidate.end),
            f.terms,
            f.candidate.start,
            f.candidate.end,
            f.candidate.score,
            topic.kind(f.candidate.kind),
        )
        for f in found[:MAX_EVIDENCE]
    ]
    return TopicMatch(topic.id, score, tier, evidence)


def _remaining(found: list[PageCandidate]) -> float:
    """prod(1 - s) over the three best distinct pieces of evidence (the topic's score is
    1 minus that, capped at 0.99); the same words again count a quarter."""
    remaining = 1.0
    seen_terms: set[tuple[str, ...]] = set()
    counted = 0
    for f in found:
        terms = f.terms
        key = (fold(terms[0]),) if len(terms) == 1 else tuple(sorted(map(fold, terms)))
        if key in seen_terms:
            remaining *= 1 - f.candidate.score * 0.25
        else:
            seen_terms.add(key)
            remaining *= 1 - f.candidate.score
            counted += 1
        if counted >= 3:
            break
    return remaining


def snippet(text: str, spans: list[Hit], start: int, end: int) -> str:
    """About ``SNIPPET_CHARS`` of ``text`` around ``start..end``, cut at spaces, each run of
    whitespace as one space, the ``spans`` marked: ``"…de **BeNeSam**-samenwerking…"``."""
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
    pieces: list[str] = []
    cursor = lo
    for s, e in sorted({(h.start, h.end) for h in spans}):
        if s < cursor:
            continue
        pieces += [text[cursor:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        cursor = e
    pieces.append(text[cursor:hi])
    body = " ".join("".join(pieces).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")
