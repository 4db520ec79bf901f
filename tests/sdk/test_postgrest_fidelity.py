"""The SDK over the PostgREST path where PostgREST (v13, behind Supabase's gateway) differs from a plain database:
responses capped by max-rows, a database outage, the gateway's key check, the JWT rules, and what reaches the
database with each request.

Where a setting differs from the session's double, a test starts a double of its own (max-rows 3; a database URL
through a TCP proxy that a test can cut). Sync and async clients both run every test.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any
from uuid import UUID

import httpx
import jwt
import psycopg
import pytest
from supabase import AsyncClientOptions, ClientOptions, acreate_client, create_client

from mentor_pause import (
    AsyncMentorPauseClient,
    MentorPauseClient,
    MentorStatusValue,
    NotFound,
    PermissionDenied,
    RetryPolicy,
    Unavailable,
)
from tests.postgrest_server.server import PostgrestTestServer
from tests.sdk.conftest import FAST_RETRY, Api, Org, SyncAsAsync, log_count
from tests.support import roster
from tests.support.db import authenticator_url
from tests.support.tcp_proxy import TcpProxy
from tests.support.tokens import jwt_secret, project_key, user_token

Connect = Callable[..., Awaitable[Any]]
#: What PostgREST answers while it cannot reach the database (Error.hs): connection error, client error (connection
#: lost), no schema cache, pool acquisition timeout.
OUTAGE_CODES = {"PGRST000", "PGRST001", "PGRST002", "PGRST003"}
OTHER_PROJECT_SECRET = "another-project-secret-with-at-least-32-characters"


@pytest.fixture(params=["sync", "async"])
async def connect(request: pytest.FixtureRequest) -> AsyncIterator[Connect]:
    """``await connect(url, key, token=..., retry=...)``: an SDK client over the PostgREST API at ``url``."""
    opened: list[Any] = []

    async def make(url: str, key: str, *, token: str | None = None, retry: RetryPolicy = FAST_RETRY) -> Any:
        if request.param == "async":
            client: Any = await AsyncMentorPauseClient.connect(url, key, access_token=token, retry=retry)
        else:
            client = SyncAsAsync(MentorPauseClient.connect(url, key, access_token=token, retry=retry))
        opened.append(client)
        return client

    yield make
    for client in opened:
        await client.aclose()


def _wait_for(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


# max-rows ----------------------------------------------------------------------------------------------------------
MAX_ROWS = 3


@pytest.fixture(scope="module")
def capped(database_url: str) -> Iterator[PostgrestTestServer]:
    """A double whose max-rows (Supabase's ``[api] max_rows``) is below every page size used here."""
    server = PostgrestTestServer(authenticator_url(database_url), jwt_secret(), max_rows=MAX_ROWS).start()
    yield server
    server.stop()


@pytest.fixture
def big_chapter(admin_db) -> tuple[UUID, UUID, list[UUID]]:
    """A chapter with 8 mentors (sorted) and its coordinator."""
    chapter = roster.create_chapter(admin_db)
    coordinator = roster.create_user(admin_db, "coordinator")
    roster.assign_chapter(admin_db, coordinator, chapter)
    return chapter, coordinator, sorted(roster.create_mentor(admin_db, chapter) for _ in range(8))


async def test_listing_below_max_rows_loses_no_mentor(connect, capped, big_chapter) -> None:
    chapter, coordinator, mentors = big_chapter
    client = await connect(capped.url, project_key("anon"), token=user_token(coordinator))
    first = await client.list_statuses(chapter_id=chapter, page_size=5)
    assert [s.mentor_id for s in first.items] == mentors[:MAX_ROWS]  # capped by the server, not the page size
    assert first.next_cursor == mentors[MAX_ROWS - 1]  # truncated: there is more
    assert [s.mentor_id async for s in client.iter_statuses(chapter_id=chapter, page_size=5)] == mentors


async def test_history_below_max_rows_loses_no_change(connect, capped, big_chapter) -> None:
    _, coordinator, mentors = big_chapter
    client = await connect(capped.url, project_key("anon"), token=user_token(coordinator))
    for round_ in range(3):
        await client.pause(mentors[0], f"Round {round_}")
        await client.resume(mentors[0])
    changes, before = [], None
    while True:
        page = await client.history(mentors[0], page_size=5, before=before)
        assert len(page.items) <= MAX_ROWS
        changes += page.items
        if page.next_cursor is None:
            break
        before = page.next_cursor
    assert len(changes) == 7  # the first row and six transitions
    assert [c.id for c in changes] == sorted({c.id for c in changes}, reverse=True)


async def test_get_statuses_of_more_mentors_than_max_rows_returns_them_all(connect, capped, big_chapter) -> None:
    _, coordinator, mentors = big_chapter
    client = await connect(capped.url, project_key("anon"), token=user_token(coordinator))
    statuses = await client.get_statuses([*reversed(mentors), uuid.uuid4()])
    assert [s.mentor_id for s in statuses] == mentors


# Outages -----------------------------------------------------------------------------------------------------------
@pytest.fixture
def outage(database_url: str) -> Iterator[tuple[TcpProxy, PostgrestTestServer]]:
    """A double whose database connections go through a proxy the test can cut (its connection worker retries
    every 0.05-0.1 s instead of PostgREST's 1-32 s)."""
    proxy = TcpProxy.for_database(database_url).start()
    server = PostgrestTestServer(
        proxy.url_for(authenticator_url(database_url)),
        jwt_secret(),
        acquisition_timeout=0.5,
        reconnect_delay=0.05,
        reconnect_max_delay=0.1,
    ).start()
    yield proxy, server
    server.stop()
    proxy.stop()


def outage_policy(retries: list[object]) -> RetryPolicy:
    return RetryPolicy(attempts=4, first_backoff=0.05, max_backoff=0.2, on_retry=retries.append)


async def test_a_database_outage_is_unavailable_at_once_and_over_when_the_database_is_back(
    connect, outage, org: Org
) -> None:
    proxy, server = outage
    retries: list[object] = []
    client = await connect(
        server.url, project_key("anon"), token=user_token(org.coordinator_a), retry=outage_policy(retries)
    )
    assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a

    proxy.cut()
    started = time.monotonic()
    with pytest.raises(Unavailable) as caught:
        await client.get_status(org.mentor_a)
    assert time.monotonic() - started < 2  # PostgREST answers at once; only the SDK's backoff takes time
    assert caught.value.code in OUTAGE_CODES
    assert caught.value.retry_after == 0
    assert len(retries) == 3  # bounded: every attempt was made

    proxy.restore()
    _wait_for(lambda: server.ready)  # PostgREST's connection worker reconnects on its own, no restart
    del retries[:]
    assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
    assert retries == []


async def test_a_write_whose_connection_is_cut_makes_at_most_one_transition(
    connect, outage, org: Org, admin_db, database_url: str
) -> None:
    """The pause waits on a row lock inside the database when the proxy cuts its connection: PostgREST loses the
    connection before the commit, the database rolls the transaction back, and the retry with the same request id
    after the outage makes the one transition."""
    proxy, server = outage
    retries: list[object] = []
    client = await connect(
        server.url, project_key("anon"), token=user_token(org.coordinator_a), retry=outage_policy(retries)
    )
    request_id = uuid.uuid4()
    blocker = psycopg.connect(database_url)
    blocker.execute("select 1 from public.peer_mentor_status where mentor_id = %s for update", (org.mentor_a,))

    def cut_while_the_pause_waits() -> None:
        _wait_for(lambda: _waiting_on_a_lock(admin_db, "pause_mentor"))
        proxy.cut()
        blocker.rollback()

    cutter = threading.Thread(target=cut_while_the_pause_waits)
    cutter.start()
    try:
        with pytest.raises(Unavailable) as caught:
            await client.pause(org.mentor_a, "Cut mid-write", request_id=request_id)
    finally:
        cutter.join()
        blocker.close()
    assert caught.value.code in OUTAGE_CODES
    _wait_for(lambda: not _running(admin_db, "pause_mentor"))  # the orphaned backend has rolled back
    assert log_count(admin_db, org.mentor_a) == 1

    proxy.restore()
    _wait_for(lambda: server.ready)
    paused = await client.pause(org.mentor_a, "Cut mid-write", request_id=request_id)
    assert paused.status is MentorStatusValue.PAUSED
    assert paused.last_request_id == request_id
    assert log_count(admin_db, org.mentor_a) == 2


def _waiting_on_a_lock(db: psycopg.Connection[tuple[Any, ...]], function: str) -> bool:
    row = db.execute(
        "select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like %s", (f"%{function}%",)
    ).fetchone()
    return row is not None


def _running(db: psycopg.Connection[tuple[Any, ...]], function: str) -> bool:
    row = db.execute(
        "select 1 from pg_stat_activity where state <> 'idle' and pid <> pg_backend_pid() and query like %s",
        (f"%{function}%",),
    ).fetchone()
    return row is not None


# The gateway -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "key",
    [project_key("anon", secret=OTHER_PROJECT_SECRET), "not-a-project-key"],
    ids=["another-projects-key", "garbage"],
)
async def test_an_unknown_api_key_is_permission_denied_and_not_retried(connect, api: Api, org: Org, key) -> None:
    retries: list[object] = []
    client = await connect(api.url, key, retry=RetryPolicy(on_retry=retries.append))
    with pytest.raises(PermissionDenied) as caught:
        await client.get_status(org.mentor_a)
    assert caught.value.message == "Invalid API key"
    assert retries == []


