from __future__ import annotations

import os
from pathlib import Path

import pytest

from watcher import match
from watcher.match import Topic, load_topics

ROOT = Path(__file__).resolve().parents[2]
TOPICS_FILE = ROOT / "config" / "topics.yaml"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def topics() -> list[Topic]:
    """The shipped topics, as the pipeline loads them."""
    return load_topics(TOPICS_FILE)


@pytest.fixture(params=["core", "python"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test with each matching engine: the compiled core (where it is built) and the
    Python matcher, which runs alone where it is not."""
    if request.param == "python":
        monkeypatch.setattr(match, "_matchcore", None)
    else:
        require_core()
    return str(request.param)


def require_core() -> None:
    """Skip where the compiled core is not built (no C compiler); fail in CI, which sets
    ``WATCHER_REQUIRE_CORE=1``."""
    if match._matchcore is None:
        reason = "the compiled matching core (watcher._matchcore) is not built"
        if os.environ.get("WATCHER_REQUIRE_CORE") == "1":
            pytest.fail(reason + " (WATCHER_REQUIRE_CORE=1)")
        pytest.skip(reason)
