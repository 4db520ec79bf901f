"""What the PostgREST transport's sync and async twins share: reading responses and classifying errors.

None of it awaits, so it lives once, here (as postgrest-py keeps such code in ``base_request_builder.py``).
"""

from __future__ import annotations

import httpx
from postgrest.exceptions import APIError

from mentor_pause.errors import MentorPauseError, PermissionDenied, Unavailable, error_from_code
from mentor_pause.operations import Row, RowSet

#: Statuses that mean "not now" whoever answers them (PostgREST for 08xxx/53xxx and a lost database, or a gateway
#: in front of it).
UNAVAILABLE_STATUSES = frozenset({502, 503, 504, 520})


def retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds (PostgREST sends it with every 503; gateways with 429/503), when numeric."""
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def error_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    """``code`` and ``message`` of a JSON error body, when there is one."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    code, message = body.get("code"), body.get("message")
    return (str(code) if code else None), (str(message) if message else None)


def translate_error(exc: Exception) -> MentorPauseError:
    """The SDK's typed error for a postgrest-py ``APIError`` or a raw httpx transport error."""
    if isinstance(exc, APIError):
        return error_from_code(exc.code, exc.message, exc.details, exc.hint)
    return Unavailable(f"PostgREST request failed: {type(exc).__name__}: {exc}")


def rows_of(data: object, scalar_column: str = "value") -> list[Row]:
    """PostgREST returns an object for a single composite, an array for SETOF, null for nothing, and a bare value
    for a scalar function: that becomes one row whose column is named like the function, as in the row
    ``select * from fn()`` gives."""
    if data is None:
        return []
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return [row for row in data if isinstance(row, dict)]
    if isinstance(data, str | int | float | bool):
        return [{scalar_column: data}]
    raise MentorPauseError(f"unexpected PostgREST result: {data!r}")


def row_set(data: object, count: int | None, scalar_column: str = "value") -> RowSet:
    """The rows, and the total PostgREST counted (``Content-Range: 0-49/120``) when a count was asked for."""
    rows = rows_of(data, scalar_column)
    return RowSet(rows, len(rows) if count is None else max(count, len(rows)))


def gateway_error(response: httpx.Response) -> MentorPauseError | None:
    """The typed error for a response postgrest-py could not classify (its body must have been read).

    postgrest-py keeps no HTTP status on ``APIError``, and the errors of the API gateway in front of PostgREST carry
    no PostgREST code (Supabase's gateway: ``{"message": "Invalid API key"}`` or ``"No API key found in request"``
    with 401; ``{"message": ...}`` or plain text with 502/503/504), so such an error would otherwise be
    unclassifiable: 502/503/504/520 become :class:`Unavailable` (retried, honouring ``Retry-After``), and a 401
    without a PostgREST code becomes :class:`PermissionDenied` (a missing, wrong or rotated key).
    """
    code, message = error_fields(response)
    if response.status_code in UNAVAILABLE_STATUSES:
        return Unavailable(
            message or f"HTTP {response.status_code} from {response.request.url.host}",
            code=code or str(response.status_code),
            details=response.headers.get("proxy-status"),
            retry_after=retry_after(response),
        )
    if response.status_code == 401 and code is None:
        return PermissionDenied(message or "the API gateway refused the request (HTTP 401)", code="401")
    return None


def needs_classifying(response: httpx.Response) -> bool:
    """Whether :func:`gateway_error` may have something to say about this response."""
    return response.status_code in UNAVAILABLE_STATUSES or response.status_code == 401
