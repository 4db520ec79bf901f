"""Fixtures for running the documentation: a freshly seeded database per page, with the Supabase API in front.

Each page runs against its own copy of a database built once from the migrations and the seed (``CREATE
DATABASE ... TEMPLATE``), so a page can pause the seed's mentors and rely on the seed's fixed ids, without
touching the database the rest of the suite shares. The page reads what a reader would have in their shell
(``DATABASE_URL``, ``SUPABASE_URL``, keys) from the environment.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from mentor_pause.local.migrate import apply_project
from mentor_pause.local.project import SupabaseProject
from tests.postgrest_server.server import PostgrestTestServer
from tests.support.db import authenticator_url
from tests.support.tokens import jwt_secret, project_key, user_token


def url_for_database(url: str, database: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{database}"))


@dataclass(frozen=True)
class PageStack:
    """What one page runs against: its database, and the API in front of it."""

    database_url: str
    supabase_url: str
    anon_key: str
    service_key: str

    def environment(self) -> dict[str, str]:
        """The variables the docs tell readers to set."""
        return {
            "DATABASE_URL": self.database_url,
            "MENTOR_PAUSE_DATABASE_URL": self.database_url,
            "SUPABASE_URL": self.supabase_url,
            "SUPABASE_ANON_KEY": self.anon_key,
            "SUPABASE_SERVICE_ROLE_KEY": self.service_key,
            "SUPABASE_JWT_SECRET": jwt_secret(),
            # What the quickstart's `export KARI_TOKEN=$(mentor-pause token --user ...)` leaves behind.
            "KARI_TOKEN": user_token("a0000000-0000-4000-8000-000000000002", "kari.oslo@hlf.example"),
        }


@pytest.fixture(scope="session")
def seeded_template(database_url: str, project: SupabaseProject) -> Iterator[str]:
    """A database with every migration and the seed, used only as a template (nobody connects to it)."""
    name = f"mentor_pause_docs_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    try:
        apply_project(url_for_database(database_url, name), project, seed=True)
        yield name
    finally:
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def page_stack(database_url: str, seeded_template: str) -> Iterator[PageStack]:
    """A fresh copy of the seeded database, and the PostgREST-compatible API in front of it."""
    name = f"mentor_pause_page_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("create database {} template {}").format(sql.Identifier(name), sql.Identifier(seeded_template))
        )
    url = url_for_database(database_url, name)
    anon_key, service_key = project_key("anon"), project_key("service_role")
    # Like Supabase's gateway, accept the project's own keys only (a key minted in an example would be refused).
    server = PostgrestTestServer(authenticator_url(url), jwt_secret(), api_keys=[anon_key, service_key]).start()
    try:
        yield PageStack(url, server.url, anon_key, service_key)
    finally:
        server.stop()
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def page_environment(page_stack: PageStack, monkeypatch: pytest.MonkeyPatch) -> Callable[[], PageStack]:
    """Set the page's environment variables for the duration of the test."""
    for key, value in page_stack.environment().items():
        monkeypatch.setenv(key, value)
    return lambda: page_stack
