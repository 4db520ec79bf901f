"""PostgREST transport: supabase-py's ``rpc()`` and ``table().select()``, as a Supabase user writes them.

supabase-py leaves several things to its caller, handled here: ``APIError.code`` may be a string or an int and
carries no HTTP status (so gateway errors are classified by a response hook, :func:`raise_for_gateway_errors`);
network failures arrive as raw httpx exceptions; a response cut short by ``max-rows`` looks complete unless a
count is asked for (``Prefer: count=exact``, which PostgREST answers in ``Content-Range``); postgrest-py's own
retry (GET only, blocking sleeps) is switched off per request so that the SDK's single retry policy applies to
every call; and the HTTP client of a supabase-py client created by the SDK is closed by the SDK, while a client
passed in by the caller is left alone.
"""

from __future__ import annotations

import httpx
from postgrest.exceptions import APIError
from postgrest.types import CountMethod
from supabase import AsyncClient

from mentor_pause.errors import MentorPauseError, PermissionDenied, Unavailable, error_from_code
from mentor_pause.queries import Row, RowSet, RpcCall, TableRead, json_param

#: Statuses that mean "not now" whoever answers them (PostgREST for 08xxx/53xxx and a lost database, or a gateway
#: in front of it).
UNAVAILABLE_STATUSES = frozenset({502, 503, 504, 520})


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds (PostgREST sends it with every 503; gateways with 429/503), when numeric."""
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


async def raise_for_gateway_errors(response: httpx.Response) -> None:
    """httpx response hook: classify what postgrest-py cannot, before it sees the response.

    postgrest-py keeps no HTTP status on ``APIError``, and the errors of the API gateway in front of PostgREST carry
    no PostgREST code (Supabase's gateway: ``{"message": "Invalid API key"}`` or ``"No API key found in request"``
    with 401; ``{"message": ...}`` or plain text with 502/503/504), so such an error would otherwise be
    unclassifiable: 502/503/504/520 become :class:`Unavailable` (retried, honouring ``Retry-After``), and a 401
    without a PostgREST code becomes :class:`PermissionDenied` (a missing, wrong or rotated key).
    """
    if response.status_code in UNAVAILABLE_STATUSES:
        await response.aread()
        code, message = _error_fields(response)
        raise Unavailable(
            message or f"HTTP {response.status_code} from {response.request.url.host}",
            code=code or str(response.status_code),
            details=response.headers.get("proxy-status"),
            retry_after=_retry_after(response),
        )
    if response.status_code == 401:
        await response.aread()
        code, message = _error_fields(response)
        if code is None:
            raise PermissionDenied(message or "the API gateway refused the request (HTTP 401)", code="401")


def _error_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    """``code`` and ``message`` of a JSON error body, when there is one."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    code, message = body.get("code"), body.get("message")
    return (str(code) if code else None), (str(message) if message else None)


def _translate(exc: Exception) -> MentorPauseError:
    if isinstance(exc, APIError):
        return error_from_code(exc.code, exc.message, exc.details, exc.hint)
    return Unavailable(f"PostgREST request failed: {type(exc).__name__}: {exc}")


def _rows(data: object) -> list[Row]:
    """PostgREST returns an object for a single composite, an array for SETOF, null for nothing."""
    if data is None:
        return []
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return [row for row in data if isinstance(row, dict)]
    raise MentorPauseError(f"unexpected PostgREST result: {data!r}")


def _row_set(data: object, count: int | None) -> RowSet:
    """The rows, and the total PostgREST counted (``Content-Range: 0-49/120``) when a count was asked for."""
    rows = _rows(data)
    return RowSet(rows, len(rows) if count is None else max(count, len(rows)))


class AsyncPostgrestTransport:
    """Talks to PostgREST through a supabase-py client that already carries the caller's identity."""

    def __init__(self, client: AsyncClient, *, http_client: httpx.AsyncClient | None = None) -> None:
        """``http_client``: the HTTP client ``client`` was built on, when this transport owns (and closes) it."""
        self._client = client
        self._http_client = http_client

    async def call(self, request: RpcCall) -> RowSet:
        params = {name: json_param(value) for name, value in request.args.items()}
        count = CountMethod.exact if request.count else None
        try:
            response = await self._client.rpc(request.function, params, count=count).retry(False).execute()
        except (APIError, httpx.TransportError) as exc:
            raise _translate(exc) from exc
        return _row_set(response.data, response.count)

    async def read(self, request: TableRead) -> RowSet:
        count = CountMethod.exact if request.count else None
        query = self._client.table(request.table).select(",".join(request.columns), count=count)
        for column, value in request.eq.items():
            query = query.eq(column, json_param(value))
        for column, values in request.in_.items():
            query = query.in_(column, [str(json_param(v)) for v in values])
        for column, value in request.gt.items():
            query = query.gt(column, json_param(value))
        for column, descending in request.order:
            query = query.order(column, desc=descending)
        if request.limit is not None:
            query = query.limit(request.limit)
        if request.offset is not None:
            query = query.offset(request.offset)
        try:
            response = await query.retry(False).execute()
        except (APIError, httpx.TransportError) as exc:
            raise _translate(exc) from exc
        return _row_set(response.data, response.count)

    async def aclose(self) -> None:
        if self._http_client is not None:
            await self._http_client.aclose()
