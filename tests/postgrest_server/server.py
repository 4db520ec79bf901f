"""A PostgREST-compatible test double, behind a model of Supabase's API gateway, that implements only what the
mentor-pause SDK sends.

PostgREST cannot be installed on these machines, so the SDK's PostgREST transport is exercised end to end, over
real HTTP and supabase-py, against this double on the real PostgreSQL with the real migrations. Each behaviour
follows PostgREST's source at tag v13.0.8 (what Supabase runs; github.com/PostgREST/postgrest, files under
``src/PostgREST/``) or its documentation, cited below; anything not listed is not implemented.

* Gateway (Supabase's Kong, ``supabase/supabase`` docker/volumes/api/kong.yml: ``key-auth`` on ``/rest/v1/``
  with consumers ``anon`` and ``service_role``, ``hide_credentials: false``): the double is mounted at
  ``/rest/v1`` and first looks for the ``apikey`` header or url parameter. Missing: 401 ``{"message": "No API key
  found in request", "hint": "No `apikey` request header or url param was found."}``; not a project key: 401
  ``{"message": "Invalid API key", "hint": "Double check your Supabase `anon` or `service_role` API key."}``
  (hosted Supabase's and the CLI's wording, as reported in supabase-community/supabase-csharp#108 and
  nuxt-modules/supabase#195); neither body has a ``code``. Kong compares the key with the configured keys
  exactly: pass ``api_keys`` to get that. Without it (the default, because the suite mints its keys with
  :func:`tests.support.tokens.project_key`), a key is a project key when it is an HS256 JWT signed with the
  project's JWT secret whose ``role`` is ``anon`` or ``service_role`` (``exp`` is not looked at: Kong never
  decodes the key). The gateway's ``request-transformer`` (``Authorization`` from ``apikey`` when absent) is not
  modelled: supabase-py always sends ``Authorization``.
* Authentication (Auth.hs ``parseToken``/``parseClaims``, Error.hs ``JwtError``): ``Authorization: Bearer
  <JWT>`` verified with the JWT secret (HS256/384/512, as jose does with an ``oct`` key). ``exp``, ``nbf`` and
  ``iat`` are checked with 30 seconds of clock skew (``allowedSkewSeconds``); ``aud`` is checked only for its
  type (no ``jwt-aud`` is configured); ``sub`` is never required. Decode errors are 401 ``PGRST301`` ("Expected
  3 parts in JWT; got n", "No suitable key or wrong key type", ...), claim errors 401 ``PGRST303`` ("JWT
  expired", "JWT not yet valid", "JWT issued at future", ...), both with ``WWW-Authenticate: Bearer
  error="invalid_token", error_description="<message>"``. (v12 reported an expired token as ``PGRST301``; v13's
  ``PGRST303`` is followed here.) The ``role`` claim selects the database role; without one, ``anon``
  (``db-anon-role``); the role is not checked here, ``SET ROLE`` decides (22023 "role ... does not exist" is
  401). The claims are passed through unchanged, with ``role`` set to the role used; no token means ``{"role":
  "anon"}``.
* Per-request settings (Query.hs ``setPgLocals``): one ``select set_config(...)`` for ``search_path``, the
  role's own settings, ``role``, ``request.jwt.claims``, ``request.method``, ``request.path`` (as PostgREST sees
  it: ``/rpc/<fn>``, ``/<table>``), ``request.headers`` (lower-case names, no ``cookie``, last value wins) and
  ``request.cookies``: :func:`mentor_pause.identity.request_context`.
* Role settings (PostgREST >= 11.1; Config/Database.hs ``queryRoleSettings``, AppState.hs ``readInDbConfig``):
  at schema-cache load, for every role ``authenticator`` is a member of, the ``ALTER ROLE ... SET`` settings a
  user may set, values lowercased (:data:`mentor_pause.identity.ROLE_SETTINGS_SQL`), applied per request before
  ``role``. Loaded at :meth:`PostgrestTestServer.start` and by :meth:`PostgrestTestServer.reload_schema_cache`
  (PostgREST: ``NOTIFY pgrst, 'reload schema'``). ``default_transaction_isolation`` is not applied.
* Transactions (Plan.hs ``callReadPlan``): one transaction per request on a connection as ``authenticator``,
  READ COMMITTED; GET and calls of STABLE/IMMUTABLE functions READ ONLY, calls of VOLATILE functions READ WRITE.
* Functions (Plan.hs ``callReadPlan``, Query/QueryBuilder.hs ``callPlanToQuery``): ``POST /rpc/<fn>`` with a
  JSON object of arguments matched by name (arguments with defaults may be left out; unknown function or
  argument set: 404 ``PGRST202``). A scalar is a bare JSON value, a single composite a JSON object, SETOF a JSON
  array, ``void`` an empty 204. Functions are looked up in the catalog on every call, as if the schema cache
  were reloaded after every DDL (Supabase's ``pgrst_ddl_watch`` event trigger does that).
* Tables (docs references/api/tables_views.rst): ``GET /<table>`` with ``select=*`` or a column list, filters
  ``<col>=eq|neq|gt|gte|lt|lte.<v>``, ``<col>=in.(<v>,"<quoted v>")``, ``<col>=is.null|true|false``,
  ``order=<col>[.asc|.desc][.nullsfirst|.nullslast]``, ``limit``, ``offset``. An unknown table is 404
  ``PGRST205``. The same filters, ``order``, ``limit`` and ``offset`` apply to a function's result.
* max-rows, ranges and counts (Plan.hs ``treeRestrictRange``; RangeQuery.hs ``restrictRange``,
  ``rangeStatusHeader``; Query/Statements.hs ``prepareRead``/``prepareCall``; Query/SqlFragment.hs ``countF``):
  every read, and every function result, is limited to ``min(limit, max_rows)`` rows (``max_rows``: Supabase's
  ``[api] max_rows`` from ``supabase/config.toml``, 1000 by default). A function runs once: the limit is an
  outer select over its output (``WITH pgrst_source AS (<call>) SELECT ... FROM (SELECT ... FROM pgrst_source
  LIMIT ...)``). ``Prefer: count=exact`` adds the full count (``pgrst_source_count``: for a function the rows it
  returned, before the limit) and ``Preference-Applied: count=exact``. ``Content-Range:
  <offset>-<last>/<total or *>`` (``*/<total>`` for an empty body); status 206 when a count was asked for and
  the body is shorter than the total, 416 ``PGRST103`` when the offset is past the total, 200 otherwise.
* Errors (Error.hs ``PgError``, ``pgErrorStatus``): body ``{"code","message","details","hint"}`` from the
  SQLSTATE, MESSAGE, DETAIL and HINT; header ``Proxy-Status: PostgREST; error=<code>``; the status from
  :func:`http_status_for`, a transcription of ``pgErrorStatus`` (57014 statement timeout is 500; 40001 is 500;
  25006 is 405; 42501 is 403 for a role other than ``anon`` and 401 for ``anon``; 08xxx, 53xxx but 53400, and
  57P01 are 503). A 401 from the database carries ``WWW-Authenticate: Bearer``.
* Database outages (Error.hs ``SQL.UsageError`` instances; App.hs ``postgrest``/``addRetryHint``; AppState.hs
  ``usePool``/``retryingSchemaCacheLoad``): answered at once, never after a hang. The pool (hasql-pool's
  behaviour, ``db-pool`` 10, ``db-pool-acquisition-timeout`` 10 s by default, both constructor arguments) opens
  connections on demand: one that cannot be opened is 503 ``PGRST000`` "Database connection error. Retrying the
  connection." with libpq's error text as details; a connection lost during the request is 503 ``PGRST001``
  "Database client error. Retrying the connection."; waiting longer than the acquisition timeout for a free
  connection is 504 ``PGRST003`` "Timed out acquiring connection from connection pool.". Every 503 carries
  ``Retry-After: 0`` (AppState.hs initialises ``stateNextDelay`` to 0 and nothing advances it) and starts the
  connection worker, which flushes the pool and reloads the schema cache, retrying with exponential backoff
  (``reconnect_delay``, 1 s, doubling up to ``reconnect_max_delay``, 32 s). A failed reload leaves no schema
  cache, and without one every request is 503 ``PGRST002`` "Could not query the database for the schema cache.
  Retrying." (so during an outage PostgREST soon answers PGRST002 rather than PGRST000/PGRST001); once the
  worker succeeds the double serves again, without a restart.
* Not modelled (the SDK does not use them): ``Range`` headers, ``count=planned|estimated``, embedding, writes to
  tables, ``GET`` on functions, ``raise sqlstate 'PGRST'`` responses, functions' hoisted settings, per-role
  isolation levels, the ``Prefer: timezone``/``tx`` preferences, the JWT cache, ``jwt-aud``.

Fault injection (:meth:`PostgrestTestServer.fail_next`) lets tests answer a request as a failing gateway would,
either instead of running it or after it has run and committed (a response lost on the way back).
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import jwt
import psycopg
import uvicorn
from psycopg import sql
from psycopg.rows import dict_row
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from mentor_pause.identity import ROLE_SETTINGS_SQL, RoleSettings, request_context
from mentor_pause.local.cluster import free_loopback_port
from mentor_pause.local.project import ProjectNotFound, SupabaseProject

T = TypeVar("T")

#: PostgREST's ``db-max-rows`` as Supabase sets it when ``[api] max_rows`` is absent.
DEFAULT_MAX_ROWS = 1000
#: Auth.hs ``allowedSkewSeconds``.
JWT_CLOCK_SKEW_SECONDS = 30
#: Keys of the project's own API roles, as the gateway's key-auth consumers know them.
PROJECT_KEY_ROLES = frozenset({"anon", "service_role"})

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_COMPARISONS = {"eq": "=", "neq": "<>", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}
_IS_VALUES = {"null": "null", "true": "true", "false": "false", "unknown": "unknown"}
_RESERVED_PARAMS = {"select", "order", "limit", "offset", "apikey"}


def configured_max_rows() -> int:
    """``[api] max_rows`` of this project's ``supabase/config.toml`` (what Supabase passes to PostgREST)."""
    try:
        project = SupabaseProject.discover(start=Path(__file__).resolve().parent)
    except ProjectNotFound:
        return DEFAULT_MAX_ROWS
    api = project.config.get("api")
    value = api.get("max_rows", DEFAULT_MAX_ROWS) if isinstance(api, dict) else DEFAULT_MAX_ROWS
    return int(value)


