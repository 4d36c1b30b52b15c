"""Extraction children start clean whatever the entry point: they never run the parent's
``__main__`` again, nor import the CLI, Prefect or Scrapy; limits still hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from watcher.extract import extract_isolated
from watcher.extract.isolate import run_isolated

HEAVY = ("watcher.cli", "prefect", "scrapy", "sqlalchemy")
LOADED = "sorted(__import__('sys').modules)"


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in HEAVY or m.startswith("watcher.cli")]


def test_child_imports_nothing_heavy_from_a_heavy_parent() -> None:
    import prefect  # noqa: F401  # the parent has what a Prefect worker or the CLI has

    import watcher.cli  # noqa: F401

    modules = run_isolated(eval, (LOADED,), timeout_s=60, memory_mb=512)
    assert "watcher.extract.isolate" in modules  # it is the extraction child
    assert heavy(modules) == []


def test_child_of_a_script_does_not_rerun_its_main(tmp_path: Path) -> None:
    """As the ``watcher`` console script: a ``__main__`` file that imports the CLI."""
    marker = tmp_path / "main-ran"
    script = tmp_path / "entry.py"
    script.write_text(
        "import json, pathlib, sys\n"
        f"pathlib.Path({str(marker)!r}).open('a').write('x')\n"
        "from watcher.cli import app\n"
        "from watcher.extract.isolate import run_isolated\n"
        "if __name__ == '__main__':\n"
        f"    print(json.dumps(run_isolated(eval, ({LOADED!r},), timeout_s=60, memory_mb=512)))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True
    )
    modules = json.loads(done.stdout)
    assert heavy(modules) == []
    assert "__mp_main__" not in modules
    assert marker.read_text() == "x"  # the script ran once: in the parent only


def test_text_extraction_child_loads_no_pdf_or_html_reader() -> None:
    result = extract_isolated(b"De Belgische marine en de Nederlandse marine.", timeout_s=60)
    assert result.status == "ok"
    modules = run_isolated(eval, (LOADED,), timeout_s=60, memory_mb=512)
    assert not [m for m in modules if m.split(".")[0] in ("pdfminer", "bs4", "lxml")]


def test_memory_limit_is_set_in_the_child() -> None:
    limit = run_isolated(
        eval, ("__import__('resource').getrlimit(9)[0]",), timeout_s=60, memory_mb=300
    )
    assert limit == 300 * 1024 * 1024  # RLIMIT_AS is resource 9 on Linux


def test_a_child_killed_from_outside_is_crashed() -> None:
    with pytest.raises(Exception) as caught:
        run_isolated(
            eval,
            ("__import__('os').kill(__import__('os').getpid(), 9)",),
            timeout_s=60,
            memory_mb=512,
        )
    assert str(caught.value) == "crashed: child killed by SIGKILL"
