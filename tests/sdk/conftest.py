"""One behaviour suite, six clients: {PostgREST, Postgres direct, Postgres through a transaction-mode pooler}
x {sync, async} client.

Tests are written once, as coroutines, against the async API; a sync client is wrapped so its methods can be
awaited (they run directly, blocking: the PostgREST test server has its own thread). The PostgREST side is our
PostgREST-compatible test server (tests/postgrest_server), or a real Supabase API when SUPABASE_URL,
SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY are set (then MENTOR_PAUSE_DATABASE_URL must point at its
database, and SUPABASE_JWT_SECRET at its JWT secret unless it is `supabase start`'s default).

Roster data is committed (the clients use their own connections), with fresh identifiers per test.
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import psycopg
import pytest

from mentor_pause import AsyncMentorPauseClient, Identity, MentorPauseClient, RetryPolicy
from tests.postgrest_server.server import PostgrestTestServer
from tests.support import roster
from tests.support.db import authenticator_url
from tests.support.tokens import jwt_secret, project_key, user_token

FAST_RETRY = RetryPolicy(attempts=4, first_backoff=0.01, max_backoff=0.05)


@dataclass
class Api:
    """Where the PostgREST side is, and its keys."""

    url: str
    anon_key: str
    service_key: str
    server: PostgrestTestServer | None  # None: a real Supabase API (no fault injection)


@pytest.fixture(scope="session")
def api(database_url: str) -> Iterator[Api]:
    if os.environ.get("SUPABASE_URL"):
        yield Api(
            os.environ["SUPABASE_URL"], os.environ["SUPABASE_ANON_KEY"], os.environ["SUPABASE_SERVICE_ROLE_KEY"], None
        )
        return
    server = PostgrestTestServer(authenticator_url(database_url), jwt_secret()).start()
    try:
        yield Api(server.url, project_key("anon"), project_key("service_role"), server)
    finally:
        server.stop()


class SyncAsAsync:
    """Lets the one suite await a sync client's methods (and iterate its iterators asynchronously)."""

    def __init__(self, client: MentorPauseClient) -> None:
        self.sync = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.sync, name)
        if name.startswith("iter_"):

            async def iterate(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                for item in method(*args, **kwargs):
                    yield item

            return iterate

        async def call(*args: Any, **kwargs: Any) -> Any:
            return method(*args, **kwargs)

        return call

    async def aclose(self) -> None:
        self.sync.close()


CLIENT_KINDS = [
    "postgrest-sync",
    "postgrest-async",
    "postgres-sync",
    "postgres-async",
    "pgbouncer-sync",
    "pgbouncer-async",
]
MakeClient = Callable[..., Awaitable[Any]]


@pytest.fixture(params=CLIENT_KINDS)
async def client_for(request: pytest.FixtureRequest, api: Api, database_url: str) -> AsyncIterator[MakeClient]:
    """``await client_for(identity, retry=...)``: a client of this test's kind acting as ``identity``."""
    kind: str = request.param
    transport, flavour = kind.split("-")
    opened: list[Any] = []

    async def make(identity: Identity, retry: RetryPolicy = FAST_RETRY) -> Any:
        if transport == "postgrest":
            key = api.service_key if identity.role == "service_role" else api.anon_key
            token = user_token(identity.user_id) if identity.user_id else None
            if flavour == "async":
                client: Any = await AsyncMentorPauseClient.connect(api.url, key, access_token=token, retry=retry)
            else:
                client = SyncAsAsync(MentorPauseClient.connect(api.url, key, access_token=token, retry=retry))
        else:
            # The pooler URL says pgbouncer=true: the SDK must turn prepared statements off by itself.
            url = request.getfixturevalue("pooler_url") if transport == "pgbouncer" else authenticator_url(database_url)
            if flavour == "async":
                client = AsyncMentorPauseClient.from_database_url(url, identity, retry=retry)
            else:
                client = SyncAsAsync(MentorPauseClient.from_database_url(url, identity, retry=retry))
        opened.append(client)
        return client

    make.kind = kind  # type: ignore[attr-defined]
    yield make
    for client in opened:
        await client.aclose()


@pytest.fixture
def requests_sent(api: Api) -> Callable[[Any], int]:
    """``requests_sent(client)``: how many requests have left this client so far (HTTP requests the PostgREST
    server received, or connections the Postgres transport's pool handed out)."""

    def count(client: Any) -> int:
        inner = client.sync if isinstance(client, SyncAsAsync) else client
        pool = getattr(inner._transport, "_pool", None)
        if pool is not None:
            return int(pool.get_stats().get("requests_num", 0))
        if api.server is None:
            pytest.skip("counting requests needs the PostgREST test server")
        return len(api.server.requests)

    return count


@pytest.fixture
def admin_db(database_url: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    """An autocommit superuser connection for building committed roster data."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


@dataclass
class Org:
    """A fresh little organisation: chapters A and B, their people and mentors."""

    chapter_a: UUID
    chapter_b: UUID
    admin: UUID
    coordinator_a: UUID
    coordinator_b: UUID
    mentor_user: UUID  # signs in as mentor_a
    mentor_a: UUID  # in A, has a login
    mentor_b: UUID  # in B
    mentor_dual: UUID  # in B and A, filed under B
    mentor_expired: UUID  # in A, certification expired (renewed since)


@pytest.fixture
def org(admin_db: psycopg.Connection[tuple[Any, ...]]) -> Org:
    db = admin_db
    chapter_a, chapter_b = roster.create_chapter(db), roster.create_chapter(db)
    admin = roster.create_user(db, "org_admin")
    coordinator_a = roster.create_user(db, "coordinator")
    coordinator_b = roster.create_user(db, "coordinator")
    mentor_user = roster.create_user(db, "peer_mentor")
    roster.assign_chapter(db, coordinator_a, chapter_a)
    roster.assign_chapter(db, coordinator_b, chapter_b)
    return Org(
        chapter_a=chapter_a,
        chapter_b=chapter_b,
        admin=admin,
        coordinator_a=coordinator_a,
        coordinator_b=coordinator_b,
        mentor_user=mentor_user,
        mentor_a=roster.create_mentor(db, chapter_a, user_id=mentor_user),
        mentor_b=roster.create_mentor(db, chapter_b),
        mentor_dual=roster.create_mentor(db, chapter_b, chapter_a),
        mentor_expired=roster.create_mentor(
            db,
            chapter_a,
            status="certification_expired",
            certification_expires_on=dt.date.today() + dt.timedelta(days=90),
        ),
    )


def log_count(db: psycopg.Connection[tuple[Any, ...]], mentor_id: UUID) -> int:
    row = db.execute("select count(*) from public.peer_mentor_status_log where mentor_id = %s", (mentor_id,)).fetchone()
    return int(row[0]) if row else 0


def is_coroutine_client(client: Any) -> bool:
    return inspect.iscoroutinefunction(getattr(client, "get_status", None))
