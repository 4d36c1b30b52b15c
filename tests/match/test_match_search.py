"""The matching engine against the definition of matching, on generated and real text.

The definition: a term occurs where its regex matches, tried at every place where a match may
start (``Exhaustive`` below, slow and plain: the regex searched for from every place of the
page), and the topics' rules, contexts and exclusions are applied to those hits. The engine
finds a term's candidates through its key (an Aho-Corasick pass) and must find exactly the
same hits, so the same topics, scores and evidence: on the real pages in the fixtures, on
every passage the tests hold, and on documents and topics generated to exercise what the term
syntax and the topic structure can say (run-on and embedded words, separators, case rules,
accents and "ß", glued words, letters a case-blind regex takes for others, context groups,
ordered rules, both kinds of exclusion).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from regression_passages import SETS
from test_match_golden import GOLDEN

import watcher.match as match_package
from watcher.extract import extract
from watcher.match import Topic, TopicMatch, match_document, search, topics_from_text
from watcher.match.search import Hit, TermFinder, ends_word, starts_word
from watcher.match.terms import _VOWEL_CLASSES, KEY_LETTERS, MAX_MATCH, Term
from watcher.replay.build_site import TEXTS_DIR

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "spiders"))
from spiderkit import recorded_pages


def exhaustive_hits(term: Term, text: str, low: str) -> list[Hit]:
    """A term's hits on a page by definition: its regex tried from every place on, a hit kept
    where it starts and ends as the term requires, and the next tried after it."""
    view = text if term.case_sensitive else low
    found: list[Hit] = []
    at = 0
    while (place := term.regex.search(view, at)) is not None:
        start = place.start()
        hit = term.regex.match(view, start, min(len(text), start + MAX_MATCH))
        at = start + 1
        if hit is None:
            continue
        if term.start_boundary and not starts_word(text, start):
            continue
        if term.end_boundary and not ends_word(text, hit.end()):
            continue
        found.append(Hit(start, hit.end()))
        at = hit.end()
    return found


class Exhaustive(TermFinder):
    """The engine's finder with every term's hits found by definition."""

    def hits(self, text: str, low: str) -> dict[Term, list[Hit]]:
        found = {term: exhaustive_hits(term, text, low) for term in self.terms}
        return {term: hits for term, hits in found.items() if hits}


_DEFINITION_SETS: dict[tuple[int, ...], object] = {}  # (the engine's own cache, kept apart)


@contextmanager
def by_definition() -> Iterator[None]:
    """Matching with :class:`Exhaustive` in place of the engine's finder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(match_package, "TermFinder", Exhaustive)
        patch.setattr(match_package, "_SETS", _DEFINITION_SETS)
        yield


def both(
    pages: Sequence[str], topics: Sequence[Topic]
) -> tuple[list[TopicMatch], list[TopicMatch]]:
    """(the engine's matches, the definition's), every topic however low it scores."""
    engine = match_document(pages, topics, min_score=0)
    with by_definition():
        definition = match_document(pages, topics, min_score=0)
    return engine, definition


def assert_same(pages: Sequence[str], topics: Sequence[Topic]) -> int:
    """The engine finds every term's hits as the definition does on ``pages``, and so the same
    matches; the number of term hits compared."""
    finder = match_package._topic_set(topics).finder
    compared = 0
    for text in pages:
        low = search.lower_keeping_offsets(text)
        engine = finder.hits(text, low)
        for term in finder.terms:
            expected = exhaustive_hits(term, text, low)
            assert engine.get(term, []) == expected, (term.source, text)
            compared += len(expected)
    engine_matches, definition_matches = both(pages, topics)
    assert engine_matches == definition_matches
    return compared


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


def pages_of(text: str) -> list[str]:
    return [text[i : i + 3000] for i in range(0, len(text), 3000)]


def real_documents() -> list[list[str]]:
    """The seeds and every captured page of the sources, as extracted, in 3 kB pages."""
    paths = sorted(TEXTS_DIR.glob("*.txt"))
    paths += [path for path in recorded_pages() if path.suffix in (".html", ".xml")]
    documents = []
    for path in paths:
        extracted = extract(path.read_bytes())
        if extracted.text:
            documents.append(pages_of(extracted.text))
    return documents


def test_shipped_topics_on_every_passage_the_tests_hold(topics: list[Topic]) -> None:
    passages = [p for sets in GOLDEN.values() for ps in sets.values() for p in ps]
    passages += [text for regression in SETS.values() for text, _, _ in regression]
    found = sum(assert_same([extract(p.encode()).text], topics) for p in passages)
    assert found > 2000  # (the comparison is about something)


def test_real_pages_with_the_shipped_and_generated_topics(topics: list[Topic]) -> None:
    generated = generated_topics(random.Random(7), 60)
    documents = real_documents()
    assert len(documents) >= 10
    found = 0
    for pages in documents:
        found += assert_same(pages, topics + generated)
    assert found > 1000


@pytest.mark.parametrize("seed", range(8))
def test_generated_documents_and_topics(seed: int) -> None:
    rng = random.Random(seed)
    topics = generated_topics(rng, 25)
    found = 0
    for _ in range(40):
        pages = [generated_text(rng, rng.randint(5, 400)) for _ in range(rng.randint(1, 3))]
        found += assert_same(pages, topics)
    assert found > 100


@pytest.mark.parametrize("letter", ["ı", "İ", "ſ", "Ω", "к", "ẞ", "K"])
def test_letters_a_case_blind_regex_takes_for_others(topics: list[Topic], letter: str) -> None:
    text = f"De Admiraal Benelux en de marinesamenwerking {letter} met België."
    assert_same([text], topics)
    assert [m.topic for m in match_document([text], topics)] == ["benesam"]
    spelled = topics_from_text(
        "version: 1\ntopics:\n  - {id: t, name: T, description: d, aliases: {any: [kis*, gross]},"
        " examples: {positive: [x], negative: [y]}}\n"
    )
    assert [m.topic for m in match_document(["Dİſ, KİS, groẞ, GROſS"], spelled)] == ["t"]
    assert_same(["Dİſ, KİS, groẞ, GROſS, kıs, kis"], spelled)


def test_key_letters_hold_every_character_a_term_letter_matches() -> None:
    """Every character of lower-cased text that a case-blind term letter matches is that
    letter once the text is translated for the key search (what makes keys find every match)."""
    lowered = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        lowered.append(ch.lower() if len(ch.lower()) == 1 else ch)
    text = "".join(lowered)
    keyed = text.translate(KEY_LETTERS)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    for letter in letters:
        atom = re.compile(_VOWEL_CLASSES.get(letter, letter), re.IGNORECASE)
        for found in atom.finditer(text):
            assert keyed[found.start()] == letter, (letter, found.group())
    assert all(keyed[i] == text[i] or keyed[i] in letters for i in range(len(text)))
