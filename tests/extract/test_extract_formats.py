"""Each format to clean pages: PDF (one and two columns), HTML, DOCX, text."""

from __future__ import annotations

import docmaker

from watcher.extract import extract, sniff
from watcher.extract.language import detect_language
from watcher.extract.sniff import MEDIA_TYPES, UNREADABLE, media_type


def test_pdf_pages_keep_their_numbers_and_text() -> None:
    data = docmaker.pdf_from_lines(
        [
            ["De Belgische marine en de Nederlandse marine werken al jaren samen met elkaar."],
            ["La coopération structurée permanente compte soixante projets dans l'Union."],
            ["The Benelux countries met in Luxembourg to discuss the defence of their region."],
        ]
    )
    result = extract(data)
    assert (result.kind, result.status, result.error) == ("pdf", "ok", None)
    assert [p.number for p in result.pages] == [1, 2, 3]
    assert result.pages[0].text == (
        "De Belgische marine en de Nederlandse marine werken al jaren samen met elkaar."
    )
    assert "coopération structurée permanente" in result.pages[1].text
    assert [p.language for p in result.pages] == ["nl", "fr", "en"]


def test_pdf_line_break_hyphens_are_joined_but_real_hyphens_stay() -> None:
    data = docmaker.pdf_from_lines(
        [
            [
                "Het leger test nieuwe counter-",
                "drone systemen en de samenwer-",
                "king met de EU-",
                "landen in de lucht-",
                "en ruimtevaart, aldus de Noord-",
                "Atlantische raad.",
            ]
        ]
    )
    text = extract(data).pages[0].text
    assert "counterdrone systemen" in text
    assert "samenwerking" in text
    assert "EU-landen" in text
    assert "lucht- en ruimtevaart" in text
    assert "Noord-Atlantische" in text


def test_two_column_bilingual_pdf_reads_each_column_whole(seed_texts: dict[str, str]) -> None:
    paragraphs = [p.strip() for p in seed_texts["001"].split("\n\n") if p.strip()]
    dutch = [p for p in paragraphs if detect_language(p) != "fr"]
    french = [p for p in paragraphs if detect_language(p) == "fr"]
    result = extract(docmaker.two_column_pdf(dutch, french, title="Doc 56 0367/004"))
    assert result.status == "ok"
    text = result.text
    # Lines of the two columns are never glued into one line.
    for line in text.splitlines():
        assert not (detect_language(line) == "nl" and "considérant" in line), line
    # "Benelux-" at a line end: the break is joined, the matcher takes either spelling.
    flat = " ".join(text.split())
    assert "Beneluxhelikopter-commando te onderzoeken" in flat
    assert "commandement d'hélicoptères au niveau du Benelux" in flat
    languages = {lang for page in result.pages for lang in page.languages}
    assert languages == {"nl", "fr"}
    # Page 1 holds the Dutch column first, then the French one.
    first = result.pages[0].text
    assert first.index("BELGISCHE KAMER VAN") < first.index("CHAMBRE DES REPRÉSENTANTS")


def test_html_keeps_main_content_only() -> None:
    html = b"""<!DOCTYPE html><html><head><title>Nieuws</title>
    <script>var tracking = "drones";</script><style>.x{}</style></head><body>
    <header class="site-header"><a href="/">Home</a> Defensie nieuws</header>
    <nav><ul><li>Menu item Benelux</li><li>Contact</li></ul></nav>
    <div id="cookie-consent" class="cookie-banner">Wij gebruiken cookies. Accepteer.</div>
    <main><article><header><h1>Nieuwe antidronesystemen</h1></header>
    <p>Defensie koopt <b>antidronesystemen</b> voor de kazernes.</p>
    <p>Ze beschermen <a href="#">troepen</a> tegen kleine drones.</p></article></main>
    <aside class="sidebar">Lees ook: PESCO</aside>
    <footer>Copyright Ministerie van Defensie | Privacy</footer></body></html>"""
    result = extract(html)
    assert result.kind == "html"
    text = result.pages[0].text
    assert text.splitlines() == [
        "Nieuwe antidronesystemen",
        "",
        "Defensie koopt antidronesystemen voor de kazernes.",
        "",
        "Ze beschermen troepen tegen kleine drones.",
    ]
    for boilerplate in ("cookies", "Menu item", "Copyright", "PESCO", "tracking", "Home"):
        assert boilerplate not in text


