"""The extraction child: ``python -m watcher.extract.child MEMORY_MB``.

Reads a pickled ``(function, args, kwargs)`` on stdin, caps its own address space, runs it and
writes a pickled ``(status, payload)`` on stdout: ``("ok", result)``, ``("error", exception)``
or ``("memory", detail)``. Only :mod:`watcher.extract.isolate` starts it.
"""

from __future__ import annotations

import pickle
import resource
import sys
from typing import Any


def main() -> None:
    limit = int(sys.argv[1]) * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    func, args, kwargs = pickle.load(sys.stdin.buffer)
    try:
        message: tuple[str, Any] = ("ok", func(*args, **kwargs))
    except MemoryError as exc:
        message = ("memory", f"MemoryError {exc}".strip())
    except Exception as exc:
        message = ("error", exc)
    try:
        output = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        output = pickle.dumps(("memory", "result too large to send"))
    except Exception as exc:  # an unpicklable exception or result
        output = pickle.dumps(("error", RuntimeError(f"cannot return result: {exc!r}")))
    sys.stdout.buffer.write(output)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
