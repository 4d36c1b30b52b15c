"""The real Alembic migrations: upgrade from empty, downgrade, upgrade again; no drift; data
carried over where a migration moves it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, Table, create_engine, inspect, select, text

from watcher.crawl.records import CrawlState
from watcher.storage import db
from watcher.storage.crawlstate import load_crawl_state
from watcher.storage.models import Base, Document, PendingFile, Source
from watcher.storage.search import is_search_index


def _tables(url: str) -> set[str]:
    engine = create_engine(db.make_engine(url).url)
    try:
        names = set(inspect(engine).get_table_names()) - {"alembic_version"}
        return {name for name in names if not is_search_index(name, "table")}
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(empty_db_url: str) -> None:
    expected = {t.name for t in Base.metadata.sorted_tables}
    db.upgrade(empty_db_url)
    assert _tables(empty_db_url) == expected
    db.downgrade(empty_db_url, "base")
    assert _tables(empty_db_url) == set()
    db.upgrade(empty_db_url)
    assert _tables(empty_db_url) == expected


def test_models_and_migrations_do_not_drift(empty_db_url: str) -> None:
    db.upgrade(empty_db_url)
    engine = db.make_engine(empty_db_url)
    with engine.connect() as conn:
        options = {
            "compare_type": True,
            "include_name": lambda name, type_, _parents: not is_search_index(name, type_),
        }
        diff = compare_metadata(MigrationContext.configure(conn, opts=options), Base.metadata)
    engine.dispose()
    assert diff == []
    command.check(db.alembic_config(empty_db_url))


def test_ensure_schema_upgrades_an_empty_database_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'first-use.db'}"
    engine = db.make_engine(url)
    db.ensure_schema(engine, url)
    assert "document" in inspect(engine).get_table_names()
    db.ensure_schema(engine, url)  # current: nothing to do, and no error
    engine.dispose()


def test_ensure_schema_refuses_a_foreign_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = db.make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("create table accounts (id integer)"))
    with pytest.raises(RuntimeError, match="not a watcher database"):
        db.ensure_schema(engine, url)
    engine.dispose()


def test_the_search_index_comes_and_goes_with_its_migration(empty_db_url: str) -> None:
    db.upgrade(empty_db_url)
    engine = create_engine(db.make_engine(empty_db_url).url)
    try:
        inspector = inspect(engine)
        if engine.dialect.name == "postgresql":
            columns = {c["name"] for c in inspector.get_columns("document_page")}
            assert "text_search" in columns
        else:
            assert "document_page_fts" in inspector.get_table_names()
        db.downgrade(empty_db_url, "eccf79022f13")
        inspector = inspect(engine)
        assert not any(is_search_index(t, "table") for t in inspector.get_table_names())
        assert "text_search" not in {c["name"] for c in inspector.get_columns("document_page")}
    finally:
        engine.dispose()


# A Chamber cursor as the spider left it before the crawl state moved to the documents.
_SHA = "b" * 64
_OLD_BLOB = {
    "cursor": {"ip_floor": 78},
    "fingerprints": {"dossier:56K0367": "d367", "56K0367004": "f004", "56K0367001": "f001"},
    "files": {
        "56K0367004": {
            "url": "https://www.dekamer.be/FLWB/PDF/56/0367/56K0367004.pdf",
            "sha256": _SHA,
            "media_type": "application/pdf",
            "size": 1234,
            "etag": '"e004"',
            "last_modified": "Wed, 13 May 2026 10:00:00 GMT",
        }
    },
    "pending": {
        "56K0991004": {
            "record": {
                "source": "be_chamber",
                "native_id": "56K0991004",
                "url": "https://www.dekamer.be/kvvcr/showpage.cfm?dossier=0991",
                "title": "Amendementen",
                "doc_type": "amendement",
                "language": "mul",
                "file_urls": ["https://www.dekamer.be/FLWB/PDF/56/0991/56K0991004.pdf"],
            },
            "fingerprint": "f991",
            "attempts": 3,
            "last_error": "HTTP 404",
        }
    },
}


def test_an_old_cursor_is_carried_over_and_back(empty_db_url: str) -> None:
    """The upgrade moves a cursor blob to the documents, pending_file and positions, so an
    upgraded installation fetches nothing again and loses no pending document; the downgrade
    builds the same blob back."""
    db.upgrade(empty_db_url, "7b2d9e4c1a53")
    engine = db.make_engine(empty_db_url)
    metadata = MetaData()
    source, raw_file, document = (
        Table(name, metadata, autoload_with=engine) for name in ("source", "raw_file", "document")
    )
    at = datetime(2026, 12, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            source.insert().values(
                id="be_chamber",
                name="Chamber",
                enabled=True,
                cursor=_OLD_BLOB,
                health="ok",
                health_reported="ok",
            )
        )
        conn.execute(
            raw_file.insert().values(
                sha256=_SHA, size=1234, media_type="application/pdf", path="x", stored_at=at
            )
        )
        base = {
            "source_id": "be_chamber",
            "title": "t",
            "first_seen_at": at,
            "last_seen_at": at,
            "extraction_status": "ok",
            "backfilled": False,
        }
        conn.execute(
            document.insert(),
            [
                {
                    **base,
                    "native_id": "56K0367004",
                    "url": "https://www.dekamer.be/a",
                    "file_url": _OLD_BLOB["files"]["56K0367004"]["url"],
                    "content_hash": _SHA,
                },
                {
                    **base,
                    "native_id": "56K0367001",
                    "url": "https://www.dekamer.be/b",
                    "file_url": None,
                    "content_hash": None,
                },
            ],
        )
    engine.dispose()

    db.upgrade(empty_db_url)

    engine = db.make_engine(empty_db_url)
    with db.session_factory(engine)() as s:
        stored = s.get(Source, "be_chamber")
        assert stored is not None
        assert stored.cursor == {"cursor": {"ip_floor": 78}, "marks": {"dossier:56K0367": "d367"}}
        rows = s.execute(
            select(
                Document.native_id,
                Document.listing_fingerprint,
                Document.file_etag,
                Document.file_last_modified,
            ).order_by(Document.native_id)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("56K0367001", "f001", None, None),
            ("56K0367004", "f004", '"e004"', "Wed, 13 May 2026 10:00:00 GMT"),
        ]
        [pending] = s.scalars(select(PendingFile)).all()
        assert (pending.native_id, pending.attempts, pending.listing_fingerprint) == (
            "56K0991004",
            3,
            "f991",
        )
        # What the spider starts from is what it would have read from the blob.
        assert load_crawl_state(s, "be_chamber") == CrawlState.model_validate(_OLD_BLOB)
    engine.dispose()

    db.downgrade(empty_db_url, "7b2d9e4c1a53")

    engine = db.make_engine(empty_db_url)
    with engine.connect() as conn:
        table = Table("source", MetaData(), autoload_with=conn)
        blob = conn.execute(select(table.c.cursor)).scalar_one()
        assert "pending_file" not in inspect(conn).get_table_names()
    engine.dispose()
    assert CrawlState.model_validate(blob) == CrawlState.model_validate(_OLD_BLOB)
