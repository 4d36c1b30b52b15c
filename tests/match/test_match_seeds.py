"""The five seed documents come out as src/watcher/replay/texts/SEEDS.md says: as text, and as
PDFs made from them (seed 001 as a two-column Dutch/French PDF)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from watcher.extract import extract
from watcher.extract.language import detect_language
from watcher.match import Topic, match_document
from watcher.replay.build_site import TEXTS_DIR

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "extract"))
import docmaker

ALL = {"benesam", "benelux-helicopter-command", "c-uas", "pesco"}
EXPECTED = {
    "000": {"benesam"},
    "001": ALL,
    "002": {"c-uas"},
    "003": set(),
    "004": set(),
}


def seed(number: str) -> str:
    (path,) = TEXTS_DIR.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_pdf(number: str) -> bytes:
    text = seed(number)
    if number != "001":
        return docmaker.pdf_from_text(text)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    dutch = [p for p in paragraphs if detect_language(p) != "fr"]
    french = [p for p in paragraphs if detect_language(p) == "fr"]
    return docmaker.two_column_pdf(dutch, french)


def topics_in(data: bytes, topics: list[Topic]) -> set[str]:
    extraction = extract(data)
    assert extraction.status == "ok", extraction.error
    return {m.topic for m in match_document(extraction.pages, topics)}


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_seed_as_text(topics: list[Topic], number: str) -> None:
    assert topics_in(seed(number).encode(), topics) == EXPECTED[number]


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_seed_as_pdf(topics: list[Topic], number: str) -> None:
    data = seed_pdf(number)
    assert extract(data).kind == "pdf"
    assert topics_in(data, topics) == EXPECTED[number]


def test_seed_001_evidence_in_both_languages(topics: list[Topic]) -> None:
    pages = extract(seed("001").encode()).pages
    by_topic = {m.topic: m for m in match_document(pages, topics)}
    terms = {t for e in by_topic["benelux-helicopter-command"].evidence for t in e.terms}
    assert "Benelux-helikopter-commando" in terms
    assert {"commandement", "hélicoptères", "Benelux"} <= terms
    assert {"anti-drones", "C-UAS"} <= {t for e in by_topic["c-uas"].evidence for t in e.terms}
    pesco = by_topic["pesco"]
    assert pesco.tier == "high" and len(pesco.evidence) == 2  # "5e PESCO-golf", "de la PESCO"
    assert {"BeNeSam"} <= {t for e in by_topic["benesam"].evidence for t in e.terms}


def test_seed_002_counter_drones_and_drone_defence(topics: list[Topic]) -> None:
    pages = extract(seed("002").encode()).pages
    (match,) = match_document(pages, topics)
    terms = {t for e in match.evidence for t in e.terms}
    assert {"counter-drones", "drone-verdedigingssystemen"} <= terms


def test_seed_000_benesam_by_alias_only(topics: list[Topic]) -> None:
    (match,) = match_document(extract(seed("000").encode()).pages, topics)
    assert {t for e in match.evidence for t in e.terms} == {
        "Admiraliteit Benelux",
        "Admiraal Benelux",
    }
