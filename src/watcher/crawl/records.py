"""The one record type every spider yields, and the crawl state a spider starts from and returns.

A record is a publication as its source identifies it (``be_chamber/56K0367004``), plus what was
learnt when its file was fetched (sha256 in the raw store, media type sniffed from the bytes).
Dates are ``date``/aware ``datetime`` objects, never strings.
"""

from __future__ import annotations

from datetime import date

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

# A source's slug is its spider's name (watcher.crawl.sources lists them).
SLUG = r"^[a-z][a-z0-9_]*$"
# An ISO 639-1 code ("nl", "fr", "de", "lb"...), or "mul" (ISO 639-2: several languages) for the
# Chamber's bilingual NL/FR files.
LANGUAGE = r"^([a-z]{2}|mul)$"


class DocumentRecord(BaseModel):
    """One publication, frozen; ``key`` (``source/native_id``) is its identity."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = Field(pattern=SLUG, max_length=40)
    native_id: str = Field(min_length=1, max_length=200)
    url: str = Field(min_length=1)
    title: str = Field(min_length=1)
    doc_type: str = Field(min_length=1)
    language: str = Field(pattern=LANGUAGE)
    published_on: date | None = None
    published_at: AwareDatetime | None = None
    # The file that was (or will be) fetched comes first.
    file_urls: tuple[str, ...] = ()
    # NL/FR twins and the texts of one dossier share it: "be_chamber/56K0367",
    # "benelux_parliament/936".
    related_key: str | None = None
    deleted: bool = False
    # Source-specific facts worth keeping (TK DocumentNummer, Chamber status...), as text.
    extra: dict[str, str] = Field(default_factory=dict)
    # Filled in when the file was downloaded.
    content_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    media_type: str | None = None
    size: int | None = Field(default=None, ge=0)

    @property
    def key(self) -> str:
        """``"be_chamber/56K0367004"``"""
        return f"{self.source}/{self.native_id}"


class KnownFile(BaseModel):
    """What the last successful download of a document's file returned."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    sha256: str
    media_type: str | None
    size: int
    etag: str | None = None
    last_modified: str | None = None


class PendingDocument(BaseModel):
    """A document that is listed but whose file could not be fetched yet (404, reset, cap)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    record: DocumentRecord
    fingerprint: str = ""
    attempts: int = 1
    last_error: str = ""


class CrawlState(BaseModel):
    """Everything a spider needs to fetch only what is new; JSON-serialisable as a whole.

    The spider's input and output (it runs without a database): built from the database before
    each crawl and stored back after it, each part where it belongs (``storage.crawlstate``).

    - ``cursor``: the source's own position (``{"api_changed_after": "..."}``, ``{"ip": 79}``).
    - ``fingerprints``: key (native id, or a listing mark such as ``dossier:56K0373``) -> hash of
      its listing data; unchanged listing data means the detail page and file are not requested
      again. Kept in remembering order, the most recent last (marks are bounded by age).
    - ``files``: native id -> the last fetched file (for conditional GET and the content hash).
    - ``pending``: native id -> a listed document whose file is still to be fetched.
    """

    model_config = ConfigDict(extra="forbid")

    cursor: dict[str, str | int] = Field(default_factory=dict)
    fingerprints: dict[str, str] = Field(default_factory=dict)
    files: dict[str, KnownFile] = Field(default_factory=dict)
    pending: dict[str, PendingDocument] = Field(default_factory=dict)
