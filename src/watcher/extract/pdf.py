"""PDF -> text per page, with pdfminer.six, page by page within a time budget.

Each page is first interpreted without layout analysis (cheap: the characters and where they
stand). Then, under the page's own time budget, pdfminer's layout analysis groups them into
lines and boxes, one region at a time: the two columns of a Chamber page (NL left, FR right, or
one speech after another) are cut apart at their gutter first, so they never share a line, and
a generous ``char_margin`` keeps the words of a justified line (wide gaps) on one line.

A page whose layout analysis runs over its budget, or whose text is mostly rotated (a landscape
table: pdfminer makes one line per character there and its box grouping is quadratic), is read
in content-stream order instead: the cheap second try. A page that cannot be read even so is
given up and named; the others are kept.
"""

from __future__ import annotations

import io
import logging
import math
import signal
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTPage, LTTextBox
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSException

from watcher.extract.model import PAGE_BUDGET_S, ExtractError, pages_named

log = logging.getLogger(__name__)

# pdfminer logs a warning for every odd object in a broken file; they drown real messages and
# cost time. Our own classified errors and warnings say what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

#: What pdfminer raises on malformed files besides its own exceptions (pdfminer.six#547-552).
MALFORMED_ERRORS: tuple[type[BaseException], ...] = (
    PSException,
    PDFException,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    AssertionError,
    IndexError,
    RecursionError,
    struct.error,
    zlib.error,
    EOFError,
    OSError,
)

#: Words of a justified Chamber line stand up to ~8 character widths apart (as of 2026-12,
#: CRIV 55 PLEN 294 p. 20); pdfminer's default of 2 tears such lines into one-word boxes. Only
#: characters drawn one after the other are joined, and columns are cut apart before, so a
#: wide margin joins words, not columns.
LAYOUT = LAParams(char_margin=40.0)


class PageTimeout(BaseException):
    """A page ran over its budget. A BaseException, so pdfminer's ``except Exception`` blocks
    cannot swallow it."""


