"""mentor-pause: know, at any moment, which peer mentors are available.

The typed SDK over a Supabase project's mentor-pause schema::

    from mentor_pause import MentorPauseClient

    with MentorPauseClient.connect(SUPABASE_URL, SUPABASE_ANON_KEY, access_token=user_jwt) as client:
        status = client.pause(mentor_id, "Parental leave", expected_return=date(2027, 3, 1))

``AsyncMentorPauseClient`` has the same methods, awaited. Rules, authorization and history live in the
database; the SDK adds types, input checks, typed errors and safe retries.
"""

from mentor_pause._async.client import AsyncMentorPauseClient
from mentor_pause._sync.client import MentorPauseClient
from mentor_pause.errors import (
    ClientClosed,
    Conflict,
    ConnectionRejected,
    InvalidInput,
    InvalidTransition,
    MentorPauseError,
    MissingExtra,
    NotFound,
    PermissionDenied,
    StatementTimeout,
    Unavailable,
)
from mentor_pause.identity import Identity
from mentor_pause.models import (
    ExpiryBatch,
    ExpiryHost,
    ExpiryRun,
    MentorStatus,
    MentorStatusLiteral,
    MentorStatusValue,
    StatusChange,
    StatusFilter,
)
from mentor_pause.pages import HistoryPage, StatusPage
from mentor_pause.retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy

__all__ = [
    "DEFAULT_RETRY",
    "NO_RETRY",
    "AsyncMentorPauseClient",
    "ClientClosed",
    "Conflict",
    "ConnectionRejected",
    "ExpiryBatch",
    "ExpiryHost",
    "ExpiryRun",
    "HistoryPage",
    "Identity",
    "InvalidInput",
    "InvalidTransition",
    "MentorPauseClient",
    "MentorPauseError",
    "MentorStatus",
    "MentorStatusLiteral",
    "MentorStatusValue",
    "MissingExtra",
    "NotFound",
    "PermissionDenied",
    "RetryPolicy",
    "StatementTimeout",
    "StatusChange",
    "StatusFilter",
    "StatusPage",
    "Unavailable",
]
