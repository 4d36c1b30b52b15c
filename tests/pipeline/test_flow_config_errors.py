"""A configuration mistake fails a flow run before any source is polled, with a message naming
the file and line."""

from __future__ import annotations

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


def test_a_config_mistake_fails_the_flow_run_naming_file_and_line(
    watcher_env: Callable[[str | None], Settings],
) -> None:
    settings = watcher_env(DUPLICATE_TEAM)
    state = poll(replay=True, return_state=True)
    assert state.is_failed()
    assert f"{settings.teams_file}, line 7: duplicate key 'desk'" in str(state.message)

    with pytest.raises(TeamsConfigError, match="line 7: duplicate key 'desk'"):
        digest()
