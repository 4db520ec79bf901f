"""A PostgREST-compatible test server that implements only what the mentor-pause SDK sends.

PostgREST cannot be installed on these machines, so the SDK's PostgREST transport is exercised end to end, over
real HTTP and supabase-py, against this double. It follows PostgREST's documented behaviour for each feature it
implements, and nothing else:

* Authentication (docs: references/auth.rst "JWT Authentication", "JWT Impersonation"): ``Authorization: Bearer
  <JWT>`` verified as HS256 with the project's JWT secret (``exp`` enforced); the ``role`` claim selects the
  database role; no token means the anonymous role (``anon``). A bad token is 401 with code ``PGRST301``.
* Transactions (docs: references/transactions.rst; source src/PostgREST/Query/PreQuery.hs): one transaction
  per request on a connection as ``authenticator``, starting with
  ``set_config('search_path'|'role'|'request.jwt.claims'|'request.method'|'request.path', ..., true)``
  (:data:`mentor_pause.identity.REQUEST_CONTEXT_SQL`); GET requests and calls of STABLE/IMMUTABLE functions run
  READ ONLY, POST calls of VOLATILE functions READ WRITE.
* Functions as RPC (docs: references/api/functions.rst): ``POST /rpc/<fn>`` with a JSON object whose keys are
  the arguments, matched by name (arguments with defaults may be left out); unknown function or argument set is
  404 ``PGRST202``. Result shapes: a scalar is a bare JSON value, a single composite a JSON object, SETOF or
  TABLE a JSON array, ``void`` an empty 204.
* Tables (docs: references/api/tables_views.rst "Horizontal Filtering", "Vertical Filtering", "Ordering",
  "Limits and Pagination"): ``GET /<table>`` with ``select=*`` or a column list, filters ``<col>=eq.<v>`` and
  ``<col>=in.(<v>,"<quoted v>")``, ``order=<col>[.asc|.desc][.nullsfirst|.nullslast]``, ``limit``, ``offset``;
  the body is a JSON array and ``Content-Range`` gives the returned range.
* Errors (docs: references/errors.rst): body ``{"code","message","details","hint"}`` from the SQLSTATE,
  MESSAGE, DETAIL and HINT, header ``Proxy-Status: PostgREST; error=<code>``, and the documented status for
  each SQLSTATE (42501 is 403 for an authenticated role and 401 otherwise; ``PTxyz`` is status ``xyz``;
  23505/23503 are 409; 25006 is 405; 42883/42P01 are 404; 08xxx/53xxx are 503; P0xxx other than P0001 are
  500; anything else 400).

It is mounted at ``/rest/v1`` like Supabase's API gateway, so supabase-py's ``create_client(url, key)`` works
unchanged. Fault injection (:meth:`PostgrestTestServer.fail_next`) lets tests answer a request with a gateway
503, either instead of running it or after it has run and committed (a response lost on the way back).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

import jwt
import psycopg
import uvicorn
from psycopg import sql
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from mentor_pause.identity import REQUEST_CONTEXT_SQL, Identity, request_context_params
from mentor_pause.local.cluster import free_loopback_port

API_ROLES = {"anon", "authenticated", "service_role"}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ApiError(Exception):
    """An error PostgREST reports itself (not from the database)."""

    def __init__(self, status: int, code: str, message: str, details: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.hint = status, code, message, details, hint


def _error_response(status: int, code: str, message: str, details: str | None, hint: str | None) -> JSONResponse:
    return JSONResponse(
        {"code": code, "message": message, "details": details, "hint": hint},
        status_code=status,
        headers={"Proxy-Status": f"PostgREST; error={code}"},
    )


def http_status_for(sqlstate: str, role: str) -> int:
    """PostgREST's SQLSTATE -> HTTP status table (docs: references/errors.rst)."""
    if sqlstate == "42501":
        return 403 if role != "anon" else 401
    if sqlstate.startswith("PT") and sqlstate[2:].isdigit():
        return int(sqlstate[2:])
    if sqlstate in {"23505", "23503"}:
        return 409
    if sqlstate == "25006":
        return 405
    if sqlstate in {"42883", "42P01"}:
        return 404
    if sqlstate == "42P17":
        return 500
    if sqlstate[:2] in {"08", "53"}:
        return 503
    if sqlstate[:2] in {"28", "0L", "0P"}:
        return 403
    if sqlstate.startswith("P0") and sqlstate != "P0001":
        return 500
    return 400


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


