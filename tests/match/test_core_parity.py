"""The compiled matching core against the definition of matching, and the Python matcher.

The definition: a term occurs where its regex matches, tried at every place a match may
start (``Exhaustive`` below, slow and plain), and the topics' rules, contexts and
exclusions are applied to those hits as the Python matcher applies them. The core must keep
exactly the same candidates (page, topic, score, offsets, kind, spans), and assemble from them
the same scores and evidence (snippets, terms) as Python does: on the real pages in the
fixtures, on every passage the tests hold, and on
documents and topics generated to exercise what the term syntax and the topic structure can
say (run-on and embedded words, separators, case rules, accents and "ß", glued words, context
groups, ordered rules, both kinds of exclusion).

The Python matcher finds terms through an index, for speed; on real text it agrees with both.
On garbled text it can miss a match: a word glued to the next by a capital ("xEUhélicoptère"),
or a long word run on before a term's distinctive word ("CSPAbwehr systeme").
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from blind_passages import SETS
from conftest import require_core
from test_match_golden import GOLDEN

from watcher import match
from watcher.extract import extract
from watcher.match import Topic, topics_from_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def _core() -> None:
    require_core()


class Exhaustive(match._Document):
    """The Python matcher with each term's hits found by definition: its regex tried at every
    place of a page where a match may start (a word start unless the term may start inside a
    word), a hit kept where its end is a word end (unless the term may end inside a word),
    and the next tried after it."""

    def __init__(self, pages: match._Pages, index: match._Index) -> None:
        super().__init__(pages, index)
        self._exhaustive: dict[tuple[int, int], list[match._Hit]] = {}
        every_term = [term for terms in index.by_stem.values() for term in terms]
        self.terms = {id(term) for term in every_term if self.pages(term)}

    def hits(self, term: match._Term, number: int) -> list[match._Hit]:
        key = (id(term), number)
        found = self._exhaustive.get(key)
        if found is None:
            found = self._exhaustive[key] = []
            first, last = self.starts[number], self.ends[number]
            view = self.text if term.case_sensitive else self.low
            regex = self.index.cased(term) if self.plain_case else term.regex
            at = first
            while (place := regex.search(view, at, last)) is not None:
                start = place.start()
                hit = regex.match(view, start, min(last, start + 400))  # (the longest tried)
                at = start + 1
                if hit is None:
                    continue
                if term.start_boundary and not match._starts_word(self.text, start):
                    continue
                if term.end_boundary and not match._ends_word(self.text, hit.end()):
                    continue
                found.append(match._Hit(start, hit.end()))
                at = hit.end()
        return found

    def pages(self, term: match._Term) -> set[int]:
        return {n for n in range(len(self.texts)) if self.hits(term, n)}


def exhaustive_candidates(pages: match._Pages, topics: Sequence[Topic]) -> list[match._Kept]:
    """:func:`match._python_candidates`, its terms found by :class:`Exhaustive`."""
    original = match._Document
    try:
        match._Document = Exhaustive  # type: ignore[misc]
        return match._python_candidates(pages, topics)
    finally:
        match._Document = original  # type: ignore[misc]


def candidates(pages: Sequence[str], topics: Sequence[Topic]) -> tuple[Any, Any, Any]:
    """(by definition, by the Python matcher, by the core)"""
    doc = match._Pages(match._pages_of(pages))
    return (
        exhaustive_candidates(doc, topics),
        match._python_candidates(doc, topics),
        match._core_candidates(doc, topics),
    )


def assert_same(pages: Sequence[str], topics: Sequence[Topic], python_too: bool = True) -> int:
    """The core finds what the definition does on ``pages``, and so does the Python matcher
    where ``python_too``; the core's assembled topics (scores, evidence, snippets) are what
    Python assembles from the definition's candidates. The number of candidates."""
    reference, python, core = candidates(pages, topics)
    assert core is not None, "the core declined a document it should take"
    assert core == reference
    if python_too:
        assert python == reference
    doc = match._Pages(match._pages_of(pages))
    assembled = match._core_match(doc, topics)
    assert assembled == match._assemble(doc, topics, reference)
    assert all(type(e) is match.Evidence for _, _, evidence in assembled for e in evidence)
    return len(reference)


