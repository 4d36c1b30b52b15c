"""``watcher match`` reads no input past its size limit and waits on no FIFO for ever."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watcher.cli import app

runner = CliRunner()


def _records(output: str) -> dict[str, dict[str, object]]:
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return {str(r["path"]): r for r in records}


@pytest.mark.timeout(120)
def test_dev_zero_is_too_large_and_a_fifo_without_writer_is_empty(tmp_path: Path) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    result = runner.invoke(
        app, ["match", "--format", "json", "--max-mb", "2", "/dev/zero", str(fifo), str(tmp_path)]
    )
    assert result.exit_code == 1
    records = _records(result.output)
    assert records["/dev/zero"]["error"] == "too large: more than 2 MB (the limit, --max-mb)"
    assert str(records[str(fifo)]["error"]).startswith("empty")
    assert records[str(tmp_path)]["error"] == "unreadable: Is a directory"
    assert "Traceback" not in result.output


@pytest.mark.timeout(120)
def test_a_fifo_with_a_writer_is_read_to_its_end(tmp_path: Path) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    text = "De regering investeert in anti-drones en counter-drone systemen. " * 20

    def write() -> None:
        with fifo.open("w", encoding="utf-8") as out:  # blocks until watcher opens it
            out.write(text)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    result = runner.invoke(app, ["match", "--format", "json", str(fifo)])
    writer.join(timeout=60)
    record = _records(result.output)[str(fifo)]
    assert record["error"] is None, result.output
    assert "c-uas" in [t["topic"] for t in record["topics"]]  # type: ignore[attr-defined]


def test_a_file_at_the_limit_is_read_one_byte_over_is_not(tmp_path: Path) -> None:
    at_limit, over = tmp_path / "at.txt", tmp_path / "over.txt"
    at_limit.write_bytes(b"counter-drone " + b"x" * (1024 * 1024 - 14))
    over.write_bytes(b"x" * (1024 * 1024 + 1))
    result = runner.invoke(
        app, ["match", "--format", "json", "--max-mb", "1", str(at_limit), str(over)]
    )
    records = _records(result.output)
    assert not str(records[str(at_limit)]["error"] or "").startswith("too large")
    assert records[str(over)]["error"] == "too large: more than 1 MB (the limit, --max-mb)"