# JWT ---------------------------------------------------------------------------------------------------------------
async def test_a_token_expired_within_the_clock_skew_is_accepted(connect, api: Api, org: Org) -> None:
    client = await connect(api.url, api.anon_key, token=user_token(org.coordinator_a, ttl=-10))
    assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a


async def test_a_token_expired_beyond_the_clock_skew_is_permission_denied(connect, api: Api, org: Org) -> None:
    retries: list[object] = []
    client = await connect(
        api.url,
        api.anon_key,
        token=user_token(org.coordinator_a, ttl=-60),
        retry=RetryPolicy(on_retry=retries.append),
    )
    with pytest.raises(PermissionDenied) as caught:
        await client.get_status(org.mentor_a)
    assert caught.value.code == "PGRST303"
    assert caught.value.message == "JWT expired"
    assert retries == []


async def test_an_authenticated_token_without_sub_sees_nothing_and_changes_nothing(connect, api: Api, org: Org) -> None:
    now = int(time.time())
    token = jwt.encode(
        {"role": "authenticated", "aud": "authenticated", "iat": now, "exp": now + 600}, jwt_secret(), "HS256"
    )
    client = await connect(api.url, api.anon_key, token=token)
    assert (await client.list_statuses()).items == ()
    assert await client.get_statuses([org.mentor_a, org.mentor_b]) == []
    with pytest.raises(NotFound):
        await client.get_status(org.mentor_a)
    with pytest.raises(PermissionDenied) as caught:
        await client.pause(org.mentor_a, "Nobody in particular")
    assert caught.value.code == "42501"


