from __future__ import annotations

import pytest

from watcher.replay.build_site import TEXTS_DIR


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed documents by their number ("000" ... "004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(TEXTS_DIR.glob("*.txt"))}
