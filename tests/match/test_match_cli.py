"""`watcher match` and `watcher topics`: the JSON contract, the table, exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from watcher.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "extract"))
import docmaker

ROOT = Path(__file__).resolve().parents[2]
TOPICS = str(ROOT / "config" / "topics.yaml")


def write_inputs(tmp_path: Path) -> list[Path]:
    pdf = tmp_path / "motie.pdf"
    pdf.write_bytes(
        docmaker.pdf_from_lines(
            [["Inleiding van het plan."], ["Er komen anti-drones (C-UAS) voor het leger."]]
        )
    )
    html_as_pdf = tmp_path / "fout.pdf"  # the name lies: the content is HTML
    html_as_pdf.write_bytes(b"<html><body><main><p>Nieuwe PESCO-projecten.</p></main></body>")
    word = tmp_path / "brief.docx"
    word.write_bytes(docmaker.docx([["De Admiraal Benelux in Den Helder."]]))
    text = tmp_path / "notitie.txt"
    text.write_text("Niets over de onderwerpen.", encoding="utf-8")
    return [pdf, html_as_pdf, word, text]


def test_json_lines_contract(tmp_path: Path) -> None:
    paths = write_inputs(tmp_path)
    result = CliRunner().invoke(
        app, ["match", *map(str, paths), "--format", "json", "--topics", TOPICS]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in paths]
    for record in records:
        assert set(record) >= {"path", "language", "pages", "error", "topics"}
        assert record["error"] is None
    pdf, html, word, text = records
    assert (pdf["pages"], pdf["language"]) == (2, "nl")
    (topic,) = pdf["topics"]
    assert topic["topic"] == "c-uas" and 0 < topic["score"] <= 1
    evidence = topic["evidence"][0]
    assert set(evidence) >= {"page", "snippet", "terms", "start", "end"}
    assert evidence["page"] == 2 and evidence["terms"] in (["anti-drones"], ["C-UAS"])
    assert [t["topic"] for t in html["topics"]] == ["pesco"] and html["kind"] == "html"
    assert [t["topic"] for t in word["topics"]] == ["benesam"]
    assert text["topics"] == []


def test_failed_files_are_listed_and_exit_nonzero(tmp_path: Path) -> None:
    good, *_ = write_inputs(tmp_path)
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.pdf"
    result = CliRunner().invoke(
        app, ["match", str(empty), str(good), str(missing), "--format", "json", "--topics", TOPICS]
    )
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["error"] is None for r in records] == [False, True, False]
    assert records[0]["error"].startswith("empty:")
    assert records[2]["error"].startswith("unreadable:")


def test_table_output(tmp_path: Path) -> None:
    pdf, *_ = write_inputs(tmp_path)
    result = CliRunner().invoke(app, ["match", str(pdf), "--topics", TOPICS])
    assert result.exit_code == 0
    assert "c-uas" in result.output and "**anti-drones**" in result.output


def test_topics_list_and_check() -> None:
    listed = CliRunner().invoke(app, ["topics", "--topics", TOPICS])
    assert listed.exit_code == 0
    for topic_id in ("benesam", "benelux-helicopter-command", "c-uas", "pesco"):
        assert f"{topic_id}:" in listed.output
    assert "Admiraal Benelux" in listed.output
    checked = CliRunner().invoke(app, ["topics", "--topics", TOPICS, "check"])
    assert checked.exit_code == 0, checked.output
    assert "examples pass in 4 topics" in checked.output


def test_bad_topics_file_is_reported_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "topics.yaml"
    bad.write_text("version: 1\ntopics:\n  - id: Bad Id\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["topics", "--topics", str(bad), "check"])
    assert result.exit_code == 2
    assert f"{bad}:3:" in result.output
