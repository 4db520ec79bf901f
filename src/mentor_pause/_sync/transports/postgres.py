# GENERATED from src/mentor_pause/_async/transports/postgres.py by tools/async_to_sync.py: do not edit.
# Change the async source and run `./dev generate`.
"""Postgres transport: the same RPCs and table reads over psycopg 3, acting as an identity like PostgREST.

Each call runs in its own transaction that first sets ``search_path``, ``role`` and ``request.jwt.claims``
with ``set_config(..., true)`` exactly as PostgREST does (see :mod:`mentor_pause.identity`), then the RPC or
the read, read-only for reads: all of it one simple-protocol message, so one round trip and one transaction
(:func:`mentor_pause._postgres_sql.request_prelude`). RLS, the RPCs' authorization checks and ``auth.uid()``
therefore see the same caller they would behind PostgREST.

Through a transaction-mode pooler prepared statements are off (:mod:`mentor_pause._postgres_sql`).

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
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

from mentor_pause._postgres_sql import (
    db_param,
    read_sql,
    request_prelude,
    rpc_sql,
    translate_error,
    uses_transaction_pooler,
)
from mentor_pause.identity import ROLE_SETTINGS_SQL, Identity, RoleSettings
from mentor_pause.operations import RowSet, RpcCall, TableRead


class PostgresTransport:
    """A connection pool acting as one identity.

    ``transaction_pooler``: whether ``database_url`` goes through a transaction-mode pooler (prepared statements
    off); ``None`` decides from the URL (:func:`uses_transaction_pooler`).
    """

    def __init__(
        self,
        database_url: str,
        identity: Identity,
        *,
        min_size: int = 1,
        max_size: int = 4,
        transaction_pooler: bool | None = None,
    ) -> None:
        self.identity = identity
        conninfo, pooled = uses_transaction_pooler(database_url)
        self.transaction_pooler = pooled if transaction_pooler is None else transaction_pooler
        kwargs: dict[str, object] = {"autocommit": True, "row_factory": dict_row}
        if self.transaction_pooler:
            kwargs["prepare_threshold"] = None
        self._pool = ConnectionPool[psycopg.Connection[DictRow]](
            conninfo,
            connection_class=psycopg.Connection[DictRow],
            min_size=min_size,
            max_size=max_size,
            open=False,
            kwargs=kwargs,
            name="mentor-pause",
        )
        self._opened = False
        self._role_settings: RoleSettings | None = None
        self._preludes: dict[tuple[str, str, bool], str] = {}

    def _role_settings_of(self, conn: psycopg.Connection[DictRow]) -> RoleSettings:
        """The identity's role settings, read once per transport as PostgREST reads them once per schema cache."""
        if self._role_settings is None:
            cursor = conn.execute(ROLE_SETTINGS_SQL, (self.identity.role,))
            self._role_settings = tuple((str(row["key"]), str(row["value"])) for row in cursor.fetchall())
        return self._role_settings

    def _prelude(self, conn: psycopg.Connection[DictRow], method: str, path: str, readonly: bool) -> str:
        """The request's settings as SQL text, rendered once per method and path (the identity never changes)."""
        key = (method, path, readonly)
        prelude = self._preludes.get(key)
        if prelude is None:
            settings = self._role_settings_of(conn)
            prelude = request_prelude(
                self.identity, settings, method=method, path=path, readonly=readonly, context=conn
            )
            self._preludes[key] = prelude
        return prelude

    def _run(
        self, query: str | sql.Composed, params: Sequence[object], *, readonly: bool, method: str, path: str
    ) -> RowSet:
        try:
            if not self._opened:
                self._pool.open()
                self._opened = True
            with self._pool.connection() as conn:
                prelude = self._prelude(conn, method, path, readonly)
                text = query if isinstance(query, str) else query.as_string(conn)
                cursor = psycopg.ClientCursor(conn, row_factory=dict_row)
                cursor.execute(prelude + text, params)
                while cursor.nextset():  # the settings' results come first; the request's is the last
                    pass
                return RowSet.complete(list(cursor.fetchall()))
        except (psycopg.Error, PoolTimeout, PoolClosed) as exc:
            raise translate_error(exc) from exc

    def call(self, request: RpcCall) -> RowSet:
        return self._run(
            rpc_sql(request),
            [db_param(value) for value in request.args.values()],
            readonly=request.readonly,
            method="POST",
            path=f"/rpc/{request.function}",
        )

    def read(self, request: TableRead) -> RowSet:
        query, params = read_sql(request)
        return self._run(query, params, readonly=True, method="GET", path=f"/{request.table}")

    def close(self) -> None:
        if self._opened:
            self._pool.close()
            self._opened = False
