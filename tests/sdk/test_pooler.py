"""The Postgres transport through a transaction-mode pooler (Supavisor's port 6543, PgBouncer), as hosted Supabase
gives it to services: detected from the URL, and proven against a real PgBouncer in transaction mode."""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from mentor_pause import AsyncMentorPauseClient, Identity, MentorPauseClient, MentorStatusValue
from mentor_pause._postgres_sql import uses_transaction_pooler
from tests.sdk.conftest import FAST_RETRY, Org

over_the_pooler = pytest.mark.parametrize("client_for", ["pgbouncer-sync", "pgbouncer-async"], indirect=True)


@pytest.mark.parametrize(
    ("url", "cleaned", "pooled"),
    [
        ("postgresql://u:p@aws-0-eu-north-1.pooler.supabase.com:6543/postgres", None, True),
        ("postgresql://u:p@aws-0-eu-north-1.pooler.supabase.com:5432/postgres", None, False),
        ("postgresql://u:p@db.example.supabase.co:5432/postgres", None, False),
        ("postgresql://u:p@127.0.0.1:54329/postgres?pgbouncer=true", "postgresql://u:p@127.0.0.1:54329/postgres", True),
        (
            "postgresql://u:p@h:6432/postgres?sslmode=require&pgbouncer=true",
            "postgresql://u:p@h:6432/postgres?sslmode=require",
            True,
        ),
        ("postgresql://u:p@h:6432/postgres?pgbouncer=false", "postgresql://u:p@h:6432/postgres", False),
        ("host=h port=6543 dbname=postgres user=u", None, True),
    ],
)
def test_a_transaction_pooler_is_recognised_from_the_url(url: str, cleaned: str | None, pooled: bool) -> None:
    """Port 6543 is Supabase's transaction mode; `pgbouncer=true` is the marker other clients use (and libpq
    refuses, so it is removed); the session-mode port 5432 and direct connections keep prepared statements."""
    assert uses_transaction_pooler(url) == (cleaned or url, pooled)


@over_the_pooler
async def test_forty_rounds_of_every_call_through_the_pooler(client_for, org: Org, admin_db) -> None:
    """The rounds that failed 4 times in 40 through PgBouncer (prepared statement "_pg3_0" already exists): several
    clients at once, so transactions move between server connections."""
    clients = [await client_for(Identity.user(org.coordinator_a)) for _ in range(3)]
    mentors = [org.mentor_a, org.mentor_dual, org.mentor_expired]

    async def one_round(client, mentor) -> None:
        status = await client.get_status(mentor)
        if mentor != org.mentor_expired:
            if status.status is MentorStatusValue.ACTIVE:
                await client.pause(mentor, "Round trip")
            else:
                await client.resume(mentor)
        assert (await client.list_statuses(chapter_id=org.chapter_a)).items
        assert (await client.history(mentor)).items

    for _ in range(40):
        await asyncio.gather(*(one_round(c, m) for c, m in zip(clients, mentors, strict=True)))
    rows = admin_db.execute(
        "select count(*) from public.peer_mentor_status_log where mentor_id = any(%s)", ([org.mentor_a],)
    ).fetchone()
    assert rows == (41,)  # the first row and 40 transitions


def _hold_the_last_server_connection(pooler_url: str) -> psycopg.Connection:
    """A client in an open transaction takes the server connection PgBouncer would hand out next (LIFO)."""
    holder = psycopg.connect(pooler_url.replace("?pgbouncer=true", ""))
    holder.execute("select 1")
    return holder


def test_prepared_statements_stay_off_when_the_url_says_pooler(pooler_url: str, org: Org) -> None:
    with MentorPauseClient.from_database_url(pooler_url, Identity.user(org.admin), retry=FAST_RETRY) as client:
        for _ in range(8):
            client.get_status(org.mentor_a)
        holder = _hold_the_last_server_connection(pooler_url)
        try:
            assert client.get_status(org.mentor_a).mentor_id == org.mentor_a
        finally:
            holder.close()


def test_requests_never_prepare_statements_even_when_told_there_is_no_pooler(pooler_url: str, org: Org) -> None:
    """Each request is one simple-protocol message (settings and call together), which PostgreSQL never turns into
    a prepared statement: even with `transaction_pooler=False`, warm connections survive the pooler's reshuffling.
    (Before requests went out as one message, this sequence failed with 26000/42P05; the setting now only governs
    the transport's own setup query.)"""
    client = MentorPauseClient.from_database_url(
        pooler_url, Identity.user(org.admin), transaction_pooler=False, retry=FAST_RETRY, pool_size=1
    )
    with client:
        for _ in range(8):
            client.get_status(org.mentor_a)
        holder = _hold_the_last_server_connection(pooler_url)
        try:
            assert client.get_status(org.mentor_a).mentor_id == org.mentor_a
        finally:
            holder.close()


async def test_the_async_client_detects_the_pooler_too(pooler_url: str, org: Org) -> None:
    async with AsyncMentorPauseClient.from_database_url(pooler_url, Identity.user(org.admin)) as client:
        for _ in range(8):
            await client.get_status(org.mentor_a)
        holder = _hold_the_last_server_connection(pooler_url)
        try:
            assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
        finally:
            holder.close()
