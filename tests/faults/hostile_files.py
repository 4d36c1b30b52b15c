"""Hostile files, built in memory: broken, encrypted, huge, bombs, deep nesting, odd charsets.

Each entry is ``(group, name, bytes)``; names end in the extension a site would serve.
"""

from __future__ import annotations

import gzip
import io
import random
import zlib
from collections.abc import Iterator

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

TOPIC_TEXT = "De regering koopt anti-drones en systemen voor counter-drone verdediging."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="{target}"/></Relationships>'
)
TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def pdf(lines: list[str], *, pages: int = 1, encrypt: object = None) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for _ in range(pages):
        y = 780
        for line in lines:
            page.drawString(40, y, line)
            y -= 14
        page.showPage()
    page.save()
    return buffer.getvalue()


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF written by hand from its objects, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _page_with(content: bytes, extra: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" + extra,
    ]


def flate_bomb_pdf(megabytes: int) -> bytes:
    inflated = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(inflated.compress(chunk) for _ in range(megabytes)) + inflated.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
    return raw_pdf(_page_with(stream + b"\nendstream"))


def docx(document: bytes | str, *, target: str = "word/document.xml", extra: bool = True) -> bytes:
    buffer = io.BytesIO()
    with zipfile_writer(buffer) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("_rels/.rels", RELS.format(target=target))
        if extra:
            archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def zipfile_writer(buffer: io.BytesIO):  # type: ignore[no-untyped-def]
    import zipfile

    return zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)


def docx_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}'
        "</w:body></w:document>"
    )


