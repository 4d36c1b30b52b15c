"""A poll's run logs in the Prefect API say what it found (issue #14): read back from the server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    FlowRunFilter,
    FlowRunFilterId,
    LogFilter,
    LogFilterFlowRunId,
)
from prefect.logging.handlers import APILogHandler

from flows.poll import poll
from watcher.settings import Settings

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_a_poll_run_logs_its_sources_new_documents_and_hits_to_the_api(
    watcher_env: Callable[[str | None], Settings], prefect_api: str
) -> None:
    watcher_env(None)

    state = poll(sources=["nl_aiv"], replay=True, return_state=True)

    summary = state.result()
    assert summary.ok
    run_id = state.state_details.flow_run_id
    assert run_id is not None
    APILogHandler().flush()
    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
        task_runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id]))
        )
    messages = [log.message for log in logs]
    by_logger = {log.name for log in logs}

    # watcher's own loggers reach the run's logs, not only Prefect's
    assert {"watcher.crawl.runner", "watcher.steps"} <= by_logger, by_logger
    assert any(m.startswith("Crawl of nl_aiv ok") for m in messages), messages
    # the summary, at the end of the run: seen, new, hits with the documents hit
    hit_documents = [m for m in messages if m.startswith("nl_aiv: degraded")]
    assert len(hit_documents) == 1, messages
    line = hit_documents[0]
    assert f"{summary.sources[0].new} new" in line and "listing items checked" in line
    assert f"{len(summary.sources[0].hit_ids)} hits in nl_aiv/" in line and "(c-uas" in line
    assert any(m.startswith("messages sent: 2 messages to the local file") for m in messages)
    # named tasks, not anonymous ones
    names = {t.name for t in task_runs}
    assert {"crawl nl_aiv", "store nl_aiv", "send immediate alerts"} <= names, names
    assert any(n.startswith("extract ") and n.endswith(" documents of nl_aiv") for n in names)
