"""Bytes -> clean text per page, for matching.

``extract(data)`` is pure and runs in the calling process; ``extract_isolated(data)`` runs the
same in a child process that is killed when it runs over time or memory (pdfminer can hang or
bloat on pathological files). Neither raises on bad input: a failure is an
:class:`Extraction` with ``status="failed"`` and a typed ``error``; a PDF whose pages could not
all be read is ``status="partial"`` with the pages named.

The format readers (pdfminer, BeautifulSoup, antiword) are imported when a document of their
kind arrives, so an extraction child reading a text file starts in milliseconds.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from watcher.extract.clean import clean
from watcher.extract.isolate import IsolationError, run_isolated
from watcher.extract.language import detect_language, language_counts, languages_of
from watcher.extract.model import (
    ERROR_KINDS,
    PAGE_BUDGET_S,
    RETRYABLE_ERROR_KINDS,
    ExtractError,
    Extraction,
    Kind,
    Page,
    Status,
    language_code,
)
from watcher.extract.sniff import sniff

__all__ = [
    "ERROR_KINDS",
    "RETRYABLE_ERROR_KINDS",
    "ExtractError",
    "Extraction",
    "Kind",
    "Page",
    "Status",
    "detect_language",
    "extract",
    "extract_isolated",
    "sniff",
]

logger = logging.getLogger(__name__)

#: A page with fewer visible characters than this counts as having no text layer.
MIN_PAGE_CHARS = 20
#: Share of an isolated extraction's time limit spent on pages; the rest returns what was read
#: before the child is killed.
PAGES_SHARE = 0.85


def extract(
    data: bytes,
    *,
    max_pages: int | None = None,
    page_budget_s: float | None = PAGE_BUDGET_S,
    time_budget_s: float | None = None,
) -> Extraction:
    """Document bytes -> :class:`Extraction`, the type told from the bytes.

    ``extract(b"%PDF-1.4 ...")`` -> ``Extraction(kind="pdf", pages=[Page(1, "...", "nl"), ...],
    language="nl", status="ok")``; ``extract(b"")`` -> ``status="failed", error="empty: ..."``.
    ``max_pages`` caps the pages read (a warning says so). ``page_budget_s`` bounds each PDF
    page and ``time_budget_s`` the whole document: pages over them are given up and the result
    is ``"partial"``.
    """
    kind: Kind | None = None
    deadline = None if time_budget_s is None else time.monotonic() + time_budget_s
    try:
        kind = sniff(data)
        raw, skipped, warnings = _raw_pages(kind, data, max_pages, page_budget_s, deadline)
    except ExtractError as exc:
        return Extraction.failure(exc, kind)
    except MemoryError:
        return Extraction.failure(ExtractError("memory", "out of memory while extracting"), kind)
    except RecursionError:
        detail = "nested too deep to read"
        return Extraction.failure(ExtractError("too complex", detail), kind)
    except Exception as exc:  # any bad input must give a typed failure, never a crash
        logger.warning("unexpected %s while extracting %s", type(exc).__name__, kind)
        detail = f"unexpected {type(exc).__name__}: {exc}"[:300]
        return Extraction.failure(ExtractError("malformed", detail), kind)
    return _assemble(kind, raw, skipped, warnings)


def extract_isolated(
    data: bytes,
    *,
    timeout_s: float = 120,
    memory_mb: int = 1024,
    max_pages: int | None = None,
    page_budget_s: float | None = PAGE_BUDGET_S,
) -> Extraction:
    """:func:`extract` in a child process, killed after ``timeout_s`` seconds of wall-clock
    time or when it needs more than ``memory_mb`` of address space.

    The child stops reading pages at 85 % of ``timeout_s`` and returns what it read
    (``"partial"``). Over the limits the result is ``status="failed"`` with
    ``error="timeout: ..."`` or ``"memory: ..."``; a child that dies otherwise gives
    ``"crashed: ..."`` (see :data:`RETRYABLE_ERROR_KINDS`).
    """
    options = {
        "max_pages": max_pages,
        "page_budget_s": page_budget_s,
        "time_budget_s": timeout_s * PAGES_SHARE,
    }
    try:
        result = run_isolated(extract, (data,), options, timeout_s=timeout_s, memory_mb=memory_mb)
    except IsolationError as exc:
        return Extraction.failure(ExtractError(exc.kind, exc.detail))
    if not isinstance(result, Extraction):
        raise TypeError(f"isolated extraction returned {type(result).__name__}")
    return result


def _raw_pages(
    kind: Kind,
    data: bytes,
    max_pages: int | None,
    page_budget_s: float | None,
    deadline: float | None,
) -> tuple[list[str], list[int], list[str]]:
    """(raw text of each page, pages given up, warnings) for one document."""
    warnings: list[str] = []
    if kind == "pdf":
        from watcher.extract.pdf import pdf_pages

        read = pdf_pages(data, max_pages=max_pages, page_budget_s=page_budget_s, deadline=deadline)
        return read.texts, read.skipped, read.warnings
    if kind == "docx":
        from watcher.extract.docx import docx_pages

        raw = docx_pages(data)
    elif kind == "doc":
        from watcher.extract.doc import doc_pages

        raw = doc_pages(data)
    elif kind == "html":
        from watcher.extract.html import html_text

        raw = [html_text(data)]
    else:
        from watcher.extract.text import text_pages

        raw = text_pages(data)
    if max_pages is not None and len(raw) > max_pages:
        raw = raw[:max_pages]
        warnings.append(f"truncated: stopped after {max_pages} pages")
    return raw, [], warnings


def _assemble(kind: Kind, raw: list[str], skipped: list[int], warnings: list[str]) -> Extraction:
    # Line breaks inside HTML and Word paragraphs are structure, not wrapping.
    join_lines = kind in ("pdf", "text", "doc")
    pages: list[Page] = []
    total = language_counts("")
    empty: list[int] = []
    for number, text in enumerate(raw, start=1):
        cleaned = clean(text, join_lines=join_lines)
        counts = language_counts(cleaned)
        total.update(counts)
        found = languages_of(counts)
        pages.append(Page(number, cleaned, language_code(found), found))
        if (
            number not in skipped
            and len(cleaned.replace(" ", "").replace("\n", "")) < MIN_PAGE_CHARS
        ):
            empty.append(number)
    languages = languages_of(total)
    base = Extraction(kind, pages, language_code(languages), languages=languages)
    read = len(pages) - len(skipped)
    if len(empty) == read and not skipped:
        note = f"no text layer on {len(pages)} of {len(pages)} pages (scanned or image-only?)"
        if kind != "pdf":
            note = "the document holds no text"
        return replace(base, status="no_text", warnings=(*warnings, note))
    if empty and kind == "pdf":
        listed = ", ".join(map(str, empty[:20])) + (" ..." if len(empty) > 20 else "")
        warnings.append(f"no text on pages {listed}")
    if skipped:
        return replace(
            base, status="partial", warnings=tuple(warnings), skipped_pages=tuple(skipped)
        )
    return replace(base, warnings=tuple(warnings))
