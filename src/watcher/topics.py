"""The topics file (``config/topics.yaml``): its schema, and loading it with errors that name
the file and line.

This module only reads and validates; :mod:`watcher.match` compiles the result for matching.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from watcher.configfile import YamlFile, YamlFileError, parse_yaml, read_yaml


class TopicFileError(YamlFileError):
    """A topics file that cannot be used; ``str()`` reads ``"path:line: message"``."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _has_letters(term: str) -> str:
    if not any(ch.isalnum() for ch in term):
        raise ValueError(f"term {term!r} has no letters or digits")
    return term.strip()


# A bare string in the file, checked as the ``term`` of a TermSpec is (so ``'***'`` is an error
# naming its line, here, not a traceback when the matcher compiles it).
BareTerm = Annotated[str, AfterValidator(_has_letters)]


class TermSpec(_Model):
    """One term with options; a bare string in the file is ``TermSpec(term=...)``."""

    term: BareTerm = Field(min_length=1)
    case: Literal["any", "exact"] = "any"
    #: A group that must occur within ``within`` words for this term to count.
    needs: str | None = None
    within: int = Field(default=12, ge=0, le=200)
    score: float | None = Field(default=None, gt=0, le=1)


Term = BareTerm | TermSpec


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
    """Validated topic specs and the file they came from (for the lines of later errors)."""

    def __init__(self, path: str, specs: list[TopicSpec], doc: YamlFile):
        self.path = path
        self.specs = specs
        self.doc = doc

    def error(self, loc: tuple[Any, ...], message: str) -> TopicFileError:
        """An error at ``loc`` (``("topics", 2, "rules", 0)``), located at the nearest line."""
        return TopicFileError(self.path, self.doc.line(loc), message)


def read_topics(path: str | Path) -> LoadedTopics:
    """Parse and validate a topics file; raise :class:`TopicFileError` naming the line."""
    try:
        doc = read_yaml(Path(path))
    except YamlFileError as exc:
        raise TopicFileError(exc.path, exc.line, exc.message) from None
    return _validate(doc)


def parse_topics(text: str, name: str = "<topics>") -> LoadedTopics:
    """Like :func:`read_topics`, from the file's text."""
    try:
        doc = parse_yaml(text, name)
    except YamlFileError as exc:
        raise TopicFileError(exc.path, exc.line, exc.message) from None
    return _validate(doc)


def _validate(doc: YamlFile) -> LoadedTopics:
    if doc.data is None:
        raise TopicFileError(doc.name, None, "the file is empty")
    try:
        parsed = TopicsFile.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors()
        # A bad bare term fails both members of ``str | TermSpec``: report the term's own reason,
        # at its place in the file (without pydantic's names of the union's members).
        first = next((e for e in errors if e["type"] == "value_error"), errors[0])
        places = {_place(e["loc"]) for e in errors}
        more = f" (and {len(places) - 1} more)" if len(places) > 1 else ""
        message = f"{_place(first['loc'])}: {first['msg']}{more}"
        raise TopicFileError(doc.name, doc.line(first["loc"]), message) from None
    loaded = LoadedTopics(doc.name, parsed.topics, doc)
    _check_references(loaded)
    return loaded


def _place(loc: tuple[int | str, ...]) -> str:
    """``("topics", 0, "aliases", "en", 0, "TermSpec")`` -> ``"topics.0.aliases.en.0"``."""
    union_tags = ("function-after[", "TermSpec")
    return ".".join(str(p) for p in loc if not str(p).startswith(union_tags))


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
