"""Hostile files through ``watcher match`` (one run over all of them, as a user would), each
read in the same isolated child process that a poll uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from faultkit import Record
from hostile_files import hostile_files

pytestmark = pytest.mark.faults

# The error kinds that name their cause (watcher.extract.model.ERROR_KINDS, bar "crashed"), and
# the CLI's own refusals.
CLEAR = (
    "empty",
    "encrypted",
    "malformed",
    "unsupported",
    "timeout",
    "memory",
    "too large",
    "too complex",
    "unreadable",
)
LIMIT_S = 1500


def _outcome(record: dict[str, object] | None) -> str:
    if record is None:
        return "crash"
    error = record.get("error")
    if not error:
        return "survived"
    kind, _, detail = str(error).partition(":")
    if "unexpected" in detail:  # an exception the extractor did not expect, caught as a failure
        return "crash"
    return "clear error" if kind in CLEAR else "crash"


@pytest.mark.timeout(LIMIT_S + 120)
def test_hostile_files(tmp_path: Path, record: Record) -> None:
    groups: dict[str, str] = {}
    paths = []
    for group, name, data in hostile_files():
        path = tmp_path / name
        path.write_bytes(data)
        groups[str(path)] = group
        paths.append(str(path))
    fifo = tmp_path / "no-writer.fifo"
    os.mkfifo(fifo)
    for special in ("/dev/zero", str(fifo), str(tmp_path)):
        groups[special] = "other hostile input"
        paths.append(special)
    watcher = Path(sys.executable).with_name("watcher")
    command = [str(watcher), "match", "--format", "json", "--timeout", "60", "--memory-mb", "512"]
    try:
        run = subprocess.run(
            command + paths, capture_output=True, text=True, timeout=LIMIT_S, check=False
        )
    except subprocess.TimeoutExpired:
        for path in paths:
            record(groups[path], Path(path).name, "hang")
        return
    records = {}
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            records[item["path"]] = item
    crashed_run = "Traceback" in run.stderr
    for path in paths:
        outcome = _outcome(records.get(path))
        if crashed_run and path not in records:
            outcome = "crash"
        record(groups[path], Path(path).name, outcome)
        if outcome != "survived":
            print(f"{Path(path).name}: {records.get(path, {}).get('error')}")
