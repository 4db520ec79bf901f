# GENERATED from src/mentor_pause/_async/transports/postgres.py by tools/async_to_sync.py: do not edit.
# Change the async source and run `./dev generate`.
"""Postgres transport: the same RPCs and table reads over psycopg 3, acting as an identity like PostgREST.

Each call runs in its own transaction that first sets ``search_path``, ``role`` and ``request.jwt.claims``
with ``set_config(..., true)`` exactly as PostgREST does (see :mod:`mentor_pause.identity`), then the RPC or
the read, read-only for reads; all of it in one round trip (psycopg's pipeline mode). RLS, the RPCs'
authorization checks and ``auth.uid()`` therefore see the same caller they would behind PostgREST.

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

from mentor_pause._postgres_sql import db_param, read_sql, rpc_sql, translate_error, uses_transaction_pooler
from mentor_pause.identity import ROLE_SETTINGS_SQL, Identity, RoleSettings, identity_context
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

    def _role_settings_of(self, conn: psycopg.Connection[DictRow]) -> RoleSettings:
        """The identity's role settings, read once per transport as PostgREST reads them once per schema cache."""
        if self._role_settings is None:
            cursor = conn.execute(ROLE_SETTINGS_SQL, (self.identity.role,))
            self._role_settings = tuple((str(row["key"]), str(row["value"])) for row in cursor.fetchall())
        return self._role_settings

    def _run(self, query: sql.Composed, params: Sequence[object], *, readonly: bool, method: str, path: str) -> RowSet:
        try:
            if not self._opened:
                self._pool.open()
                self._opened = True
            with self._pool.connection() as conn:
                settings = self._role_settings_of(conn)
                context = identity_context(self.identity, role_settings=settings, method=method, path=path)
                # One round trip: BEGIN, the request's settings, the call and COMMIT go out together (pipeline
                # mode), instead of waiting for each answer in turn.
                with conn.pipeline(), conn.transaction():
                    if readonly:
                        conn.execute("set transaction read only")
                    conn.execute(*context)
                    cursor = conn.execute(query, params)
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
