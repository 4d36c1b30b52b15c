"""Legacy Word .doc (Word 97-2003) -> text, with antiword (or catdoc) from the system.

The Tweede Kamer's API still serves .doc for older documents (as of 2026-12), which a backfill
meets. Parsing the OLE2 Word binary format is a job for a well-kept tool, not for us: antiword
and catdoc are Debian packages; whichever is on PATH is used, antiword first.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile

from watcher.extract.model import ExtractError

#: Seconds antiword or catdoc may take on one file.
TOOL_TIMEOUT_S = 60
MISSING = "legacy .doc (install antiword)"
# antiword draws Word tables with "|" borders; a cell's text wraps inside its column.
_TABLE_ROW = re.compile(r"^\|(.*)\|[ \t]*$", re.MULTILINE)


def doc_pages(data: bytes) -> list[str]:
    """.doc bytes -> raw text of each page (one page unless the tool marks page breaks).

    Raises :class:`ExtractError` ``unsupported`` when neither antiword nor catdoc is installed,
    ``malformed`` when the tool cannot read the file, ``timeout`` when it hangs.
    """
    command = _command()
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        try:
            done = subprocess.run(
                [*command, handle.name], capture_output=True, timeout=TOOL_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise ExtractError("timeout", f"{command[0]} ran over {TOOL_TIMEOUT_S} s") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"exit code {done.returncode}"
        raise ExtractError("malformed", f"{command[0]}: {detail}"[:300])
    text = done.stdout.decode("utf-8", "replace")
    text = _TABLE_ROW.sub(_table_row, text)
    return text.split("\f")


def _table_row(match: re.Match[str]) -> str:
    """``"|31 951   |Verantwoordingsbrief|"`` -> ``"31 951 Verantwoordingsbrief"``."""
    return " ".join(cell.strip() for cell in match.group(1).split("|") if cell.strip())


def _command() -> list[str]:
    antiword = shutil.which("antiword")
    if antiword:
        return [antiword, "-m", "UTF-8.txt"]
    catdoc = shutil.which("catdoc")
    if catdoc:
        return [catdoc, "-d", "utf-8", "-w"]
    raise ExtractError("unsupported", MISSING)
