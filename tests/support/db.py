"""Helpers that let a test act as an API role inside one transaction, the way PostgREST does per request."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from mentor_pause.identity import Identity, identity_context, request_context
from mentor_pause.local.cluster import SUPERUSER_PASSWORD

Conn = psycopg.Connection[tuple[object, ...]]


@contextlib.contextmanager
def acting_as(conn: Conn, identity: Identity, *, method: str = "POST") -> Iterator[Conn]:
    """Switch the open transaction to ``identity`` (role + JWT claims) and back to the superuser afterwards."""
    conn.execute(*identity_context(identity, method=method, path="/test"))
    try:
        yield conn
    finally:
        _back_to_owner(conn)


@contextlib.contextmanager
def acting_with(conn: Conn, role: str, claims: Mapping[str, object]) -> Iterator[Conn]:
    """Like :func:`acting_as`, with any database role and claims: for callers no :class:`Identity` describes
    (forged claims, a token for a user who does not exist, service_role with a ``sub``)."""
    statement, params = request_context(role, claims, path="/test")
    # request_context() sets claims.role to the role, as PostgREST does; a forged claim must stay as given.
    conn.execute(statement, params)
    conn.execute("select set_config('request.jwt.claims', %s, true)", (json.dumps(claims),))
    try:
        yield conn
    finally:
        _back_to_owner(conn)


def _back_to_owner(conn: Conn) -> None:
    if not conn.broken and conn.info.transaction_status != psycopg.pq.TransactionStatus.INERROR:
        conn.execute("reset role")
        conn.execute("select set_config('request.jwt.claims', '', true)")


def fails_with(conn: Conn, sqlstate: str, sql: str, params: tuple[object, ...] | None = None) -> psycopg.Error:
    """Run ``sql`` in a savepoint and assert it raises ``sqlstate``; the outer transaction stays usable."""
    with pytest.raises(psycopg.Error) as caught, conn.transaction():
        conn.execute(sql.encode() if params is None else sql, params)  # type: ignore[call-overload]
    assert caught.value.sqlstate == sqlstate, f"expected {sqlstate}, got {caught.value.sqlstate}: {caught.value}"
    return caught.value


def authenticator_url(database_url: str) -> str:
    """The same database as ``authenticator`` (LOGIN NOINHERIT, may only SET ROLE to the API roles): how PostgREST
    and the SDK's Postgres transport connect."""
    parts = urlsplit(database_url)
    host = parts.netloc.rsplit("@", 1)[-1]
    password = os.environ.get("MENTOR_PAUSE_AUTHENTICATOR_PASSWORD", SUPERUSER_PASSWORD)
    return urlunsplit(parts._replace(netloc=f"authenticator:{password}@{host}"))
