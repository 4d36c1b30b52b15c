"""Build real PDF and DOCX files in memory for the extraction tests (reportlab, zipfile)."""

from __future__ import annotations

import io
import textwrap
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
_FONT = "Helvetica"


def _font() -> str:
    """DejaVu Sans when the machine has it (accents and ligatures), else Helvetica."""
    global _FONT
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            pdfmetrics.registerFont(TTFont("DejaVu", path))
        except Exception:
            continue
        _FONT = "DejaVu"
    return _FONT


def pdf_from_lines(
    pages: Sequence[Sequence[str]], *, encrypt: object = None, size: int = 10
) -> bytes:
    """One PDF page per list of lines, each line drawn as is (trailing spaces included)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for lines in pages:
        y = HEIGHT - 60
        for line in lines:
            pdf.setFont(_FONT, size)
            pdf.drawString(40, y, line)
            y -= size * 1.4
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_from_text(text: str, *, lines_per_page: int = 60, width: int = 120) -> bytes:
    """A text laid out as a PDF: its own lines where they exist (the seeds keep the lines of
    their original PDF, trailing spaces included), wrapped at ``width`` characters."""
    lines: list[str] = []
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        lines += textwrap.wrap(raw, width, drop_whitespace=False) or [raw]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    return pdf_from_lines(pages or [[]], size=7)


def two_column_pdf(left: Sequence[str], right: Sequence[str], *, title: str = "") -> bytes:
    """Paragraphs side by side: ``left`` in the left column, ``right`` in the right, page by
    page, as the Belgian Chamber prints Dutch and French."""
    col_chars = 48
    left_lines = _column_lines(left, col_chars)
    right_lines = _column_lines(right, col_chars)
    per_page = 52
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    total = max(len(left_lines), len(right_lines))
    for first in range(0, total, per_page):
        y0 = HEIGHT - 50
        if title and first == 0:
            pdf.setFont(_FONT, 12)
            pdf.drawString(50, y0, title)
            y0 -= 30
        for column, x in ((left_lines, 40), (right_lines, WIDTH / 2 + 10)):
            y = y0
            for line in column[first : first + per_page]:
                pdf.setFont(_FONT, 8)
                pdf.drawString(x, y, line)
                y -= 12
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _column_lines(paragraphs: Sequence[str], width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*textwrap.wrap(paragraph, width), ""]
    return lines


def image_only_pdf(pages: int = 2) -> bytes:
    """Pages with a drawn picture and no text layer, like a scan."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        for i in range(20):
            pdf.rect(50 + i * 10, 500 - i * 10, 200, 20, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx(pages: Sequence[Sequence[str]], *, rendered_breaks: bool = False) -> bytes:
    """A minimal Word document: one paragraph per string, a page break between pages."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body: list[str] = []
    for number, paragraphs in enumerate(pages):
        for index, paragraph in enumerate(paragraphs):
            runs = "".join(
                f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
                for part in paragraph.split("|")  # "|" splits a paragraph into runs
            )
            lead = ""
            if number > 0 and index == 0:
                lead = (
                    "<w:r><w:lastRenderedPageBreak/></w:r>"
                    if rendered_breaks
                    else '<w:r><w:br w:type="page"/></w:r>'
                )
            body.append(f"<w:p>{lead}{runs}</w:p>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{w}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


_font()
