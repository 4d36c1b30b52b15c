from __future__ import annotations

from pathlib import Path

import pytest

from watcher.match import Topic, load_topics

ROOT = Path(__file__).resolve().parents[2]
TOPICS_FILE = ROOT / "config" / "topics.yaml"


@pytest.fixture(scope="session")
def topics() -> list[Topic]:
    """The shipped topics, as the pipeline loads them."""
    return load_topics(TOPICS_FILE)
