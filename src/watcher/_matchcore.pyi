"""The compiled matching core (``_matchcore.c``); ``watcher.match`` is its reference."""

from collections.abc import Sequence
from typing import Any

class Core:
    def __init__(
        self, terms: Sequence[tuple[Any, ...]], topics: Sequence[tuple[Any, ...]]
    ) -> None: ...
    def candidates(
        self, texts: list[str], lows: list[str]
    ) -> list[tuple[int, int, float, int, int, int, bool, tuple[tuple[int, int], ...]]] | None: ...

def snippet(
    text: str, spans: Sequence[tuple[int, int]], start: int, end: int, width: int
) -> str: ...
