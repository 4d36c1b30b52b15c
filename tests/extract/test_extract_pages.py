"""PDFs page by page: a slow page is read the cheap way, a broken one is skipped and named,
the document keeps the rest (``partial``), and its total time stays bounded."""

from __future__ import annotations

import io
from typing import Any

import docmaker
import pytest
from pdfminer.converter import PDFPageAggregator
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from watcher.extract import extract
from watcher.extract import pdf as pdf_module

PAGES = [[f"Pagina {n}: de Belgische en Nederlandse marine werken samen."] for n in range(1, 5)]


def spin(*args: Any) -> str:
    while True:  # a page whose layout analysis never ends
        pass


def test_page_over_its_budget_is_read_in_stream_order(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = extract(docmaker.pdf_from_lines(PAGES)).pages
    monkeypatch.setattr(pdf_module, "layout_text", spin)
    result = extract(docmaker.pdf_from_lines(PAGES), page_budget_s=0.2)
    assert result.status == "ok"
    assert [p.text for p in result.pages] == [p.text for p in expected]
    assert "pages 1-4 read in content-stream order" in " ".join(result.warnings)


def test_unreadable_page_is_skipped_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    original = PDFPageInterpreter.process_page
    seen = {"pages": 0}

    def second_page_hangs(self: PDFPageInterpreter, page: Any) -> None:
        seen["pages"] += 1
        if seen["pages"] == 2:
            spin()
        original(self, page)

    monkeypatch.setattr(PDFPageInterpreter, "process_page", second_page_hangs)
    result = extract(docmaker.pdf_from_lines(PAGES), page_budget_s=0.2)
    assert result.status == "partial"
    assert result.skipped_pages == (2,)
    assert [p.number for p in result.pages] == [1, 2, 3, 4]
    assert result.pages[1].text == ""
    assert "Pagina 3: de Belgische" in result.pages[2].text
    assert "page 2 not read: reading its content ran over 0.2 s" in result.warnings
    assert result.skipped_note == "partial: page 2 not read"


def test_document_budget_gives_up_the_pages_not_begun() -> None:
    times = iter([0.0, 10.0, 100.0, 110.0])  # one reading per page, before it is begun
    data = docmaker.pdf_from_lines(PAGES)
    result = pdf_module.pdf_pages(data, deadline=50.0, clock=lambda: next(times))
    assert result.skipped == [3, 4]
    assert "pages 3-4 not read: the document's time budget was spent" in result.warnings


def test_no_time_at_all_is_a_timeout() -> None:
    result = extract(docmaker.pdf_from_lines(PAGES), time_budget_s=0)
    assert result.status == "failed"
    assert result.error_kind == "timeout"


def test_stream_order_reads_words_and_lines() -> None:
    data = docmaker.pdf_from_lines([["Eerste regel met woorden.", "Tweede regel hier."]])
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    rsrc = PDFResourceManager()
    device = PDFPageAggregator(rsrc, laparams=None)
    PDFPageInterpreter(rsrc, device).process_page(next(PDFPage.create_pages(document)))
    text = pdf_module.stream_text(pdf_module.page_chars(device.get_result()))
    assert text.splitlines() == ["Eerste regel met woorden.", "Tweede regel hier."]
