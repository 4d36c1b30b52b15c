"""Run a function in a child process that can be stopped: wall-clock timeout, memory limit.

pdfminer is pure Python and can spin or bloat on pathological files; a Python-level timeout
cannot interrupt it, so the work runs in a child that is killed from outside. Children are
forked from a forkserver that has already imported the extractors, which keeps each start
cheap and avoids forking a parent that may run threads (Prefect, Scrapy).
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any

_PRELOAD = ["watcher.extract"]
_context: Any = None


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
    is capped at ``memory_mb`` (``RLIMIT_AS``), so allocations past it fail with
    ``MemoryError``; the child is killed when no result arrived after ``timeout_s`` seconds.
    Exceptions raised by ``func`` are re-raised in the caller.
    """
    receiver, sender = _get_context().Pipe(duplex=False)
    process = _get_context().Process(
        target=_child, args=(sender, func, args, dict(kwargs or {}), memory_mb), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            raise IsolationError("timeout", f"no result after {timeout_s:g} s; child killed")
        try:
            status, payload = receiver.recv()
        except (EOFError, OSError):
            process.join(5)
            code = process.exitcode
            if code is not None and code < 0:
                name = signal.Signals(-code).name
                raise IsolationError("crashed", f"child killed by {name}") from None
            raise IsolationError("crashed", f"child exited with code {code}") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status == "memory":
        raise IsolationError("memory", f"needed more than {memory_mb} MB; {payload}")
    if status == "error":
        raise payload
    return payload


def _child(
    conn: Connection,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    memory_mb: int,
) -> None:
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        message: tuple[str, Any] = ("ok", func(*args, **kwargs))
    except MemoryError as exc:
        message = ("memory", f"MemoryError {exc}".strip())
    except Exception as exc:
        message = ("error", exc)
    try:
        conn.send(message)
    except MemoryError:
        conn.send(("memory", "result too large to send"))
    except Exception as exc:  # an unpicklable exception or result
        conn.send(("error", RuntimeError(f"cannot return result: {exc!r}")))
    conn.close()


def _get_context() -> Any:
    global _context
    if _context is None:
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods:
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload(_PRELOAD)
        else:  # pragma: no cover - not Linux
            _context = multiprocessing.get_context("spawn")
    return _context
