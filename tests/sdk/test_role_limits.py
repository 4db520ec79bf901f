"""Role limits behave as on hosted Supabase, whichever way the SDK reaches the database.

Supabase gives the API roles their own ``statement_timeout`` (``ALTER ROLE authenticated SET statement_timeout =
'8s'``; 3 s for ``anon``). PostgREST applies a role's settings to every request it makes as that role (read at
schema-cache load), and the SDK's Postgres transport does the same (read once per client). A call that runs into
the limit is cancelled by the database (SQLSTATE 57014): the SDK raises :class:`StatementTimeout` and does not
retry it, since the same call would take as long again.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql

from mentor_pause import Identity, MentorStatusValue, RetryPolicy, StatementTimeout
from tests.sdk.conftest import Api, Org, log_count

Conn = psycopg.Connection[tuple[Any, ...]]
TIMEOUT = 0.3


def reload_role_settings(api: Api, admin_db: Conn) -> None:
    """What a Supabase project does after ``ALTER ROLE ... SET``: PostgREST reloads its schema cache."""
    if api.server is not None:
        assert api.server.reload_schema_cache()
    else:
        admin_db.execute("notify pgrst, 'reload schema'")
        time.sleep(1)


@contextlib.contextmanager
def role_setting(admin_db: Conn, api: Api, role: str, name: str, value: str) -> Iterator[None]:
    """``ALTER ROLE <role> SET <name> = <value>`` for the block, PostgREST reloaded; the previous value is put back
    (and PostgREST reloaded again) afterwards."""
    row = admin_db.execute(
        "select setting from pg_roles r, unnest(r.rolconfig) setting where r.rolname = %s and setting like %s",
        (role, f"{name}=%"),
    ).fetchone()
    alter = sql.SQL("alter role {} set {} = {}")
    admin_db.execute(alter.format(sql.Identifier(role), sql.Identifier(name), sql.Literal(value)))
    try:
        reload_role_settings(api, admin_db)
        yield
    finally:
        if row:
            previous = str(row[0]).split("=", 1)[1]
            admin_db.execute(alter.format(sql.Identifier(role), sql.Identifier(name), sql.Literal(previous)))
        else:
            admin_db.execute(sql.SQL("alter role {} reset {}").format(sql.Identifier(role), sql.Identifier(name)))
        reload_role_settings(api, admin_db)


async def test_a_call_that_outlasts_the_roles_statement_timeout_is_cancelled_and_not_retried(
    client_for, api: Api, org: Org, admin_db, database_url: str
) -> None:
    """A coordinator pauses a mentor whose status row another transaction holds locked: the pause waits for the
    lock until the role's statement_timeout (300 ms here) cancels it."""
    retries: list[object] = []
    with role_setting(admin_db, api, "authenticated", "statement_timeout", f"{int(TIMEOUT * 1000)}ms"):
        # Created after the change: the Postgres transport reads the role's settings once per client.
        client = await client_for(Identity.user(org.coordinator_a), retry=RetryPolicy(on_retry=retries.append))
        blocker = psycopg.connect(database_url)
        try:
            blocker.execute("select 1 from public.peer_mentor_status where mentor_id = %s for update", (org.mentor_a,))
            started = time.monotonic()
            with pytest.raises(StatementTimeout) as caught:
                await asyncio.wait_for(client.pause(org.mentor_a, "Waits on a lock"), timeout=30)
            elapsed = time.monotonic() - started
        finally:
            blocker.close()
    assert caught.value.code == "57014"
    assert TIMEOUT * 0.8 <= elapsed < TIMEOUT + 2.5  # cancelled by the timeout, once
    assert retries == []
    assert log_count(admin_db, org.mentor_a) == 1
    status = admin_db.execute(
        "select status from public.peer_mentor_status where mentor_id = %s", (org.mentor_a,)
    ).fetchone()
    assert status is not None and status[0] == MentorStatusValue.ACTIVE.value
