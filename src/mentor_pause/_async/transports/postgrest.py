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

from mentor_pause._postgrest_responses import gateway_error, needs_classifying, row_set, translate_error
from mentor_pause.operations import RowSet, RpcCall, TableRead, json_param


async def raise_for_gateway_errors(response: httpx.Response) -> None:
    """httpx response hook: raise the typed error of a response postgrest-py cannot classify
    (:func:`mentor_pause._postgrest_responses.gateway_error`) before it sees the response."""
    if needs_classifying(response):
        await response.aread()
        error = gateway_error(response)
        if error is not None:
            raise error


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
            raise translate_error(exc) from exc
        return row_set(response.data, response.count, request.function)

    async def read(self, request: TableRead) -> RowSet:
        count = CountMethod.exact if request.count else None
        query = self._client.table(request.table).select(",".join(request.columns), count=count)
        for column, value in request.eq.items():
            query = query.eq(column, json_param(value))
        for column, values in request.in_.items():
            query = query.in_(column, [str(json_param(v)) for v in values])
        for column, value in request.gt.items():
            query = query.gt(column, json_param(value))
        for order in request.order:
            query = query.order(order.column, desc=order.descending)
        if request.limit is not None:
            query = query.limit(request.limit)
        if request.offset is not None:
            query = query.offset(request.offset)
        try:
            response = await query.retry(False).execute()
        except (APIError, httpx.TransportError) as exc:
            raise translate_error(exc) from exc
        return row_set(response.data, response.count)

    async def aclose(self) -> None:
        if self._http_client is not None:
            await self._http_client.aclose()