SUPABASE_MAX_ROWS = configured_max_rows()


# Errors ---------------------------------------------------------------------------------------------------------------
class ApiError(Exception):
    """An error PostgREST answers with its JSON error body (Error.hs ``toJsonPgrstError``) and ``Proxy-Status``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: str | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.hint = status, code, message, details, hint
        self.headers = dict(headers or {})

    def response(self) -> Response:
        return JSONResponse(
            {"code": self.code, "message": self.message, "details": self.details, "hint": self.hint},
            status_code=self.status,
            headers={"Proxy-Status": f"PostgREST; error={self.code}", **self.headers},
        )


class GatewayError(Exception):
    """The API gateway refused the request before PostgREST saw it (a body without ``code``)."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint

    def response(self) -> Response:
        return JSONResponse({"message": self.message, "hint": self.hint}, status_code=401)


def _invalid_token_header(message: str) -> dict[str, str]:
    """Error.hs ``invalidTokenHeader`` (``show`` of the message quotes it like JSON for ASCII text)."""
    return {"WWW-Authenticate": f'Bearer error="invalid_token", error_description={json.dumps(message)}'}


def _jwt_decode_error(message: str, details: str | None = None) -> ApiError:
    return ApiError(401, "PGRST301", message, details, headers=_invalid_token_header(message))


