"""PDF -> text per page, with pdfminer.six.

One pass over the document with a page aggregator (research/practice.md, section 4), default
``LAParams`` so words keep their spaces, and our own ordering of text boxes so the two columns
of a bilingual Belgian Chamber page come out one after the other, never interleaved line by line.
"""

from __future__ import annotations

import io
import logging
import struct
import zlib
from collections.abc import Iterator

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTPage, LTTextBox
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.psexceptions import PSException

from watcher.extract.model import ExtractError

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


def pdf_pages(data: bytes, *, max_pages: int | None = None) -> tuple[list[str], list[str]]:
    """PDF bytes -> (raw text of each page, warnings).

    Raises :class:`ExtractError` ``encrypted`` when a password is needed and ``malformed`` when
    not even the first page can be read. A page that fails later becomes ``""`` with a warning;
    with ``max_pages`` the rest is skipped with a warning.
    """
    texts: list[str] = []
    warnings: list[str] = []
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = PDFPage.create_pages(document)
        rsrc = PDFResourceManager(caching=True)
        device = PDFPageAggregator(rsrc, laparams=LAParams())
        interpreter = PDFPageInterpreter(rsrc, device)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ExtractError("encrypted", _describe(exc) or "a password is required") from exc
    except MALFORMED_ERRORS as exc:
        raise ExtractError("malformed", _describe(exc)) from exc
    for number, page in _pages(pages, warnings):
        if max_pages is not None and number > max_pages:
            warnings.append(f"truncated: stopped after {max_pages} pages")
            break
        try:
            interpreter.process_page(page)
            layout = device.get_result()
        except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
            raise ExtractError("encrypted", _describe(exc)) from exc
        except MALFORMED_ERRORS as exc:
            warnings.append(f"page {number}: malformed: {_describe(exc)}")
            texts.append("")
            continue
        texts.append(layout_text(layout))
    if not texts:
        detail = warnings[-1] if warnings else "no pages"
        raise ExtractError("malformed", detail)
    return texts, warnings


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


def layout_text(layout: LTPage) -> str:
    """The text boxes of one page in reading order.

    On a page set in two columns (boxes wholly left and wholly right of the middle, side by
    side), each band between full-width boxes is read left column first, then right column.
    Otherwise pdfminer's own order stands.
    """
    boxes = [item for item in layout if isinstance(item, LTTextBox)]
    if not boxes:
        return ""
    middle = (layout.x0 + layout.x1) / 2
    left = [b for b in boxes if b.x1 <= middle + 2]
    right = [b for b in boxes if b.x0 >= middle - 2]
    if len(left) >= 2 and len(right) >= 2 and _side_by_side(left, right):
        ordered: list[LTTextBox] = []
        band_left: list[LTTextBox] = []
        band_right: list[LTTextBox] = []
        for box in sorted(boxes, key=lambda b: -b.y1):
            if box in left:
                band_left.append(box)
            elif box in right:
                band_right.append(box)
            else:  # a full-width box (a title) closes the band above it
                ordered += _top_down(band_left) + _top_down(band_right) + [box]
                band_left, band_right = [], []
        ordered += _top_down(band_left) + _top_down(band_right)
        boxes = ordered
    return "\n".join(box.get_text() for box in boxes)


def _side_by_side(left: list[LTTextBox], right: list[LTTextBox]) -> bool:
    """True when some left and right boxes share a vertical stretch of the page."""
    return any(a.y0 < b.y1 and b.y0 < a.y1 for a in left for b in right)


def _top_down(boxes: list[LTTextBox]) -> list[LTTextBox]:
    return sorted(boxes, key=lambda b: -b.y1)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    name = type(exc).__name__
    return f"{name}: {text}"[:300] if text else name
