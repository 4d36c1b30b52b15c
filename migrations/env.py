"""Alembic environment: the URL comes from watcher's settings unless the caller set one."""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context

from watcher.settings import load_settings
from watcher.storage.db import make_engine
from watcher.storage.models import Base
from watcher.storage.search import is_search_index

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name)

target_metadata = Base.metadata
url = config.get_main_option("sqlalchemy.url") or load_settings().database_url


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Compare everything but the search index, which lives beside the models."""
    return not is_search_index(name, type_)


def run_migrations_offline() -> None:
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
