"""Postgres transport: the same RPCs and table reads over psycopg 3, acting as an identity like PostgREST.

Each call runs in its own transaction that first sets ``search_path``, ``role`` and ``request.jwt.claims``
with ``set_config(..., true)`` exactly as PostgREST does (see :mod:`mentor_pause.identity`), then the RPC or
the read, read-only for reads. RLS, the RPCs' authorization checks and ``auth.uid()`` therefore see the same
caller they would behind PostgREST.

Poolers: a transaction-mode pooler (Supabase's Supavisor on port 6543, PgBouncer before 1.21) hands each
transaction to whichever server connection is free, so the server-side prepared statements psycopg creates after
five executions of a statement would be missing, or already exist, on the next connection ("prepared statement
\"_pg3_0\" already exists"). Supabase's guide says to turn them off for transaction mode; psycopg does that with
``prepare_threshold=None``. :func:`uses_transaction_pooler` decides it from the URL unless told.

Security: whoever holds a database URL that can ``SET ROLE`` to the API roles can act as any user, just like
whoever holds the project's JWT secret. Use this transport only in trusted server code and notebooks, with a
URL for a login role granted ``anon``/``authenticated``/``service_role`` (Supabase's ``authenticator``, or
``postgres``), never in anything a user controls.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import DictRow, dict_row
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

from mentor_pause.errors import InvalidInput, MentorPauseError, Unavailable, error_from_code
from mentor_pause.identity import ROLE_SETTINGS_SQL, Identity, RoleSettings, identity_context
from mentor_pause.queries import Param, RowSet, RpcCall, TableRead

#: Supavisor's (and Supabase's dedicated PgBouncer's) transaction-mode port.
TRANSACTION_POOLER_PORT = 6543


def uses_transaction_pooler(database_url: str) -> tuple[str, bool]:
    """The URL without a ``pgbouncer`` parameter, and whether it points at a transaction-mode pooler: port 6543
    (Supabase's), or ``pgbouncer=true`` (the marker Prisma and others use; libpq itself refuses the parameter)."""
    parts = urlsplit(database_url)
    marker = ""
    if parts.scheme in {"postgres", "postgresql"} and parts.query:
        query = parse_qsl(parts.query, keep_blank_values=True)
        marker = next((value.lower() for key, value in query if key == "pgbouncer"), "")
        rest = [(key, value) for key, value in query if key != "pgbouncer"]
        database_url = urlunsplit(parts._replace(query=urlencode(rest)))
    try:
        params = conninfo_to_dict(database_url)
    except psycopg.ProgrammingError as exc:
        raise InvalidInput(f"not a valid database URL: {exc}") from None
    pooled = marker in {"true", "1", "yes", "on"} or str(params.get("port", "")) == str(TRANSACTION_POOLER_PORT)
    return database_url, pooled


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
    for column, value in request.gt.items():
        where.append(sql.SQL("{} > {}").format(sql.Identifier(column), sql.Placeholder()))
        params.append(value)
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

    def _run(self, query: sql.Composed, params: list[Param], *, readonly: bool, method: str, path: str) -> RowSet:
        try:
            if not self._opened:
                self._pool.open()
                self._opened = True
            with self._pool.connection() as conn, conn.transaction():
                if readonly:
                    conn.execute("set transaction read only")
                settings = self._role_settings_of(conn)
                conn.execute(*identity_context(self.identity, role_settings=settings, method=method, path=path))
                cursor = conn.execute(query, params)
                return RowSet.complete(list(cursor.fetchall()))
        except (psycopg.Error, PoolTimeout, PoolClosed) as exc:
            raise _translate(exc) from exc

    def call(self, request: RpcCall) -> RowSet:
        return self._run(
            _rpc_sql(request),
            list(request.args.values()),
            readonly=request.readonly,
            method="POST",
            path=f"/rpc/{request.function}",
        )

    def read(self, request: TableRead) -> RowSet:
        query, params = _read_sql(request)
        return self._run(query, params, readonly=True, method="GET", path=f"/{request.table}")

    def close(self) -> None:
        if self._opened:
            self._pool.close()
            self._opened = False
