"""What each replayed site holds, as data; ``watcher.replay.build_site`` writes it out."""

from __future__ import annotations

from typing import Any

from watcher.replay.site_data import be_chamber, benelux_parliament, nl_aiv, nl_tweedekamer

MANIFESTS: dict[str, dict[str, Any]] = {
    "be_chamber": be_chamber.MANIFEST,
    "nl_tweedekamer": nl_tweedekamer.MANIFEST,
    "nl_aiv": nl_aiv.MANIFEST,
    "benelux_parliament": benelux_parliament.MANIFEST,
}
