"""Postgres transport: the same RPCs and table reads over psycopg 3, acting as an identity like PostgREST.

Each call runs in its own transaction that first sets ``search_path``, ``role`` and ``request.jwt.claims``
with ``set_config(..., true)`` exactly as PostgREST does (see :mod:`mentor_pause.identity`), then the RPC or
the read, read-only for reads: all of it one simple-protocol message, so one round trip and one transaction
(:func:`mentor_pause._postgres_sql.request_prelude`). RLS, the RPCs' authorization checks and ``auth.uid()``
therefore see the same caller they would behind PostgREST.

Through a transaction-mode pooler prepared statements are off (:mod:`mentor_pause._postgres_sql`).

Failing well: psycopg_pool connects in the background and a caller waiting for a connection learns nothing of why
none comes (it waited 30 s, then heard ``PoolTimeout``, whether the password was wrong or the server down). So
before its first call, and again after any call that lost its connection, the transport connects once itself,
outside the pool, with ``connect_timeout``: a refusal surfaces at once with the server's reason
(:func:`mentor_pause._postgres_sql.connection_error`: a wrong password is a permanent ``ConnectionRejected``, a down
server an ``Unavailable`` the retry policy retries). Once that connection succeeds, the pool drops the connections
that died meanwhile (``check()``) and serves the call: recovery takes one successful connection, not the pool's
reconnection backoff, which is kept short (:data:`POOL_RECONNECT_SECONDS`) so the pool gives up on its own
attempts quickly and grows again on demand. ``pool_timeout`` bounds the wait for a free connection.

Security: whoever holds a database URL that can ``SET ROLE`` to the API roles can act as any user, just like
whoever holds the project's JWT secret. Use this transport only in trusted server code and notebooks, with a
URL for a login role granted ``anon``/``authenticated``/``service_role`` (Supabase's ``authenticator``, or
``postgres``), never in anything a user controls.
"""

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from psycopg import sql
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool, PoolClosed, PoolTimeout

from mentor_pause._lifecycle import Guard, close_with_loop
from mentor_pause._postgres_sql import (
    connect_timeout_seconds,
    connection_error,
    db_param,
    lost_connection,
    read_sql,
    request_prelude,
    rpc_sql,
    translate_error,
    uses_transaction_pooler,
)
from mentor_pause.errors import InvalidInput
from mentor_pause.identity import ROLE_SETTINGS_SQL, Identity, RoleSettings
from mentor_pause.operations import RowSet, RpcCall, TableRead

#: How long the pool keeps retrying a connection it failed to make before giving up (it grows again on demand).
POOL_RECONNECT_SECONDS = 1.0
#: How long a call waits for a free connection by default.
DEFAULT_POOL_TIMEOUT = 5.0


