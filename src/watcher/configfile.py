"""Reading a YAML configuration file (topics, teams) so that every mistake names its line.

ruamel.yaml does the work: it keeps the line of every key and item (``.lc``) and refuses duplicate
keys, which PyYAML silently resolves by keeping the last one (a second ``defence-desk:`` would
drop the first team without a word). What is left here is turning a path such as
``("teams", "desk", "targets", "email")`` into the nearest line, and the reasons a file cannot be
read at all (missing, a directory, not UTF-8) into one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError


class ConfigError(ValueError):
    """A configuration file that cannot be used. The message names the file and the line of the
    problem and is meant for the operator as it is: entry points print it, without a traceback,
    and exit non-zero."""


class YamlFileError(ConfigError):
    """The file cannot be read or is not valid YAML; ``str()`` reads ``"path:line: message"``."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True)
class YamlFile:
    """A parsed file: ``data`` (dicts, lists, scalars) and the line of each value in it."""

    name: str
    data: Any

    def line(self, loc: Iterable[Any]) -> int | None:
        """The line (1-based) of the value at ``loc`` or, where it does not exist, of its nearest
        parent: ``("teams", "desk", "targets")`` -> the line of ``targets:`` under ``desk``."""
        node, line = self.data, 1 if self.data is not None else None
        for part in loc:
            if isinstance(node, CommentedMap):
                key = next((k for k in node if str(k) == str(part)), None)
                if key is None:
                    break
                line = node.lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line


def read_yaml(path: Path) -> YamlFile:
    """Read and parse ``path``; raise :class:`YamlFileError` with a reason a person can act on."""
    name = str(path)
    if path.is_dir():
        raise YamlFileError(name, None, "is a directory, not a YAML file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlFileError(name, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise YamlFileError(
            name, line, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> YamlFile:
    """:func:`read_yaml` from the file's text."""
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = "not valid YAML: " + " ".join(str(exc.problem or exc.context or "").split())
        if "duplicate key" in str(exc.problem or ""):
            key = str(exc.problem).split('"', 2)[1] if '"' in str(exc.problem) else ""
            problem = f"duplicate key {key!r}" if key else "duplicate key"
        raise YamlFileError(name, mark.line + 1 if mark else None, problem) from None
    except YAMLError as exc:
        raise YamlFileError(name, None, f"not valid YAML: {exc}") from None
    return YamlFile(name, data)