def _jwt_claims_error(message: str) -> ApiError:
    return ApiError(401, "PGRST303", message, headers=_invalid_token_header(message))


def http_status_for(sqlstate: str, *, authed: bool, message: str = "") -> int:
    """Error.hs ``pgErrorStatus`` for a server error (same order of cases). ``authed``: the request's role is not
    the anonymous role; ``message``: the error's primary message (two cases look at it)."""
    code = sqlstate
    if code.startswith("08"):
        return 503  # pg connection err
    if code.startswith("09"):
        return 500  # triggered action exception
    if code.startswith(("0L", "0P")):
        return 403  # invalid grantor, invalid role specification
    if code in {"23503", "23505"}:
        return 409
    if code == "25006":
        return 405  # read_only_sql_transaction
    if code == "21000":
        return 400 if message.endswith("requires a WHERE clause") else 500
    if code == "22023":
        return 401 if message.startswith("role") and message.endswith("does not exist") else 400
    if code.startswith("25"):
        return 500  # invalid tx state
    if code.startswith("28"):
        return 403  # invalid auth specification
    if code.startswith(("2D", "38", "39", "3B", "40")):
        return 500  # tx termination, external routine, savepoint, tx rollback (40001, 40P01)
    if code == "53400":
        return 500  # config limit exceeded
    if code.startswith("53"):
        return 503  # insufficient resources
    if code.startswith(("54", "55")):
        return 500
    if code == "57P01":
        return 503  # terminating connection due to administrator command
    if code.startswith(("57", "58", "F0", "HV")):
        return 500  # operator intervention (57014 statement timeout), system error, config file, FDW
    if code == "P0001":
        return 400  # default code for "raise"
    if code.startswith(("P0", "XX")):
        return 500
    if code == "42883":
        return 406 if message.startswith("function xmlagg(") else 404
    if code == "42P01":
        return 404
    if code == "42P17":
        return 500
    if code == "42501":
        return 403 if authed else 401
    if code.startswith("PT"):
        return int(code[2:]) if code[2:].isdigit() else 500
    return 400


def _pg_error(exc: psycopg.Error, *, authed: bool) -> ApiError:
    """Error.hs ``PgError``: a server error keeps its SQLSTATE; a client-side failure (the connection was lost) is
    ``PGRST001`` with libpq's text as details."""
    if exc.sqlstate:
        diag = exc.diag
        message = diag.message_primary or str(exc)
        status = http_status_for(exc.sqlstate, authed=authed, message=message)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
        return ApiError(status, exc.sqlstate, message, diag.message_detail, diag.message_hint, headers)
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return ApiError(503, "PGRST001", "Database client error. Retrying the connection.", str(exc))
    return ApiError(500, "PGRSTX00", f"{type(exc).__name__}: {exc}")


# The connection pool ------------------------------------------------------------------------------------------------
class ConnectionUsageError(Exception):
    """hasql-pool's ``ConnectionUsageError``: a new connection could not be opened (libpq's error text)."""


class AcquisitionTimeout(Exception):
    """hasql-pool's ``AcquisitionTimeoutUsageError``."""


@dataclass
class _Lease:
    conn: psycopg.Connection[Any]
    generation: int


class ConnectionPool:
    """hasql-pool as PostgREST uses it: at most ``size`` connections, opened on demand; waiting for a free one
    gives up after ``acquisition_timeout``; a connection that fails to open fails the request at once; a broken
    connection is dropped when returned; :meth:`flush` (``SQL.release``) drops every connection, those in use
    when they come back."""

    def __init__(self, conninfo: str, *, size: int, acquisition_timeout: float) -> None:
        self.conninfo = conninfo
        self.size = size
        self.acquisition_timeout = acquisition_timeout
        self._cond = threading.Condition()
        self._idle: list[psycopg.Connection[Any]] = []
        self._count = 0
        self._generation = 0
        self._closed = False

    def acquire(self) -> _Lease:
        deadline = time.monotonic() + self.acquisition_timeout
        with self._cond:
            while True:
                if self._closed:
                    raise ConnectionUsageError("the connection pool is closed")
                if self._idle:
                    return _Lease(self._idle.pop(), self._generation)
                if self._count < self.size:
                    self._count += 1
                    generation = self._generation
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AcquisitionTimeout
                self._cond.wait(remaining)
        try:
            conn = psycopg.connect(
                self.conninfo,
                autocommit=True,
                # libpq waits for a TCP connect indefinitely by default; bound it so a silent network cannot hang
                # the double (a refused connection fails at once anyway).
                connect_timeout=max(2, math.ceil(self.acquisition_timeout)),
                fallback_application_name="PostgREST 13.0.8 (test double)",
            )
        except psycopg.Error as exc:
            with self._cond:
                self._count -= 1
                self._cond.notify()
            raise ConnectionUsageError(str(exc).removeprefix("connection failed: ")) from exc
        return _Lease(conn, generation)

    def release(self, lease: _Lease) -> None:
        conn: psycopg.Connection[Any] | None = lease.conn
        reusable = (
            not lease.conn.closed
            and not lease.conn.broken
            and lease.conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        )
        with self._cond:
            if reusable and lease.generation == self._generation and not self._closed:
                self._idle.append(lease.conn)
                conn = None
            else:
                self._count -= 1
            self._cond.notify()
        if conn is not None:
            conn.close()

    def flush(self) -> None:
        with self._cond:
            self._generation += 1
            idle, self._idle = self._idle, []
            self._count -= len(idle)
            self._cond.notify_all()
        for conn in idle:
            conn.close()

    def close(self) -> None:
        with self._cond:
            self._closed = True
        self.flush()

    @property
    def connections(self) -> int:
        """Connections open or being opened."""
        return self._count


