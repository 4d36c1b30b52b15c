"""prefect.yaml, deployed with the real ``prefect deploy --all`` to the session's Prefect server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from prefect.client.orchestration import get_client

ROOT = Path(__file__).resolve().parents[2]


def _prefect(*args: str, api_url: str) -> str:
    env = {**os.environ, "PREFECT_API_URL": api_url}
    done = subprocess.run(
        [sys.executable, "-m", "prefect", "--no-prompt", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def test_prefect_yaml_deploys_the_four_flows_with_their_schedules(prefect_api: str) -> None:
    _prefect(
        "work-pool", "create", "watcher", "--type", "process", "--overwrite", api_url=prefect_api
    )
    _prefect("deploy", "--all", api_url=prefect_api)

    with get_client(sync_client=True) as client:
        deployments = {
            f"{client.read_flow(d.flow_id).name}/{d.name}": d for d in client.read_deployments()
        }
    assert set(deployments) == {
        "poll/poll",
        "digest/digest",
        "backfill/backfill",
        "rematch/rematch",
    }
    for name, deployment in deployments.items():
        flow_name = name.split("/")[0]
        assert deployment.entrypoint == f"flows.{flow_name}:{flow_name}"
        assert deployment.work_pool_name == "watcher"
        assert deployment.pull_steps == []
        # No overlapping runs of the same deployment: one at a time, later ones cancelled.
        assert deployment.global_concurrency_limit is not None
        assert deployment.global_concurrency_limit.limit == 1
        assert deployment.concurrency_options is not None
        assert deployment.concurrency_options.collision_strategy.value == "CANCEL_NEW"

    poll_schedule = [s.schedule for s in deployments["poll/poll"].schedules]
    assert [s.interval.total_seconds() for s in poll_schedule] == [1800.0]  # type: ignore[union-attr]
    digest_schedule = [s.schedule for s in deployments["digest/digest"].schedules]
    assert [(s.cron, s.timezone) for s in digest_schedule] == [("*/15 * * * *", "Europe/Brussels")]  # type: ignore[union-attr]
    assert deployments["backfill/backfill"].schedules == []
    assert deployments["rematch/rematch"].schedules == []
    assert deployments["backfill/backfill"].parameters == {
        "source": "be_chamber",
        "since": "2026-01-01",
        "alerts": False,
        "replay": False,
    }
    assert deployments["poll/poll"].parameters == {"replay": False}
