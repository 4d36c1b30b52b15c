"""Run a function in a child process that can be stopped: wall-clock timeout, memory limit.

pdfminer is pure Python and can spin or bloat on pathological files; a Python-level timeout
cannot interrupt it, so the work runs in a child that is killed from outside.

The child is a fresh ``python -m watcher.extract.child``, not a multiprocessing child: those
re-run the parent's ``__main__`` (for the ``watcher`` console script, the whole CLI with
Prefect and SQLAlchemy: 1.5-5 s per document), and forking a parent that runs threads (Prefect,
Scrapy) is unsafe. The fresh interpreter imports only what the document needs, whatever the
entry point (console script, ``python -m``, a Prefect worker, pytest).
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

_CHILD = "watcher.extract.child"
# The directory holding the watcher package, so the child imports the same code as the parent
# (an editable install, a checkout on sys.path).
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


class IsolationError(Exception):
    """The child gave no result; ``kind`` is ``"timeout"``, ``"memory"`` or ``"crashed"``."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


def run_isolated(
    func: Callable[..., Any],
    args: tuple[Any, ...] = (),
    kwargs: Mapping[str, Any] | None = None,
    *,
    timeout_s: float,
    memory_mb: int,
) -> Any:
    """``func(*args, **kwargs)`` in a fresh child process; its return value, or
    :class:`IsolationError`.

    ``func`` and its arguments must pickle (a module-level function). The child's address space
    is capped at ``memory_mb`` (``RLIMIT_AS``, set by the child before it reads its input), so
    allocations past it fail with ``MemoryError``; the child is killed when no result arrived
    after ``timeout_s`` seconds. Exceptions raised by ``func`` are re-raised in the caller.
    """
    request = pickle.dumps((func, tuple(args), dict(kwargs or {})), pickle.HIGHEST_PROTOCOL)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p)
    process = subprocess.Popen(
        [sys.executable, "-m", _CHILD, str(memory_mb)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        output, errors = process.communicate(request, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise IsolationError("timeout", f"no result after {timeout_s:g} s; child killed") from None
    if process.returncode != 0 or not output:
        code = process.returncode
        if code is not None and code < 0:
            raise IsolationError("crashed", f"child killed by {signal.Signals(-code).name}")
        last = errors.decode("utf-8", "replace").strip().splitlines()[-1:]
        if last and "MemoryError" in last[0]:
            raise IsolationError("memory", f"needed more than {memory_mb} MB; {last[0]}")
        detail = f"child exited with code {code}" + (f": {last[0]}" if last else "")
        raise IsolationError("crashed", detail[:300])
    status, payload = pickle.loads(output)
    if status == "memory":
        raise IsolationError("memory", f"needed more than {memory_mb} MB; {payload}")
    if status == "error":
        raise payload
    return payload
