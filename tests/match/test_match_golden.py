"""Golden passages per topic, in Dutch, French, English and German, with hard negatives.

A change to config/topics.yaml that breaks one of these fails the tests. The passages are
written for the tests (none is copied from the seeds or from the topics' own examples).
"""

from __future__ import annotations

from typing import Any

import pytest
from regression_passages import KNOWN_MISSES, SETS
from written_passages import WRITTEN

from watcher.extract import extract
from watcher.match import Topic, check_examples, match_text

GOLDEN: dict[str, dict[str, list[str]]] = {
    "benesam": {
        "positive": [
            # nl
            "Sinds de jaren negentig staan de Belgische en Nederlandse zeestrijdkrachten onder "
            "één operationeel commando: de Admiraal Benelux.",
            "De BeNeSam-samenwerking omvat ook de gezamenlijke opleiding van matrozen in Den "
            "Helder en Zeebrugge.",
            "Het akkoord verdiept de integratie van de Belgische en Nederlandse marine verder.",
            # fr
            "L'Amiral Benelux commande depuis Den Helder les opérations des deux marines.",
            "La coopération navale belgo-néerlandaise est citée en exemple dans toute l'OTAN.",
            # en
            "Admiral Benelux (ABNL) is the binational naval headquarters in Den Helder.",
            "Belgium and the Netherlands are replacing their minehunters in a joint programme.",
            # de
            "Seit 1995 sind die belgische und die niederländische Marine unter einem "
            "gemeinsamen Kommando integriert.",
        ],
        "negative": [
            "De Nederlandse marine oefent met de Duitse marine in de Oostzee.",
            "Marine Le Pen wil de samenwerking met België en Nederland herzien.",
            "The Benelux countries cooperate closely on police matters and border controls.",
            "Belgium and the Netherlands will jointly study the marine biology of the North Sea.",
            "La Belgique et les Pays-Bas coopèrent en matière d'aviation de chasse.",
            "Die niederländische Marine bestellt neue U-Boote in Frankreich.",
            "ABNL Consulting opent een nieuw kantoor in Utrecht.",
        ],
    },
    "benelux-helicopter-command": {
        "positive": [
            "Er komt een studie naar een Benelux-helikoptercommando.",
            "De Belgische en Nederlandse NH90's worden voortaan in een binationale eenheid "
            "samengebracht.",
            "Le Parlement demande un commandement d'hélicoptères commun au niveau du Benelux.",
            "Belgium and the Netherlands signed a letter of intent on helicopter cooperation.",
            "A joint helicopter command for the Benelux countries is under study.",
            "Die Benelux-Länder wollen ein gemeinsames Hubschrauberkommando aufbauen.",
        ],
        "negative": [
            "Het Defensie Helikopter Commando (DHC) zoekt nieuwe vliegers.",
            "De Nederlandse en Duitse helikoptereenheden werken nauw samen in de luchtmobiele "
            "brigade.",
            "La composante Air belge reçoit ses premiers hélicoptères H145M.",
            "The Belgian and German armies deepen cooperation on helicopter training in Germany.",
            "Die Benelux-Staaten vereinbaren eine engere Zusammenarbeit bei der "
            "Luftraumüberwachung.",
            "Het Commando Luchtstrijdkrachten neemt nieuwe helikopters in gebruik.",
        ],
    },
    "c-uas": {
        "positive": [
            "De marine krijgt lasers en jammers voor de bestrijding van drones aan boord.",
            "Counter-drone-capaciteiten zijn een prioriteit in het nieuwe defensieplan.",
            "De kerncentrale van Doel wordt beter beveiligd tegen drones.",
            "La Belgique achète des systèmes anti-drones pour protéger ses casernes.",
            "La défense contre les drones est au cœur de la nouvelle doctrine.",
            "The Netherlands ordered counter-UAS systems to protect airports.",
            "Soldiers trained to intercept drones with new handheld jammers.",
            "Die Drohnenabwehr der Bundeswehr soll bis 2027 ausgebaut werden.",
            "Deutschland braucht mehr Schutz vor Drohnen an Flughäfen.",
        ],
        "negative": [
            "Defensie bestelt zes extra drones voor maritieme patrouilles.",
            "De levering van drones aan Oekraïne is vertraagd.",
            "L'armée française commande des drones Reaper supplémentaires.",
            "The drones delivered to Ukraine are used for artillery spotting.",
            "Die Bundeswehr erhält neue Drohnen für die Aufklärung.",
            "Drones filmed the flooding in Limburg for the emergency services.",
            "Anti-drugsoperaties in de Caraïbische Zee blijven nodig.",
        ],
    },
    "pesco": {
        "positive": [
            "Het PESCO-project Military Mobility wordt door Nederland gecoördineerd.",
            "Nederland neemt deel aan dertien Pesco-projecten van de EU.",
            "De permanente gestructureerde samenwerking werd in 2017 opgericht.",
            "La coopération structurée permanente (CSP) a été lancée en décembre 2017.",
            "Permanent Structured Cooperation projects are open to third states under conditions.",
            "Die Ständige Strukturierte Zusammenarbeit wurde 2017 begründet.",
            "Die Bundesregierung unterstützt die SSZ als Instrument der europäischen Verteidigung.",
        ],
        "negative": [
            "Il pesco fiorisce in primavera.",
            "Ho comprato un pesco per il mio frutteto.",
            "La famiglia Pesco vive a Napoli.",
            "Het Europees Defensiefonds steunt gezamenlijke onderzoeksprojecten.",
            "The European Defence Industry Programme (EDIP) supports joint procurement.",
            "Le CSP de l'hôpital a validé le protocole.",
            "IL PESCO IN FIORE",
            "Die Coordinated Annual Review on Defence wird alle zwei Jahre erstellt.",
        ],
    },
}


