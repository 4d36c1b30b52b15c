"""Hostile input degrades with a named limit instead of failing: deep HTML, charsets that are
not text encodings, a ZIP bomb, legacy .doc with and without antiword."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docmaker
import pytest

from watcher.extract import extract, extract_isolated
from watcher.extract.docx import MAX_PART_BYTES

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"
SENTENCE = b"<p>Diep genest: de Belgische marine en de Nederlandse marine werken samen.</p>"


@pytest.mark.parametrize("depth", [1_000, 20_000])
def test_deeply_nested_html_is_read(depth: int) -> None:
    html = b"<html><body><main>" + b"<div>" * depth + SENTENCE + b"</div>" * depth + b"</main>"
    result = extract(html)
    assert (result.status, result.error) == ("ok", None)
    assert "de Belgische marine en de Nederlandse marine werken samen." in result.text


@pytest.mark.parametrize("charset", ["rot13", "base64", "zlib", "utf-16", "no-such-charset"])
def test_declared_charset_that_is_no_text_encoding_falls_back(charset: str) -> None:
    html = (
        f'<html><head><meta charset="{charset}"></head><body><main><p>'.encode()
        + "Café: de Belgische marine en de Nederlandse marine.".encode("cp1252")
        + b"</p></main></body></html>"
    )
    result = extract(html)
    assert result.status == "ok"
    assert result.text == "Café: de Belgische marine en de Nederlandse marine."


def zip_bomb(unpacked: int) -> bytes:
    """A DOCX whose document.xml unpacks to ``unpacked`` bytes of one repeated paragraph."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        good = zipfile.ZipFile(io.BytesIO(docmaker.docx([["x"]])))
        for name in good.namelist():
            if name != "word/document.xml":
                archive.writestr(name, good.read(name))
        paragraph = b"<w:p><w:r><w:t>defensie</w:t></w:r></w:p>" * 25_000
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/')
            part.write(b'2006/main"><w:body>')
            for _ in range(unpacked // len(paragraph)):
                part.write(paragraph)
            part.write(b"</w:body></w:document>")
    return buffer.getvalue()


def test_zip_bomb_is_too_large_not_crashed() -> None:
    bomb = zip_bomb(250 * 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024  # small on the wire
    result = extract_isolated(bomb, timeout_s=120, memory_mb=1024)
    assert (result.status, result.error_kind) == ("failed", "too large")
    assert f"over the {MAX_PART_BYTES // 1024 // 1024} MB limit" in (result.error or "")


@pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword is not installed")
def test_legacy_doc_is_read_with_antiword() -> None:
    data = (DOCUMENTS / "ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc").read_bytes()
    result = extract(data)
    assert (result.kind, result.status, result.language) == ("doc", "ok", "nl")
    text = " ".join(result.text.split())
    # Read on the document (Motie Verdonk, 31 951 nr. 17); its body sits in a Word table.
    assert "MOTIE VAN HET LID VERDONK" in text
    assert (
        "overwegende, dat de controlerende functie van het parlement door de huidige vorm van "
        "verantwoordingsdag niet goed kan functioneren;" in text
    )
    assert "en gaat over tot de orde van de dag." in text
    assert "|" not in text


def test_legacy_doc_without_antiword_or_catdoc_is_unsupported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    data = (DOCUMENTS / "ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc").read_bytes()
    result = extract(data)
    assert (result.kind, result.status) == ("doc", "failed")
    assert result.error == "unsupported: legacy .doc (install antiword)"


def test_other_ole2_files_stay_unsupported() -> None:
    result = extract(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    assert result.error_kind == "unsupported"
    assert result.kind is None
