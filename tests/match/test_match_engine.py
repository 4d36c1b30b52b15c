"""Matching mechanics: evidence shape and offsets, spellings, glued and split words, scores,
and topic files with mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.extract import Page
from watcher.match import (
    Topic,
    TopicFileError,
    load_topics,
    match_document,
    match_text,
    topics_from_text,
)

MINIMAL = """\
version: 1
topics:
  - id: demo
    name: Demo
    description: A demo topic.
    groups:
      drone: [drone*]
      counter: [tegen]
    aliases:
      nl: [anti drone*]
    rules:
      - name: against drones
        all: [counter, drone]
        within: 2
    examples:
      positive: [antidrones]
      negative: [drones]
"""


def test_evidence_has_page_offsets_terms_and_marked_snippet(topics: list[Topic]) -> None:
    filler = "De commissie vergaderde lang over de begroting en de personeelsplanning. " * 8
    pages = [
        Page(1, "Niets hier."),
        Page(2, filler + "Er komen anti-drones (C-UAS) bij. " + filler),
    ]
    (match,) = match_document(pages, topics)
    assert match.topic == "c-uas" and match.tier == "high" and 0 < match.score <= 1
    best = match.evidence[0]
    assert best.page == 2
    assert pages[1].text[best.start : best.end] in best.terms
    assert "**anti-drones**" in best.snippet or "**C-UAS**" in best.snippet
    assert 250 <= len(best.snippet) <= 340
    assert best.snippet.startswith("…") and best.snippet.endswith("…")
    record = match.as_dict()
    assert set(record) >= {"topic", "score", "evidence"}
    assert set(record["evidence"][0]) >= {"page", "snippet", "terms", "start", "end"}


def test_pairs_and_strings_are_accepted_as_pages(topics: list[Topic]) -> None:
    (by_pair,) = match_document([(7, "De PESCO-projecten van de EU.")], topics)
    assert by_pair.evidence[0].page == 7
    (by_text,) = match_document(["De PESCO-projecten van de EU."], topics)
    assert by_text.evidence[0].page == 1


@pytest.mark.parametrize(
    "text",
    [
        "counter-drone",
        "counterdrone",
        "counter drone",
        "Counter-Drones",
        "COUNTER-DRONE",
        "counter-\ndrone",
        "antidronesystemen",
        "counterdronescapaciteiten",
        "anti‑drones",
        "Kleindrohnenabwehr",
        "Drohnenabwehrsysteme",
        "drone-afweer",
        "défense anti-drône",
    ],
)
def test_spellings_and_compounds(topics: list[Topic], text: str) -> None:
    assert [m.topic for m in match_text(text, topics)] == ["c-uas"]


def test_case_rules_of_acronyms(topics: list[Topic]) -> None:
    assert match_text("Het PESCO-secretariaat", topics)
    assert match_text("de PESCOprojecten", topics)  # glued by a bad extraction
    assert not match_text("il pesco", topics)
    assert not match_text("Pesco", topics)  # a name alone
    assert match_text("Pesco en de Europese defensie", topics)


def test_ambiguous_acronyms_need_context(topics: list[Topic]) -> None:
    assert not match_text("Het ABNL-rapport over de woningmarkt.", topics)
    assert [m.topic for m in match_text("De ABNL-staf plant de inzet van de marine.", topics)] == [
        "benesam"
    ]
    assert not match_text("Le CSP a rendu son avis sur la vaccination.", topics)
    assert [
        m.topic for m in match_text("Les projets CSP de l'UE en matière de défense.", topics)
    ] == ["pesco"]


def test_glued_words_from_bad_extraction(topics: list[Topic]) -> None:
    assert [m.topic for m in match_text("desamenwerkingBeNeSamwerd verdiept", topics)] == [
        "benesam"
    ]
    assert [m.topic for m in match_text("inthePermanentStructuredCooperation.", topics)] == [
        "pesco"
    ]


def test_several_mentions_raise_the_score(topics: list[Topic]) -> None:
    (one,) = match_text("Er wordt gewerkt aan bescherming tegen drones.", topics)
    (more,) = match_text(
        "Er wordt gewerkt aan bescherming tegen drones. De C-UAS-systemen komen in 2027.",
        topics,
    )
    assert one.tier == "medium" and more.tier == "high" and more.score > one.score


def test_rules_respect_their_window(topics: list[Topic]) -> None:
    near = "De Benelux onderzoekt een gezamenlijk commando voor haar helikopters."
    far = (
        "De Benelux onderzoekt veel zaken, zoals cyberveiligheid, energie, migratie, "
        "mobiliteit, handel en onderwijs; apart daarvan kocht het leger nieuwe helikopters."
    )
    assert [m.topic for m in match_text(near, topics)] == ["benelux-helicopter-command"]
    assert match_text(far, topics) == []


def test_minimal_topic_file_and_rule() -> None:
    (topic,) = topics_from_text(MINIMAL)
    assert [m.topic for m in match_text("bescherming tegen drones", [topic])] == ["demo"]
    assert match_text("drones tegen Rusland", [topic]) != []  # within 2, unordered
    assert match_text("drones", [topic]) == []


@pytest.mark.parametrize(
    ("broken", "line", "message"),
    [
        (MINIMAL.replace("    name: Demo\n", ""), 3, "name"),
        (MINIMAL.replace("all: [counter, drone]", "all: [counter, missing]"), 13, "missing"),
        (MINIMAL.replace("within: 2", "within: -1"), 14, "within"),
        (MINIMAL.replace("nl: [anti drone*]", "nl: [anti dro*ne]"), 10, "anti dro*ne"),
        (MINIMAL.replace("      drone: [drone*]", "      drone: [drone*"), 8, "YAML"),
        (MINIMAL + "  - id: demo\n    name: x\n    description: y\n"
         "    aliases: {en: [z]}\n    examples: {positive: [a], negative: [b]}\n", 18, "duplicate"),
    ],
)  # fmt: skip
def test_bad_topic_files_name_the_line(broken: str, line: int, message: str) -> None:
    with pytest.raises(TopicFileError) as caught:
        topics_from_text(broken, "topics.yaml")
    assert caught.value.line == line, str(caught.value)
    assert str(caught.value).startswith(f"topics.yaml:{line}:")
    assert message in str(caught.value)


def test_load_topics_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert [t.id for t in load_topics(path)] == ["demo"]
    with pytest.raises(TopicFileError, match="cannot read"):
        load_topics(tmp_path / "missing.yaml")
