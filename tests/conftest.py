"""Shared fixtures: databases (every storage test runs on SQLite and on PostgreSQL).

PostgreSQL comes from ``WATCHER_TEST_POSTGRES_URL`` (default
``postgresql://postgres@127.0.0.1:5432/test``). Each test session creates its own scratch database
there, migrates it once with the real Alembic migrations and empties the tables between tests. Where
no PostgreSQL answers, those tests are skipped with the reason, unless
``WATCHER_REQUIRE_POSTGRES=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from servers import SmtpServer, free_port
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from watcher.storage import db
from watcher.storage.models import Base

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


def _pg_admin_url() -> str:
    url = os.environ.get("WATCHER_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix) :]
    return url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    db.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _postgres_admin() -> Iterator[Engine]:
    admin_url = _pg_admin_url()
    admin = create_engine(
        admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        reason = (
            f"PostgreSQL not reachable at {make_url(admin_url).render_as_string()}: "
            f"{type(exc).__name__}: {first_line}"
        )
        if os.environ.get("WATCHER_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason + " (WATCHER_REQUIRE_POSTGRES=1)")
        pytest.skip(reason)
    yield admin
    admin.dispose()


@contextmanager
def _scratch_postgres(admin: Engine) -> Iterator[str]:
    """A new, empty PostgreSQL database for the block; dropped afterwards."""
    name = f"watcher_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def _postgres_database(_postgres_admin: Engine) -> Iterator[str]:
    with _scratch_postgres(_postgres_admin) as url:
        db.upgrade(url)
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, for migration tests."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with _scratch_postgres(request.getfixturevalue("_postgres_admin")) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a fresh SQLite file, or the session's PostgreSQL, emptied."""
    if request.param == "sqlite":
        path = tmp_path / "watcher.db"
        shutil.copy(request.getfixturevalue("_sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("_postgres_database")
    yield url
    engine = create_engine(url)
    with engine.begin() as conn:
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1; ``.messages`` holds what it accepted."""
    server = SmtpServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = db.make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """A session factory on the test database."""
    return db.session_factory(engine)
