"""Bytes -> clean text per page, for matching.

``extract(data)`` is pure and runs in the calling process; ``extract_isolated(data)`` runs the
same in a child process that is killed when it runs over time or memory (pdfminer can hang or
bloat on pathological files). Neither raises on bad input: a failure is an
:class:`Extraction` with ``status="failed"`` and a typed ``error``.
"""

from __future__ import annotations

import logging

from watcher.extract.clean import clean
from watcher.extract.docx import docx_pages
from watcher.extract.html import html_text
from watcher.extract.isolate import IsolationError, run_isolated
from watcher.extract.language import detect_language, language_counts, languages_of
from watcher.extract.model import ERROR_KINDS, ExtractError, Extraction, Kind, Page, Status
from watcher.extract.pdf import pdf_pages
from watcher.extract.sniff import sniff
from watcher.extract.text import text_pages

__all__ = [
    "ERROR_KINDS",
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


def extract(data: bytes, *, max_pages: int | None = None) -> Extraction:
    """Document bytes -> :class:`Extraction`, the type told from the bytes.

    ``extract(b"%PDF-1.4 ...")`` -> ``Extraction(kind="pdf", pages=[Page(1, "...", "nl"), ...],
    language="nl", status="ok")``; ``extract(b"")`` -> ``status="failed", error="empty: ..."``.
    ``max_pages`` caps the pages read (a warning says so).
    """
    kind: Kind | None = None
    try:
        kind = sniff(data)
        raw, warnings = _raw_pages(kind, data, max_pages)
    except ExtractError as exc:
        return Extraction.failure(exc, kind)
    except MemoryError:
        return Extraction.failure(ExtractError("memory", "out of memory while extracting"), kind)
    except Exception as exc:  # any bad input must give a typed failure, never a crash
        logger.warning("unexpected %s while extracting %s", type(exc).__name__, kind)
        detail = f"unexpected {type(exc).__name__}: {exc}"[:300]
        return Extraction.failure(ExtractError("malformed", detail), kind)
    return _assemble(kind, raw, warnings)


def extract_isolated(
    data: bytes,
    *,
    timeout_s: float = 120,
    memory_mb: int = 1024,
    max_pages: int | None = None,
) -> Extraction:
    """:func:`extract` in a child process, killed after ``timeout_s`` seconds of wall-clock
    time or when it needs more than ``memory_mb`` of address space.

    Over the limits the result is ``status="failed"`` with ``error="timeout: ..."`` or
    ``"memory: ..."``; a child that dies otherwise gives ``"crashed: ..."``.
    """
    try:
        result = run_isolated(
            extract, (data,), {"max_pages": max_pages}, timeout_s=timeout_s, memory_mb=memory_mb
        )
    except IsolationError as exc:
        return Extraction.failure(ExtractError(exc.kind, exc.detail))
    if not isinstance(result, Extraction):
        raise TypeError(f"isolated extraction returned {type(result).__name__}")
    return result


def _raw_pages(kind: Kind, data: bytes, max_pages: int | None) -> tuple[list[str], list[str]]:
    warnings: list[str] = []
    if kind == "pdf":
        return pdf_pages(data, max_pages=max_pages)
    if kind == "docx":
        raw = docx_pages(data)
    elif kind == "html":
        raw = [html_text(data)]
    else:
        raw = text_pages(data)
    if max_pages is not None and len(raw) > max_pages:
        raw = raw[:max_pages]
        warnings.append(f"truncated: stopped after {max_pages} pages")
    return raw, warnings


def _assemble(kind: Kind, raw: list[str], warnings: list[str]) -> Extraction:
    # Line breaks inside HTML and Word paragraphs are structure, not wrapping.
    join_lines = kind in ("pdf", "text")
    pages: list[Page] = []
    total = language_counts("")
    empty: list[int] = []
    for number, text in enumerate(raw, start=1):
        cleaned = clean(text, join_lines=join_lines)
        counts = language_counts(cleaned)
        total.update(counts)
        found = languages_of(counts)
        pages.append(Page(number, cleaned, found[0] if found else None, found))
        if len(cleaned.replace(" ", "").replace("\n", "")) < MIN_PAGE_CHARS:
            empty.append(number)
    document_languages = languages_of(total)
    language = document_languages[0] if document_languages else None
    if len(empty) == len(pages):
        note = f"no text layer on {len(pages)} of {len(pages)} pages (scanned or image-only?)"
        if kind != "pdf":
            note = "the document holds no text"
        return Extraction(kind, pages, language, "no_text", None, (*warnings, note))
    if empty and kind == "pdf":
        listed = ", ".join(map(str, empty[:20])) + (" ..." if len(empty) > 20 else "")
        warnings.append(f"no text on pages {listed}")
    return Extraction(kind, pages, language, "ok", None, tuple(warnings))
