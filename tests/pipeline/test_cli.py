"""The pipeline's CLI commands, through Typer, against the session's Prefect server."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from watcher.cli import app
from watcher.settings import Settings

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_poll_then_hits_and_sources(
    watcher_env: Callable[[str | None], Settings],
    prefect_api: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = watcher_env(None)  # no teams file: alerts go to the local file
    monkeypatch.setenv("PREFECT_API_URL", prefect_api)
    runner = CliRunner()

    polled = runner.invoke(app, ["poll", "--replay", "--source", "nl_aiv"])

    assert polled.exit_code == 0, polled.output
    assert "nl_aiv" in polled.output and "be_chamber" not in polled.output
    # the alert, and the admin's report of the AIV's replay values watcher does not know
    assert "messages sent: 2 messages to the local file" in polled.output
    assert "pending: none" in polled.output
    summary_row = next(row for row in polled.output.splitlines() if row.startswith("│ nl_aiv"))
    cells = [cell.strip() for cell in summary_row.split("│")]
    assert cells[2] == "degraded"  # its replay holds an unknown type and a page without a file
    assert cells[3] == "3"  # seen: the listing items checked
    alert_file = settings.data_dir / "alerts" / "alerts.jsonl"
    written = [json.loads(line) for line in alert_file.read_text().splitlines()]
    assert sorted(w["target"] for w in written) == ["admin/file", "local/file"]
    assert "C-UAS" in next(w["subject"] for w in written if w["target"] == "local/file")

    as_json = runner.invoke(app, ["hits", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.output.splitlines()]
    assert [(r["topic"], r["source"], r["backfilled"]) for r in rows] == [
        ("c-uas", "nl_aiv", False)
    ]
    assert rows[0]["page"] >= 1 and rows[0]["snippet"]
    # the snippet without marks, the marked spans beside it, the URL to the page
    assert "**" not in rows[0]["snippet"] and rows[0]["marks"]
    assert all(rows[0]["snippet"][a:b] for a, b in rows[0]["marks"])
    if rows[0]["url"].split("#")[0].endswith(".pdf"):
        assert rows[0]["url"].endswith(f"#page={rows[0]['page']}")

    table = runner.invoke(app, ["hits"])
    assert table.exit_code == 0, table.output
    assert str(rows[0]["hit"]) in table.output and "c-uas" in table.output

    as_csv = runner.invoke(app, ["hits", "--format", "csv", "--topic", "c-uas"])
    assert [r["hit"] for r in csv.DictReader(io.StringIO(as_csv.output))] == [str(rows[0]["hit"])]

    health = runner.invoke(app, ["sources"])
    assert health.exit_code == 0, health.output
    line = next(row for row in health.output.splitlines() if "nl_aiv" in row)
    assert " degraded " in line and " yes " in line

    switched = runner.invoke(app, ["sources", "--disable", "be_chamber"])
    assert switched.exit_code == 0, switched.output
    line = next(row for row in switched.output.splitlines() if "be_chamber" in row)
    assert " no " in line
    unknown = runner.invoke(app, ["sources", "--disable", "be_senate"])
    assert unknown.exit_code == 2 and "unknown source" in unknown.output
