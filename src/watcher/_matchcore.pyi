"""The compiled matching core (``_matchcore.c``), which ``watcher.match`` uses where built."""

from collections.abc import Callable, Sequence
from typing import Any

class Core:
    def __init__(
        self, terms: Sequence[tuple[Any, ...]], topics: Sequence[tuple[Any, ...]]
    ) -> None: ...
    def candidates(
        self, texts: list[str], lows: list[str]
    ) -> list[tuple[int, int, float, int, int, int, bool, tuple[tuple[int, int], ...]]] | None: ...
    def match(
        self, texts: list[str], lows: list[str], numbers: list[int], fold: Callable[[str], str]
    ) -> (
        list[tuple[int, float, list[tuple[int, str, tuple[str, ...], int, int, float, str]]]] | None
    ): ...
