"""Extraction speed: watcher.extract against raw pdfminer.six and pypdfium2 on the same PDFs,
and the real 195-page FLWB budget PDF read whole through an isolated child.

Run: .venv/bin/python benchmarks/bench_extract.py [--pages 20] [--repeat 3] [--real PDF ...]
Prints pages per second (best of --repeat); for each real PDF (default: the FLWB budget PDF in
../shared/fixtures/real/documents, skipped where absent; ``--real none`` skips it) the wall
time, pages/s, pages read in content-stream order, pages given up and the child's memory peak.
Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2
from pdfminer.high_level import extract_text
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from watcher.extract import extract, extract_isolated
from watcher.replay.build_site import TEXTS_DIR as SEEDS

FLWB = Path(__file__).resolve().parents[2] / "shared/fixtures/real/documents/flwb_56K1468001.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_pdf(text: str, pages: int) -> bytes:
    """``pages`` A4 pages of ``text`` wrapped at 95 characters, 55 lines a page."""
    font = "Helvetica"
    if DEJAVU.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
        font = "DejaVu"
    lines = [line for raw in text.splitlines() for line in textwrap.wrap(raw, 95)]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    cursor = 0
    for _ in range(pages):
        y = A4[1] - 50
        for _ in range(55):
            pdf.setFont(font, 9)
            pdf.drawString(40, y, lines[cursor % len(lines)])
            cursor += 1
            y -= 13
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdfium_text(data: bytes) -> int:
    document = pypdfium2.PdfDocument(data)
    total = 0
    for page in document:
        total += len(page.get_textpage().get_text_range())
    return total


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def real_documents(paths: list[Path], timeout: float) -> None:
    """Each PDF through ``extract_isolated`` as a poll reads it: one child, default budgets."""
    for path in paths:
        started = time.perf_counter()
        result = extract_isolated(path.read_bytes(), timeout_s=timeout)
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        pages = len(result.pages)
        print(f"{path.name}: {result.status} {result.error or ''}")
        print(
            f"  {pages} pages in {seconds:.0f} s ({pages / seconds:.2f} pages/s), "
            f"{len(result.skipped_pages)} given up {list(result.skipped_pages)}, "
            f"memory peak {peak_mb:.0f} MB (max RSS of the children so far)"
        )
        for warning in result.warnings:
            print(f"  note: {warning}")
        sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--real", nargs="*", default=[str(FLWB)], help="real PDFs to read whole")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per real PDF")
    args = parser.parse_args()
    real = [Path(p) for p in args.real if p != "none" and Path(p).exists()]
    if real:
        real_documents(real, args.timeout)
    files = {p.name[:3]: make_pdf(p.read_text(encoding="utf-8"), args.pages)
             for p in sorted(SEEDS.glob("*.txt"))[:3]}  # fmt: skip
    total_pages = args.pages * len(files)
    print(
        f"{len(files)} PDFs x {args.pages} pages (reportlab, DejaVu/Helvetica 9 pt, ~5k chars/page)"
    )
    rows = []
    data = list(files.values())
    for name, run in (
        ("pdfminer extract_text (raw)", lambda: [extract_text(io.BytesIO(d)) for d in data]),
        ("watcher.extract (pdfminer + clean-up)", lambda: [extract(d) for d in data]),
        ("pypdfium2 get_text_range (reference)", lambda: [pdfium_text(d) for d in data]),
    ):  # fmt: skip
        seconds = best_of(args.repeat, run)
        rows.append((name, total_pages / seconds))
        print(f"{name:42} {total_pages / seconds:8.1f} pages/s")
    raw, ours = rows[0][1], rows[1][1]
    print(f"watcher overhead over raw pdfminer: {100 * (raw / ours - 1):+.1f}% (target <= 15%)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
