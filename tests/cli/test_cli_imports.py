"""``watcher --help`` and the commands that only read the database stay light (issue #14).

Each case runs the real command in a fresh interpreter and lists the modules it imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN_AND_LIST = """
import json, sys
from watcher.cli import app
try:
    app(sys.argv[2:], prog_name="watcher")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""

# Packages the flow commands need; no command that only reads needs them.
HEAVY = ("prefect", "scrapy", "twisted", "apprise", "pdfminer", "pypdfium2", "uvicorn")
# Parts of watcher that load those, or the extractors and the matcher.
HEAVY_WATCHER = ("watcher.steps", "watcher.extract", "watcher.match", "watcher.alerts.send")


def imported(tmp_path: Path, *args: str) -> list[str]:
    out = tmp_path / "modules.json"
    env = {
        **os.environ,
        "WATCHER_DATABASE_URL": f"sqlite:///{tmp_path / 'watcher.db'}",
        "WATCHER_DATA_DIR": str(tmp_path / "data"),
        "WATCHER_TEAMS_FILE": str(tmp_path / "no-teams.yaml"),
    }
    subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, str(out), *args],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    result = json.loads(out.read_text())
    assert result["code"] in (0, None), result["code"]
    modules: list[str] = result["modules"]
    return modules


def loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)]


def test_help_imports_no_heavy_package_nor_sqlalchemy(tmp_path: Path) -> None:
    modules = imported(tmp_path, "--help")
    assert "typer" in modules  # the check sees what was loaded
    assert loaded(modules, (*HEAVY, *HEAVY_WATCHER, "sqlalchemy", "watcher.storage")) == []


@pytest.mark.parametrize(
    "args",
    [["hits"], ["hits", "--format", "json"], ["sources"], ["alerts", "log"], ["poll", "--help"]],
)
def test_reading_commands_import_neither_prefect_nor_scrapy(
    tmp_path: Path, args: list[str]
) -> None:
    modules = imported(tmp_path, *args)
    assert loaded(modules, (*HEAVY, *HEAVY_WATCHER)) == []
    if args[-1] != "--help":
        assert "sqlalchemy" in modules  # they did read the database
