"""Real Chamber PDFs: text in reading order, by excerpts a person read on the rendered pages.

Each excerpt must come out as one contiguous run of the extracted text (whitespace folded):
the words of a justified line together and in order, the NL and FR columns apart, table cells
outside the paragraphs. Fixtures and how the excerpts were read: tests/fixtures/documents/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.extract import Extraction, extract

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"

EXCERPTS = {
    "55_ip294_p20.pdf": [
        "combien de fusillades faudra-t-il pour que vous réagissiez et que vous preniez vos "
        "responsabilités?",
        "Madame Rohonyi, la question que vous posez est assez similaire à celle de votre "
        "collègue François De Smet, il y a quelques mois.",
        "Des moyens supplémentaires ont été déboursés pour la police.",
        "Je veux rappeler à cet égard que nous n'avons jamais atteint l'objectif annoncé de "
        "1 600 recrutements de nouveaux policiers par an.",
    ],
    "55_ip285_p23.pdf": [
        "Ces exercices sont évidemment très importants pour notre pays qui, de par sa position "
        "stratégique de nation transit, joue un rôle central dans la mobilité militaire en "
        "Europe.",
        "Sur les exercices, vos propos sont en partie rassurants mais les chiffres "
        "d'engagement sont tout de même implacables: 185 millions de la part des Belges, "
        "2 milliards de la part des Pays-Bas.",
        "Ook de EU werkt aan een missie om de scheepvaart, onze schepen daar in de regio, te "
        "beschermen door oorlogsschepen daarheen te sturen.",
        "Zal België deelnemen aan een militaire missie in de regio? Zo ja, wat kan onze marine "
        "dan bijdragen aan zo’n internationale missie?",
        "De gijzelaars moeten worden vrijgelaten.",
    ],
    "flwb_56K1468001_p5-7_133.pdf": [
        "In overeenstemming met de bevelen van de Koning, heeft de regering de eer de "
        "wetsontwerpen van de aangepaste Middelenbegroting en van de aangepaste Algemene "
        "Uitgavenbegroting van het begrotingsjaar 2026 aan het Parlement ter beraadslaging voor "
        "te leggen.",
        "D’après les ordres du Roi, le gouvernement a l’honneur de soumettre aux délibérations "
        "du Parlement les projets de loi portant adaptation du budget des Voies et Moyens et du "
        "budget général des Dépenses pour l’année budgétaire 2026.",
        "De begrotingscontrole 2026 werd opgesteld op basis van de ramingen van het rapport van "
        "het Monitoringcomité van maart 2026.",
        "Le contrôle budgétaire 2026 a été établi sur la base des estimations du rapport du "
        "Comité de monitoring de mars 2026.",
        "wat betreft de beheersing van de overheidsuitgaven, gaat het om de afschaffing van het "
        "openen van het recht op RSZ-doelgroepverminderingen van de werkgeversbijdragen voor de "
        "aanwerving van de eerste vijf vaste voltijdse werknemers in de horecasector;",
        "au niveau de la maîtrise des dépenses publiques, la suppression de l'octroi du droit à "
        "des réductions ciblées des cotisations patronales ONSS pour le recrutement des cinq "
        "premiers travailleurs permanents à temps plein dans le secteur Horeca ;",
    ],
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    return {name: extract((DOCUMENTS / name).read_bytes()) for name in EXCERPTS}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_golden_excerpts_come_out_whole(name: str, extracted: dict[str, Extraction]) -> None:
    result = extracted[name]
    assert result.status == "ok", result.warnings
    text = flat(result.text)
    missing = [excerpt for excerpt in EXCERPTS[name] if excerpt not in text]
    assert not missing


def test_columns_are_read_one_after_the_other(extracted: dict[str, Extraction]) -> None:
    text = flat(extracted["55_ip285_p23.pdf"].text)
    # The left column ends with Tim Vandenput's question; the right one goes on with it.
    assert text.index("Zo vallen de") < text.index("Houthirebellen containerschepen")
    assert text.index("Het incident is gesloten.") < text.index("Ook de EU werkt")
    flwb = extracted["flwb_56K1468001_p5-7_133.pdf"]
    page6 = flat(flwb.pages[1].text)
    # NL column whole, then the FR column: never a Dutch line glued to a French one.
    assert page6.index("23.907 miljoen euro.") < page6.index("Le contrôle budgétaire 2026")


def test_bilingual_pages_report_both_languages(extracted: dict[str, Extraction]) -> None:
    flwb = extracted["flwb_56K1468001_p5-7_133.pdf"]
    assert flwb.language in ("nl+fr", "fr+nl")
    assert set(flwb.languages) == {"nl", "fr"}
    assert {flwb.pages[1].language, flwb.pages[2].language} <= {"nl+fr", "fr+nl"}
    assert set(flwb.pages[1].languages) == {"nl", "fr"}
    ip294 = extracted["55_ip294_p20.pdf"]
    assert (ip294.language, ip294.pages[0].language) == ("fr", "fr")


def test_rotated_table_page_is_read_in_stream_order(extracted: dict[str, Extraction]) -> None:
    flwb = extracted["flwb_56K1468001_p5-7_133.pdf"]
    rotated = flat(flwb.pages[3].text)
    # A row of the landscape table (read on the page turned upright) stays one row.
    assert "Totaal lopende ontvangsten 103.263.466" in rotated
    assert "page 4 read in content-stream order" in " ".join(flwb.warnings)
    assert flwb.skipped_pages == ()
