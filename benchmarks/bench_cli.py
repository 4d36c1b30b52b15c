"""What users run, against the bare pipeline: start-up, ``watcher match``, ``watcher poll``.

In one run, on scratch databases and folders:

1. start-up of ``watcher --help`` and ``watcher hits`` as a ratio of ``python -c pass``;
2. ``watcher match`` on 1, 20 and 100 small text files, and the per-file cost beyond start-up
   beside the bare extraction + matching of one file in this process;
3. watcher's local Prefect server started (timed), then a first and a second poll of the bundled
   replay through the bare pipeline (``bench_poll.poll_once``) and through ``watcher poll
   --replay`` (the console script, the Prefect flow, the server), as ratios; and where the rest
   of the CLI's time goes (start-up, Prefect's import, a spider subprocess, flow and tasks).

    .venv/bin/python benchmarks/bench_cli.py            # all of it
    .venv/bin/python benchmarks/bench_cli.py --match 1,20 --no-poll
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from watcher.settings import PROJECT_ROOT

# The pipeline loads inside poll(): extraction's children re-run this script's module-level
# imports (until they start clean), and the bare pipeline should not pay for them.
BIN = Path(sys.executable).parent
PASSAGE = (
    "De regering investeert in counter-drone capaciteit (C-UAS) voor de bescherming van "
    "kazernes en havens, samen met de Belgische marine onder het BeNeSam-akkoord.\n"
)


def timed(argv: list[str], env: dict[str, str], runs: int = 1) -> float:
    """Median wall time of ``argv`` over ``runs`` runs; fails loudly if the command fails."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t)
        if done.returncode != 0:
            output = done.stdout[-2000:] + done.stderr[-2000:]
            raise SystemExit(f"{' '.join(argv)} failed:\n{output}")
    return statistics.median(times)


def startup(env: dict[str, str]) -> None:
    base = timed([sys.executable, "-c", "pass"], env, runs=5)
    helps = timed([str(BIN / "watcher"), "--help"], env, runs=3)
    hits = timed([str(BIN / "watcher"), "hits"], env, runs=3)
    prefect = timed([sys.executable, "-c", "import prefect"], env, runs=3)
    print("\nstart-up (median wall time)")
    print(f"  python -c pass           {base:6.2f} s")
    print(f"  watcher --help           {helps:6.2f} s  ({helps / base:.1f}x python -c pass)")
    print(f"  watcher hits (empty db)  {hits:6.2f} s  ({hits / base:.1f}x python -c pass)")
    print(f"  python -c 'import prefect' {prefect:4.2f} s  (paid by the flow commands only)")