def test_html_without_main_drops_nav_footer_and_banner() -> None:
    html = (
        "<html><body><div class='navbar'>Start Over ons</div>"
        "<div class='gdpr-consent'>This site uses cookies</div>"
        "<div><h2>Benelux</h2><p>Les ministres ont parlé de la coopération navale.</p></div>"
        "<footer>Plan du site</footer></body></html>"
    ).encode()
    text = extract(html).pages[0].text
    assert "coopération navale" in text
    assert "cookies" not in text and "Plan du site" not in text and "Over ons" not in text


def test_docx_paragraphs_runs_and_page_breaks() -> None:
    data = docmaker.docx(
        [
            ["Motie van het lid over de Ständige |Strukturierte Zusammenarbeit.", "Tweede alinea."],
            ["Verzoekt de regering PESCO-projecten te steunen."],
        ]
    )
    result = extract(data)
    assert (result.kind, result.status) == ("docx", "ok")
    assert len(result.pages) == 2
    assert result.pages[0].text == (
        "Motie van het lid over de Ständige Strukturierte Zusammenarbeit.\nTweede alinea."
    )
    assert result.pages[1].text == "Verzoekt de regering PESCO-projecten te steunen."


def test_docx_follows_words_own_pagination() -> None:
    data = docmaker.docx([["Eerste pagina."], ["Tweede pagina."], ["Derde."]], rendered_breaks=True)
    assert [p.text for p in extract(data).pages] == ["Eerste pagina.", "Tweede pagina.", "Derde."]


def test_text_pages_split_on_form_feeds() -> None:
    result = extract("Eerste pagina over drones.\fDeuxième page.\f".encode())
    assert result.kind == "text"
    assert [p.text for p in result.pages] == ["Eerste pagina over drones.", "Deuxième page.", ""]


def test_type_comes_from_the_bytes_not_the_name() -> None:
    assert sniff(b"  \n<!doctype html><p>x</p>") == "html"
    assert sniff(b"\xef\xbb\xbfplain words") == "text"
    assert sniff(docmaker.docx([["x"]])) == "docx"
    assert sniff(b"junk\n%PDF-1.4\n...") == "pdf"


def test_the_crawl_types_a_file_as_extraction_reads_it() -> None:
    """One sniffer: the media type the crawl stores follows extraction's rules. A preamble before
    ``%PDF`` (PDF readers accept one in the first kilobyte) is a PDF for both; the first bytes of
    a Word file, all ``watcher sources check`` downloads, are still a Word file."""
    preamble = b"\r\n<!-- inserted by a proxy -->\r\n%PDF-1.4\n1 0 obj\n"
    assert (sniff(preamble), media_type(preamble)) == ("pdf", "application/pdf")
    word = docmaker.docx([["Eerste pagina."], ["Tweede pagina."]])
    head = word[: word.index(b"word/document.xml") + 40]  # its central directory cut off
    assert media_type(head) == MEDIA_TYPES["docx"]
    assert media_type(b"  \n<!doctype html><p>x</p>") == "text/html"
    assert media_type(b"\x89PNG\r\n\x1a\n" + bytes(64)) == UNREADABLE
    assert media_type(b"") == UNREADABLE


def test_languages_of_pages(seed_texts: dict[str, str]) -> None:
    for number in ("000", "002", "003", "004"):
        assert extract(seed_texts[number].encode()).language == "nl"
    assert detect_language("The ministers agreed that the navies should be integrated.") == "en"
    assert detect_language("Die Marine wird mit den Niederlanden weiter zusammenarbeiten.") == "de"
    assert detect_language("Les marines sont intégrées depuis longtemps dans le Benelux.") == "fr"
    assert detect_language("Pesco.") is None
