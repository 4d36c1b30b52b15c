"""DOCX -> text per page: the Tweede Kamer publishes Word files before their PDF.

Word files carry no fixed pages; where Word saved its own pagination
(``w:lastRenderedPageBreak``) we follow it, otherwise only hard page breaks split pages.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from xml.etree import ElementTree

from watcher.extract.model import ExtractError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"
#: An uncompressed part larger than this is refused as "too large": a ZIP bomb, or no real
#: document (the text of a 700-page report is a few MB; parsing costs ~8x the part in memory).
MAX_PART_BYTES = 50 * 1024 * 1024


def docx_pages(data: bytes) -> list[str]:
    """DOCX bytes -> text of each page; paragraphs end with a line break, table cells with a tab.

    Raises :class:`ExtractError` ``malformed`` for a broken archive or document part.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = _read_part(archive, _main_part(archive))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError) as exc:
        raise ExtractError("malformed", f"broken DOCX archive: {exc}") from exc
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ExtractError("malformed", f"broken document.xml: {exc}") from exc
    body = root.find(f"{_W}body")
    if body is None:
        raise ExtractError("malformed", "document.xml has no w:body")
    rendered = body.find(f".//{_W}lastRenderedPageBreak") is not None
    pages: list[list[str]] = [[]]
    for element in body.iter():
        tag = element.tag
        if tag == f"{_W}t":
            pages[-1].append(element.text or "")
        elif tag in (f"{_W}tab", f"{_W}noBreakHyphen"):
            pages[-1].append("\t" if tag == f"{_W}tab" else "-")
        elif tag == f"{_W}br":
            if element.get(f"{_W}type") == "page" and not rendered:
                pages.append([])
            else:
                pages[-1].append("\n")
        elif tag == f"{_W}cr":
            pages[-1].append("\n")
        elif tag == f"{_W}lastRenderedPageBreak" and _has_text_before(pages[-1]):
            pages.append([])
        elif tag in (f"{_W}p", f"{_W}tc") and pages[-1] and pages[-1][-1] != "\n":
            # iter() yields a paragraph before its runs: close the previous block here.
            pages[-1].append("\n")
    return ["".join(parts) for parts in pages]


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _has_text_before(parts: list[str]) -> bool:
    return any(p.strip() for p in parts)


def _main_part(archive: zipfile.ZipFile) -> str:
    """The main document part named by ``_rels/.rels`` (``word/document.xml`` as a rule)."""
    try:
        rels = ElementTree.fromstring(_read_part(archive, "_rels/.rels"))
    except (KeyError, ElementTree.ParseError):
        return "word/document.xml"
    for rel in rels.iter(f"{_REL}Relationship"):
        if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT):
            return posixpath.normpath((rel.get("Target") or "").lstrip("/"))
    return "word/document.xml"


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ExtractError(
            "too large",
            f"{name} unpacks to {_megabytes(info.file_size)}, over the "
            f"{_megabytes(MAX_PART_BYTES)} limit",
        )
    with archive.open(info) as part:
        data = part.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise ExtractError(
            "too large", f"{name} unpacks to more than the {_megabytes(MAX_PART_BYTES)} limit"
        )
    return data
