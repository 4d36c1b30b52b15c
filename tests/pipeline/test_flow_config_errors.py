"""A configuration mistake fails a flow run with its one message (file, line, what is wrong):
the run's state says it, its log says it once, without a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from flows.digest import digest
from flows.poll import poll
from watcher.alerts.teams import TeamsConfigError
from watcher.settings import Settings

DUPLICATE_TEAM = """teams:
  desk:
    name: Desk
    topics: all
    targets:
      f: file:///tmp/desk.jsonl
  desk:
    name: Other desk
    topics: all
    targets:
      f: file:///tmp/other.jsonl
"""


def test_a_config_mistake_fails_the_flow_run_with_its_message(
    watcher_env: Callable[[str | None], Settings], caplog: pytest.LogCaptureFixture
) -> None:
    settings = watcher_env(DUPLICATE_TEAM)
    message = f"{settings.teams_file}, line 7: duplicate key 'desk'"
    with caplog.at_level(logging.INFO):
        state = poll(replay=True, return_state=True)
    assert state.is_failed()
    assert state.message == message
    flow_records = [r for r in caplog.records if r.name == "prefect.flow_runs"]
    assert [r.getMessage() for r in flow_records if r.levelno >= logging.ERROR] == [message]
    assert all(r.exc_info is None for r in flow_records)

    with pytest.raises(TeamsConfigError, match="line 7: duplicate key 'desk'"):
        digest()
