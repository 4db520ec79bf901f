"""SQLSTATEs become typed errors, through both transports, keeping the server's message, code and hint."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from mentor_pause import (
    Conflict,
    Identity,
    InvalidInput,
    InvalidTransition,
    MentorPauseError,
    NotFound,
    PermissionDenied,
    Unavailable,
)
from mentor_pause.errors import error_class_for, error_from_code
from mentor_pause.operations import RpcCall
from tests.sdk.conftest import Org, log_count


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("PT404", NotFound),
        ("42501", PermissionDenied),
        (42501, PermissionDenied),  # older postgrest-py releases give an int
        ("PGRST301", PermissionDenied),
        ("PGRST303", PermissionDenied),
        ("PT409", InvalidTransition),
        ("22023", InvalidInput),
        ("22P02", InvalidInput),
        ("23514", InvalidInput),
        ("23505", Conflict),
        ("40001", Unavailable),
        ("40P01", Unavailable),
        ("57P01", Unavailable),
        ("08006", Unavailable),
        ("53300", Unavailable),
        ("503", Unavailable),
        (503, Unavailable),
        ("520", Unavailable),
        ("PGRST003", Unavailable),
        ("42883", MentorPauseError),
        ("XX000", MentorPauseError),
        (None, MentorPauseError),
    ],
)
def test_codes_map_to_error_classes(code, expected) -> None:
    assert error_class_for(code) is expected


def test_error_keeps_what_the_server_said() -> None:
    error = error_from_code(42501, "permission denied for table x", "some detail", "a hint")
    assert isinstance(error, PermissionDenied)
    assert (error.code, error.message, error.details, error.hint) == (
        "42501",
        "permission denied for table x",
        "some detail",
        "a hint",
    )
    assert str(error) == "permission denied for table x (code 42501)"


async def _transport_call(client, request: RpcCall):
    transport = client.sync._transport if hasattr(client, "sync") else client._transport
    result = transport.call(request)
    return await result if inspect.isawaitable(result) else result


@pytest.mark.parametrize(
    ("args", "expected", "code"),
    [
        ({"p_reason": "   "}, InvalidInput, "23514"),
        ({"p_reason": "\t\n\u00a0\u2003\u3000"}, InvalidInput, "23514"),
        ({"p_reason": "x" * 501}, InvalidInput, "23514"),
        ({"p_reason": "Past", "p_expected_return_date": dt.date(2000, 1, 1)}, InvalidInput, "22023"),
    ],
    ids=["blank-reason", "unicode-whitespace-reason", "long-reason", "past-date"],
)
async def test_the_database_refuses_what_the_sdk_would_have(
    client_for, org: Org, admin_db, args, expected, code
) -> None:
    """Bypassing the SDK's own checks, the database still refuses, and the error arrives typed."""
    client = await client_for(Identity.user(org.coordinator_a))
    request = RpcCall("pause_mentor", {"p_mentor_id": org.mentor_a, **args})
    with pytest.raises(expected) as caught:
        await _transport_call(client, request)
    assert caught.value.code == code
    assert caught.value.message
    assert log_count(admin_db, org.mentor_a) == 1


async def test_malformed_id_from_the_database_is_invalid_input(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.admin))
    with pytest.raises(InvalidInput) as caught:
        await _transport_call(client, RpcCall("get_mentor_status", {"p_mentor_id": "not-a-uuid"}, readonly=True))
    assert caught.value.code == "22P02"
