"""Broken configurations, each loaded by the real ``watcher alerts send`` in its own process: a
mistake must end in one line naming the file and line, exit 2, no traceback."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from faultkit import WATCHER, Record

pytestmark = pytest.mark.faults

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
OTHER = "  other:\n    name: Other\n    topics: all\n    targets:\n      f: file:///tmp/f\n"

# name -> (teams.yaml: text, bytes, or None for a directory; topics.yaml text or None for none)
CASES: dict[str, tuple[str | bytes | None, str | None]] = {
    "duplicate team id": (TEAM + OTHER.replace("other", "desk"), TOPICS),
    "duplicate target key": (TEAM + "      email: mailto://h?to=a@example.org\n", TOPICS),
    "duplicate admin target": (
        TEAM
        + "admin:\n  targets:\n    ops: mailto://h?to=a@b.org\n    ops: mailto://h?to=c@d.org\n",
        TOPICS,
    ),
    "unknown topic": (TEAM.replace("[c-uas]", "[c-uas, drones]"), TOPICS),
    "bad mailto port": (TEAM.replace("2525", "notaport"), TOPICS),
    "mailto without host": (TEAM.replace("127.0.0.1:2525", ""), TOPICS),
    "mailto recipient not an address": (TEAM.replace("desk@example.org", "desk"), TOPICS),
    "slack URL without tokens": (TEAM.replace('"mailto://127.0.0.1:2525?', '"slack://T1?'), TOPICS),
    "unknown apprise scheme": (TEAM.replace("mailto://", "nosuchservice://"), TOPICS),
    "target that is no URL": (TEAM.replace('"mailto://127.0.0.1:2525?to=', '"'), TOPICS),
    "missing environment variable": (TEAM.replace("desk@", "${NO_SUCH_VARIABLE}@"), TOPICS),
    "teams file not UTF-8": (TEAM.replace("Desk", "D\xe9sk").encode("latin-1"), TOPICS),
    "teams file is a directory": (None, TOPICS),
    "teams file YAML syntax": (TEAM.replace("[c-uas]", "[c-uas"), TOPICS),
    "teams file a list": ("- desk\n- other\n", TOPICS),
    "bad delivery schedule": (TEAM + "    delivery: hourly\n", TOPICS),
    "unknown time zone": ("timezone: Europe/Brusels\n" + TEAM, TOPICS),
    "unknown key": (TEAM + "    colour: red\n", TOPICS),
    "term '***'": (TEAM, TOPICS.replace("[counter-drone]", "[counter-drone, '***']")),
    "duplicate topic key": (TEAM, TOPICS.replace("    aliases:", "    name: X\n    aliases:")),
    "duplicate topic id": (TEAM, TOPICS + TOPICS.split("topics:\n", 1)[1]),
    "topics file missing": (TEAM, None),
    "topics file not UTF-8": (TEAM, TOPICS.replace("drone system", "dr\xf6ne system")),
    "topic with no aliases": (
        TEAM,
        TOPICS.replace("    aliases:\n      en: [counter-drone]\n", ""),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_broken_configuration(tmp_path: Path, record: Record, name: str) -> None:
    teams, topics = CASES[name]
    teams_path, topics_path = tmp_path / "teams.yaml", tmp_path / "topics.yaml"
    if teams is None:
        teams_path.mkdir()
    elif isinstance(teams, bytes):
        teams_path.write_bytes(teams)
    else:
        teams_path.write_text(teams, encoding="utf-8")
    if topics is not None:
        encoding = "latin-1" if "not UTF-8" in name else "utf-8"
        topics_path.write_text(topics, encoding=encoding)
    env = {
        **os.environ,
        "WATCHER_TEAMS_FILE": str(teams_path),
        "WATCHER_TOPICS_FILE": str(topics_path),
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}",
    }
    try:
        run = subprocess.run(
            [WATCHER, "alerts", "send"], env=env, capture_output=True, text=True, timeout=300
        )
    except subprocess.TimeoutExpired:
        record("broken configurations", name, "hang")
        return
    output = run.stdout + run.stderr
    print(name, "->", run.returncode, output.strip()[:300])
    if "Traceback" in output:
        outcome = "crash"
    elif run.returncode == 0:
        outcome = "unsafe"  # accepted without a word
    elif "yaml" in output and ("line" in output or ".yaml:" in output or "directory" in output):
        outcome = "clear error"
    else:
        outcome = "vague error"
    record("broken configurations", name, outcome)
