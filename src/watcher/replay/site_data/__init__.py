"""What some replayed sites hold, as data; ``watcher.replay.build_site`` writes it out.

A module here is optional: a replay site may as well be a hand-written ``sites/<slug>/`` folder.
Each module is named after its source and holds ``MANIFEST``.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any


def manifests() -> dict[str, dict[str, Any]]:
    """Slug -> the manifest its module here builds."""
    return {
        info.name: importlib.import_module(f"{__name__}.{info.name}").MANIFEST
        for info in pkgutil.iter_modules(__path__)
    }