def matched(text: str, topics: list[Topic]) -> set[str]:
    return {m.topic for m in match_text(text, topics)}


@pytest.mark.parametrize(
    ("topic", "text"),
    [(t, p) for t, sets in GOLDEN.items() for p in sets["positive"]],
)
def test_golden_positive(topics: list[Topic], topic: str, text: str) -> None:
    assert topic in matched(text, topics)


@pytest.mark.parametrize(
    ("topic", "text"),
    [(t, p) for t, sets in GOLDEN.items() for p in sets["negative"]],
)
def test_golden_negative(topics: list[Topic], topic: str, text: str) -> None:
    assert topic not in matched(text, topics)


def _regression_cases() -> list[Any]:
    cases = []
    for name, passages in SETS.items():
        for n, (text, expected, language) in enumerate(passages):
            why = next((why for start, why in KNOWN_MISSES.items() if text.startswith(start)), None)
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            cases.append(pytest.param(text, expected, id=f"{name}{n}-{language}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "expected"), _regression_cases())
def test_regression_passage(topics: list[Topic], text: str, expected: frozenset[str]) -> None:
    """Each passage written blind (see regression_passages.py) gets exactly its topics, once cleaned
    as extraction cleans text."""
    assert matched(extract(text.encode()).text, topics) == expected


def test_every_known_miss_is_a_regression_passage() -> None:
    texts = [text for passages in SETS.values() for text, _, _ in passages]
    assert all(any(t.startswith(start) for t in texts) for start in KNOWN_MISSES)


def test_every_shipped_topic_has_golden_passages(topics: list[Topic]) -> None:
    assert sorted(t.id for t in topics) == sorted(GOLDEN)
    assert sorted(t.id for t in topics) == [
        "benelux-helicopter-command",
        "benesam",
        "c-uas",
        "pesco",
    ]


def test_topics_own_examples_pass(topics: list[Topic]) -> None:
    assert check_examples(topics) == []


def test_written_passages_precision_and_recall(topics: list[Topic]) -> None:
    """Precision >= 0.95 and recall >= 0.90 per topic on passages written for checking."""
    for topic in topics:
        tp = fp = fn = 0
        for text, expected in WRITTEN:
            found = topic.id in matched(text, topics)
            tp += found and topic.id in expected
            fp += found and topic.id not in expected
            fn += not found and topic.id in expected
        assert tp / max(1, tp + fp) >= 0.95, topic.id
        assert tp / max(1, tp + fn) >= 0.90, topic.id
