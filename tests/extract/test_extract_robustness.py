"""Bad input never crashes and never hangs: typed errors, "no text", limits in a child."""

from __future__ import annotations

import random
import time

import docmaker
import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from watcher.extract import ERROR_KINDS, Extraction, extract, extract_isolated
from watcher.extract.isolate import IsolationError, run_isolated

PAGES = [[f"Pagina {n}: de Belgische en Nederlandse marine werken samen."] for n in range(1, 9)]


def error_kind(result: Extraction) -> str:
    assert result.status == "failed" and result.error
    kind = result.error.split(":", 1)[0]
    assert kind in ERROR_KINDS
    return kind


def test_empty_and_whitespace() -> None:
    assert error_kind(extract(b"")) == "empty"
    assert error_kind(extract(b" \n\t ")) == "empty"


def test_garbage_and_images_are_unsupported() -> None:
    garbage = bytes(random.Random(7).randrange(256) for _ in range(5000))
    assert error_kind(extract(garbage)) == "unsupported"
    assert error_kind(extract(b"\x89PNG\r\n\x1a\n" + garbage)) == "unsupported"
    assert error_kind(extract(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + garbage)) == "unsupported"


def test_password_protected_pdf_is_encrypted() -> None:
    data = docmaker.pdf_from_lines(PAGES[:1], encrypt=StandardEncryption("secret", "owner"))
    result = extract(data)
    assert error_kind(result) == "encrypted"
    assert result.kind == "pdf"


def test_owner_password_only_pdf_is_read() -> None:
    encryption = StandardEncryption("", "owner", canPrint=0, canCopy=0)
    result = extract(docmaker.pdf_from_lines(PAGES[:1], encrypt=encryption))
    assert result.status == "ok"
    assert "Nederlandse marine" in result.pages[0].text


def test_truncated_pdfs_fail_typed_or_keep_what_they_can() -> None:
    data = docmaker.pdf_from_lines(PAGES)
    for cut in (0.1, 0.5, 0.9):
        result = extract(data[: int(len(data) * cut)])
        if result.status == "failed":
            assert error_kind(result) == "malformed"
        else:
            assert result.kind == "pdf"


def test_corrupt_pdfs_never_raise() -> None:
    data = bytearray(docmaker.pdf_from_lines(PAGES[:3]))
    rng = random.Random(3)
    for _ in range(30):
        mutated = bytearray(data)
        for _ in range(20):
            mutated[rng.randrange(20, len(mutated))] = rng.randrange(256)
        result = extract(bytes(mutated))
        assert result.status in ("ok", "partial", "no_text", "failed")
        if result.status == "failed":
            assert error_kind(result) == "malformed"
        if result.status == "partial":  # a page that breaks is named and skipped, not fatal
            assert result.skipped_pages
            assert all(result.pages[n - 1].text == "" for n in result.skipped_pages)
            assert any(f"page {result.skipped_pages[0]} not read" in w for w in result.warnings)


def test_pdf_header_with_nothing_behind_it() -> None:
    assert error_kind(extract(b"%PDF-1.7\n%garbage garbage\n")) == "malformed"


def test_html_served_as_pdf_is_read_as_html() -> None:
    result = extract(b"<!DOCTYPE html><html><body><main><p>Error 404: niet gevonden</p></main>")
    assert (result.kind, result.status) == ("html", "ok")
    assert result.pages[0].text == "Error 404: niet gevonden"


def test_image_only_pdf_has_no_text() -> None:
    result = extract(docmaker.image_only_pdf(pages=3))
    assert (result.kind, result.status, result.error) == ("pdf", "no_text", None)
    assert len(result.pages) == 3
    assert any("no text layer" in w for w in result.warnings)


def test_broken_docx_is_malformed() -> None:
    data = docmaker.docx([["Hallo"]])
    assert error_kind(extract(data[: len(data) // 2])) == "malformed"


def test_page_cap_on_large_documents() -> None:
    result = extract(docmaker.pdf_from_lines(PAGES), max_pages=3)
    assert [p.number for p in result.pages] == [1, 2, 3]
    assert "truncated: stopped after 3 pages" in result.warnings


def test_isolated_extraction_gives_the_same_result() -> None:
    data = docmaker.pdf_from_lines(PAGES[:2])
    assert extract_isolated(data, timeout_s=60) == extract(data)


def test_isolated_extraction_is_killed_on_timeout() -> None:
    data = docmaker.pdf_from_lines(PAGES * 20)  # 160 pages: far more than 10 ms of work
    started = time.monotonic()
    result = extract_isolated(data, timeout_s=0.01)
    assert error_kind(result) == "timeout"
    assert time.monotonic() - started < 30


def test_isolated_extraction_is_stopped_over_its_memory_limit() -> None:
    with pytest.raises(IsolationError) as caught:
        run_isolated(bytearray, (4 * 1024**3,), timeout_s=30, memory_mb=512)
    assert caught.value.kind == "memory"


def test_isolated_errors_raised_by_the_function_come_back() -> None:
    with pytest.raises(ValueError):
        run_isolated(int, ("not a number",), timeout_s=30, memory_mb=512)
    with pytest.raises(IsolationError) as caught:
        run_isolated(time.sleep, (30,), timeout_s=0.2, memory_mb=512)
    assert caught.value.kind == "timeout"
