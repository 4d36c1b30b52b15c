"""The real Alembic migrations: upgrade from empty, downgrade, upgrade again; no drift."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from watcher.storage import db
from watcher.storage.models import Base
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
