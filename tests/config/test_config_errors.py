"""A configuration mistake is found when the file is loaded, by every command that loads it, and
reported as one line (file, line, what is wrong) with a non-zero exit and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watcher.cli import app

runner = CliRunner()

TOPICS = """version: 1
topics:
  - id: c-uas
    name: Counter-drone capability
    description: Counter-drone capability
    aliases:
      en: [counter-drone]
    examples: {positive: [a counter-drone system], negative: [a drone]}
"""

TEAM = """teams:
  desk:
    name: Desk
    topics: [c-uas]
    targets:
      email: "mailto://127.0.0.1:2525?to=desk@example.org"
"""

# (name, teams.yaml text or bytes, topics.yaml text, expected message: file name, line, words)
CASES: list[tuple[str, str | bytes | None, str, tuple[str, int | None, str]]] = [
    (
        "duplicate team id",
        TEAM + "  desk:\n    name: Other\n    topics: all\n    targets:\n      f: file:///tmp/x\n",
        TOPICS,
        ("teams.yaml", 7, "duplicate key 'desk'"),
    ),
    (
        "duplicate target key",
        TEAM + "      email: mailto://127.0.0.1?to=other@example.org\n",
        TOPICS,
        ("teams.yaml", 7, "duplicate key 'email'"),
    ),
    (
        "unknown topic",
        TEAM.replace("[c-uas]", "[c-uas, drones]"),
        TOPICS,
        ("teams.yaml", 4, "unknown topic 'drones'"),
    ),
    (
        "bad mailto URL",
        TEAM.replace("127.0.0.1:2525", "127.0.0.1:notaport"),
        TOPICS,
        ("teams.yaml", 6, "unusable e-mail URL"),
    ),
    (
        "mailto recipient that is no address",
        TEAM.replace("desk@example.org", "desk"),
        TOPICS,
        ("teams.yaml", 6, "'desk' is not an e-mail address"),
    ),
    (
        "teams file not UTF-8",
        TEAM.replace("Desk", "D\xe9sk").encode("latin-1"),
        TOPICS,
        ("teams.yaml", 3, "not UTF-8 (byte 0xe9"),
    ),
    ("teams file is a directory", None, TOPICS, ("teams.yaml", None, "is a directory")),
    (
        "term '***'",
        TEAM,
        TOPICS.replace("[counter-drone]", "[counter-drone, '***']"),
        ("topics.yaml", 7, "term '***' has no letters or digits"),
    ),
    (
        "duplicate topic key",
        TEAM,
        TOPICS.replace("    aliases:", "    name: Again\n    aliases:"),
        ("topics.yaml", 6, "duplicate key 'name'"),
    ),
]

COMMANDS = [
    ["alerts", "send"],
    ["alerts", "test"],
    ["poll", "--replay"],
    ["backfill", "--source", "be_chamber", "--since", "2026-01-01", "--replay"],
    ["digest"],
    ["rematch"],
]


def _write(tmp_path: Path, teams: str | bytes | None, topics: str) -> dict[str, str]:
    teams_path = tmp_path / "teams.yaml"
    if teams is None:
        teams_path.mkdir()
    elif isinstance(teams, bytes):
        teams_path.write_bytes(teams)
    else:
        teams_path.write_text(teams, encoding="utf-8")
    (tmp_path / "topics.yaml").write_text(topics, encoding="utf-8")
    return {
        "WATCHER_TEAMS_FILE": str(teams_path),
        "WATCHER_TOPICS_FILE": str(tmp_path / "topics.yaml"),
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'watcher.db'}",
        # a flow must not start: no Prefect server may be needed to report a config mistake
        "PREFECT_API_URL": "http://127.0.0.1:9/api",
    }


def _expected(tmp_path: Path, where: tuple[str, int | None, str]) -> tuple[str, str]:
    name, line, words = where
    path = str(tmp_path / name)
    if line is None:
        return path, words
    return (f"{path}, line {line}" if name == "teams.yaml" else f"{path}:{line}"), words


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_every_command_reports_the_mistake_in_one_line(
    tmp_path: Path,
    case: tuple[str, str | bytes | None, str, tuple[str, int | None, str]],
    command: list[str],
) -> None:
    _, teams, topics, where = case
    env = _write(tmp_path, teams, topics)
    result = runner.invoke(app, command, env=env)
    assert result.exit_code == 2, result.output
    place, words = _expected(tmp_path, where)
    assert place in result.output and words in result.output, result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) <= 2, result.output


def test_match_reports_a_bad_topics_file(tmp_path: Path) -> None:
    _, teams, topics, _ = CASES[-2]
    env = _write(tmp_path, teams, topics)
    text = tmp_path / "doc.txt"
    text.write_text("counter-drone", encoding="utf-8")
    result = runner.invoke(app, ["match", str(text)], env=env)
    assert result.exit_code == 2
    assert f"{tmp_path / 'topics.yaml'}:7" in result.output and "'***'" in result.output


def test_the_real_watcher_poll_prints_one_line_not_a_traceback(tmp_path: Path) -> None:
    """As an operator runs it, in its own process (issue #19: about 100 lines of traceback)."""
    _, teams, topics, _ = CASES[0]
    env = {**os.environ, **_write(tmp_path, teams, topics)}
    watcher = Path(sys.executable).with_name("watcher")
    result = subprocess.run(
        [str(watcher), "poll", "--replay"], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == (
        f"error: {tmp_path / 'teams.yaml'}, line 7: duplicate key 'desk'"
    )
