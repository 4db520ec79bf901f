"""Transient failures are retried and never make a second transition; permanent ones are raised at once."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from mentor_pause import (
    Identity,
    InvalidTransition,
    MentorPauseError,
    NotFound,
    PermissionDenied,
    RetryPolicy,
    Unavailable,
)
from tests.sdk.conftest import Api, Org, log_count

# HTTP faults concern the PostgREST transport; a dropped database connection the Postgres transport.
over_postgrest = pytest.mark.parametrize("client_for", ["postgrest-sync", "postgrest-async"], indirect=True)
over_postgres = pytest.mark.parametrize(
    "client_for", ["postgres-sync", "postgres-async", "pgbouncer-sync", "pgbouncer-async"], indirect=True
)


def needs_test_server(api: Api) -> None:
    if api.server is None:
        pytest.skip("fault injection needs the PostgREST test server (not a real Supabase)")


@pytest.fixture(autouse=True)
def no_faults_left_behind(api: Api) -> Iterator[None]:
    """A failing test must not leave queued faults for the next one."""
    yield
    if api.server is not None:
        api.server.faults.clear()


@over_postgrest
async def test_503_before_the_request_ran_is_retried(client_for, api: Api, org: Org, admin_db) -> None:
    needs_test_server(api)
    client = await client_for(Identity.user(org.coordinator_a))
    api.server.fail_next(503)
    before = len(api.server.requests)
    paused = await client.pause(org.mentor_a, "Through a flaky gateway")
    assert paused.pause_reason == "Through a flaky gateway"
    assert len(api.server.requests) - before == 2
    assert log_count(admin_db, org.mentor_a) == 2


@over_postgrest
async def test_503_after_the_transition_committed_replays_instead_of_transitioning_twice(
    client_for, api: Api, org: Org, admin_db
) -> None:
    needs_test_server(api)
    client = await client_for(Identity.user(org.coordinator_a))
    api.server.fail_next(503, after_commit=True)
    paused = await client.pause(org.mentor_a, "Response lost on the way back")
    assert paused.pause_reason == "Response lost on the way back"
    assert log_count(admin_db, org.mentor_a) == 2  # the first row, and exactly one pause


@over_postgrest
async def test_retries_are_bounded(client_for, api: Api, org: Org) -> None:
    needs_test_server(api)
    client = await client_for(Identity.user(org.coordinator_a), retry=RetryPolicy(attempts=3, first_backoff=0.01))
    api.server.fail_next(503, times=5)
    before = len(api.server.requests)
    with pytest.raises(Unavailable) as caught:
        await client.get_status(org.mentor_a)
    assert caught.value.code == "503"
    assert len(api.server.requests) - before == 3


async def test_a_permanent_error_is_not_retried(client_for, org: Org) -> None:
    retries: list[object] = []
    client = await client_for(Identity.user(org.mentor_user), retry=RetryPolicy(on_retry=retries.append))
    with pytest.raises(PermissionDenied):
        await client.expire_certification(org.mentor_a)
    with pytest.raises(InvalidTransition):
        await client.resume(org.mentor_a)
    assert retries == []


@over_postgres
async def test_connection_dropped_mid_call_is_retried_without_a_double_transition(
    client_for, org: Org, admin_db, database_url: str
) -> None:
    """The call's backend is terminated while it waits on a row lock inside pause_mentor (before its commit);
    the retry runs on a fresh connection and makes exactly one transition."""
    retries: list[object] = []
    client = await client_for(Identity.user(org.coordinator_a), retry=RetryPolicy(on_retry=retries.append))
    await client.get_status(org.mentor_a)  # open the pool

    blocker = psycopg.connect(database_url)
    blocker.execute("select 1 from public.peer_mentor_status where mentor_id = %s for update", (org.mentor_a,))
    killed = threading.Event()

    def terminate_the_waiting_call() -> None:
        with psycopg.connect(database_url, autocommit=True) as watcher:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not killed.is_set():
                row = watcher.execute(
                    "select pid from pg_stat_activity where wait_event_type = 'Lock' and query ilike %s",
                    ("%pause_mentor%",),
                ).fetchone()
                if row:
                    watcher.execute("select pg_terminate_backend(%s)", (row[0],))
                    killed.set()
                    blocker.rollback()  # release the lock for the retry
                    return
                time.sleep(0.02)

    killer = threading.Thread(target=terminate_the_waiting_call)
    killer.start()
    try:
        paused = await asyncio.wait_for(client.pause(org.mentor_a, "Survives a dropped connection"), timeout=30)
    finally:
        killer.join()
        blocker.close()
    assert killed.is_set()
    assert len(retries) >= 1
    assert paused.pause_reason == "Survives a dropped connection"
    assert log_count(admin_db, org.mentor_a) == 2


@over_postgrest
async def test_gateway_json_error_without_a_code_is_unavailable_and_retried(
    client_for, api: Api, org: Org, admin_db
) -> None:
    """Kong answers 502 with {"message": ...} and no code; postgrest-py keeps no status, the SDK's hook does."""
    needs_test_server(api)
    client = await client_for(Identity.user(org.coordinator_a))
    api.server.fail_next(502, json_body=True)
    paused = await client.pause(org.mentor_a, "Behind a gateway")
    assert paused.pause_reason == "Behind a gateway"
    assert log_count(admin_db, org.mentor_a) == 2
    api.server.fail_next(502, json_body=True, times=10)
    with pytest.raises(Unavailable) as caught:
        await client.get_status(org.mentor_a)
    assert caught.value.code == "502"