def pages_of(text: str) -> list[str]:
    return [text[i : i + 3000] for i in range(0, len(text), 3000)]


def real_documents() -> list[list[str]]:
    """The seeds and every captured page of the sources, as extracted, in 3 kB pages."""
    paths = sorted((FIXTURES / "seeds").glob("*.txt"))
    paths += sorted(FIXTURES.glob("*/*.html")) + sorted(FIXTURES.glob("*/*.xml"))
    documents = []
    for path in paths:
        extracted = extract(path.read_bytes())
        if extracted.text:
            documents.append(pages_of(extracted.text))
    return documents


# ------------------------------------------------------------------ generated topics and text

WORDS = [
    "drone", "drones", "drohne", "helikopter", "hélicoptère", "marine", "samenwerking",
    "coopération", "benelux", "belgique", "nederland", "straße", "strasse", "abwehr",
    "commando", "csp", "pesco", "défense", "eu", "navy", "gemeinsam", "anti", "counter",
    "système", "naïve", "façade", "ñandu", "öl", "ijs", "mass",
]  # fmt: skip
ACRONYMS = ["ABNL", "CSP", "PESCO", "C-UAS", "EU", "NH90", "DHC"]
SEPARATORS = [" ", " ", " ", "-", "\n", "/", "'", "’", "", "  ", " - ", "\u2013", ", ", ". "]


def term(rng: random.Random) -> str:
    """A term in the topics file's syntax."""
    words = [rng.choice(WORDS) for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))]
    text = " ".join(w + ("*" if rng.random() < 0.3 else "") for w in words)
    if rng.random() < 0.15:
        text = "*" + text
    if rng.random() < 0.2 and not text.endswith("*"):
        text += "*"
    return text.replace(" ", rng.choice([" ", "-"]), 1)


def generated_topics(rng: random.Random, count: int) -> list[Topic]:
    lines = ["version: 1", "topics:"]
    for n in range(count):
        groups = {g: [term(rng) for _ in range(rng.randint(1, 4))] for g in "abc"}
        lines += [f"  - id: t{n}", f"    name: T{n}", "    description: generated", "    groups:"]
        lines += [f"      {g}: {terms!r}" for g, terms in groups.items()]
        lines += ["    aliases:", f"      en: {[term(rng) for _ in range(rng.randint(0, 2))]!r}"]
        acronyms = [
            f"{{term: {acronym!r}, needs: {rng.choice('abc')}, within: 3}}"
            if rng.random() < 0.5
            else repr(acronym)
            for acronym in rng.sample(ACRONYMS, rng.randint(0, 2))
        ]
        lines.append(f"    acronyms: [{', '.join(acronyms)}]")
        lines.append("    rules:")
        for r in range(rng.randint(1, 2)):
            chosen = rng.sample("abc", rng.randint(2, 3))
            ordered = str(rng.random() < 0.3).lower()
            lines.append(
                f"      - {{name: r{r}, all: {chosen}, within: {rng.randint(0, 8)},"
                f" ordered: {ordered}}}"
            )
        lines.append("    exclude:")
        lines.append(f"      - {{terms: {[term(rng)]!r}}}")
        lines.append(f"      - {{terms: {[term(rng)]!r}, within: {rng.randint(1, 5)}}}")
        if rng.random() < 0.5:
            lines.append("    context: c")
        lines.append("    examples: {positive: [x], negative: [y]}")
    return topics_from_text("\n".join(lines) + "\n", "<generated>")


