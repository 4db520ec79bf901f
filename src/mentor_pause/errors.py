"""Typed errors, mapped from the SQLSTATE codes our SQL raises (documented in docs/access-control.md).

Both transports end up here: PostgREST reports the SQLSTATE as ``code`` in its error body (supabase-py's
``APIError.code``, a string in current releases and an int in some older ones), psycopg as ``sqlstate``.
The server's message, code, details and hint are kept on the exception.
"""

from __future__ import annotations


class MentorPauseError(Exception):
    """Base class of every error the SDK raises."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} (code {self.code})" if self.code else self.message


class NotFound(MentorPauseError):
    """The mentor does not exist for this caller (missing, or outside their scope: indistinguishable)."""


class PermissionDenied(MentorPauseError):
    """Not signed in, or the caller may not take this action on this mentor."""


class InvalidTransition(MentorPauseError):
    """The action does not start from the mentor's current status (or a guard such as certification failed)."""


class InvalidInput(MentorPauseError, ValueError):
    """The input was refused before or by the database (reason, date, id, page size), or the SDK was given
    settings it cannot use (a malformed database URL, an empty project key, an identity without a valid user id).
    Also a ``ValueError``, which such mistakes raised before they had a type of their own."""


class Conflict(MentorPauseError):
    """The request conflicts with an earlier one (a request id reused for another transition)."""


class ConnectionRejected(MentorPauseError):
    """The database refused the connection itself: a wrong password (SQLSTATE 28P01), a role that does not exist
    or may not log in, no ``pg_hba.conf`` entry (28000), a database that does not exist (3D000). Not retried: the
    same settings are refused the same way until the URL is fixed. The message is the server's reason."""


class ClientClosed(MentorPauseError):
    """The client was used after it was closed (``close()``/``aclose()`` or the end of its ``with`` block)."""


class Unavailable(MentorPauseError):
    """The service could not complete the call right now (connection lost, overloaded, serialization
    failure, deadlock, shutdown). Retrying is safe: writes carry a request id. ``retry_after``: how long the
    server asked us to wait (``Retry-After``), when it said."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: str | None = None,
        hint: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, details=details, hint=hint)
        self.retry_after = retry_after


class StatementTimeout(MentorPauseError):
    """The database cancelled the statement (SQLSTATE 57014): it ran longer than the role's
    ``statement_timeout`` (on Supabase 3 s for ``anon``, 8 s for ``authenticated``), or an operator cancelled it.
    Not retried: the same call would take as long again. Narrow the request (a chapter, a page) instead."""


class MissingExtra(MentorPauseError, ImportError):
    """A feature needs an optional part of the package that is not installed (``pip install
    'mentor-pause[<extra>]'``). Also an ``ImportError``, which is what it replaces."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the '{extra}' extra: pip install 'mentor-pause[{extra}]'")
        self.extra = extra


#: Codes that name their error: SQLSTATEs, PostgREST's PGRSTxxx, and HTTP statuses given as codes.
_BY_CODE: dict[str, type[MentorPauseError]] = {
    "PT404": NotFound,
    "PGRST116": NotFound,  # singular response with no row
    "42501": PermissionDenied,
    "PGRST301": PermissionDenied,  # JWT invalid
    "PGRST302": PermissionDenied,  # anonymous access disabled
    "PGRST303": PermissionDenied,  # JWT claims invalid or expired
    "PT409": InvalidTransition,
    "23514": InvalidInput,
    "23502": InvalidInput,
    "PGRST100": InvalidInput,  # unparseable query parameters
    "23505": Conflict,
    "28P01": ConnectionRejected,  # invalid_password: said while connecting
    "28000": ConnectionRejected,  # invalid_authorization_specification: unknown role, pg_hba.conf, no LOGIN
    "3D000": ConnectionRejected,  # invalid_catalog_name: the database does not exist
    "23P01": Conflict,
    "57014": StatementTimeout,  # query_canceled (statement_timeout)
    "40001": Unavailable,  # serialization failure
    "40P01": Unavailable,  # deadlock detected
    "57P01": Unavailable,  # admin shutdown
    "57P02": Unavailable,  # crash shutdown
    "57P03": Unavailable,  # cannot connect now
    "PGRST000": Unavailable,  # PostgREST could not connect to the database
    "PGRST001": Unavailable,
    "PGRST002": Unavailable,
    "PGRST003": Unavailable,  # timed out waiting for a pool connection
    "502": Unavailable,  # HTTP status as code: a non-JSON error body (gateway, proxy)
    "503": Unavailable,
    "504": Unavailable,
    "520": Unavailable,
}
#: Otherwise a SQLSTATE's class (its first two characters) decides, as psycopg maps its exceptions.
_BY_SQLSTATE_CLASS: dict[str, type[MentorPauseError]] = {
    "22": InvalidInput,  # data exceptions: bad uuid, bad date, invalid parameter value
    "08": Unavailable,  # connection exceptions
    "53": Unavailable,  # insufficient resources
    "28": PermissionDenied,  # invalid authorization
}


def error_class_for(code: str | int | None) -> type[MentorPauseError]:
    """The exception class for a SQLSTATE, PostgREST ``PGRST`` code or (for non-JSON bodies) HTTP status."""
    key = "" if code is None else str(code)
    if key in _BY_CODE:
        return _BY_CODE[key]
    if len(key) == 5 and key[:2] in _BY_SQLSTATE_CLASS:
        return _BY_SQLSTATE_CLASS[key[:2]]
    return MentorPauseError


def error_from_code(
    code: str | int | None, message: str | None, details: str | None = None, hint: str | None = None
) -> MentorPauseError:
    """Build the typed error for a server-reported code, keeping everything the server said."""
    cls = error_class_for(code)
    return cls(message or "unknown error", code=str(code) if code is not None else None, details=details, hint=hint)