@over_postgres
async def test_out_of_scope_caller_never_waits_on_a_mentor_lock(client_for, org: Org, database_url: str) -> None:
    """Authorization comes before the row lock: someone who may not see the mentor gets 404 at once, even while
    the row is locked (they can neither hold nor time a lock on it)."""
    client = await client_for(Identity.user(org.coordinator_b), retry=RetryPolicy(attempts=1))
    blocker = psycopg.connect(database_url)
    try:
        blocker.execute("select 1 from public.peer_mentor_status where mentor_id = %s for update", (org.mentor_a,))
        started = time.monotonic()
        with pytest.raises(NotFound):
            await asyncio.wait_for(client.pause(org.mentor_a, "Not mine"), timeout=5)
        assert time.monotonic() - started < 2
    finally:
        blocker.close()


@over_postgres
async def test_a_closed_client_says_so(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.admin))
    await client.get_status(org.mentor_a)
    await client.aclose()
    with pytest.raises(MentorPauseError, match="closed"):
        await client.get_status(org.mentor_a)


@over_postgrest
async def test_a_connection_cut_mid_response_is_retried(client_for, api: Api, org: Org, admin_db) -> None:
    """httpx reports a cut connection as a TransportError (RemoteProtocolError), not an HTTP status."""
    needs_test_server(api)
    retries: list[object] = []
    client = await client_for(Identity.user(org.coordinator_a), retry=RetryPolicy(on_retry=retries.append))
    api.server.fail_next(drop=True)
    assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
    api.server.fail_next(drop=True, after_commit=True)
    paused = await client.pause(org.mentor_a, "Cut after commit")
    assert paused.pause_reason == "Cut after commit"
    assert log_count(admin_db, org.mentor_a) == 2
    assert len(retries) == 2


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_refused_connection_is_unavailable_after_bounded_retries(flavour: str) -> None:
    """Nothing listens on the port: every attempt is refused (httpx.ConnectError), the SDK raises Unavailable."""
    from mentor_pause import AsyncMentorPauseClient, MentorPauseClient
    from mentor_pause.local.cluster import free_loopback_port
    from tests.support.tokens import project_key

    url = f"http://127.0.0.1:{free_loopback_port()}"
    retries: list[object] = []
    policy = RetryPolicy(attempts=3, first_backoff=0.01, on_retry=retries.append)
    mentor = "b0000000-0000-4000-8000-000000000001"
    if flavour == "async":
        client = await AsyncMentorPauseClient.connect(url, project_key("service_role"), retry=policy)
        with pytest.raises(Unavailable, match="ConnectError"):
            await client.get_status(mentor)
        await client.aclose()
    else:
        sync_client = MentorPauseClient.connect(url, project_key("service_role"), retry=policy)
        with pytest.raises(Unavailable, match="ConnectError"):
            sync_client.get_status(mentor)
        sync_client.close()
    assert len(retries) == 2