@dataclass
class PdfPages:
    """What :func:`pdf_pages` read: raw text per page (``""`` for a page given up), the pages
    given up, the pages read in content-stream order, and warnings."""

    texts: list[str] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    stream_order: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def pdf_pages(
    data: bytes,
    *,
    max_pages: int | None = None,
    page_budget_s: float | None = PAGE_BUDGET_S,
    deadline: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> PdfPages:
    """PDF bytes -> :class:`PdfPages`.

    ``page_budget_s`` bounds each page's work (enforced with ``SIGALRM``, so only in a main
    thread: :func:`watcher.extract.extract_isolated` always is); ``deadline`` (a ``clock()``
    value) bounds the document: pages not begun by then are given up.
    Raises :class:`ExtractError` ``encrypted`` when a password is needed, ``malformed`` when
    not a single page can be read and ``timeout`` when the deadline left no time for any.
    """
    result = PdfPages()
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = PDFPage.create_pages(document)
        rsrc = PDFResourceManager(caching=True)
        device = PDFPageAggregator(rsrc, laparams=None)
        interpreter = PDFPageInterpreter(rsrc, device)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ExtractError("encrypted", _describe(exc) or "a password is required") from exc
    except MALFORMED_ERRORS as exc:
        raise ExtractError("malformed", _describe(exc)) from exc
    out_of_time: list[int] = []
    for number, page in _pages(pages, result.warnings):
        if max_pages is not None and number > max_pages:
            result.warnings.append(f"truncated: stopped after {max_pages} pages")
            break
        if deadline is not None and clock() >= deadline:
            out_of_time.append(number)
            result.texts.append("")
            continue
        text = _read_page(interpreter, device, page, number, page_budget_s, result)
        result.texts.append(text)
    if out_of_time:
        result.skipped += out_of_time
        result.warnings.append(
            f"{pages_named(out_of_time)} not read: the document's time budget was spent"
        )
    if not result.texts or len(result.skipped) == len(result.texts):
        detail = result.warnings[-1] if result.warnings else "no pages"
        no_time = bool(out_of_time) and len(out_of_time) == len(result.texts)
        raise ExtractError("timeout" if no_time else "malformed", detail)
    if result.stream_order:
        result.warnings.append(
            f"{pages_named(result.stream_order)} read in content-stream order "
            "(rotated text, or layout analysis over its budget)"
        )
    return result


def _read_page(
    interpreter: PDFPageInterpreter,
    device: PDFPageAggregator,
    page: PDFPage,
    number: int,
    budget: float | None,
    result: PdfPages,
) -> str:
    """One page's text; a page given up is recorded in ``result`` and gives ``""``."""
    try:
        with page_budget(budget):
            interpreter.process_page(page)
            layout = device.get_result()
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ExtractError("encrypted", _describe(exc)) from exc
    except PageTimeout:
        return _give_up(result, number, f"reading its content ran over {budget:g} s")
    except MemoryError:
        return _give_up(result, number, "out of memory")
    except MALFORMED_ERRORS as exc:
        return _give_up(result, number, f"malformed: {_describe(exc)}")
    chars = page_chars(layout)
    if sum(1 for c in chars if c.upright) * 2 < len(chars):
        result.stream_order.append(number)
        return stream_text(chars)
    try:
        with page_budget(budget):
            return layout_text(chars, layout.bbox)
    except PageTimeout:
        log.info("page %d: layout analysis over %g s, reading it in stream order", number, budget)
    except MemoryError:
        log.info("page %d: out of memory in layout analysis, reading it in stream order", number)
    except MALFORMED_ERRORS as exc:
        log.info("page %d: layout analysis failed (%s), reading it in stream order", number, exc)
    result.stream_order.append(number)
    return stream_text(chars)


def _give_up(result: PdfPages, number: int, reason: str) -> str:
    result.skipped.append(number)
    result.warnings.append(f"page {number} not read: {reason}")
    return ""


@contextmanager
def page_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the block after ``seconds`` of wall-clock time.

    pdfminer is pure Python, so the signal lands between two bytecodes within milliseconds.
    Outside the main thread (where signals cannot be used) the block runs unbounded; the
    isolating child process is the bound there.
    """
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _pages(pages: Iterator[PDFPage], warnings: list[str]) -> Iterator[tuple[int, PDFPage]]:
    """Number the pages, and stop with a warning where the page tree itself breaks."""
    number = 0
    while True:
        try:
            page = next(pages)
        except StopIteration:
            return
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise ExtractError("encrypted", _describe(exc)) from exc
        except MALFORMED_ERRORS as exc:
            warnings.append(f"page {number + 1}: malformed page tree: {_describe(exc)}")
            return
        number += 1
        yield number, page


def page_chars(layout: LTPage) -> list[LTChar]:
    """The characters drawn on the page, in content-stream order. Text drawn wholly outside
    the page (Word leaves whole earlier pages there, off to the left) is invisible and left
    out; so is text inside figures, as pdfminer's own layout analysis does."""
    x0, y0, x1, y1 = layout.bbox
    return [
        item
        for item in layout
        if isinstance(item, LTChar)
        and item.x1 > x0
        and item.x0 < x1
        and item.y1 > y0
        and item.y0 < y1
    ]


def layout_text(chars: list[LTChar], bbox: tuple[float, float, float, float]) -> str:
    """The text of one page in reading order: its regions (see :func:`regions`) one after the
    other, each laid out by pdfminer into lines and boxes."""
    parts: list[str] = []
    for region in regions(chars, bbox):
        container = LTPage(0, bbox)
        for char in region:
            container.add(char)
        container.analyze(LAYOUT)
        parts += [box.get_text() for box in container if isinstance(box, LTTextBox)]
    return "\n".join(parts)


#: Text this close (pt) to a gutter crosses it (FLWB columns stand 8 pt apart, as of 2026-12).
GUTTER_PAD = 2.0
#: The gutter is looked for this share of the page's width either side of the middle.
GUTTER_SPAN = 0.025
#: A gutter needs at least this many rows with text on both sides.
MIN_SIDE_BY_SIDE = 4
#: A page needs at least this many rows of text before its columns are looked for.
MIN_ROWS = 6


def regions(chars: list[LTChar], bbox: tuple[float, float, float, float]) -> list[list[LTChar]]:
    """Cut a page into the regions read one after the other.

    A page in two columns has a gutter: an x near the middle that few rows of text cross, with
    text on both sides in many rows. Rows that cross it (a full-width title, a table row) form
    full-width bands; between them, each band is read left column first, then right column.
    ``[[left column...], [right column...]]`` for a plain two-column page; ``[chars]`` for a page
    in one column.
    """
    rows: dict[int, list[LTChar]] = {}
    for char in chars:
        if char.get_text().strip():
            rows.setdefault(round(char.y0 / 2), []).append(char)
    if len(rows) < MIN_ROWS:
        return [chars]
    gutter = _gutter(rows, bbox)
    if gutter is None:
        return [chars]
    bands: list[tuple[bool, list[LTChar]]] = []  # (full width?, characters), top down
    for _key, row in sorted(rows.items(), key=lambda item: -item[0]):
        full = any(c.x0 < gutter < c.x1 for c in row)
        if bands and bands[-1][0] == full:
            bands[-1][1].extend(row)
        else:
            bands.append((full, list(row)))
    out: list[list[LTChar]] = []
    for full, band in bands:
        if full:
            out.append(band)
        else:
            out.append([c for c in band if (c.x0 + c.x1) / 2 < gutter])
            out.append([c for c in band if (c.x0 + c.x1) / 2 >= gutter])
    return [region for region in out if region]


def _gutter(rows: dict[int, list[LTChar]], bbox: tuple[float, float, float, float]) -> float | None:
    """The x of the gutter between two columns, or ``None`` for a page in one column.

    The Chamber sets its two columns symmetrically, so the gutter is looked for within
    :data:`GUTTER_SPAN` of the middle: the x there that the fewest rows cross (a table row, a
    centred title), provided at least 30 % of the rows have text on both sides of it and none
    within :data:`GUTTER_PAD`, and at most 40 % cross it. A page in one column has no such x.
    """
    left, _, right, _ = bbox
    middle = (left + right) / 2
    reach = (right - left) * GUTTER_SPAN
    spans = [_word_spans(row) for row in rows.values()]
    best: tuple[int, int, float, float] | None = None  # (crossing, -side by side, offset, x)
    for step in range(-int(reach), int(reach) + 1):
        x = middle + step
        crossing = both = 0
        for row in spans:
            if any(a - GUTTER_PAD < x < b + GUTTER_PAD for a, b in row):
                crossing += 1
            elif any(b <= x for _, b in row) and any(a >= x for a, _ in row):
                both += 1
        key = (crossing, -both, abs(step), x)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    crossing, both = best[0], -best[1]
    if both < max(MIN_SIDE_BY_SIDE, len(rows) * 0.3) or crossing * 10 > len(rows) * 4:
        return None
    return best[3]


def _word_spans(row: list[LTChar]) -> list[tuple[float, float]]:
    """The x extents a row's characters cover, touching characters merged."""
    spans: list[tuple[float, float]] = []
    for char in sorted(row, key=lambda c: c.x0):
        if spans and char.x0 <= spans[-1][1] + 0.5:
            spans[-1] = (spans[-1][0], max(spans[-1][1], char.x1))
        else:
            spans.append((char.x0, char.x1))
    return spans


def stream_text(chars: list[LTChar]) -> str:
    """Characters in content-stream order -> text, without layout analysis (the cheap way).

    A character that starts where the previous one ended continues the word; a small gap along
    the writing direction is a space; a step across it (or backwards) starts a new line. Works
    in any rotation, since directions come from each character's text matrix.
    """
    out: list[str] = []
    previous: LTChar | None = None
    for char in chars:
        if previous is not None:
            a, b, _, _, e, f = previous.matrix
            norm = math.hypot(a, b) or 1.0
            ux, uy = a / norm, b / norm
            dx = char.matrix[4] - (e + a * previous.adv)
            dy = char.matrix[5] - (f + b * previous.adv)
            along, across = dx * ux + dy * uy, dy * ux - dx * uy
            size = max(_glyph_size(previous, ux, uy), 1.0)
            if abs(across) > 0.5 * size or along < -size:
                out.append("\n")
            elif along > 0.15 * size and not out[-1].isspace():
                out.append(" ")
        out.append(char.get_text())
        previous = char
    return "".join(out)


def _glyph_size(char: LTChar, ux: float, uy: float) -> float:
    """The character's height across its writing direction, in page units."""
    return char.height if abs(ux) >= abs(uy) else char.width


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    name = type(exc).__name__
    return f"{name}: {text}"[:300] if text else name