# Requests -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuthResult:
    """Auth.hs ``AuthResult``: the role to use and the claims to pass on (``role`` set to it)."""

    role: str
    claims: dict[str, Any]


@dataclass(frozen=True)
class SchemaCache:
    """What the double keeps from a schema-cache load: each impersonable role's own settings."""

    role_settings: Mapping[str, RoleSettings]


@dataclass(frozen=True)
class ApiRequest:
    """What PostgREST takes from the HTTP request (ApiRequest.hs), path as PostgREST sees it behind the gateway."""

    method: str
    path: str
    params: list[tuple[str, str]]
    headers: dict[str, str]
    cookies: dict[str, str]
    authorization: str | None
    count: bool
    body: bytes = b""


def _bearer_token(authorization: str | None) -> str | None:
    """wai-extra's ``extractBearerAuth``: ``Bearer <token>`` (any case), otherwise no token at all."""
    if authorization is None:
        return None
    scheme, _, rest = authorization.strip(" \t").partition(" ")
    return rest.lstrip() if scheme.lower() == "bearer" else None


def _as_int(value: object) -> int | None:
    """A JSON number as aeson's ``toBoundedInteger`` with PostgREST's fallback to 0; None if not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else 0


def authenticate(
    authorization: str | None, secret: str, *, anon_role: str = "anon", now: float | None = None
) -> AuthResult:
    """Auth.hs ``parseToken`` + ``parseClaims``."""
    token = _bearer_token(authorization)
    if token is None:
        return AuthResult(anon_role, {"role": anon_role})
    if token == "":
        raise _jwt_decode_error("Empty JWT is sent in Authorization header")
    parts = token.split(".")
    if len(parts) != 3:
        raise _jwt_decode_error(f"Expected 3 parts in JWT; got {len(parts)}")
    try:
        algorithm = jwt.get_unverified_header(token).get("alg")
    except jwt.PyJWTError:
        raise _jwt_decode_error("JWT cryptographic operation failed") from None
    if algorithm == "none":
        raise _jwt_decode_error(
            "Wrong or unsupported encoding algorithm", "JWT is unsecured but expected 'alg' was not 'none'"
        )
    try:
        payload = jwt.api_jws.decode(token, secret, algorithms=["HS256", "HS384", "HS512"])
    except (jwt.InvalidSignatureError, jwt.InvalidAlgorithmError):
        raise _jwt_decode_error(
            "No suitable key or wrong key type", "None of the keys was able to decode the JWT"
        ) from None
    except jwt.PyJWTError:
        raise _jwt_decode_error("JWT cryptographic operation failed") from None
    try:
        claims = json.loads(payload)
    except ValueError:
        claims = None
    if not isinstance(claims, dict):
        raise _jwt_claims_error("Parsing claims failed")
    _verify_claims(claims, math.floor(time.time() if now is None else now))
    if "role" in claims:
        value = claims["role"]
        role = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    else:
        role = anon_role
    return AuthResult(role, {**claims, "role": role})


def _verify_claims(claims: Mapping[str, Any], now: int) -> None:
    """Auth.hs ``verifyClaims``: exp, nbf, iat with 30 s of skew, then aud (no audience configured)."""
    skew = JWT_CLOCK_SKEW_SECONDS
    checks = (
        ("exp", lambda t: now <= t + skew, "JWT expired"),
        ("nbf", lambda t: now >= t - skew, "JWT not yet valid"),
        ("iat", lambda t: now >= t - skew, "JWT issued at future"),
    )
    for claim, valid, failure in checks:
        if claim not in claims:
            continue
        seconds = _as_int(claims[claim])
        if seconds is None:
            raise _jwt_claims_error(f"The JWT '{claim}' claim must be a number")
        if not valid(seconds):
            raise _jwt_claims_error(failure)
    if "aud" in claims:
        aud = claims["aud"]
        if not (
            aud is None or isinstance(aud, str) or (isinstance(aud, list) and all(isinstance(a, str) for a in aud))
        ):
            raise _jwt_claims_error("The JWT 'aud' claim must be a string or an array of strings")


def _cookies(header: str | None) -> dict[str, str]:
    """``request.cookies``: the Cookie header's name=value pairs (web-cookie's ``parseCookies``)."""
    cookies: dict[str, str] = {}
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name] = value
    return cookies


def _prefers_exact_count(request: Request) -> bool:
    preferences = ",".join(request.headers.getlist("prefer"))
    return any(p.strip().lower() == "count=exact" for p in preferences.split(","))


# Query building -----------------------------------------------------------------------------------------------------
def _split_in_list(text: str) -> list[str]:
    """``(a,"b,c",d)`` -> ``["a", "b,c", "d"]`` (PostgREST's reserved characters are double-quoted)."""
    inner = text.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        raise ApiError(400, "PGRST100", f'"failed to parse filter (in.{text})"')
    values, current, quoted, escape = [], "", False, False
    for char in inner[1:-1]:
        if escape:
            current, escape = current + char, False
        elif char == "\\":
            escape = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            values.append(current)
            current = ""
        else:
            current += char
    values.append(current)
    return values


def _non_negative(key: str, value: str) -> int:
    if not value.isdigit():
        raise ApiError(400, "PGRST100", f'"failed to parse {key} parameter ({value})"')
    return int(value)


@dataclass
class ReadPlan:
    """The read part of a request (ReadPlan.hs): columns, filters, order and the range after max-rows."""

    columns: sql.Composable = field(default_factory=lambda: sql.SQL("*"))
    where: list[sql.Composable] = field(default_factory=list)
    order: list[sql.Composable] = field(default_factory=list)
    offset: int = 0
    limit: int | None = None

    @classmethod
    def from_params(cls, params: Iterable[tuple[str, str]], max_rows: int | None) -> ReadPlan:
        plan = cls()
        for key, value in params:
            if key == "select":
                plan.columns = _columns(value)
            elif key == "order":
                plan.order += [_order_term(term) for term in value.split(",") if term]
            elif key == "limit":
                plan.limit = _non_negative(key, value)
            elif key == "offset":
                plan.offset = _non_negative(key, value)
            elif key not in _RESERVED_PARAMS:
                plan.where.append(_filter(key, value))
        # RangeQuery.hs restrictRange: the range is cut to max-rows rows from its offset (limit=0 stays 0).
        if max_rows is not None:
            plan.limit = max_rows if plan.limit is None else min(plan.limit, max_rows)
        return plan

    def where_sql(self) -> sql.Composable:
        return sql.SQL(" where ") + sql.SQL(" and ").join(self.where) if self.where else sql.SQL("")

    def page_sql(self) -> sql.Composable:
        """``where``, ``order by``, ``limit`` and ``offset``."""
        query = self.where_sql()
        if self.order:
            query += sql.SQL(" order by ") + sql.SQL(", ").join(self.order)
        if self.limit is not None:
            query += sql.SQL(" limit {}").format(sql.Literal(self.limit))
        if self.offset:
            query += sql.SQL(" offset {}").format(sql.Literal(self.offset))
        return query


def _columns(select: str) -> sql.Composable:
    names = [c.strip() for c in select.split(",") if c.strip()]
    if names == ["*"] or not names:
        return sql.SQL("*")
    for name in names:
        if not _IDENT.match(name):
            raise ApiError(400, "PGRST100", f'"failed to parse select parameter ({select})"')
    return sql.SQL(", ").join(sql.Identifier(n) for n in names)


def _order_term(term: str) -> sql.Composable:
    column, *modifiers = term.split(".")
    if not _IDENT.match(column) or not set(modifiers) <= {"asc", "desc", "nullsfirst", "nullslast"}:
        raise ApiError(400, "PGRST100", f'"failed to parse order ({term})"')
    direction = sql.SQL(" desc" if "desc" in modifiers else " asc")
    nulls = " nulls first" if "nullsfirst" in modifiers else " nulls last" if "nullslast" in modifiers else ""
    return sql.Identifier(column) + direction + sql.SQL(nulls)


def _filter(column: str, value: str) -> sql.Composable:
    operator, _, operand = value.partition(".")
    if not _IDENT.match(column):
        raise ApiError(400, "PGRST100", f'"failed to parse filter ({column}={value})"')
    if operator in _COMPARISONS:
        return sql.SQL("{} {} {}").format(sql.Identifier(column), sql.SQL(_COMPARISONS[operator]), sql.Literal(operand))
    if operator == "in":
        literals = sql.SQL(", ").join(sql.Literal(v) for v in _split_in_list(operand))
        return sql.SQL("{} in ({})").format(sql.Identifier(column), literals)
    if operator == "is" and operand.lower() in _IS_VALUES:
        return sql.SQL("{} is {}").format(sql.Identifier(column), sql.SQL(_IS_VALUES[operand.lower()]))
    raise ApiError(400, "PGRST100", f'"failed to parse filter ({value})"')


@dataclass(frozen=True)
class Function:
    """A function found for an RPC call: the arguments given, and what it returns."""

    name: str
    args: list[tuple[str, str]]
    returns_set: bool
    volatility: str
    return_type: str
    return_typtype: str

    @property
    def returns_void(self) -> bool:
        return self.return_type == "void"

    @property
    def returns_composite(self) -> bool:
        return self.return_typtype == "c" or self.return_type == "record"


def _find_function(conn: psycopg.Connection[Any], name: str, given: set[str]) -> Function:
    """The public function called ``name`` whose arguments match ``given`` by name (defaults may be omitted)."""
    with conn.cursor(row_factory=dict_row) as cur:
        candidates = cur.execute(
            """
            select p.proretset, p.provolatile, p.pronargdefaults,
                   coalesce(p.proargnames, '{}') as argnames,
                   array(select format_type(t, null) from unnest(p.proargtypes) t) as argtypes,
                   format_type(p.prorettype, null) as rettype,
                   (select typtype from pg_catalog.pg_type where oid = p.prorettype) as rettyptype
              from pg_catalog.pg_proc p
             where p.pronamespace = 'public'::regnamespace and p.proname = %s
            """,
            (name,),
        ).fetchall()
    for candidate in candidates:
        names = list(candidate["argnames"])[: len(candidate["argtypes"])]
        required = set(names[: len(names) - candidate["pronargdefaults"]])
        if required <= given <= set(names):
            return Function(
                name=name,
                args=[(n, t) for n, t in zip(names, candidate["argtypes"], strict=True) if n in given],
                returns_set=candidate["proretset"],
                volatility=candidate["provolatile"],
                return_type=candidate["rettype"],
                return_typtype=candidate["rettyptype"],
            )
    raise ApiError(
        404,
        "PGRST202",
        f"Could not find the function public.{name}({', '.join(sorted(given))}) in the schema cache",
    )


def _count_select(count: bool) -> sql.Composable:
    """SqlFragment.hs ``countF``."""
    return sql.SQL("(select pg_catalog.count(*) from pgrst_source_count)" if count else "null::bigint")


def call_statement(
    function: Function, args: Mapping[str, Any], plan: ReadPlan, *, count: bool
) -> tuple[sql.Composed, list[Any]]:
    """Statements.hs ``prepareCall`` over QueryBuilder.hs ``callPlanToQuery``: the function runs once, in
    ``pgrst_source``; the range (max-rows) and the count are taken over its output."""
    call = sql.SQL("public.{}({})").format(
        sql.Identifier(function.name),
        sql.SQL(", ").join(
            sql.SQL("{} => a.{}").format(sql.Identifier(n), sql.Identifier(n)) for n, _ in function.args
        ),
    )
    arguments = (
        sql.SQL("json_to_record(%s::json) as a({})").format(
            sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(t)) for n, t in function.args)
        )
        if function.args
        else sql.SQL("(select) as a")
    )
    if function.returns_composite and not function.returns_void:
        source = sql.SQL("select r.* from {}, lateral {} r").format(arguments, call)
        aggregated = sql.SQL("json_agg(_postgrest_t)")
    else:
        source = sql.SQL("select {} as pgrst_scalar from {}").format(call, arguments)
        aggregated = sql.SQL("json_agg(_postgrest_t.pgrst_scalar)")
    if function.returns_void:
        body = sql.SQL("null::json")
    elif function.returns_set:
        body = sql.SQL("coalesce({}, '[]')").format(aggregated)
    else:
        body = sql.SQL("{} -> 0").format(aggregated)
    statement = sql.SQL(
        "with pgrst_source as ({source}){count_cte} "
        "select {total} as total_result_set, {page_total} as page_total, {body} as body "
        "from (select {columns} from pgrst_source{page}) _postgrest_t"
    ).format(
        source=source,
        count_cte=sql.SQL(", pgrst_source_count as (select 1 from pgrst_source{})").format(plan.where_sql())
        if count
        else sql.SQL(""),
        total=_count_select(count),
        page_total=sql.SQL("1" if not function.returns_set else "pg_catalog.count(_postgrest_t)"),
        body=body,
        columns=plan.columns if function.returns_composite else sql.SQL("*"),
        page=plan.page_sql(),
    )
    return statement, [json.dumps(dict(args))] if function.args else []


