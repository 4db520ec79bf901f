"""Postgres transport: the same RPCs and table reads over psycopg 3, acting as an identity like PostgREST.

Each call runs in its own transaction that first sets ``search_path``, ``role`` and ``request.jwt.claims``
with ``set_config(..., true)`` exactly as PostgREST does (see :mod:`mentor_pause.identity`), then the RPC or
the read, read-only for reads. RLS, the RPCs' authorization checks and ``auth.uid()`` therefore see the same
caller they would behind PostgREST.

Security: whoever holds a database URL that can ``SET ROLE`` to the API roles can act as any user, just like
whoever holds the project's JWT secret. Use this transport only in trusted server code and notebooks, with a
URL for a login role granted ``anon``/``authenticated``/``service_role`` (Supabase's ``authenticator``, or
``postgres``), never in anything a user controls.
"""

from __future__ import annotations

import psycopg
from psycopg import sql
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool, PoolClosed, PoolTimeout

from mentor_pause.errors import MentorPauseError, Unavailable, error_from_code
from mentor_pause.identity import REQUEST_CONTEXT_SQL, Identity, request_context_params
from mentor_pause.queries import Param, Row, RpcCall, TableRead


def _translate(exc: Exception) -> MentorPauseError:
    if isinstance(exc, psycopg.Error) and exc.sqlstate:
        diag = exc.diag
        return error_from_code(exc.sqlstate, diag.message_primary or str(exc), diag.message_detail, diag.message_hint)
    if isinstance(exc, psycopg.DataError):  # refused by psycopg before sending (e.g. a NUL in text)
        return error_from_code("22000", str(exc))
    if isinstance(exc, PoolClosed):
        return MentorPauseError("the client is closed")
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError | PoolTimeout):
        return Unavailable(f"database connection failed: {type(exc).__name__}: {exc}")
    return MentorPauseError(f"{type(exc).__name__}: {exc}")


def _rpc_sql(request: RpcCall) -> sql.Composed:
    args = sql.SQL(", ").join(
        sql.SQL("{} => {}").format(sql.Identifier(name), sql.Placeholder()) for name in request.args
    )
    return sql.SQL("select * from public.{}({})").format(sql.Identifier(request.function), args)


def _read_sql(request: TableRead) -> tuple[sql.Composed, list[Param]]:
    columns = (
        sql.SQL("*")
        if list(request.columns) == ["*"]
        else sql.SQL(", ").join(sql.Identifier(c) for c in request.columns)
    )
    where: list[sql.Composable] = []
    params: list[Param] = []
    for column, value in request.eq.items():
        where.append(sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder()))
        params.append(value)
    for column, values in request.in_.items():
        where.append(sql.SQL("{} = any({})").format(sql.Identifier(column), sql.Placeholder()))
        params.append(list(values))  # type: ignore[arg-type]
    query = sql.SQL("select {} from public.{}").format(columns, sql.Identifier(request.table))
    if where:
        query += sql.SQL(" where ") + sql.SQL(" and ").join(where)
    if request.order:
        query += sql.SQL(" order by ") + sql.SQL(", ").join(
            sql.SQL("{} desc" if descending else "{} asc").format(sql.Identifier(column))
            for column, descending in request.order
        )
    if request.limit is not None:
        query += sql.SQL(" limit {}").format(sql.Literal(request.limit))
    if request.offset is not None:
        query += sql.SQL(" offset {}").format(sql.Literal(request.offset))
    return query, params


class AsyncPostgresTransport:
    """A connection pool acting as one identity."""

    def __init__(self, database_url: str, identity: Identity, *, min_size: int = 1, max_size: int = 4) -> None:
        self.identity = identity
        self._pool = AsyncConnectionPool[psycopg.AsyncConnection[DictRow]](
            database_url,
            connection_class=psycopg.AsyncConnection[DictRow],
            min_size=min_size,
            max_size=max_size,
            open=False,
            kwargs={"autocommit": True, "row_factory": dict_row},
            name="mentor-pause",
        )
        self._opened = False

    async def _run(
        self, query: sql.Composed, params: list[Param], *, readonly: bool, method: str, path: str
    ) -> list[Row]:
        try:
            if not self._opened:
                await self._pool.open()
                self._opened = True
            async with self._pool.connection() as conn, conn.transaction():
                if readonly:
                    await conn.execute("set transaction read only")
                await conn.execute(REQUEST_CONTEXT_SQL, request_context_params(self.identity, method=method, path=path))
                cursor = await conn.execute(query, params)
                return list(await cursor.fetchall())
        except (psycopg.Error, PoolTimeout, PoolClosed) as exc:
            raise _translate(exc) from exc

    async def call(self, request: RpcCall) -> list[Row]:
        return await self._run(
            _rpc_sql(request),
            list(request.args.values()),
            readonly=request.readonly,
            method="POST",
            path=f"/rpc/{request.function}",
        )

    async def read(self, request: TableRead) -> list[Row]:
        query, params = _read_sql(request)
        return await self._run(query, params, readonly=True, method="GET", path=f"/{request.table}")

    async def aclose(self) -> None:
        if self._opened:
            await self._pool.close()
            self._opened = False