def zip_bomb_docx(megabytes: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile_writer(buffer) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("_rels/.rels", RELS.format(target="word/document.xml"))
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(docx_xml("<w:p><w:r><w:t>")[: -len("</w:body></w:document>")].encode())
            chunk = b"a" * (1024 * 1024)
            for _ in range(megabytes):
                part.write(chunk)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buffer.getvalue()


def html(body: str, *, head: str = "", encoding: str = "utf-8") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode(
        encoding, "surrogateescape"
    )


def hostile_files() -> Iterator[tuple[str, str, bytes]]:
    good = pdf([TOPIC_TEXT])
    rnd = random.Random(19)
    noise = bytes(rnd.randrange(256) for _ in range(20000))
    yield "hostile PDFs", "truncated-half.pdf", good[: len(good) // 2]
    yield "hostile PDFs", "header-only.pdf", b"%PDF-1.7\n"
    yield "hostile PDFs", "garbage-after-header.pdf", b"%PDF-1.4\n" + noise
    yield "hostile PDFs", "encrypted.pdf", pdf([TOPIC_TEXT], encrypt=StandardEncryption("pw"))
    yield "hostile PDFs", "preamble-before-header.pdf", b"<!-- junk -->\n" * 80 + good
    yield "hostile PDFs", "nested-arrays.pdf", raw_pdf(_page_with(b"[" * 100000 + b"]" * 100000))
    yield "hostile PDFs", "flate-bomb-300MB.pdf", flate_bomb_pdf(300)
    broken_xref = good.replace(b"startxref", b"startxref\n99999999\n%")
    yield "hostile PDFs", "xref-points-nowhere.pdf", broken_xref
    yield (
        "hostile PDFs",
        "no-pages.pdf",
        raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
    )
    cyclic = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]
    yield "hostile PDFs", "cyclic-page-tree.pdf", raw_pdf(cyclic)
    yield "hostile PDFs", "html-named-pdf.pdf", html(f"<p>{TOPIC_TEXT}</p>")
    yield "hostile PDFs", "100-pages.pdf", pdf([TOPIC_TEXT] * 40, pages=100)
    yield "hostile PDFs", "over-the-size-limit.pdf", good + b"\n%" + b"0" * (65 * 1024 * 1024)
    yield (
        "hostile PDFs",
        "self-referencing-object.pdf",
        raw_pdf([*_page_with(b"4 0 R"), b"5 0 R"]),
    )

    yield "hostile DOCX", "zip-bomb-250MB.docx", zip_bomb_docx(250)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
        ).replace("&lol0;", "&lol;")
        + f']><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    yield "hostile DOCX", "billion-laughs.docx", docx(laughs)
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    yield "hostile DOCX", "xxe-etc-passwd.docx", docx(xxe)
    yield (
        "hostile DOCX",
        "rels-traversal.docx",
        docx(docx_xml("<w:p/>"), target="../../../../etc/passwd"),
    )
    yield "hostile DOCX", "no-document-part.docx", docx("", extra=False)
    whole = docx(docx_xml(f"<w:p><w:r><w:t>{TOPIC_TEXT}</w:t></w:r></w:p>"))
    yield "hostile DOCX", "truncated-zip.docx", whole[: len(whole) // 2]
    yield (
        "hostile DOCX",
        "deeply-nested.docx",
        docx(docx_xml("<w:p>" * 50000 + "<w:r><w:t>x</w:t></w:r>" + "</w:p>" * 50000)),
    )
    cfb = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    yield "hostile DOCX", "encrypted-ole.docx", cfb + noise[:4000]
    utf16 = docx_xml(f"<w:p><w:r><w:t>{TOPIC_TEXT}</w:t></w:r></w:p>").replace("UTF-8", "UTF-16")
    yield "hostile DOCX", "utf16-document.docx", docx(utf16.encode("utf-16"))
    yield "hostile DOCX", "unclosed-tags.docx", docx(docx_xml("<w:p><w:r><w:t>x</w:r>"))

    text = f"<p>{TOPIC_TEXT}</p>"
    yield "hostile HTML", "nested-1000.html", html("<div>" * 1000 + text + "</div>" * 1000)
    yield "hostile HTML", "nested-100000.html", html("<div>" * 100000 + text)
    yield "hostile HTML", "charset-rot13.html", html(text, head='<meta charset="rot13">')
    yield "hostile HTML", "charset-base64.html", html(text, head='<meta charset="base64">')
    yield "hostile HTML", "charset-unknown.html", html(text, head='<meta charset="x-klingon">')
    yield (
        "hostile HTML",
        "utf8-declared-latin1-sent.html",
        html("<p>défense anti-drones</p>", head='<meta charset="utf-8">', encoding="latin-1"),
    )
    yield "hostile HTML", "utf16-no-bom.html", html(text, encoding="utf-16-le")
    yield "hostile HTML", "nul-bytes.html", html(text.replace(" ", " \0"))
    yield "hostile HTML", "one-8MB-line.html", html("<p>" + "woord " * 1_400_000 + "</p>")
    attrs = " ".join(f"a{i}='{i}'" for i in range(100000))
    yield "hostile HTML", "100000-attributes.html", html(f"<p {attrs}>{TOPIC_TEXT}</p>")
    yield "hostile HTML", "script-only.html", html("<script>" + "var x=1;" * 1000 + "</script>")
    yield (
        "hostile HTML",
        "meta-refresh-file.html",
        html(text, head='<meta http-equiv="refresh" content="0;url=file:///etc/passwd">'),
    )
    yield (
        "hostile HTML",
        "double-encoded-utf8.html",
        html("<p>dÃ©fense anti-drones</p>", head='<meta charset="utf-8">'),
    )

    yield "other hostile input", "empty.bin", b""
    yield "other hostile input", "random-bytes.bin", noise
    yield "other hostile input", "png-image.png", b"\x89PNG\r\n\x1a\n" + noise[:2000]
    yield "other hostile input", "gzip.gz", gzip.compress(TOPIC_TEXT.encode() * 100)
    yield (
        "other hostile input",
        "bidi-zero-width.txt",
        ("Defence \u202eesnefed\u202c anti\u200b-drones \x1b[31mred\x1b[0m " * 20).encode(),
    )
