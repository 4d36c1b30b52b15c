"""A replay of the sources' sites for tests and for running watcher without internet.

``ReplayServer`` serves every site at its real paths on 127.0.0.1 (one port per site) and can inject
faults; ``watcher replay serve`` runs it from the command line.
"""

from watcher.replay.server import Fault, LoggedRequest, ReplayServer, serve_replay

__all__ = ["Fault", "LoggedRequest", "ReplayServer", "serve_replay"]