# What reaches the database -----------------------------------------------------------------------------------------
REQUEST_CONTEXT_FUNCTION = """
create function public.fidelity_request_context()
returns jsonb
language sql
stable
as $$
  select jsonb_build_object(
    'claims', current_setting('request.jwt.claims', true)::jsonb,
    'headers', current_setting('request.headers', true)::jsonb
  )
$$;
grant execute on function public.fidelity_request_context() to authenticated;
"""


@pytest.fixture
def request_context_function(admin_db) -> Iterator[None]:
    """Committed, so PostgREST's connections see it; always dropped (the access matrix checks that every public
    function is covered)."""
    admin_db.execute(REQUEST_CONTEXT_FUNCTION)
    try:
        yield
    finally:
        admin_db.execute("drop function if exists public.fidelity_request_context()")


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_claims_and_headers_pass_through_to_the_database(
    flavour: str, api: Api, org: Org, request_context_function
) -> None:
    """supabase-py (what the SDK's PostgREST transport is built on) against the API: the token's own claims and
    the request's headers arrive in ``request.jwt.claims``/``request.headers``, with ``role`` the role used."""
    now = int(time.time())
    claims = {"sub": str(org.coordinator_a), "role": "authenticated", "tenant": "oslo", "iat": now, "exp": now + 600}
    headers = {"Authorization": f"Bearer {jwt.encode(claims, jwt_secret(), 'HS256')}", "X-Fidelity-Probe": "yes"}
    if flavour == "async":
        async with httpx.AsyncClient(timeout=10) as http:
            async_client = await acreate_client(
                api.url, api.anon_key, options=AsyncClientOptions(headers=headers, httpx_client=http)
            )
            seen = (await async_client.rpc("fidelity_request_context", {}).execute()).data
    else:
        with httpx.Client(timeout=10) as sync_http:
            sync_client = create_client(
                api.url, api.anon_key, options=ClientOptions(headers=headers, httpx_client=sync_http)
            )
            seen = sync_client.rpc("fidelity_request_context", {}).execute().data
    assert seen["claims"]["tenant"] == "oslo"
    assert seen["claims"]["sub"] == str(org.coordinator_a)
    assert seen["claims"]["role"] == "authenticated"
    assert seen["headers"]["x-fidelity-probe"] == "yes"
    assert "cookie" not in seen["headers"]
