"""What the Postgres transport's sync and async twins share: SQL for an operation, errors, pooler detection,
connection settings.

None of it awaits, so it lives once, here, and ``tools/async_to_sync.py`` leaves it alone (as psycopg keeps such
code in ``_cursor_base.py``).

Poolers: a transaction-mode pooler (Supabase's Supavisor on port 6543, PgBouncer before 1.21) hands each
transaction to whichever server connection is free, so the server-side prepared statements psycopg creates after
five executions of a statement would be missing, or already exist, on the next connection ("prepared statement
\"_pg3_0\" already exists"). Supabase's guide says to turn them off for transaction mode; psycopg does that with
``prepare_threshold=None``. :func:`uses_transaction_pooler` decides it from the URL unless told.

Connection failures: libpq reports why a connection failed as text only (no SQLSTATE reaches the client before the
session exists), so :func:`connection_error` reads the reason the server gave: refusals that the same settings would
meet again (a wrong password, an unknown role or database, ``pg_hba.conf``) become the permanent
:class:`~mentor_pause.errors.ConnectionRejected`, settings libpq refuses before any network traffic become
:class:`~mentor_pause.errors.InvalidInput`, and everything else (refused or unreachable port, a server starting up
or out of connection slots) stays :class:`~mentor_pause.errors.Unavailable`, to be retried.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql
from psycopg.abc import AdaptContext
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.json import Jsonb
from psycopg_pool import PoolClosed, PoolTimeout

from mentor_pause._logging import quiet_pool_logger
from mentor_pause.errors import (
    ClientClosed,
    ConnectionRejected,
    InvalidInput,
    MentorPauseError,
    Unavailable,
    error_from_code,
)
from mentor_pause.identity import Identity, RoleSettings, identity_context
from mentor_pause.operations import JsonArg, Param, RpcCall, TableRead

#: Supavisor's (and Supabase's dedicated PgBouncer's) transaction-mode port.
TRANSACTION_POOLER_PORT = 6543
#: How long one connection attempt may take when neither the caller nor the URL says (libpq counts whole seconds,
#: at least 2): well inside the retry policy's 15 s, so an unreachable host fails a call, rather than a pool wait.
DEFAULT_CONNECT_TIMEOUT = 5.0

quiet_pool_logger()


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
    for port in str(params.get("port") or "").split(","):
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            raise InvalidInput(f"not a valid database URL: port {port!r} is not a port number")
    pooled = marker in {"true", "1", "yes", "on"} or str(params.get("port", "")) == str(TRANSACTION_POOLER_PORT)
    return database_url, pooled


def connect_timeout_seconds(conninfo: str, requested: float | None) -> int:
    """The ``connect_timeout`` to connect with: the caller's, else the URL's, else :data:`DEFAULT_CONNECT_TIMEOUT`;
    whole seconds, at least 2, as libpq counts them."""
    if requested is None:
        in_url = conninfo_to_dict(conninfo).get("connect_timeout")
        requested = float(in_url) if in_url not in (None, "") else DEFAULT_CONNECT_TIMEOUT
    if isinstance(requested, bool) or not isinstance(requested, int | float) or not requested > 0:
        raise InvalidInput(f"connect_timeout must be a positive number of seconds, got {requested!r}")
    return max(2, math.ceil(requested))


#: What the server says when it refuses the connection settings themselves, and the SQLSTATE it used for it.
_REJECTIONS = (
    (re.compile(r"password authentication failed|no password supplied|password is too long"), "28P01"),
    (re.compile(r'role ".*" does not exist|is not permitted to log in'), "28000"),
    (re.compile(r"no pg_hba\.conf entry|pg_hba\.conf rejects"), "28000"),
    (re.compile(r"\w+ authentication failed for user"), "28000"),  # peer, ident, ldap, cert...
    (re.compile(r'database ".*" does not exist'), "3D000"),
    (re.compile(r"permission denied for database"), "42501"),
    (re.compile(r"tenant or user not found", re.IGNORECASE), "28000"),  # Supavisor: unknown project ref or user
)


def connection_error(exc: psycopg.Error) -> MentorPauseError:
    """The typed error for a connection that could not be made (:mod:`this module's <mentor_pause._postgres_sql>`
    notes say how it is told apart)."""
    text = str(exc).strip()
    reason = text.removeprefix("connection failed: ").removeprefix("connection is bad: ")
    if text.startswith("connection is bad:") and ("invalid " in reason or "could not match" in reason):
        return InvalidInput(f"not a valid database URL: {reason}")
    for pattern, code in _REJECTIONS:
        if pattern.search(reason):
            return ConnectionRejected(f"the database refused the connection: {reason}", code=code)
    return Unavailable(f"could not connect to the database: {reason}")


def lost_connection(exc: Exception) -> bool:
    """Whether a failed call says the connection, rather than the request, failed (so the transport must make sure
    it can connect again before its next call)."""
    if isinstance(exc, PoolTimeout):
        return True
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        state = exc.sqlstate
        return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}
    return False


def translate_error(exc: Exception) -> MentorPauseError:
    """The SDK's typed error for whatever psycopg or the pool raised."""
    if isinstance(exc, psycopg.Error) and exc.sqlstate:
        diag = exc.diag
        return error_from_code(exc.sqlstate, diag.message_primary or str(exc), diag.message_detail, diag.message_hint)
    if isinstance(exc, psycopg.DataError):  # refused by psycopg before sending (e.g. a NUL in text)
        return error_from_code("22000", str(exc))
    if isinstance(exc, PoolClosed):
        return ClientClosed("the client is closed")
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError | PoolTimeout):
        return Unavailable(f"database connection failed: {type(exc).__name__}: {exc}")
    return MentorPauseError(f"{type(exc).__name__}: {exc}")