def variant(word: str, rng: random.Random) -> str:
    """A word as texts write it: capitals, accents lost or gained, glued, cut, run on (now and
    then far on)."""
    roll = rng.random()
    if roll < 0.15:
        word = word.upper()
    elif roll < 0.3:
        word = word.capitalize()
    elif roll < 0.35:
        word = word.replace("ss", "ß")
    elif roll < 0.4:
        word = word.replace("e", "é").replace("o", "ô")
    elif roll < 0.45:
        word = word + rng.choice(["s", "en", "systemen", "Abwehr", "-", "123"])
    elif roll < 0.5:
        word = rng.choice(["anti", "Klein", "contre-", "x"]) + word
    elif roll < 0.55:
        word = word[: rng.randint(1, len(word))]
    elif roll < 0.58:  # (words so long that their length, not their count, decides "near")
        word = word + "".join(rng.choice("aeiourstn") for _ in range(rng.randint(50, 90)))
    return word


def generated_text(rng: random.Random, words: int) -> str:
    vocabulary = WORDS + ACRONYMS + ["de", "la", "and", "the", "met", "zu", "1995", "(", ")"]
    vocabulary += ["€", "🚁"]  # (pages, and so snippets, of each of Python's string kinds)
    out: list[str] = []
    for _ in range(words):
        out += [variant(rng.choice(vocabulary), rng), rng.choice(SEPARATORS)]
    return "".join(out)


# ------------------------------------------------------------------ tests


def test_shipped_topics_on_every_passage_the_tests_hold(topics: list[Topic]) -> None:
    passages = [p for sets in GOLDEN.values() for ps in sets.values() for p in ps]
    passages += [text for blind in SETS.values() for text, _, _ in blind]
    found = sum(assert_same([extract(p.encode()).text], topics) for p in passages)
    assert found > 500  # (the comparison is about something)


def test_real_pages_with_the_shipped_and_generated_topics(topics: list[Topic]) -> None:
    generated = generated_topics(random.Random(7), 60)
    documents = real_documents()
    assert len(documents) >= 10
    found = 0
    for pages in documents:
        found += assert_same(pages, topics)
        found += assert_same(pages, topics + generated)
    assert found > 200


@pytest.mark.parametrize("seed", range(8))
def test_generated_documents_and_topics(seed: int) -> None:
    rng = random.Random(seed)
    topics = generated_topics(rng, 25)
    found = 0
    for _ in range(40):
        pages = [generated_text(rng, rng.randint(5, 400)) for _ in range(rng.randint(1, 3))]
        found += assert_same(pages, topics, python_too=False)  # (garbled on purpose)
    assert found > 100


@pytest.mark.parametrize("letter", ["ı", "İ", "ſ", "Ω", "к"])
def test_the_core_leaves_to_python_letters_that_case_blind_regexes_take_for_others(
    topics: list[Topic], letter: str
) -> None:
    text = f"De Admiraal Benelux en de marinesamenwerking {letter} met België."
    reference, python, core = candidates([text], topics)
    assert core is None
    assert python == reference != []  # match_document finds them, with the Python matcher
    assert [m.topic for m in match.match_text(text, topics)] == ["benesam"]


def test_a_bad_specification_is_an_error_not_a_crash() -> None:
    assert match._matchcore is not None
    core_type = match._matchcore.Core
    with pytest.raises(ValueError, match="empty word"):
        core_type([(("",), (False,), False, True, True)], [])
    with pytest.raises(ValueError, match="out of range"):
        core_type(
            [(("a",), (False,), False, True, True)],
            [([(5, 0.9, -1, 3)], [], [], [], [], -1, ["alias", "acronym"])],
        )
    with pytest.raises(ValueError, match="lower-case"):
        core_type([], []).candidates(["Abc"], ["ab"])
    with pytest.raises(ValueError, match="one number per page"):
        core_type([], []).match(["abc"], ["abc"], [], match.fold, match.Evidence)
    with pytest.raises(TypeError, match="evidence: tuple"):
        core_type([], []).match(["abc"], ["abc"], [1], match.fold, dict)
