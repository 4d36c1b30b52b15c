"""Raw files on disk, addressed by the sha256 of their bytes: ``<root>/ab/cd/abcd...``.

Writing the same bytes twice stores them once. Writes go to a temporary file first and are renamed
into place, so a crash never leaves a half-written file under a valid name, and several processes
(spider subprocesses, flow workers) can store at once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class RawStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """``"abcdef..." -> <root>/ab/cd/abcdef...``"""
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> str:
        """Store ``data``; return its sha256. Idempotent."""
        digest = sha256_hex(data)
        path = self.path_for(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        """The bytes stored under ``sha256``; FileNotFoundError if absent."""
        return self.path_for(sha256).read_bytes()
