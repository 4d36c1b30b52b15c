"""A topic's candidates on one page, from its terms' hits: aliases, acronyms (with the
context they need), rules, and the exclusions that cancel some of them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from watcher.match.search import Hit
from watcher.match.terms import Term
from watcher.match.topic import Rule, Topic, Use

ALIAS, ACRONYM, RULE = 0, 1, 2  # evidence kinds (a rule's: RULE + its position in its topic)
_WS_RUN = re.compile(r"\s+")
#: Characters a word plus its space can take, to bound the search for nearby terms.
_MAX_WORD = 40
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")
#: Where a sentence ends (a capital or digit after the stop: "Zr.Ms. Tromp" ends one too, which
#: errs on the side of a smaller scope), and where a paragraph does (a blank line).
_ENDS = {
    "sentence": re.compile(r"[.!?…][\"”’»)]*\s+(?=[\"“‘«(]?[A-ZÀ-Þ0-9])|\n\s*\n"),
    "paragraph": re.compile(r"\n\s*\n"),
}


@dataclass(slots=True)
class Candidate:
    """A piece of evidence for a topic on a page: offsets in the page's text, the hits it is
    made of, its score and kind, and whether exclusions with a distance can cancel it (rule
    and context hits)."""

    start: int
    end: int
    spans: list[Hit]
    score: float
    kind: int
    checked: bool


def topic_candidates(
    topic: Topic, text: str, low: str, hits: dict[Term, list[Hit]]
) -> list[Candidate]:
    """``topic``'s candidates on a page (``text``, lower case ``low``), given every term's
    ``hits`` there, overlapping ones collapsed to the best."""
    vetoes = [
        h for x in topic.exclusions if x.within == 0 for u in x.uses for h in hits.get(u.term, ())
    ]

    def hits_of(use: Use) -> list[Hit]:
        found = hits.get(use.term, [])
        if found and vetoes:
            found = [
                h for h in found if not any(h.start < v.end and v.start < h.end for v in vetoes)
            ]
        return found

    by_group: dict[str, list[Hit]] = {}

    def group(name: str) -> list[Hit]:
        found = by_group.get(name)
        if found is None:
            lists = [hits_of(use) for use in topic.groups[name] if use.term in hits]
            lists = [found for found in lists if found]
            if len(lists) == 1:
                found = lists[0]  # already sorted, each hit once
            else:
                found = [Hit(s, e) for s, e in sorted({(h.start, h.end) for h in _chain(lists)})]
            by_group[name] = found
        return found

    candidates: list[Candidate] = []
    for use in topic.aliases:
        if use.term not in hits:
            continue
        for hit in hits_of(use):
            if use.needs is None or _near(low, group(use.needs), hit.start, hit.end, use.within):
                candidates.append(
                    Candidate(hit.start, hit.end, [hit], use.score, ALIAS, use.needs is not None)
                )
    for use in topic.acronyms:
        if use.term not in hits:
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
                Candidate(hit.start, hit.end, [hit], use.score, ACRONYM, context is not None)
            )
    ends: dict[str, list[int]] = {}
    for kind, rule in enumerate(topic.rules, start=RULE):
        breaks = None
        if rule.scope is not None:
            if rule.scope not in ends:
                ends[rule.scope] = [m.start() for m in _ENDS[rule.scope].finditer(text)]
            breaks = ends[rule.scope]
        candidates += _rule_candidates(rule, kind, low, group, breaks)
    if any(c.checked for c in candidates):
        for exclusion in topic.exclusions:
            if not exclusion.within:
                continue
            named = exclusion.rules
            near = sorted(
                _chain(hits.get(u.term, []) for u in exclusion.uses), key=lambda h: h.start
            )
            if near:
                candidates = [
                    c
                    for c in candidates
                    if not c.checked
                    or (
                        named is not None and (c.kind < RULE or topic.kind(c.kind)[6:] not in named)
                    )
                    or not _near(low, near, c.start, c.end, exclusion.within)
                ]
    return _best_of_overlapping(candidates)


def _chain(lists: Iterable[list[Hit]]) -> list[Hit]:
    return [hit for hits in lists for hit in hits]


def _rule_candidates(
    rule: Rule,
    kind: int,
    low: str,
    group: Callable[[str], list[Hit]],
    breaks: list[int] | None,
) -> list[Candidate]:
    """A rule's candidates: each hit of its rarest group with the nearest hit of each other
    group (in the same sentence or paragraph where ``breaks``, the offsets where those end,
    are given)."""
    lists: list[list[Hit]] = []
    for name in rule.groups:
        hits = group(name)
        if not hits:
            return []
        lists.append(hits)
    anchor_index = min(range(len(lists)), key=lambda i: len(lists[i]))
    found: list[Candidate] = []
    for anchor in lists[anchor_index]:
        spans: list[Hit] = []
        for i, hits in enumerate(lists):
            if i == anchor_index:
                spans.append(anchor)
                continue
            near = _near(low, hits, anchor.start, anchor.end, rule.within, breaks)
            if near is None:
                break
            spans.append(near)
        else:
            if rule.ordered and any(a.start > b.start for a, b in pairwise(spans)):
                continue
            first_end = min(h.end for h in spans)
            last_start = max(h.start for h in spans)
            if _words_between(low, first_end, last_start) > rule.within:
                continue
            if breaks and _across(breaks, min(h.start for h in spans), max(h.end for h in spans)):
                continue
            start, end = min(h.start for h in spans), max(h.end for h in spans)
            found.append(Candidate(start, end, spans, rule.score, kind, True))
    return found


def _best_of_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping candidates collapse to the best one (then the first)."""
    kept: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.score, c.start)):
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return kept


def _words_between(low: str, a: int, b: int) -> int:
    """Words separating offset ``a`` from a later offset ``b`` (0 when adjacent or overlapping)."""
    if b <= a:
        return 0
    return len(_WS_RUN.findall(low, a, b))


def _across(breaks: list[int], start: int, end: int) -> bool:
    """Whether a sentence or paragraph ends (at one of ``breaks``) between ``start`` and
    ``end``."""
    return bisect.bisect_left(breaks, start) != bisect.bisect_left(breaks, end)


def _near(
    low: str, hits: list[Hit], start: int, end: int, within: int, breaks: list[int] | None = None
) -> Hit | None:
    """The hit nearest to the span ``start..end`` within ``within`` words, if any (the first
    of the nearest), and with ``breaks``, in the same sentence or paragraph."""
    reach = (within + 1) * _MAX_WORD
    best: tuple[int, Hit] | None = None
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
        if breaks and _across(breaks, min(start, hit.start), max(end, hit.end)):
            continue
        if gap <= within and (best is None or gap < best[0]):
            best = (gap, hit)
    return best[1] if best else None


def _in_capitals(text: str, hit: Hit) -> bool:
    """True when the words around a hit are capitals too (a heading), so case says nothing."""
    before = _CAPS_WORD.findall(text, max(0, hit.start - 40), hit.start)[-2:]
    after = _CAPS_WORD.findall(text, hit.end, hit.end + 40)[:2]
    around = before + after
    return len(around) >= 2 and all(w.isupper() for w in around)
