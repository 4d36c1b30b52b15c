"""Engine, sessions and migrations for the database named in the settings.

Several runs may share one database (a scheduled poll and one started by hand): migrations run
under a lock (a PostgreSQL advisory lock, a file lock beside a SQLite database), so the first run
upgrades and the others wait and find the schema current; :func:`run_transaction` retries a
transaction the database aborted to break a deadlock.
"""

from __future__ import annotations

import fcntl
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")

# The Alembic scripts as a package resource (alembic's ``package:path`` form): the top-level
# migrations/ folder, reached through the src/watcher/migrations link in a checkout or an editable
# install, and installed inside the package by a wheel.
MIGRATIONS = "watcher:migrations"
# The advisory lock key of watcher's migrations: b"watcher" read as a number.
MIGRATION_LOCK_KEY = int.from_bytes(b"watcher", "big")
# PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply run again.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
TRANSACTION_ATTEMPTS = 4


def make_engine(database_url: str) -> Engine:
    """An engine for ``database_url``; SQLite gets foreign keys, WAL and a busy timeout."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on ``engine``; ``with factory.begin() as session:`` is one transaction, committed
    when the block ends and rolled back if it raises."""
    return sessionmaker(engine, expire_on_commit=False)


def is_transient(exc: OperationalError) -> bool:
    """True for an abort that a second try can get past: a deadlock victim, a serialization
    failure, SQLite's ``database is locked`` after its busy timeout."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return sqlstate in TRANSIENT_SQLSTATES or "database is locked" in str(exc.orig)


def run_transaction(
    factory: sessionmaker[Session],
    work: Callable[[Session], T],
    *,
    attempts: int = TRANSACTION_ATTEMPTS,
) -> T:
    """``work(session)`` in one transaction, run again (at most ``attempts`` times in all, after a
    short random pause) when the database aborted it as a deadlock victim; ``work`` must be safe to
    repeat, which a rolled-back transaction is."""
    for attempt in range(1, attempts + 1):
        try:
            with factory.begin() as session:
                return work(session)
        except OperationalError as exc:
            if attempt == attempts or not is_transient(exc):
                raise
            first_line = str(exc.orig).strip().splitlines()[0]
            log.warning(
                "transaction aborted (%s); trying again (%d/%d)", first_line, attempt, attempts
            )
            time.sleep(random.uniform(0.05, 0.25) * attempt)  # jitter, not a secret
    raise AssertionError("unreachable")


@contextmanager
def migration_lock(database_url: str) -> Iterator[None]:
    """Hold the database's migration lock for the block; waits while another process holds it."""
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        engine = make_engine(database_url)
        try:
            with engine.connect() as conn:
                conn.execute(select(func.pg_advisory_lock(MIGRATION_LOCK_KEY)))
                conn.commit()
                try:
                    yield
                finally:
                    conn.execute(select(func.pg_advisory_unlock(MIGRATION_LOCK_KEY)))
                    conn.commit()
        finally:
            engine.dispose()
        return
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        yield
        return
    lock_path = Path(url.database).with_name(Path(url.database).name + ".migrate.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def alembic_config(database_url: str) -> Any:
    """Alembic's Config for our migrations folder, pointed at ``database_url``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (creates the database file for SQLite), under the
    migration lock: a second process waits, then finds nothing left to apply."""
    from alembic import command

    make_engine(database_url).dispose()  # creates the SQLite parent folder
    with migration_lock(database_url):
        command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(database_url), revision)


def ensure_schema(engine: Engine, database_url: str) -> None:
    """Upgrade an empty or outdated database to the newest schema; a no-op when it is current.

    Concurrent callers upgrade once: the first under the migration lock, the others after it.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()

    def current_revision() -> tuple[str | None, bool]:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            return MigrationContext.configure(conn).get_current_revision(), bool(tables) and (
                "alembic_version" not in tables
            )

    if current_revision()[0] == head:
        return
    with migration_lock(database_url):
        current, foreign = current_revision()
        if current == head:
            return
        if current is None and foreign:
            raise RuntimeError(
                f"database {make_url(database_url).render_as_string(hide_password=True)} has "
                "tables but no Alembic version: it is not a watcher database"
            )
        log.info("upgrading database schema from %s to %s", current or "empty", head)
        command.upgrade(alembic_config(database_url), "head")
