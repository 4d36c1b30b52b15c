"""The compiled matching core (``_matchcore.c``), which ``watcher.match`` uses where built."""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

_E = TypeVar("_E", bound=tuple[Any, ...])

class Core:
    def __init__(
        self, terms: Sequence[tuple[Any, ...]], topics: Sequence[tuple[Any, ...]]
    ) -> None: ...
    def candidates(
        self, texts: list[str], lows: list[str]
    ) -> list[tuple[int, int, float, int, int, int, bool, tuple[tuple[int, int], ...]]] | None: ...
    def match(
        self,
        texts: list[str],
        lows: list[str],
        numbers: list[int],
        fold: Callable[[str], str],
        evidence: type[_E],
    ) -> list[tuple[int, float, list[_E]]] | None: ...