def match(env: dict[str, str], sizes: list[int], tmp: Path) -> None:
    folder = tmp / "match"
    folder.mkdir()
    files = []
    for i in range(max(sizes)):
        path = folder / f"passage-{i:03}.txt"
        path.write_text(f"Passage {i}.\n" + PASSAGE * 3, encoding="utf-8")
        files.append(str(path))
    # In a fresh `python -c` process: extraction's children must not re-run this script's imports.
    bare_code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from watcher.extract import extract_isolated\n"
        "from watcher.match import load_topics, match_document\n"
        "topics = load_topics(sys.argv[1])\n"
        "t = time.perf_counter()\n"
        "for path in sys.argv[2:]:\n"
        "    match_document(extract_isolated(Path(path).read_bytes()).pages, topics)\n"
        "print((time.perf_counter() - t) / len(sys.argv[2:]))\n"
    )
    topics_file = str(PROJECT_ROOT / "config" / "topics.yaml")
    bare_run = subprocess.run(
        [sys.executable, "-c", bare_code, topics_file, *files[:20]],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    bare = float(bare_run.stdout.split()[-1])
    print("\nwatcher match on small text files (wall time)")
    walls = {}
    for n in sizes:
        walls[n] = timed([str(BIN / "watcher"), "match", *files[:n]], env)
        print(f"  {n:4} files  {walls[n]:7.2f} s")
    if len(sizes) > 1:
        lo, hi = min(sizes), max(sizes)
        per_file = (walls[hi] - walls[lo]) / (hi - lo)
        print(
            f"  per file beyond start-up {per_file:.3f} s; bare extraction + matching in one "
            f"process {bare:.3f} s per file ({per_file / bare:.1f}x)"
        )


def poll(env: dict[str, str], tmp: Path) -> None:
    from bench_poll import poll_once

    from watcher import steps
    from watcher.prefect_server import ensure_local_server, stop_local_server
    from watcher.settings import load_settings

    data_dir = tmp / "cli-data"
    t = time.perf_counter()
    server = ensure_local_server(data_dir)
    server_start = time.perf_counter() - t
    try:
        print(f"\nlocal Prefect server started in {server_start:.1f} s (fresh database)")
        bare_settings = load_settings(
            database_url=f"sqlite:///{tmp}/bare.db",
            data_dir=tmp / "bare-data",
            teams_file=tmp / "no-teams.yaml",
            topics_file=PROJECT_ROOT / "config" / "topics.yaml",
        )
        bare = []
        with steps.open_runtime(bare_settings, replay=True) as rt:
            for label in ("bare pipeline, first poll", "bare pipeline, second poll"):
                t = time.perf_counter()
                poll_once(rt, label)
                bare.append(time.perf_counter() - t)
        cli_env = {
            **env,
            "PREFECT_API_URL": server.api_url,
            "WATCHER_DATABASE_URL": f"sqlite:///{tmp}/cli.db",
            "WATCHER_DATA_DIR": str(data_dir),
        }
        cli, runs = [], []
        for _ in range(2):
            cli.append(timed([str(BIN / "watcher"), "poll", "--replay"], cli_env))
            runs.append(last_flow_run(server.api_url))
        spider = timed([sys.executable, "-m", "scrapy", "version"], env, runs=3)
        prefect = timed([sys.executable, "-c", "import prefect"], env)
        helps = timed([str(BIN / "watcher"), "--help"], env)
    finally:
        stop_local_server(data_dir)
    print("\npoll of the replay: CLI (console script, Prefect flow, running server) vs bare")
    for label, c, b in zip(("first", "second"), cli, bare, strict=True):
        print(f"  {label:6} poll  CLI {c:6.1f} s   bare {b:6.1f} s   ratio {c / b:.2f}x")
    for label, (flow_s, crawl_s, tasks) in zip(("first", "second"), runs, strict=True):
        print(f"where the CLI's {label} poll spends its time (from the flow run in the API)")
        print(f"  the flow run, start to end               {flow_s:5.1f} s")
        print(f"    the four crawls, in parallel           {crawl_s:5.1f} s")
        for name, seconds in tasks:
            print(f"    {name:<38} {seconds:5.1f} s")
        inside = flow_s - crawl_s - sum(s for _, s in tasks)
        print(f"    between tasks (engine, runtime, replay) {inside:5.1f} s")
    print(
        f"  outside the flow run (start-up, imports)   {cli[1] - runs[1][0]:5.1f} s (second poll)"
    )
    print(f"  of which: watcher --help {helps:.1f} s, importing Prefect {prefect:.1f} s")
    print(f"  one spider subprocess's start (python -m scrapy version) {spider:.1f} s")
    print(f"(server start, paid once per machine: {server_start:.1f} s)")


def last_flow_run(api_url: str) -> tuple[float, float, list[tuple[str, float]]]:
    """The newest flow run's wall time, its crawl stage's, and every other task's run time."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with (
        temporary_settings(updates={PREFECT_API_URL: api_url}),
        get_client(sync_client=True) as client,
    ):
        run = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)[0]
        tasks = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id]))
        )
    assert run.start_time and run.end_time
    crawls = [t for t in tasks if t.name.startswith("crawl ") and t.start_time and t.end_time]
    crawl = (
        (max(t.end_time for t in crawls) - min(t.start_time for t in crawls)).total_seconds()
        if crawls
        else 0.0
    )
    others = [(t.name, t.total_run_time.total_seconds()) for t in tasks if t not in crawls]
    return (run.end_time - run.start_time).total_seconds(), crawl, sorted(others)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--match", default="1,20,100", help="file counts for watcher match")
    parser.add_argument("--no-poll", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="watcher-bench-cli-") as name:
        tmp = Path(name)
        env = {
            **os.environ,
            "WATCHER_DATABASE_URL": f"sqlite:///{tmp}/startup.db",
            "WATCHER_DATA_DIR": str(tmp / "startup-data"),
            "WATCHER_TEAMS_FILE": str(tmp / "no-teams.yaml"),
        }
        env.pop("PREFECT_API_URL", None)
        print(f"watcher as users run it, {os.cpu_count()} cores, scratch folder {tmp}")
        startup(env)
        sizes = [int(n) for n in args.match.split(",") if n]
        if sizes:
            match(env, sizes, tmp)
        if not args.no_poll:
            poll(env, tmp)


if __name__ == "__main__":
    main()
