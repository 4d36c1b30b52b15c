"""``watcher new-source``: the three files it writes make a source that crawls, and whose test
passes, in a copy of the checkout; and what it refuses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watcher.cli import app

CHECKOUT = Path(__file__).resolve().parents[2]
ARGS = ["--title", "Demo Parliament (demo.example)", "--home", "https://www.demo.example"]


def _copy_checkout(to: Path) -> Path:
    """What a spider test needs of the checkout: the package, the spiders, the spider tests'
    fixtures and the pytest settings."""
    for folder in ("src", "spiders"):
        shutil.copytree(
            CHECKOUT / folder, to / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    (to / "tests" / "spiders").mkdir(parents=True)
    for name in ("tests/conftest.py", "tests/servers.py", "tests/spiders/conftest.py",
                 "tests/spiders/spiderkit.py", "pyproject.toml"):  # fmt: skip
        shutil.copy(CHECKOUT / name, to / name)
    return to


def test_the_new_source_crawls_its_replay_and_its_test_passes(tmp_path: Path) -> None:
    root = _copy_checkout(tmp_path / "checkout")

    result = CliRunner().invoke(app, ["new-source", "demo_parl", *ARGS, "--root", str(root)])

    assert result.exit_code == 0, result.output
    written = sorted(str(p.relative_to(root)) for p in root.rglob("*demo_parl*"))
    assert written == [
        "spiders/demo_parl.py",
        "src/watcher/replay/sites/demo_parl",
        "tests/spiders/test_spider_demo_parl.py",
    ]
    spider = (root / "spiders/demo_parl.py").read_text()
    assert 'name = "demo_parl"' in spider and "class DemoParlSpider(WatcherSpider)" in spider
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{root / 'src'}"}
    # The copy's package and spiders are the ones imported: the new source is one of them.
    listed = subprocess.run(
        [sys.executable, "-c", "from watcher.crawl import sources; print(sources.slugs())"],
        cwd=root, env=env, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    assert "'demo_parl'" in listed.stdout and "'nl_aiv'" in listed.stdout
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/spiders/test_spider_demo_parl.py"],
        cwd=root, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]
    assert "3 passed" in tests.stdout


@pytest.mark.parametrize(
    ("slug", "args", "refused"),
    [
        ("Demo-Parl", ARGS, "not a slug"),
        ("demo_parl", ["--title", "x", "--home", "http://www.demo.example"], "not a site's home"),
        ("demo_parl", [*ARGS, "--language", "dutch"], "not an ISO 639-1"),
        ("nl_aiv", ARGS, "not overwritten"),
    ],
)
def test_refused_without_writing_anything(
    tmp_path: Path, slug: str, args: list[str], refused: str
) -> None:
    root = tmp_path / "checkout"
    (root / "spiders").mkdir(parents=True)
    (root / "spiders/__init__.py").write_text("")
    (root / "spiders/nl_aiv.py").write_text("# the existing spider\n")
    (root / "tests").mkdir()

    result = CliRunner().invoke(app, ["new-source", slug, *args, "--root", str(root)])

    assert result.exit_code == 2
    assert refused in result.output
    assert sorted(p.name for p in root.rglob("*") if p.is_file()) == ["__init__.py", "nl_aiv.py"]
    assert (root / "spiders/nl_aiv.py").read_text() == "# the existing spider\n"