def read_statement(table: str, plan: ReadPlan, *, count: bool) -> sql.Composed:
    """Statements.hs ``prepareRead``: the page in ``pgrst_source``, the count over the filtered table."""
    return sql.SQL(
        "with pgrst_source as (select {columns} from public.{table}{page}){count_cte} "
        "select {total} as total_result_set, pg_catalog.count(_postgrest_t) as page_total, "
        "coalesce(json_agg(_postgrest_t), '[]') as body "
        "from (select * from pgrst_source) _postgrest_t"
    ).format(
        columns=plan.columns,
        table=sql.Identifier(table),
        page=plan.page_sql(),
        count_cte=sql.SQL(", pgrst_source_count as (select 1 from public.{}{})").format(
            sql.Identifier(table), plan.where_sql()
        )
        if count
        else sql.SQL(""),
        total=_count_select(count),
    )


def range_response(
    body: Any, *, offset: int, page_total: int, total: int | None, count: bool, status: int | None = None
) -> Response:
    """RangeQuery.hs ``rangeStatusHeader``/``contentRangeH`` and Response.hs: ``Content-Range`` and 200/206/416."""
    lower, upper = offset, offset + page_total - 1
    range_part = f"{lower}-{upper}" if total != 0 and lower <= upper else "*"
    headers = {"Content-Range": f"{range_part}/{'*' if total is None else total}"}
    if count:
        headers["Preference-Applied"] = "count=exact"
    if total is not None and lower > total:
        error = {
            "code": "PGRST103",
            "message": "Requested range not satisfiable",
            "details": f"An offset of {lower} was requested, but there are only {total} rows.",
            "hint": None,
        }
        return JSONResponse(error, status_code=416, headers=headers)
    if status is None:
        status = 206 if total is not None and page_total < total else 200
    if status == 204:
        return Response(status_code=204, headers=headers)
    return Response(json.dumps(body), status_code=status, media_type="application/json", headers=headers)


