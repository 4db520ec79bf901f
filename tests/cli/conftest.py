"""Fixtures for the command-line tests: a CLI runner, and a small organisation with committed roster data.

The commands run in-process through typer's runner, against the session's real database (tests/conftest.py),
with the environment variables that would change which database or identity they use cleared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from uuid import UUID

import psycopg
import pytest
from typer.testing import CliRunner

from tests.support import roster
from tests.support.db import Conn

#: Variables the CLI reads; a developer's shell must not leak into the tests.
CLI_ENV: dict[str, str | None] = {
    "MENTOR_PAUSE_DATABASE_URL": None,
    "MENTOR_PAUSE_AS_USER": None,
    "MENTOR_PAUSE_ACCESS_TOKEN": None,
    "MENTOR_PAUSE_SUPABASE_DIR": None,
    "MENTOR_PAUSE_DEBUG": None,
    "MENTOR_PAUSE_PORTAL": None,
    "SUPABASE_URL": None,
    "SUPABASE_KEY": None,
    "SUPABASE_SERVICE_ROLE_KEY": None,
    "SUPABASE_JWT_SECRET": None,
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env=CLI_ENV)


@pytest.fixture
def admin_db(database_url: str) -> Iterator[Conn]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


@dataclass
class Org:
    """Two chapters; an admin, a coordinator of A, a mentor who signs in; mentors in A and B."""

    chapter_a: UUID
    chapter_b: UUID
    admin: UUID
    coordinator_a: UUID
    mentor_user: UUID
    mentor_a: UUID  # in A, signs in as mentor_user
    mentor_a_paused: UUID  # in A, paused
    mentor_b: UUID  # in B
    mentor_expired: UUID  # in A, certification expired (renewed since)


@pytest.fixture
def org(admin_db: Conn) -> Org:
    db = admin_db
    chapter_a, chapter_b = roster.create_chapter(db), roster.create_chapter(db)
    coordinator_a = roster.create_user(db, "coordinator")
    roster.assign_chapter(db, coordinator_a, chapter_a)
    mentor_user = roster.create_user(db, "peer_mentor")
    return Org(
        chapter_a=chapter_a,
        chapter_b=chapter_b,
        admin=roster.create_user(db, "org_admin"),
        coordinator_a=coordinator_a,
        mentor_user=mentor_user,
        mentor_a=roster.create_mentor(db, chapter_a, user_id=mentor_user),
        mentor_a_paused=roster.create_mentor(
            db, chapter_a, status="paused", pause_reason="Travelling", expected_return_date=None
        ),
        mentor_b=roster.create_mentor(db, chapter_b),
        mentor_expired=roster.create_mentor(
            db,
            chapter_a,
            status="certification_expired",
            certification_expires_on=dt.date.today() + dt.timedelta(days=90),
        ),
    )
