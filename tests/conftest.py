"""Shared fixtures: one real PostgreSQL with the real migrations for the whole run.

By default the run starts a throwaway local cluster (``mentor_pause.local``), applies the Supabase platform
bootstrap, every migration and the seed. With ``MENTOR_PAUSE_DATABASE_URL`` set, the very same tests run against
that database instead (for instance ``postgresql://postgres:postgres@127.0.0.1:54322/postgres`` from
``supabase start`` after ``supabase db reset``); nothing is applied to it, and every test cleans up after itself.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import psycopg
import pytest

from mentor_pause.local.cluster import free_loopback_port
from mentor_pause.local.pooler import LocalPooler, PoolerSettings
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack
from tests.support.db import Conn
from tests.support.paths import SUPABASE_DIR


@pytest.fixture(scope="session")
def project() -> SupabaseProject:
    return SupabaseProject(SUPABASE_DIR)


@pytest.fixture(scope="session")
def local_stack(project: SupabaseProject) -> Iterator[LocalStack | None]:
    """The throwaway cluster, or ``None`` when the run uses ``MENTOR_PAUSE_DATABASE_URL``."""
    if os.environ.get("MENTOR_PAUSE_DATABASE_URL"):
        yield None
        return
    with LocalStack.throwaway(project, prefix="mentor-pause-test-") as stack:
        stack.start()
        yield stack


@pytest.fixture(scope="session")
def pooler_url(local_stack: LocalStack | None) -> Iterator[str]:
    """A URL for ``authenticator`` through a real PgBouncer in transaction mode in front of the database under test
    (``MENTOR_PAUSE_POOLER_URL`` with ``MENTOR_PAUSE_DATABASE_URL``: an existing one, such as Supavisor's 6543)."""
    if local_stack is None:
        url = os.environ.get("MENTOR_PAUSE_POOLER_URL")
        if not url:
            pytest.skip("set MENTOR_PAUSE_POOLER_URL to run the pooler tests against an existing database")
        yield url
        return
    pooler = LocalPooler(local_stack.cluster, PoolerSettings(port=free_loopback_port(), pool_mode="transaction"))
    pooler.start()
    try:
        yield pooler.url("authenticator")
    finally:
        pooler.stop()


@pytest.fixture(scope="session")
def database_url(local_stack: LocalStack | None) -> str:
    """Superuser URL of the database under test (migrations and seed applied)."""
    return os.environ.get("MENTOR_PAUSE_DATABASE_URL") or (local_stack.url if local_stack else "")


@pytest.fixture
def db(database_url: str) -> Iterator[Conn]:
    """A superuser connection in a transaction that is rolled back after the test: nothing a test does stays."""
    with psycopg.connect(database_url) as conn:
        try:
            yield conn
        finally:
            conn.rollback()


def url_for_database(url: str, database: str) -> str:
    """The same server and credentials, another database."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{database}"))


@pytest.fixture(scope="session")
def new_database(database_url: str) -> Iterator[Callable[[], str]]:
    """A factory of empty databases on the same server, dropped at the end of the run; for checks that must
    build the schema themselves (the Supabase CLI's `migration up`, a failing migration)."""
    from psycopg import sql

    created: list[str] = []

    def create() -> str:
        name = f"mentor_pause_scratch_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
        created.append(name)
        return url_for_database(database_url, name)

    yield create
    with psycopg.connect(database_url, autocommit=True) as conn:
        for name in created:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def scratch_database(new_database: Callable[[], str]) -> str:
    return new_database()
