"""The topics file (``config/topics.yaml``): its schema, and loading it with errors that name
the file and line.

This module only reads and validates; :mod:`watcher.match` compiles the result for matching.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class TopicFileError(ValueError):
    """A topics file that cannot be used; ``str()`` reads ``"path:line: message"``."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.message = message


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TermSpec(_Model):
    """One term with options; a bare string in the file is ``TermSpec(term=...)``."""

    term: str = Field(min_length=1)
    case: Literal["any", "exact"] = "any"
    #: A group that must occur within ``within`` words for this term to count.
    needs: str | None = None
    within: int = Field(default=12, ge=0, le=200)
    score: float | None = Field(default=None, gt=0, le=1)

    @field_validator("term")
    @classmethod
    def _has_letters(cls, term: str) -> str:
        if not any(ch.isalnum() for ch in term):
            raise ValueError(f"term {term!r} has no letters or digits")
        return term.strip()


Term = str | TermSpec


class RuleSpec(_Model):
    """Terms of several groups near each other: ``all: [drone, counter]`` within N words, or
    in one ``sentence`` or ``paragraph``."""

    name: str
    all: list[str] = Field(min_length=2)
    within: int | Literal["sentence", "paragraph"] = Field(default=8)

    @field_validator("within")
    @classmethod
    def _words(cls, within: int | str) -> int | str:
        if isinstance(within, int) and not 0 <= within <= 200:
            raise ValueError("within: a number of words from 0 to 200, sentence or paragraph")
        return within

    ordered: bool = False
    score: float = Field(default=0.75, gt=0, le=1)


class ExclusionSpec(_Model):
    """Terms that cancel hits: overlapping ones (``within: 0``), or rule and acronym hits
    within ``within`` words."""

    terms: list[Term] = Field(default_factory=list)
    group: str | None = None
    within: int = Field(default=0, ge=0, le=200)
    #: only these rules' hits are cancelled (by name); all rule and context hits if unset
    rules: list[str] | None = None
    why: str | None = None


class ExamplesSpec(_Model):
    positive: list[str] = Field(min_length=1)
    negative: list[str] = Field(min_length=1)


class TopicSpec(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    groups: dict[str, list[Term]] = Field(default_factory=dict)
    aliases: dict[Literal["nl", "fr", "en", "de", "any"], list[Term]] = Field(default_factory=dict)
    acronyms: list[Term] = Field(default_factory=list)
    rules: list[RuleSpec] = Field(default_factory=list)
    exclude: list[ExclusionSpec] = Field(default_factory=list)
    #: The group that an acronym set in an all-capitals line needs nearby.
    context: str | None = None
    examples: ExamplesSpec


class TopicsFile(_Model):
    version: Literal[1] = 1
    topics: list[TopicSpec] = Field(min_length=1)


class LoadedTopics:
    """Validated topic specs and the line of every value in the file (for later errors)."""

    def __init__(self, path: str, specs: list[TopicSpec], lines: dict[tuple[Any, ...], int]):
        self.path = path
        self.specs = specs
        self.lines = lines

    def error(self, loc: tuple[Any, ...], message: str) -> TopicFileError:
        """An error at ``loc`` (``("topics", 2, "rules", 0)``), located at the nearest line."""
        return TopicFileError(self.path, _line_of(self.lines, loc), message)


def read_topics(path: str | Path) -> LoadedTopics:
    """Parse and validate a topics file; raise :class:`TopicFileError` naming the line."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TopicFileError(name, None, f"cannot read: {exc}") from exc
    return parse_topics(text, name)


def parse_topics(text: str, name: str = "<topics>") -> LoadedTopics:
    """Like :func:`read_topics`, from the file's text."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise TopicFileError(name, line, f"YAML syntax: {exc.problem}") from exc
    if node is None:
        raise TopicFileError(name, None, "the file is empty")
    lines: dict[tuple[Any, ...], int] = {}
    data = _to_python(node, (), lines, name)
    try:
        parsed = TopicsFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        where = ".".join(str(part) for part in loc)
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        message = f"{where}: {first['msg']}{more}"
        raise TopicFileError(name, _line_of(lines, loc), message) from exc
    loaded = LoadedTopics(name, parsed.topics, lines)
    _check_references(loaded)
    return loaded


def _check_references(loaded: LoadedTopics) -> None:
    seen: dict[str, int] = {}
    for index, spec in enumerate(loaded.specs):
        where = ("topics", index)
        if spec.id in seen:
            raise loaded.error((*where, "id"), f"duplicate topic id {spec.id!r}")
        seen[spec.id] = index
        if not (spec.aliases or spec.acronyms or spec.rules):
            raise loaded.error(where, f"topic {spec.id!r} has no aliases, acronyms or rules")
        groups = set(spec.groups)
        for r, rule in enumerate(spec.rules):
            for g in rule.all:
                if g not in groups:
                    raise loaded.error(
                        (*where, "rules", r, "all"), f"rule {rule.name!r}: unknown group {g!r}"
                    )
        for e, exclusion in enumerate(spec.exclude):
            if exclusion.group is not None and exclusion.group not in groups:
                raise loaded.error(
                    (*where, "exclude", e, "group"), f"unknown group {exclusion.group!r}"
                )
            if exclusion.group is None and not exclusion.terms:
                raise loaded.error((*where, "exclude", e), "an exclusion needs terms or a group")
            names = {rule.name for rule in spec.rules}
            for name in exclusion.rules or ():
                if name not in names:
                    raise loaded.error((*where, "exclude", e, "rules"), f"unknown rule {name!r}")
        if spec.context is not None and spec.context not in groups:
            raise loaded.error((*where, "context"), f"unknown group {spec.context!r}")
        entries: list[tuple[tuple[Any, ...], Term]] = [
            ((*where, "acronyms", a), t) for a, t in enumerate(spec.acronyms)
        ]
        for lang, terms in spec.aliases.items():
            entries += [((*where, "aliases", lang, i), t) for i, t in enumerate(terms)]
        for group, terms in spec.groups.items():
            entries += [((*where, "groups", group, i), t) for i, t in enumerate(terms)]
        for loc, term in entries:
            if isinstance(term, TermSpec) and term.needs is not None and term.needs not in groups:
                raise loaded.error(loc, f"term {term.term!r} needs unknown group {term.needs!r}")


def _to_python(node: yaml.Node, loc: tuple[Any, ...], lines: dict[tuple[Any, ...], int],
               name: str) -> Any:  # fmt: skip
    """A composed YAML node -> plain Python, recording each value's line under its path."""
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = yaml.SafeLoader(key_node.value).construct_object(key_node)
            if key in result:
                raise TopicFileError(name, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            result[key] = _to_python(value_node, (*loc, key), lines, name)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*loc, i), lines, name) for i, item in enumerate(node.value)]
    return yaml.SafeLoader("").construct_object(node)


def _line_of(lines: dict[tuple[Any, ...], int], loc: tuple[Any, ...]) -> int | None:
    for end in range(len(loc), -1, -1):
        line = lines.get(tuple(loc[:end]))
        if line is not None:
            return line
    return None
