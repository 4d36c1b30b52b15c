"""Clean-up for matching: encodings, mojibake, invisible characters, broken words."""

from __future__ import annotations

from watcher.extract import extract
from watcher.extract.clean import clean, decode, fix_mojibake, join_broken_words, normalize


def test_ligatures_soft_hyphens_and_nbsp() -> None:
    raw = "Dé ﬁnale e\ufb03ciëntie: anti\u00addrones\u00a0en C\u2011UAS\u200b systemen, 5ᵉ golf"
    assert normalize(raw) == "Dé finale efficiëntie: antidrones en C-UAS systemen, 5e golf"


def test_windows_1252_page_declared_utf8() -> None:
    html = "<html><head><meta charset='utf-8'></head><body><p>Coopération structurée "
    html += "permanente – défense européenne</p></body></html>"
    text = extract(html.encode("cp1252")).pages[0].text
    assert text == "Coopération structurée permanente – défense européenne"


def test_utf8_page_declared_windows_1252() -> None:
    html = "<html><head><meta charset='windows-1252'></head><body><p>Ständige Strukturierte "
    html += "Zusammenarbeit – België</p></body></html>"
    text = extract(html.encode("utf-8")).pages[0].text
    assert text == "Ständige Strukturierte Zusammenarbeit – België"


def test_double_encoded_text_is_repaired() -> None:
    broken = "coopÃ©ration structurÃ©e permanente â€“ BelgiÃ« en de â€˜marineâ€™"
    assert fix_mojibake(broken) == "coopération structurée permanente – België en de ‘marine’"
    assert fix_mojibake("Ã  la carte: échec") == "Ã  la carte: échec"  # nothing that decodes


def test_mixed_encodings_in_one_file() -> None:
    data = "België en ".encode() + "coopération".encode("cp1252")
    assert decode(data) == "België en coopération"


def test_words_split_without_hyphen_are_joined_from_the_document_itself() -> None:
    text = (
        "De verantwoordelijkheid ligt bij Europa.\n"
        "Europa moet meer verant\nwoordelijkheid nemen voor de eigen\nveiligheid."
    )
    joined = join_broken_words(text)
    assert "meer verantwoordelijkheid nemen" in joined
    assert "eigen\nveiligheid" in joined  # an ordinary line break stays


def test_aiv_style_breaks_marked_by_missing_trailing_space(seed_texts: dict[str, str]) -> None:
    text = clean(seed_texts["002"])
    for word in (
        "onderhandelingen",
        "verantwoordelijkheid",
        "aanwezigheid",
        "wapenbeheersing",
        "geloofwaardigheid",
        "Europees",
    ):
        assert word in text, word
    assert "waaronder\n\nstrategische" in text  # an ordinary line break stays
    assert "de Europese bondgenoten" in text.replace("\n", " ")


def test_seed_texts_survive_cleaning(seed_texts: dict[str, str]) -> None:
    for raw in seed_texts.values():
        text = clean(raw)
        assert "\r" not in text and "\u00ad" not in text and "  " not in text
        assert "\n\n\n" not in text
