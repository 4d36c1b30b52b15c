"""Regenerate the reconstructed parts of the replayed sites and their manifests.

    .venv/bin/python -m watcher.replay.build_site

Real captured pages (``sites/<slug>/real/``) are copied once and never touched here. This script
writes what is reconstructed: Chamber listing pages (inside the real page chrome of a captured
dossier page), the PDFs (from the seed texts in ``texts/``, or a one-line placeholder where no text
is available), a Word file, and every ``manifest.json``. It needs reportlab, a development
dependency only, which is why its output is committed.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from watcher.replay import site_data
from watcher.replay.sites import SITES_DIR

TEXTS_DIR = Path(__file__).parent / "texts"


def make_pdf(title: str, text: str) -> bytes:
    """A plain, text-layer PDF (Helvetica, A4), byte-for-byte reproducible."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor("watcher replay (reconstructed)")
    width, height = A4
    margin, size, leading = 56, 10, 13
    y = height - margin
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(margin, y, title[:95])
    y -= 2 * leading
    pdf.setFont("Helvetica", size)
    for paragraph in text.replace("\r", "").split("\n"):
        lines = simpleSplit(_latin1(paragraph), "Helvetica", size, width - 2 * margin) or [""]
        for line in lines:
            if y < margin:
                pdf.showPage()
                pdf.setFont("Helvetica", size)
                y = height - margin
            pdf.drawString(margin, y, line)
            y -= leading
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _latin1(text: str) -> str:
    """Helvetica in reportlab covers WinAnsi; map the few other characters the seeds use."""
    table = {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u200b": "",
    }
    text = "".join(table.get(c, c) for c in text)
    return text.encode("cp1252", errors="replace").decode("cp1252")


def make_docx(paragraphs: list[str]) -> bytes:
    """A minimal, valid Word (OOXML) document: what the Tweede Kamer serves for some Documents."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>"
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 5, 15, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content)
    return buf.getvalue()


def seed_text(name: str) -> str:
    return (TEXTS_DIR / name).read_text(encoding="utf-8")


def build_file(root: Path, entry: dict[str, Any]) -> None:
    """Write the reconstructed file an entry describes (``build``), if it has one."""
    build = entry.pop("build", None)
    if build is None:
        return
    target = root / entry["file"]
    target.parent.mkdir(parents=True, exist_ok=True)
    kind = build["kind"]
    if kind == "pdf":
        text = seed_text(build["text"]) if "text" in build else build["placeholder"]
        target.write_bytes(make_pdf(build["title"], text))
    elif kind == "docx":
        target.write_bytes(make_docx(seed_text(build["text"]).split("\n")))
    elif kind == "chamber_page":
        target.write_text(chamber_page(root, build["story"]), encoding="utf-8")
    elif kind == "text":
        target.write_text(build["content"], encoding="utf-8")
    else:
        raise ValueError(f"unknown build kind {kind!r}")


def chamber_page(root: Path, story: str) -> str:
    """A Chamber page: the real chrome of a captured dossier page around a new ``div#Story``."""
    real = (root / "real" / "dossier_flwbn_56_0373_resolutie_NAVO_DPCR_nl.html").read_text(
        encoding="utf-8"
    )
    start = real.index('<div id="Story">')
    end = real.index("\n   </div>", start)
    return real[:start] + '<div id="Story">\n' + story + real[end:]


def build(slugs: Iterator[str] | None = None) -> None:
    for slug, manifest in site_data.manifests().items():
        if slugs is not None and slug not in slugs:
            continue
        root = SITES_DIR / slug
        manifest = json.loads(json.dumps(manifest))  # a deep copy we may pop from
        for entry in manifest["files"]:
            build_file(root, entry)
        for name, content in manifest.pop("data_files", {}).items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(
                json.dumps(content, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        (root / "manifest.json").write_text(
            json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"{slug}: {len(manifest['files'])} files")


if __name__ == "__main__":
    build()
