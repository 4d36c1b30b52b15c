"""The shapes extraction returns: pages of clean text, or a typed failure."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["pdf", "html", "docx", "doc", "text"]
Status = Literal["ok", "partial", "no_text", "failed"]

#: Error classes, the part of ``Extraction.error`` before the colon.
ERROR_KINDS = (
    "empty",  # no bytes, or only whitespace
    "encrypted",  # a password is needed to read the text
    "malformed",  # the bytes claim a format but break its rules (truncated, corrupt)
    "unsupported",  # a format watcher does not read (images, archives, .doc without antiword)
    "too large",  # over a named size limit (a ZIP bomb, a part too big to parse)
    "too complex",  # over a named structure limit (HTML nested thousands deep)
    "timeout",  # isolated extraction ran over its wall-clock limit
    "memory",  # isolated extraction ran over its memory limit
    "crashed",  # the isolated child died without a result
)

#: The error kinds worth another try with a larger budget (a busy machine, a big document);
#: the others say something about the bytes and will not change.
RETRYABLE_ERROR_KINDS = ("timeout", "memory", "crashed")

#: Seconds one PDF page may spend being read before it is read the cheap way (content-stream
#: order), then given up.
PAGE_BUDGET_S = 20.0

#: At most this many languages are named in a language code ("nl+fr+en": 8 characters, the
#: width of the language columns).
MAX_LANGUAGES = 3


def language_code(languages: tuple[str, ...]) -> str | None:
    """``("nl", "fr")`` -> ``"nl+fr"``; ``()`` -> ``None``; at most :data:`MAX_LANGUAGES`."""
    return "+".join(languages[:MAX_LANGUAGES]) or None


def page_list(numbers: Iterable[int]) -> str:
    """``[1, 2, 3, 7, 9, 10]`` -> ``"1-3, 7, 9-10"``."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def pages_named(numbers: Iterable[int]) -> str:
    """``[4]`` -> ``"page 4"``; ``[1, 2, 3, 7]`` -> ``"pages 1-3, 7"``."""
    numbers = list(numbers)
    listed = page_list(numbers)
    return f"page {listed}" if len(numbers) == 1 else f"pages {listed}"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a document: ``number`` is 1-based, ``text`` cleaned and ready for matching.

    ``languages`` lists every language that holds a fair share of the page, most frequent first
    (``("nl", "fr")`` for a bilingual Belgian Chamber page); ``language`` is the same as a code,
    ``"nl"`` or ``"nl+fr"``, or ``None`` when the page has too little text to tell.
    """

    number: int
    text: str
    language: str | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of reading one document.

    ``status`` is ``"ok"`` (some text), ``"partial"`` (some pages could not be read: they are
    named in ``skipped_pages``, kept as empty pages, and the reason is in ``warnings``),
    ``"no_text"`` (read, but no text layer: a scan or an empty document) or ``"failed"``, in
    which case ``error`` reads ``"<kind>: <detail>"`` with a kind from :data:`ERROR_KINDS`.
    ``language`` is the document's language code (``"nl"``, ``"nl+fr"``), ``languages`` the
    same as a tuple. ``warnings`` name problems that did not stop extraction.
    """

    kind: Kind | None
    pages: list[Page] = field(default_factory=list)
    language: str | None = None
    status: Status = "ok"
    error: str | None = None
    warnings: tuple[str, ...] = ()
    skipped_pages: tuple[int, ...] = ()
    languages: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """All pages joined by form feeds, as ``pdftotext`` would."""
        return "\f".join(page.text for page in self.pages)

    @property
    def skipped_note(self) -> str | None:
        """``"partial: pages 12-14 not read"`` for a partial extraction, else ``None``."""
        if not self.skipped_pages:
            return None
        return f"partial: {pages_named(self.skipped_pages)} not read"

    @property
    def error_kind(self) -> str | None:
        """The kind of ``error`` (``"timeout"`` for ``"timeout: no result after 120 s"``)."""
        return self.error.split(":", 1)[0] if self.error else None

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