# Fault injection ----------------------------------------------------------------------------------------------------
class _ConnectionDropped(Exception):
    """Raised mid-body: uvicorn then closes the connection, as a crashed proxy or a network cut would."""


async def _dropped_body() -> Any:
    yield b'{"partial":'
    raise _ConnectionDropped


@dataclass
class Fault:
    status: int = 503
    after_commit: bool = False
    json_body: bool = False  # a gateway's JSON error ({"message": ...}, no code) instead of plain text
    drop: bool = False  # no HTTP error at all: the connection is cut in the middle of the response

    def response(self) -> Response:
        if self.drop:
            return StreamingResponse(_dropped_body(), status_code=200, media_type="application/json")
        if self.json_body:
            return JSONResponse({"message": "An invalid response was received from the upstream server"}, self.status)
        return PlainTextResponse("Service Unavailable", status_code=self.status)


# The server ---------------------------------------------------------------------------------------------------------
Action = Callable[[ApiRequest, AuthResult, SchemaCache], Response]

_ROLES_SQL = """
select r.rolname
  from pg_catalog.pg_auth_members m
  join pg_catalog.pg_roles r on r.oid = m.roleid
 where m.member = current_user::regrole::oid
"""


class PostgrestTestServer:
    """The gateway + PostgREST double, its database pool and its uvicorn thread.

    ``max_rows``: PostgREST's ``db-max-rows`` (``None``: unlimited); ``api_keys``: the keys the gateway accepts
    (default: any anon/service_role JWT signed with ``jwt_secret``); ``pool_size`` and ``acquisition_timeout``:
    ``db-pool`` and ``db-pool-acquisition-timeout``; ``reconnect_delay``/``reconnect_max_delay``: the connection
    worker's backoff (PostgREST: 1 s doubling to 32 s; small in tests).
    """

    def __init__(
        self,
        authenticator_url: str,
        jwt_secret: str,
        *,
        max_rows: int | None = SUPABASE_MAX_ROWS,
        api_keys: Iterable[str] | None = None,
        anon_role: str = "anon",
        pool_size: int = 10,
        acquisition_timeout: float = 10.0,
        reconnect_delay: float = 1.0,
        reconnect_max_delay: float = 32.0,
    ) -> None:
        self.jwt_secret = jwt_secret
        self.max_rows = max_rows
        self.api_keys = frozenset(api_keys) if api_keys is not None else None
        self.anon_role = anon_role
        self.reconnect_delay = reconnect_delay
        self.reconnect_max_delay = reconnect_max_delay
        self.pool = ConnectionPool(authenticator_url, size=pool_size, acquisition_timeout=acquisition_timeout)
        self.faults: deque[Fault] = deque()
        self.requests: list[tuple[str, str]] = []
        self.schema_cache_loads = 0
        self.port = free_loopback_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._schema_cache: SchemaCache | None = None
        self._recovering = False
        self._stopping = threading.Event()
        self.app = Starlette(
            routes=[
                Route("/rest/v1/rpc/{function}", self._rpc, methods=["POST"]),
                Route("/rest/v1/{table}", self._table, methods=["GET"]),
            ]
        )
        self._server = uvicorn.Server(
            uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        )
        self._thread = threading.Thread(target=self._server.run, name="postgrest-test-server", daemon=True)

    # -- lifecycle -----------------------------------------------------------------------------------------------

    def start(self) -> PostgrestTestServer:
        if not self._load_schema_cache():
            self._connection_worker()  # PostgREST starts anyway and answers PGRST002 until the database is there
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the PostgREST test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.pool.close()

    def fail_next(
        self,
        status: int = 503,
        *,
        after_commit: bool = False,
        times: int = 1,
        json_body: bool = False,
        drop: bool = False,
    ) -> None:
        """Answer the next ``times`` requests with ``status`` as a gateway in front of PostgREST would, or (``drop``)
        cut the connection mid-response."""
        with self._lock:
            self.faults.extend(Fault(status, after_commit, json_body, drop) for _ in range(times))

    # -- schema cache ------------------------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """The schema cache is loaded (PostgREST's admin ``/ready``, minus the connection check)."""
        return self._schema_cache is not None

    def reload_schema_cache(self) -> bool:
        """What ``NOTIFY pgrst, 'reload schema'`` does: flush the pool and reload (the roles' settings with it).
        Returns whether it worked; if not, the connection worker keeps retrying in the background."""
        if self._load_schema_cache():
            return True
        self._connection_worker()
        return False

    def _load_schema_cache(self) -> bool:
        """One attempt of AppState.hs ``retryingSchemaCacheLoad``: flush the pool, read the in-database config (role
        settings; empty if that fails) and the schema cache (``Nothing`` if that fails)."""
        with self._load_lock:
            self.pool.flush()
            try:
                lease = self.pool.acquire()
            except (ConnectionUsageError, AcquisitionTimeout):
                self._schema_cache = None
                return False
            try:
                with lease.conn.transaction(), lease.conn.cursor() as cur:
                    cur.execute("set transaction read only")
                    roles = [row[0] for row in cur.execute(_ROLES_SQL).fetchall()]
                    settings = {
                        role: tuple((str(k), str(v)) for k, v in cur.execute(ROLE_SETTINGS_SQL, (role,)).fetchall())
                        for role in roles
                    }
            except psycopg.Error:
                self._schema_cache = None
                return False
            finally:
                self.pool.release(lease)
            self._schema_cache = SchemaCache(settings)
            self.schema_cache_loads += 1
            return True

    def _connection_worker(self) -> None:
        """App.hs: every 503 runs the (debounced) connection worker, which reloads until it succeeds."""
        with self._lock:
            if self._recovering or self._stopping.is_set():
                return
            self._recovering = True
        threading.Thread(target=self._recover, name="postgrest-test-connection-worker", daemon=True).start()

    def _recover(self) -> None:
        delay = self.reconnect_delay
        try:
            while not self._stopping.is_set():
                if self._load_schema_cache():
                    return
                if self._stopping.wait(delay):
                    return
                delay = min(delay * 2, self.reconnect_max_delay)
        finally:
            with self._lock:
                self._recovering = False

    # -- request handling --------------------------------------------------------------------------------------------

    async def _rpc(self, request: Request) -> Response:
        return await self._serve(request, f"/rpc/{request.path_params['function']}", self._call_function)

    async def _table(self, request: Request) -> Response:
        return await self._serve(request, f"/{request.path_params['table']}", self._read_table)

    async def _serve(self, request: Request, path: str, action: Action) -> Response:
        """Count the request, apply a pending fault, run the gateway's key check, then PostgREST (blocking database
        code, in the thread pool)."""
        self.requests.append((request.method, request.url.path))
        with self._lock:
            fault = self.faults.popleft() if self.faults else None
        if fault and not fault.after_commit:
            return fault.response()
        try:
            self._check_api_key(request)
        except GatewayError as exc:
            return exc.response()
        headers: dict[str, str] = {}
        for name, value in request.headers.raw:
            key = name.decode("latin-1").lower()
            if key != "cookie":
                headers[key] = value.decode("latin-1")
        api_request = ApiRequest(
            method=request.method,
            path=path,
            params=list(request.query_params.multi_items()),
            headers=headers,
            cookies=_cookies(request.headers.get("cookie")),
            authorization=request.headers.get("authorization"),
            count=_prefers_exact_count(request),
            body=await request.body(),
        )
        response = await run_in_threadpool(self._postgrest, api_request, action)
        if fault:
            return fault.response()
        return response

    def _check_api_key(self, request: Request) -> None:
        """Kong's key-auth as Supabase configures it (see the module docstring)."""
        key = request.headers.get("apikey") or request.query_params.get("apikey")
        if not key:
            raise GatewayError("No API key found in request", "No `apikey` request header or url param was found.")
        if not self._is_project_key(key):
            raise GatewayError("Invalid API key", "Double check your Supabase `anon` or `service_role` API key.")

    def _is_project_key(self, key: str) -> bool:
        if self.api_keys is not None:
            return key in self.api_keys
        try:
            claims = jwt.decode(
                key,
                self.jwt_secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_nbf": False, "verify_iat": False, "verify_aud": False},
            )
        except jwt.PyJWTError:
            return False
        return claims.get("role") in PROJECT_KEY_ROLES

    def _postgrest(self, request: ApiRequest, action: Action) -> Response:
        """App.hs ``postgrest``: authenticate, answer PGRST002 without a schema cache, run the action; every 503
        gets ``Retry-After`` and starts the connection worker."""
        try:
            auth = authenticate(request.authorization, self.jwt_secret, anon_role=self.anon_role)
            cache = self._schema_cache
            if cache is None:
                raise ApiError(503, "PGRST002", "Could not query the database for the schema cache. Retrying.")
            response = action(request, auth, cache)
        except ApiError as exc:
            response = exc.response()
        if response.status_code == 503:
            response.headers["Retry-After"] = "0"
            self._connection_worker()
        return response

    def _use_pool(self, auth: AuthResult, work: Callable[[psycopg.Connection[Any]], T]) -> T:
        """AppState.hs ``usePool`` + Error.hs: pool and database failures as PostgREST reports them."""
        try:
            lease = self.pool.acquire()
        except ConnectionUsageError as exc:
            raise ApiError(503, "PGRST000", "Database connection error. Retrying the connection.", str(exc)) from exc
        except AcquisitionTimeout as exc:
            raise ApiError(504, "PGRST003", "Timed out acquiring connection from connection pool.") from exc
        try:
            return work(lease.conn)
        except psycopg.Error as exc:
            raise _pg_error(exc, authed=auth.role != self.anon_role) from exc
        finally:
            self.pool.release(lease)

    def _run(
        self,
        conn: psycopg.Connection[Any],
        request: ApiRequest,
        auth: AuthResult,
        cache: SchemaCache,
        statement: sql.Composable,
        params: list[Any],
        *,
        readonly: bool,
    ) -> dict[str, Any]:
        """One transaction: ``setPgLocals``, then the statement."""
        with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
            cur.execute(
                "set transaction isolation level read committed, " + ("read only" if readonly else "read write")
            )
            cur.execute(
                *request_context(
                    auth.role,
                    auth.claims,
                    role_settings=cache.role_settings.get(auth.role, ()),
                    method=request.method,
                    path=request.path,
                    headers=request.headers,
                    cookies=request.cookies,
                )
            )
            row = cur.execute(statement, params).fetchone()
        assert row is not None
        return row

    # -- RPC -----------------------------------------------------------------------------------------------------------

    def _call_function(self, request: ApiRequest, auth: AuthResult, cache: SchemaCache) -> Response:
        name = request.path.removeprefix("/rpc/")
        try:
            args = json.loads(request.body or b"{}")
        except ValueError:
            raise ApiError(400, "PGRST102", "Empty or invalid json") from None
        if not isinstance(args, dict):
            raise ApiError(400, "PGRST102", "Empty or invalid json")
        plan = ReadPlan.from_params(request.params, self.max_rows)

        def work(conn: psycopg.Connection[Any]) -> tuple[Function, dict[str, Any]]:
            function = _find_function(conn, name, set(args))
            statement, params = call_statement(function, args, plan, count=request.count)
            row = self._run(conn, request, auth, cache, statement, params, readonly=function.volatility != "v")
            return function, row

        function, row = self._use_pool(auth, work)
        return range_response(
            row["body"],
            offset=plan.offset,
            page_total=row["page_total"],
            total=row["total_result_set"],
            count=request.count,
            status=204 if function.returns_void else None,
        )

    # -- tables --------------------------------------------------------------------------------------------------------

    def _read_table(self, request: ApiRequest, auth: AuthResult, cache: SchemaCache) -> Response:
        table = request.path.removeprefix("/")
        plan = ReadPlan.from_params(request.params, self.max_rows)

        def work(conn: psycopg.Connection[Any]) -> dict[str, Any]:
            found = conn.execute("select to_regclass(format('public.%%I', %s::text))", (table,)).fetchone()
            if not _IDENT.match(table) or found is None or found[0] is None:
                raise ApiError(404, "PGRST205", f"Could not find the table 'public.{table}' in the schema cache")
            statement = read_statement(table, plan, count=request.count)
            return self._run(conn, request, auth, cache, statement, [], readonly=True)

        row = self._use_pool(auth, work)
        return range_response(
            row["body"],
            offset=plan.offset,
            page_total=row["page_total"],
            total=row["total_result_set"],
            count=request.count,
        )
