"""PostgREST transport: supabase-py's ``rpc()`` and ``table().select()``, as a Supabase user writes them.

supabase-py leaves several things to its caller, handled here: ``APIError.code`` may be a string or an int and
carries no HTTP status; network failures arrive as raw httpx exceptions; postgrest-py's own retry (GET only,
blocking sleeps) is switched off per request so that the SDK's single retry policy applies to every call; and
the HTTP client of a supabase-py client created by the SDK is closed by the SDK, while a client passed in by
the caller is left alone.
"""

from __future__ import annotations

import httpx
from postgrest.exceptions import APIError
from supabase import AsyncClient

from mentor_pause.errors import MentorPauseError, Unavailable, error_from_code
from mentor_pause.queries import Row, RpcCall, TableRead, json_param

#: Statuses that mean "not now" whoever answers them (PostgREST for 08xxx/53xxx, or a gateway in front of it).
UNAVAILABLE_STATUSES = frozenset({502, 503, 504, 520})


async def raise_for_unavailable(response: httpx.Response) -> None:
    """httpx response hook: turn 502/503/504/520 into :class:`Unavailable` before postgrest-py sees them.

    postgrest-py keeps no HTTP status on ``APIError``, and a gateway's JSON error body (Kong's
    ``{"message": ...}``) has no ``code``, so such an error would otherwise be unclassifiable and not retried.
    """
    if response.status_code in UNAVAILABLE_STATUSES:
        raise Unavailable(
            f"HTTP {response.status_code} from {response.request.url.host}",
            code=str(response.status_code),
            details=response.headers.get("proxy-status"),
        )


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


class AsyncPostgrestTransport:
    """Talks to PostgREST through a supabase-py client that already carries the caller's identity."""

    def __init__(self, client: AsyncClient, *, http_client: httpx.AsyncClient | None = None) -> None:
        """``http_client``: the HTTP client ``client`` was built on, when this transport owns (and closes) it."""
        self._client = client
        self._http_client = http_client

    async def call(self, request: RpcCall) -> list[Row]:
        params = {name: json_param(value) for name, value in request.args.items()}
        try:
            response = await self._client.rpc(request.function, params).retry(False).execute()
        except (APIError, httpx.TransportError) as exc:
            raise _translate(exc) from exc
        return _rows(response.data)

    async def read(self, request: TableRead) -> list[Row]:
        query = self._client.table(request.table).select(",".join(request.columns))
        for column, value in request.eq.items():
            query = query.eq(column, json_param(value))
        for column, values in request.in_.items():
            query = query.in_(column, [str(json_param(v)) for v in values])
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
        return _rows(response.data)

    async def aclose(self) -> None:
        if self._http_client is not None:
            await self._http_client.aclose()
