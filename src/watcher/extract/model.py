"""The shapes extraction returns: pages of clean text, or a typed failure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["pdf", "html", "docx", "text"]
Status = Literal["ok", "no_text", "failed"]

#: Error classes, the part of ``Extraction.error`` before the colon.
ERROR_KINDS = (
    "empty",  # no bytes, or only whitespace
    "encrypted",  # a password is needed to read the text
    "malformed",  # the bytes claim a format but break its rules (truncated, corrupt)
    "unsupported",  # a format watcher does not read (images, legacy .doc, archives)
    "timeout",  # isolated extraction ran over its wall-clock limit
    "memory",  # isolated extraction ran over its memory limit
    "crashed",  # the isolated child died without a result
)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a document: ``number`` is 1-based, ``text`` cleaned and ready for matching.

    ``language`` is ``"nl"``, ``"fr"``, ``"en"``, ``"de"`` or ``None`` when the page has too
    little text to tell; ``languages`` lists every language that holds a fair share of the page,
    most frequent first (``("nl", "fr")`` for a bilingual Belgian Chamber page).
    """

    number: int
    text: str
    language: str | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of reading one document.

    ``status`` is ``"ok"`` (some text), ``"no_text"`` (read, but no text layer: a scan or an
    empty document) or ``"failed"``, in which case ``error`` reads ``"<kind>: <detail>"`` with a
    kind from :data:`ERROR_KINDS`. ``warnings`` name problems that did not stop extraction, such
    as one unreadable page or a page cap.
    """

    kind: Kind | None
    pages: list[Page] = field(default_factory=list)
    language: str | None = None
    status: Status = "ok"
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """All pages joined by form feeds, as ``pdftotext`` would."""
        return "\f".join(page.text for page in self.pages)

    @classmethod
    def failure(cls, error: str | ExtractError, kind: Kind | None = None) -> Extraction:
        """A failed extraction: ``Extraction.failure("malformed: truncated")``."""
        return cls(kind=kind, status="failed", error=str(error))


class ExtractError(Exception):
    """A document that cannot be read; ``str()`` gives ``"<kind>: <detail>"``."""

    def __init__(self, kind: str, detail: str) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown extraction error kind {kind!r}")
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail

    def __reduce__(self) -> tuple[type[ExtractError], tuple[str, str]]:
        return (type(self), (self.kind, self.detail))