class PostgrestTestServer:
    """The server, its database pool and its uvicorn thread."""

    def __init__(self, authenticator_url: str, jwt_secret: str) -> None:
        self.jwt_secret = jwt_secret
        self.pool = ConnectionPool(
            authenticator_url, min_size=1, max_size=8, kwargs={"autocommit": True}, open=True, name="postgrest-test"
        )
        self.faults: deque[Fault] = deque()
        self.requests: list[tuple[str, str]] = []
        self.port = free_loopback_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
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
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the PostgREST test server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
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

    # -- request handling --------------------------------------------------------------------------------------------

    def _identity(self, request: Request) -> Identity:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return Identity.anonymous()
        try:
            claims = jwt.decode(
                header[7:], self.jwt_secret, algorithms=["HS256"], options={"verify_aud": False, "require": []}
            )
        except jwt.PyJWTError as exc:
            raise ApiError(401, "PGRST301", str(exc)) from exc
        role = claims.get("role", "anon")
        if role not in API_ROLES:
            raise ApiError(401, "PGRST301", f'role "{role}" does not exist')
        if role == "authenticated":
            return Identity.user(claims["sub"], claims.get("email"))
        return Identity(role)

    def _transaction(
        self, identity: Identity, method: str, path: str, query: sql.Composable, params: list[Any], *, readonly: bool
    ) -> list[dict[str, Any]]:
        with self.pool.connection() as conn, conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
            if readonly:
                cur.execute("set transaction read only")
            cur.execute(REQUEST_CONTEXT_SQL, request_context_params(identity, method=method, path=path))
            cur.execute(query, params)
            return list(cur.fetchall())

    async def _handle(self, request: Request, work: Any) -> Response:
        """Count the request, apply a pending fault, and run ``work`` (blocking DB code) in the thread pool."""
        self.requests.append((request.method, request.url.path))
        with self._lock:
            fault = self.faults.popleft() if self.faults else None
        if fault and not fault.after_commit:
            return fault.response()
        identity = Identity.anonymous()
        try:
            identity = self._identity(request)
            response = await run_in_threadpool(work, identity)
        except ApiError as exc:
            return _error_response(exc.status, exc.code, exc.message, exc.details, exc.hint)
        except psycopg.Error as exc:
            code = exc.sqlstate or "08000"
            diag = exc.diag
            return _error_response(
                http_status_for(code, identity.role),
                code,
                diag.message_primary or str(exc),
                diag.message_detail,
                diag.message_hint,
            )
        if fault:
            return fault.response()
        return response

    # -- RPC -----------------------------------------------------------------------------------------------------------

    def _function(self, name: str, given: set[str]) -> dict[str, Any]:
        """The public function called ``name`` whose arguments match ``given`` by name (defaults may be omitted)."""
        with self.pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            candidates = cur.execute(
                """
                select p.oid, p.proretset, p.provolatile, p.pronargdefaults,
                       coalesce(p.proargnames, '{}') as argnames,
                       array(select format_type(t, null) from unnest(p.proargtypes) t) as argtypes,
                       format_type(p.prorettype, null) as rettype,
                       (select typtype from pg_type where oid = p.prorettype) as rettyptype
                  from pg_proc p
                 where p.pronamespace = 'public'::regnamespace and p.proname = %s
                """,
                (name,),
            ).fetchall()
        for candidate in candidates:
            names = list(candidate["argnames"])[: len(candidate["argtypes"])]
            required = set(names[: len(names) - candidate["pronargdefaults"]])
            if required <= given <= set(names):
                candidate["args"] = [(n, t) for n, t in zip(names, candidate["argtypes"], strict=True) if n in given]
                return candidate
        raise ApiError(
            404,
            "PGRST202",
            f"Could not find the function public.{name}({', '.join(sorted(given))}) in the schema cache",
        )

    async def _rpc(self, request: Request) -> Response:
        name = request.path_params["function"]
        body = await request.body()
        return await self._handle(request, lambda identity: self._run_rpc(identity, name, body))

    def _run_rpc(self, identity: Identity, name: str, body: bytes | None) -> Response:
        args = json.loads(body or b"{}")
        if not isinstance(args, dict):
            raise ApiError(400, "PGRST102", "Expected a JSON object of arguments")
        function = self._function(name, set(args))
        record = sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(t)) for n, t in function["args"])
        call = sql.SQL("public.{}({})").format(
            sql.Identifier(name),
            sql.SQL(", ").join(
                sql.SQL("{} => a.{}").format(sql.Identifier(n), sql.Identifier(n)) for n, _ in function["args"]
            ),
        )
        source = (
            sql.SQL("json_to_record(%s::json) as a({})").format(record)
            if function["args"]
            else sql.SQL("(select) as a")
        )
        if function["rettype"] == "void":
            shape = sql.SQL("select {} from {}").format(call, source)
        elif function["proretset"]:
            shape = sql.SQL("select coalesce(json_agg(r), '[]') as body from {}, lateral {} r").format(source, call)
        elif function["rettyptype"] == "c":
            shape = sql.SQL("select to_json(r) as body from {}, lateral {} r").format(source, call)
        else:
            shape = sql.SQL("select to_json({}) as body from {}").format(call, source)
        rows = self._transaction(
            identity,
            "POST",
            f"/rpc/{name}",
            shape,
            [json.dumps(args)] if function["args"] else [],
            readonly=function["provolatile"] != "v",
        )
        if function["rettype"] == "void":
            return Response(status_code=204)
        body = rows[0]["body"] if rows else None
        return Response(json.dumps(body), media_type="application/json")

    # -- tables --------------------------------------------------------------------------------------------------------

    async def _table(self, request: Request) -> Response:
        return await self._handle(request, lambda identity: self._read_table(identity, request))

    def _read_table(self, identity: Identity, request: Request) -> Response:
        table = request.path_params["table"]
        if not _IDENT.match(table):
            raise ApiError(404, "PGRST205", f"Could not find the table 'public.{table}' in the schema cache")
        select = request.query_params.get("select", "*")
        columns = (
            sql.SQL("*")
            if select == "*"
            else sql.SQL(", ").join(sql.Identifier(c.strip()) for c in select.split(",") if _IDENT.match(c.strip()))
        )
        where: list[sql.Composable] = []
        order: list[sql.Composable] = []
        limit = offset = None
        for key, value in request.query_params.multi_items():
            if key == "select":
                continue
            if key == "order":
                for term in value.split(","):
                    column, *modifiers = term.split(".")
                    direction = sql.SQL(" desc" if "desc" in modifiers else " asc")
                    nulls = sql.SQL(
                        " nulls first"
                        if "nullsfirst" in modifiers
                        else " nulls last"
                        if "nullslast" in modifiers
                        else ""
                    )
                    order.append(sql.Identifier(column) + direction + nulls)
            elif key == "limit":
                limit = int(value)
            elif key == "offset":
                offset = int(value)
            elif _IDENT.match(key) and value.startswith("eq."):
                where.append(sql.SQL("{} = {}").format(sql.Identifier(key), sql.Literal(value[3:])))
            elif _IDENT.match(key) and value.startswith("in."):
                literals = sql.SQL(", ").join(sql.Literal(v) for v in _split_in_list(value[3:]))
                where.append(sql.SQL("{} in ({})").format(sql.Identifier(key), literals))
            else:
                raise ApiError(400, "PGRST100", f'"failed to parse filter ({key}={value})"')
        query = sql.SQL("select {} from public.{}").format(columns, sql.Identifier(table))
        if where:
            query += sql.SQL(" where ") + sql.SQL(" and ").join(where)
        if order:
            query += sql.SQL(" order by ") + sql.SQL(", ").join(order)
        if limit is not None:
            query += sql.SQL(" limit {}").format(sql.Literal(limit))
        if offset is not None:
            query += sql.SQL(" offset {}").format(sql.Literal(offset))
        wrapped = sql.SQL("select coalesce(json_agg(t), '[]') as body from ({}) t").format(query)
        rows = self._transaction(identity, "GET", f"/{table}", wrapped, [], readonly=True)
        body = rows[0]["body"] if rows else []
        first = offset or 0
        content_range = f"{first}-{first + len(body) - 1}/*" if body else "*/*"
        return Response(json.dumps(body), media_type="application/json", headers={"Content-Range": content_range})