class AsyncPostgresTransport:
    """A connection pool acting as one identity.

    ``transaction_pooler``: whether ``database_url`` goes through a transaction-mode pooler (prepared statements
    off); ``None`` decides from the URL (:func:`uses_transaction_pooler`). ``connect_timeout``: seconds one
    connection attempt may take (``None``: the URL's ``connect_timeout``, else 5). ``pool_timeout``: seconds a call
    waits for a free connection.
    """

    def __init__(
        self,
        database_url: str,
        identity: Identity,
        *,
        min_size: int = 1,
        max_size: int = 4,
        transaction_pooler: bool | None = None,
        connect_timeout: float | None = None,
        pool_timeout: float = DEFAULT_POOL_TIMEOUT,
    ) -> None:
        self.identity = identity
        conninfo, pooled = uses_transaction_pooler(database_url)
        self.transaction_pooler = pooled if transaction_pooler is None else transaction_pooler
        if isinstance(pool_timeout, bool) or not isinstance(pool_timeout, int | float) or not pool_timeout > 0:
            raise InvalidInput(f"pool_timeout must be a positive number of seconds, got {pool_timeout!r}")
        kwargs: dict[str, object] = {
            "autocommit": True,
            "row_factory": dict_row,
            "connect_timeout": connect_timeout_seconds(conninfo, connect_timeout),
        }
        if self.transaction_pooler:
            kwargs["prepare_threshold"] = None
        self._conninfo = conninfo
        self._kwargs = kwargs
        self._min_size = min_size
        self._max_size = max_size
        self._pool_timeout = float(pool_timeout)
        self._pool = self._new_pool()
        self._guard: Guard | None = None
        self._reachable = False
        self._role_settings: RoleSettings | None = None
        self._preludes: dict[tuple[str, str, bool], str] = {}

    def _new_pool(self) -> AsyncConnectionPool[psycopg.AsyncConnection[DictRow]]:
        return AsyncConnectionPool[psycopg.AsyncConnection[DictRow]](
            self._conninfo,
            connection_class=psycopg.AsyncConnection[DictRow],
            min_size=self._min_size,
            max_size=self._max_size,
            open=False,
            kwargs=self._kwargs,
            timeout=self._pool_timeout,
            reconnect_timeout=POOL_RECONNECT_SECONDS,
            name="mentor-pause",
        )

    async def _ready_pool(self) -> AsyncConnectionPool[psycopg.AsyncConnection[DictRow]]:
        """The pool, once the database is known to accept a connection (see the module's notes)."""
        pool = self._pool
        if self._reachable:
            return pool
        try:
            probe = await psycopg.AsyncConnection.connect(self._conninfo, **self._kwargs)  # type: ignore[arg-type]
        except psycopg.Error as exc:
            raise connection_error(exc) from exc
        await probe.close()
        if self._guard is None:
            self._guard = close_with_loop(self._drop_pool)
        await pool.open()  # a no-op once open
        await pool.check()  # connections that died while the database was away go now, not one call each
        self._reachable = True
        return pool

    async def _drop_pool(self) -> None:
        """Close the pool and put a fresh, unopened one in its place (for the next event loop, if any)."""
        pool, self._pool = self._pool, self._new_pool()
        self._guard = None
        self._reachable = False
        await pool.close()

    async def _role_settings_of(self, conn: psycopg.AsyncConnection[DictRow]) -> RoleSettings:
        """The identity's role settings, read once per transport as PostgREST reads them once per schema cache."""
        if self._role_settings is None:
            cursor = await conn.execute(ROLE_SETTINGS_SQL, (self.identity.role,))
            self._role_settings = tuple((str(row["key"]), str(row["value"])) for row in await cursor.fetchall())
        return self._role_settings

    async def _prelude(self, conn: psycopg.AsyncConnection[DictRow], method: str, path: str, readonly: bool) -> str:
        """The request's settings as SQL text, rendered once per method and path (the identity never changes)."""
        key = (method, path, readonly)
        prelude = self._preludes.get(key)
        if prelude is None:
            settings = await self._role_settings_of(conn)
            prelude = request_prelude(
                self.identity, settings, method=method, path=path, readonly=readonly, context=conn
            )
            self._preludes[key] = prelude
        return prelude

    async def _run(
        self, query: str | sql.Composed, params: Sequence[object], *, readonly: bool, method: str, path: str
    ) -> RowSet:
        pool = await self._ready_pool()
        try:
            async with pool.connection() as conn:
                prelude = await self._prelude(conn, method, path, readonly)
                text = query if isinstance(query, str) else query.as_string(conn)
                cursor = psycopg.AsyncClientCursor(conn, row_factory=dict_row)
                await cursor.execute(prelude + text, params)
                while cursor.nextset():  # the settings' results come first; the request's is the last
                    pass
                return RowSet.complete(list(await cursor.fetchall()))
        except (psycopg.Error, PoolTimeout, PoolClosed) as exc:
            if lost_connection(exc):
                self._reachable = False
            raise translate_error(exc) from exc

    async def call(self, request: RpcCall) -> RowSet:
        return await self._run(
            rpc_sql(request),
            [db_param(value) for value in request.args.values()],
            readonly=request.readonly,
            method="POST",
            path=f"/rpc/{request.function}",
        )

    async def read(self, request: TableRead) -> RowSet:
        query, params = read_sql(request)
        return await self._run(query, params, readonly=True, method="GET", path=f"/{request.table}")

    async def aclose(self) -> None:
        guard, self._guard = self._guard, None
        if guard is not None:
            guard.cancel()
        await self._drop_pool()
