"""The tables, as SQLAlchemy 2 typed ORM classes.

Data flows one way and each table records one step of it::

    Source --< CrawlRun
    Source --< PendingFile                        (listed documents whose file is still to come)
    Source --< UnknownValue                       (values its spider kept without knowing them)
    Source --< Document --< DocumentPage          (text per page)
                  |    --< DocumentChange         (what changed on a known document)
                  |    >-- RawFile                (bytes on disk, by content hash)
                  +--< Hit >-- Topic              (document x topic, with evidence)
                        +--< Delivery >-- Team    (the outbox: announcement x target)
                        +--< HitFeedback          (a reader's "not relevant", from the web page)
    Team --< Subscription >-- Topic

Uniqueness is enforced by the database, never by "check then insert": the same document, hit or
delivery written twice, even by two sessions at once, is one row (see ``storage.repo``).
All timestamps are time-zone aware and stored in UTC.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from watcher.timeutil import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A time-zone aware datetime stored in UTC; SQLite's naive values get UTC re-attached."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: watcher stores only time-zone aware times")
        from datetime import UTC

        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        from datetime import UTC

        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Enums stored as their string values, checked by a constraint named ``ck_<table>_<name>``."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
    )


class Health(enum.StrEnum):
    UNKNOWN = "unknown"
    OK = "ok"
    DEGRADED = "degraded"  # works, but met values it does not know or had to fall back
    FAILING = "failing"


class ExtractionStatus(enum.StrEnum):
    PENDING = "pending"  # known, bytes not fetched or not extracted yet
    OK = "ok"
    PARTIAL = "partial"  # read except for pages named in extraction_error (matched on the rest)
    NO_TEXT = "no_text"  # read fine, but there is no text layer (a scan)
    FAILED = "failed"  # typed error in extraction_error


class CrawlStatus(enum.StrEnum):
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the last attempt; `watcher alerts` shows it
    WITHHELD = "withheld"  # left out of its digest: a reader flagged the hit as not relevant


class DeliveryMode(enum.StrEnum):
    IMMEDIATE = "immediate"
    DIGEST = "digest"


class Source(Base):
    """One monitored site, by slug (``be_chamber``), with its crawl positions and health."""

    __tablename__ = "source"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # Where the source's listing was left, and nothing per document (see ``storage.crawlstate``):
    # ``{"cursor": {"api_changed_after": "..."}, "marks": {"dossier:56K0373": "<hash>"}}``.
    cursor: Mapped[dict[str, Any]] = mapped_column(default=dict)
    health: Mapped[Health] = mapped_column(_enum(Health, "health"), default=Health.UNKNOWN)
    # The health the admin target was last told about: report a change once, not every run.
    health_reported: Mapped[Health] = mapped_column(
        _enum(Health, "health_reported"), default=Health.UNKNOWN
    )
    last_run_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_new_document_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    # The run crawling and processing this source now ("host:pid:token"), and since when; a second
    # run skips the source meanwhile (see ``storage.runlock``).
    run_lock: Mapped[str | None] = mapped_column(String(120))
    run_locked_at: Mapped[datetime | None]

    documents: Mapped[list[Document]] = relationship(back_populates="source")


class RawFile(Base):
    """Bytes kept on disk under their sha256 (see ``storage.rawstore``)."""

    __tablename__ = "raw_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str | None] = mapped_column(String(100))
    path: Mapped[str] = mapped_column(String(500))
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Document(Base):
    """A publication as its source identifies it: ``(source_id, native_id)`` is its identity."""

    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("source_id", "native_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"), index=True)
    native_id: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2000))
    file_url: Mapped[str | None] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(Text)
    doc_type: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str | None] = mapped_column(String(8))
    published_on: Mapped[date | None] = mapped_column(Date, index=True)
    published_at: Mapped[datetime | None]
    # NL/FR twins and versions of one text share this key (``be_chamber/56K0367``, ``benelux/936``).
    related_key: Mapped[str | None] = mapped_column(String(200), index=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None]
    content_hash: Mapped[str | None] = mapped_column(ForeignKey("raw_file.sha256"), index=True)
    extraction_status: Mapped[ExtractionStatus] = mapped_column(
        _enum(ExtractionStatus, "extraction_status"), default=ExtractionStatus.PENDING
    )
    extraction_error: Mapped[str | None] = mapped_column(Text)
    # Extractions that timed out, ran out of memory or crashed so far, and when to try again; the
    # document stays pending until its retries are used up (see ``watcher.documents``).
    extraction_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    extraction_retry_at: Mapped[datetime | None]
    detected_language: Mapped[str | None] = mapped_column(String(8))
    # Hits found during a backfill are stored but not announced unless asked.
    backfilled: Mapped[bool] = mapped_column(Boolean, default=False)
    # The hash of the document's listing data when its file was last fetched: the same listing
    # data next run means it is not new (see ``storage.crawlstate``).
    listing_fingerprint: Mapped[str | None] = mapped_column(Text)
    # What the server said of the file last fetched, for a conditional GET next time (Text: the
    # site chooses their length, and one long header must not fail a crawl's ingest).
    file_etag: Mapped[str | None] = mapped_column(Text)
    file_last_modified: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Source] = relationship(back_populates="documents")
    pages: Mapped[list[DocumentPage]] = relationship(
        back_populates="document",
        order_by="DocumentPage.page_no",
        cascade="all, delete-orphan",
    )
    changes: Mapped[list[DocumentChange]] = relationship(
        back_populates="document", order_by="DocumentChange.id", cascade="all, delete-orphan"
    )
    hits: Mapped[list[Hit]] = relationship(back_populates="document", cascade="all, delete-orphan")


class PendingFile(Base):
    """A document its source lists whose file could not be fetched yet (404, a reset, the run's
    request cap): the spider asks for it again each run, up to WATCHER_PENDING_MAX_ATTEMPTS.

    ``record`` is the spider's record as listed (``crawl.records.DocumentRecord`` in JSON); the
    document row comes when the file does.
    """

    __tablename__ = "pending_file"
    __table_args__ = (UniqueConstraint("source_id", "native_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"))
    native_id: Mapped[str] = mapped_column(String(200))
    record: Mapped[dict[str, Any]]
    listing_fingerprint: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class DocumentPage(Base):
    """Extracted text of one page (HTML and plain text are one page)."""

    __tablename__ = "document_page"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    page_no: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-based, as in #page=N
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))

    document: Mapped[Document] = relationship(back_populates="pages")


class DocumentChange(Base):
    """One change to a known document: ``{"title": ["old", "new"], "content_hash": [...]}``."""

    __tablename__ = "document_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    fields: Mapped[dict[str, Any]]

    document: Mapped[Document] = relationship(back_populates="changes")


class Topic(Base):
    """A tracked topic as last loaded from the topics file; the definition lives in the YAML."""

    __tablename__ = "topic"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    definition_hash: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Hit(Base):
    """Document x topic, at most once, with the evidence that made the match."""

    __tablename__ = "hit"
    __table_args__ = (
        UniqueConstraint("document_id", "topic_id"),
        # `watcher hits --topic X`, newest first, a page at a time (see ``storage.queries``).
        Index("ix_hit_topic_id_id", "topic_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id"))
    score: Mapped[float] = mapped_column(Float)
    tier: Mapped[str] = mapped_column(String(20))
    terms: Mapped[list[Any]]
    snippet: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    # Every piece of evidence, best first: [{"page", "snippet", "terms", "start", "end"}, ...].
    evidence: Mapped[list[Any]]
    matched_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    backfilled: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[Document] = relationship(back_populates="hits")
    topic: Mapped[Topic] = relationship()
    deliveries: Mapped[list[Delivery]] = relationship(back_populates="hit")
    feedback: Mapped[list[HitFeedback]] = relationship(
        back_populates="hit", cascade="all, delete-orphan", order_by="HitFeedback.id"
    )


class HitFeedback(Base):
    """A reader flagged a hit as not relevant (the web page's one-click "not relevant").

    Kept with the hit so ``watcher topics feedback`` can show what a topic gets wrong; a flagged
    hit is left out of digests that have not been sent yet.
    """

    __tablename__ = "hit_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hit_id: Mapped[int] = mapped_column(ForeignKey("hit.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    hit: Mapped[Hit] = relationship(back_populates="feedback")


class Team(Base):
    """A policy team as last loaded from the teams file."""

    __tablename__ = "team"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(20), default="immediate")  # immediate|daily|weekly
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    subscriptions: Mapped[list[Subscription]] = relationship(
        back_populates="team", cascade="all, delete-orphan"
    )


class Subscription(Base):
    """Team follows topic. A team that follows every topic has one row per topic."""

    __tablename__ = "subscription"
    __table_args__ = (UniqueConstraint("team_id", "topic_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id", ondelete="CASCADE"))

    team: Mapped[Team] = relationship(back_populates="subscriptions")


class Delivery(Base):
    """The outbox: one announcement to one target, written in the transaction that creates its hit.

    ``key`` names what is announced (``hit:42``, ``health:be_chamber:failing:7``) and ``target``
    where it goes (``defence-desk/email``); the pair is unique, so nothing is queued twice, and a
    row in status ``sent`` is never sent again.

    Rows sent together as one message (a digest, or the topics of one document) share a
    ``claim_id``, which also names the message (the e-mail Message-ID). A pending row with
    ``claimed_at`` set is being sent right now, or was when its sender died; ``parts_sent``
    counts the messages of a split Slack digest already delivered (see ``watcher.alerts.outbox``).
    """

    __tablename__ = "delivery"
    __table_args__ = (
        UniqueConstraint("key", "target"),
        Index("ix_delivery_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(String(200))
    hit_id: Mapped[int | None] = mapped_column(ForeignKey("hit.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    mode: Mapped[DeliveryMode] = mapped_column(
        _enum(DeliveryMode, "mode"), default=DeliveryMode.IMMEDIATE
    )
    status: Mapped[DeliveryStatus] = mapped_column(
        _enum(DeliveryStatus, "status"), default=DeliveryStatus.PENDING
    )
    # For announcements that are not hits (source health), the message itself.
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    claim_id: Mapped[str | None] = mapped_column(String(40), index=True)
    claimed_at: Mapped[datetime | None]
    parts_sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    hit: Mapped[Hit | None] = relationship(back_populates="deliveries")


class UnknownValue(Base):
    """A value a source's spider met and kept without knowing it (``doc_type: kaft``).

    The admin target is told of each one once, the first run it is seen in.
    """

    __tablename__ = "unknown_value"
    __table_args__ = (UniqueConstraint("source_id", "value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"))
    value: Mapped[str] = mapped_column(String(500))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_run.id"))


class CrawlRun(Base):
    """One run of one spider: what it saw, what was new, and whether it worked."""

    __tablename__ = "crawl_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("source.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[CrawlStatus] = mapped_column(
        _enum(CrawlStatus, "status"), default=CrawlStatus.RUNNING
    )
    backfill_since: Mapped[date | None] = mapped_column(Date)
    backfill_until: Mapped[date | None] = mapped_column(Date)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)
    new_documents: Mapped[int] = mapped_column(Integer, default=0)
    changed_documents: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error_summary: Mapped[str | None] = mapped_column(Text)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
