"""The type of a document, from its bytes alone: the one sniffer, for extraction and the crawl.

Sources often get the URL suffix and the declared content type wrong (an HTML error page saved
as ``.pdf``, a Word file served as ``application/octet-stream``), so only the bytes count.
Kept by hand: libmagic (python-magic) needs a C library at install; filetype wants ``%PDF`` at
offset 0 (readers accept a preamble before it) and puremagic also wants ``startxref`` at the end,
which the first bytes of a download (``watcher sources check``) lack; and extraction needs the
reason a file cannot be read (empty, encrypted, which format), which none of them says.
"""

from __future__ import annotations

import io
import re
import zipfile

from watcher.extract.model import ExtractError, Kind

_HTML_HINT = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]"
    rb"|<div[\s>]|<p[\s>]|<article[\s>]|<table[\s>]|<br\s*/?>",
    re.IGNORECASE,
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!", "RAR archive"),
    (b"{\\rtf", "RTF document"),
)


# A ZIP entry's local header: signature, 22 bytes, the name's length, the extra field's length.
_LOCAL_HEADER = re.compile(rb"PK\x03\x04.{22}(..)..", re.DOTALL)

MEDIA_TYPES: dict[Kind, str] = {
    "pdf": "application/pdf",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "text": "text/plain",
}
UNREADABLE = "application/octet-stream"


def media_type(data: bytes) -> str:
    """The media type the bytes really are, by :func:`sniff`'s rules (servers say otherwise).

    ``b"junk\\n%PDF-1.7..."`` -> ``"application/pdf"``; the first 64 KiB of a Word file -> the
    DOCX type; whatever extraction cannot read -> ``"application/octet-stream"``.
    """
    try:
        return MEDIA_TYPES[sniff(data)]
    except ExtractError:
        return UNREADABLE


def sniff(data: bytes) -> Kind:
    """Tell ``"pdf"``, ``"html"``, ``"docx"``, ``"doc"`` or ``"text"`` from the first bytes.

    ``b"%PDF-1.7..."`` -> ``"pdf"``; ``b"<!DOCTYPE html>..."`` -> ``"html"`` (whatever the
    file was called). Raises :class:`ExtractError` (``empty``, ``unsupported`` or
    ``encrypted``) for anything watcher cannot read.
    """
    if not data.strip():
        return _fail("empty", f"{len(data)} bytes, no content")
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in data[: 1 << 20]:
            return _fail("encrypted", "password-protected Office document")
        if _WORD_STREAM in data[: 1 << 20]:
            return "doc"
        return _fail("unsupported", "OLE2 compound file that is not a Word document")
    for signature, name in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return _fail("unsupported", name)
    text_head = _text_head(data)
    if text_head is None:
        return _fail("unsupported", "binary data that is neither PDF, HTML, DOCX nor text")
    if _HTML_HINT.search(text_head.encode("utf-8", "replace")):
        return "html"
    if text_head.lstrip().startswith("<?xml"):
        return _fail("unsupported", "XML document that is not XHTML")
    return "text"


def _sniff_zip(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        # Cut short (a download's first bytes, a truncated file): the central directory is gone,
        # but the local headers in front still name a Word file's parts; its reader reports the
        # damage.
        if any(_is_word_part(n) for n in _local_names(data)):
            return "docx"
        return _fail("malformed", f"broken ZIP container: {exc}")
    if any(_is_word_part(n) for n in names):
        return "docx"
    if "content.xml" in names:
        return _fail("unsupported", "OpenDocument file")
    if any(n.startswith("xl/") for n in names):
        return _fail("unsupported", "Excel workbook")
    if any(n.startswith("ppt/") for n in names):
        return _fail("unsupported", "PowerPoint presentation")
    return _fail("unsupported", "ZIP archive")


def _is_word_part(name: str) -> bool:
    return name.startswith("word/") and name.endswith(".xml")


def _local_names(data: bytes) -> set[str]:
    names = set()
    for header in _LOCAL_HEADER.finditer(data):
        length = int.from_bytes(header.group(1), "little")
        names.add(data[header.end() : header.end() + length].decode("utf-8", "replace"))
    return names


def _text_head(data: bytes) -> str | None:
    """The first 4 KiB decoded, or ``None`` when the bytes do not look like text."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without a byte order mark: every other byte is zero for Latin text.
        even, odd = head[0::2].count(b"\x00"), head[1::2].count(b"\x00")
        if odd > len(head) // 3:
            return head.decode("utf-16-le", "replace")
        if even > len(head) // 3:
            return head.decode("utf-16-be", "replace")
        return None
    text = head.decode("utf-8", "replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\x0b")
    if controls > len(text) // 20 or text.count("\ufffd") > len(text) // 4:
        return None
    return text


def _fail(kind: str, detail: str) -> Kind:
    raise ExtractError(kind, detail)