def db_param(value: Param) -> object:
    """The value psycopg sends for a parameter (a JSON document as ``jsonb``)."""
    return Jsonb(value.value) if isinstance(value, JsonArg) else value


def rpc_sql(request: RpcCall) -> str:
    """``select * from public.<fn>(<arg> => %s, ...)``: named arguments, as PostgREST passes them."""
    return _rpc_sql_text(request.function, tuple(request.args))


@lru_cache(maxsize=256)
def _rpc_sql_text(function: str, names: tuple[str, ...]) -> str:
    """Composed once per function and argument list: composing costs more than the rest of the client's work."""
    args = sql.SQL(", ").join(sql.SQL("{} => {}").format(sql.Identifier(name), sql.Placeholder()) for name in names)
    return sql.SQL("select * from public.{}({})").format(sql.Identifier(function), args).as_string(None)


def request_prelude(
    identity: Identity,
    role_settings: RoleSettings,
    *,
    method: str,
    path: str,
    readonly: bool,
    context: AdaptContext | None = None,
) -> str:
    """What runs before a request, in the same message: the request's settings as PostgREST sets them
    (:func:`mentor_pause.identity.identity_context`), with their values as literals, and ``set transaction read
    only`` for reads.

    The transport sends prelude and request as one simple-protocol query: PostgreSQL runs the statements of one
    such message as one transaction (an implicit transaction block), so the ``set_config(..., true)`` settings hold
    for the request and end with it, a failure rolls everything back, and a transaction-mode pooler sees a single
    transaction. One message, one round trip, no BEGIN or COMMIT of its own. The values are rendered by psycopg's
    own quoting; ``%`` is doubled because the request's parameters are merged into the same text.
    """
    statement, values = identity_context(identity, role_settings=role_settings, method=method, path=path)
    settings = sql.SQL(statement.replace("%s", "{}")).format(*(sql.Literal(value) for value in values))
    text = ("set transaction read only; " if readonly else "") + settings.as_string(context) + "; "
    return text.replace("%", "%%")


def read_sql(request: TableRead) -> tuple[sql.Composed, list[Param]]:
    """The SELECT PostgREST would run for a table read (RLS applies: it runs as the request's role)."""
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
            sql.SQL("{} desc" if order.descending else "{} asc").format(sql.Identifier(order.column))
            for order in request.order
        )
    if request.limit is not None:
        query += sql.SQL(" limit {}").format(sql.Literal(request.limit))
    if request.offset is not None:
        query += sql.SQL(" offset {}").format(sql.Literal(request.offset))
    return query, params
