"""The Dynamics portal clients (sync and async) against the Dataverse + Entra double, over HTTPS.

Each test reads as the rule it proves: what a push writes and where, what each of Dataverse's and Entra's answers
becomes (Delivered / RetryLater / Rejected), how the token is cached, refreshed and replaced after a 401, and that
the client secret never shows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from uuid import UUID, uuid4

import pytest

from mentor_pause.models import MentorStatusValue
from mentor_pause.portal import (
    AsyncDynamicsPortalClient,
    Delivered,
    DynamicsPortalClient,
    DynamicsSettings,
    Rejected,
    RetryLater,
)
from mentor_pause.portal.dynamics import classify_response, retry_after_seconds
from tests.dataverse_server.server import DataverseTestServer
from tests.portal.conftest import ALTERNATE_KEY, STATUS_OPTIONS, Portal, availability

MakePortal = Callable[..., Portal]
ALL_COLUMNS = {
    "status_column": "hlf_status",
    "status_values": STATUS_OPTIONS,
    "return_date_column": "hlf_expectedreturn",
    "changed_at_column": "hlf_statuschangedon",
}


# What a push writes, and where ----------------------------------------------------------------------------------------
async def test_a_push_lands_the_mapped_columns_on_the_mentors_record(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal(**ALL_COLUMNS)
    paused = availability(mentor, MentorStatusValue.PAUSED, expected_return_date=dt.date(2027, 3, 1))

    assert await portal.push(paused) == Delivered()

    assert dataverse.record(mentor) == {
        "fullname": "Kari Nordmann",
        "hlf_available": False,
        "hlf_status": STATUS_OPTIONS["paused"],
        "hlf_expectedreturn": "2027-03-01",
        "hlf_statuschangedon": "2026-11-27T08:30:15Z",  # UTC, to the second
    }
    assert [p.path for p in dataverse.patches] == [f"/api/data/v9.2/contacts({mentor})"]


async def test_only_the_configured_columns_are_sent(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()

    assert await portal.push(availability(mentor, MentorStatusValue.ACTIVE)) == Delivered()

    assert dataverse.received(mentor) == [{"hlf_available": True}]


@pytest.mark.parametrize(
    ("status", "available", "option"),
    [
        (MentorStatusValue.ACTIVE, True, "active"),
        (MentorStatusValue.PAUSED, False, "paused"),
        (MentorStatusValue.CERTIFICATION_EXPIRED, False, "certification_expired"),
        (None, False, "removed"),
    ],
)
async def test_every_state_maps_to_the_portals_values(
    dataverse: DataverseTestServer,
    make_portal: MakePortal,
    mentor: UUID,
    status: MentorStatusValue | None,
    available: bool,
    option: str,
) -> None:
    portal = make_portal(**ALL_COLUMNS)

    assert await portal.push(availability(mentor, status)) == Delivered()

    record = dataverse.record(mentor)
    assert record is not None
    assert (record["hlf_available"], record["hlf_status"]) == (available, STATUS_OPTIONS[option])
    assert record["hlf_expectedreturn"] is None


async def test_without_a_value_map_the_status_is_written_as_text(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal(status_column="hlf_statustext")

    await portal.push(availability(mentor, MentorStatusValue.CERTIFICATION_EXPIRED))
    await portal.push(availability(mentor, None, version=2))

    assert [body["hlf_statustext"] for body in dataverse.received(mentor)] == ["certification_expired", "removed"]


async def test_an_alternate_key_addresses_the_record_by_the_mentor_id(
    dataverse: DataverseTestServer, make_portal: MakePortal
) -> None:
    mentor_id, record_id = uuid4(), uuid4()
    dataverse.seed({record_id: {ALTERNATE_KEY: str(mentor_id), "hlf_available": True}})
    portal = make_portal(record_key=ALTERNATE_KEY)

    assert await portal.push(availability(mentor_id, MentorStatusValue.PAUSED)) == Delivered()

    assert dataverse.record(record_id) == {ALTERNATE_KEY: str(mentor_id), "hlf_available": False}
    (patch,) = dataverse.patches
    assert patch.path == f"/api/data/v9.2/contacts({ALTERNATE_KEY}='{mentor_id}')"
    assert patch.record_id == str(record_id)


async def test_odata_headers_if_match_and_the_bearer_token_are_sent(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()

    await portal.push(availability(mentor))

    (patch,) = dataverse.patches
    assert patch.headers["accept"] == "application/json"
    assert patch.headers["odata-maxversion"] == "4.0"
    assert patch.headers["odata-version"] == "4.0"
    assert patch.headers["content-type"] == "application/json"
    assert patch.headers["if-match"] == "*"
    assert patch.headers["authorization"].startswith("Bearer ")


# Dataverse's answers --------------------------------------------------------------------------------------------------
async def test_a_missing_record_is_rejected_and_never_created(
    dataverse: DataverseTestServer, make_portal: MakePortal
) -> None:
    portal = make_portal()
    stranger = uuid4()

    result = await portal.push(availability(stranger))

    assert isinstance(result, Rejected)
    assert f"contact With Id = {stranger} Does Not Exist" in result.reason
    assert "404" in result.reason
    assert dataverse.record(stranger) is None


async def test_a_missing_record_by_alternate_key_is_rejected(
    dataverse: DataverseTestServer, make_portal: MakePortal
) -> None:
    portal = make_portal(record_key=ALTERNATE_KEY)

    result = await portal.push(availability(uuid4()))

    assert isinstance(result, Rejected)
    assert "A record with the specified key values does not exist in contact entity" in result.reason


async def test_429_is_retry_later_after_the_retry_after_seconds(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.fail_next(429, retry_after=37)

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert result.after_seconds == 37
    assert "Number of requests exceeded the limit of 6000" in result.reason
    assert dataverse.received(mentor) == []
    assert await portal.push(availability(mentor)) == Delivered()


async def test_503_is_retry_later_after_the_retry_after_seconds(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.fail_next(503, retry_after=12)

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert result.after_seconds == 12
    assert "503" in result.reason


async def test_500_is_retry_later_without_a_delay(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.fail_next(500)

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert result.after_seconds is None
    assert "An unexpected error occurred." in result.reason


async def test_400_is_rejected_with_dataverses_message(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    dataverse.columns = frozenset({"fullname", "hlf_available"})
    portal = make_portal(status_column="hlf_nosuchcolumn")

    result = await portal.push(availability(mentor))

    assert isinstance(result, Rejected)
    assert "400" in result.reason
    assert (
        "Could not find a property named 'hlf_nosuchcolumn' on type 'Microsoft.Dynamics.CRM.contact'" in result.reason
    )


async def test_403_is_rejected_with_dataverses_message_and_code(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.fail_next(403)

    result = await portal.push(availability(mentor))

    assert isinstance(result, Rejected)
    assert "is missing prvWritecontact privilege" in result.reason
    assert "(code 0x80040220)" in result.reason


async def test_a_dropped_connection_is_retry_later(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.drop_next()

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert "network error" in result.reason
    assert await portal.push(availability(mentor)) == Delivered()


async def test_a_timeout_is_retry_later(dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID) -> None:
    portal = make_portal(timeout_seconds=0.3)
    dataverse.delay_next(1.5)

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert "did not answer within 0.3 s" in result.reason


async def test_an_outage_is_retry_later_until_it_ends(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.outage(True)
    first = await portal.push(availability(mentor))
    dataverse.outage(False)

    assert isinstance(first, RetryLater)
    assert await portal.push(availability(mentor)) == Delivered()


async def test_an_unreachable_environment_is_retry_later(
    make_portal: MakePortal, dataverse: DataverseTestServer
) -> None:
    portal = make_portal()
    dataverse.stop()

    result = await portal.push(availability(uuid4()))

    assert isinstance(result, RetryLater)
    assert "unreachable" in result.reason


# Tokens ---------------------------------------------------------------------------------------------------------------
async def test_one_token_serves_many_pushes(dataverse: DataverseTestServer, make_portal: MakePortal) -> None:
    portal = make_portal()
    mentors = [uuid4() for _ in range(5)]
    dataverse.seed({m: {"hlf_available": True} for m in mentors})

    results = [await portal.push(availability(m, MentorStatusValue.PAUSED)) for m in mentors]

    assert results == [Delivered()] * 5
    assert len(dataverse.token_requests) == 1
    assert [r.kind for r in dataverse.requests] == ["discovery", "token"] + ["patch"] * 5
    (token_request,) = dataverse.token_requests
    assert token_request.body is not None
    assert token_request.body["grant_type"] == "client_credentials"
    assert token_request.body["scope"] == f"{dataverse.environment_url}/.default"


async def test_the_token_is_refreshed_before_it_expires(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    # MSAL treats a token with less than five minutes left as expired: one of 302 s is served from its cache for
    # about two seconds, then replaced.
    dataverse.token_lifetime = 302
    portal = make_portal()
    await portal.push(availability(mentor))
    await portal.push(availability(mentor, version=2))
    assert len(dataverse.token_requests) == 1

    await asyncio.sleep(2.2)
    assert await portal.push(availability(mentor, version=3)) == Delivered()

    assert len(dataverse.token_requests) == 2
    assert [p.status for p in dataverse.patches] == [204, 204, 204]


async def test_short_lived_tokens_are_never_used_expired(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    dataverse.token_lifetime = 1
    portal = make_portal()

    for version in range(1, 4):
        assert await portal.push(availability(mentor, version=version)) == Delivered()
        await asyncio.sleep(1.1)

    assert [p.status for p in dataverse.patches] == [204, 204, 204]
    assert len(dataverse.token_requests) == 3


async def test_a_401_mid_run_is_survived_with_exactly_one_retry(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    assert await portal.push(availability(mentor)) == Delivered()

    dataverse.expire_all_tokens()
    assert await portal.push(availability(mentor, MentorStatusValue.PAUSED, version=2)) == Delivered()

    assert [p.status for p in dataverse.patches] == [204, 401, 204]
    assert [r.kind for r in dataverse.requests] == ["discovery", "token", "patch", "patch", "token", "patch"]
    first, refused, retried = dataverse.patches
    assert refused.headers["authorization"] == first.headers["authorization"]
    assert retried.headers["authorization"] != refused.headers["authorization"]
    assert dataverse.record(mentor) == {"fullname": "Kari Nordmann", "hlf_available": False}


async def test_a_second_401_is_retry_later(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.fail_next(401, times=2, message="")

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert "401" in result.reason
    assert [p.status for p in dataverse.patches] == [401, 401]
    assert len(dataverse.token_requests) == 2


async def test_an_invalid_client_secret_is_rejected_without_touching_dataverse(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    wrong = "not-the-secret-" + "x" * 8
    portal = make_portal(client_secret=wrong)

    result = await portal.push(availability(mentor))

    assert isinstance(result, Rejected)
    assert "invalid_client" in result.reason
    assert "AADSTS7000215" in result.reason
    assert wrong not in result.reason
    assert dataverse.patches == []
    assert [r.status for r in dataverse.token_requests] == [401]


async def test_an_unknown_client_id_is_rejected(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal(client_id=str(uuid4()))

    result = await portal.push(availability(mentor))

    assert isinstance(result, Rejected)
    assert "unauthorized_client" in result.reason
    assert "AADSTS700016" in result.reason


async def test_an_unknown_tenant_is_rejected(dataverse: DataverseTestServer, make_portal: MakePortal) -> None:
    portal = make_portal(tenant_id=str(uuid4()))

    result = await portal.push(availability(uuid4()))

    assert isinstance(result, Rejected)
    assert "AADSTS90002" in result.reason
    assert dataverse.token_requests == []


async def test_a_token_for_another_environment_is_rejected(
    dataverse: DataverseTestServer, make_portal: MakePortal
) -> None:
    portal = make_portal(environment_url="https://127.0.0.1:1")

    result = await portal.push(availability(uuid4()))

    assert isinstance(result, Rejected)
    assert "invalid_resource" in result.reason
    assert "AADSTS500011" in result.reason


async def test_a_token_endpoint_outage_is_retry_later(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    portal = make_portal()
    dataverse.outage(True, token_endpoint=True)

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert dataverse.patches == []


async def test_an_untrusted_certificate_is_never_accepted(
    dataverse: DataverseTestServer, make_portal: MakePortal, mentor: UUID
) -> None:
    # Without the double's CA, neither Entra nor Dataverse is trusted: verification is on unless a CA is given.
    portal = make_portal(ca_bundle=None)

    result = await portal.push(availability(mentor))

    assert isinstance(result, RetryLater)
    assert dataverse.requests == []


# Secrets --------------------------------------------------------------------------------------------------------------
async def test_the_secret_is_never_in_repr_str_or_logs(
    dataverse: DataverseTestServer,
    make_portal: MakePortal,
    make_settings: Callable[..., DynamicsSettings],
    mentor: UUID,
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = dataverse.client_secret
    caplog.set_level(logging.DEBUG)
    settings = make_settings(**ALL_COLUMNS)
    portal = make_portal(**ALL_COLUMNS)

    await portal.push(availability(mentor))
    dataverse.expire_all_tokens()
    await portal.push(availability(mentor, version=2))  # a 401, a new token, a retry
    dataverse.fail_next(429)
    await portal.push(availability(mentor, version=3))
    rejected = await make_portal(client_secret=secret + "-wrong").push(availability(mentor))

    tokens = {p.headers["authorization"].removeprefix("Bearer ") for p in dataverse.patches}
    shown = [repr(settings), str(settings), repr(portal.client), str(portal.client), repr(rejected)]
    assert caplog.records, "the push logs something at DEBUG (MSAL, httpx, this client)"
    logged = [record.getMessage() for record in caplog.records]
    logged += [caplog.text]
    for text in shown + logged:
        assert secret not in text
        for token in tokens:
            assert token not in text


# Concurrency ----------------------------------------------------------------------------------------------------------
def test_worker_threads_share_one_client_and_one_token(
    dataverse: DataverseTestServer, make_settings: Callable[..., DynamicsSettings]
) -> None:
    mentors = [uuid4() for _ in range(24)]
    dataverse.seed({m: {"hlf_available": True} for m in mentors})
    with DynamicsPortalClient(make_settings()) as client, ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda m: client.push(availability(m, MentorStatusValue.PAUSED)), mentors))

    assert results == [Delivered()] * len(mentors)
    assert len(dataverse.token_requests) == 1
    assert all(dataverse.record(m) == {"hlf_available": False} for m in mentors)


async def test_concurrent_async_pushes_share_one_token(
    dataverse: DataverseTestServer, make_settings: Callable[..., DynamicsSettings]
) -> None:
    mentors = [uuid4() for _ in range(24)]
    dataverse.seed({m: {"hlf_available": True} for m in mentors})
    async with AsyncDynamicsPortalClient(make_settings()) as client:
        results = await asyncio.gather(*(client.push(availability(m, MentorStatusValue.PAUSED)) for m in mentors))

    assert results == [Delivered()] * len(mentors)
    assert len(dataverse.token_requests) == 1


def test_requests_are_logged_in_order_with_times(
    dataverse: DataverseTestServer, make_settings: Callable[..., DynamicsSettings], mentor: UUID
) -> None:
    before = time.time()
    with DynamicsPortalClient(make_settings()) as client:
        for version in (1, 2, 3):
            client.push(availability(mentor, version=version))

    times = [r.at for r in dataverse.requests]
    assert times == sorted(times)
    assert before <= times[0] <= time.time()
    assert len(dataverse.received(mentor)) == 3


# Classification, without a server -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "seconds"),
    [("30", 30.0), (" 2.5 ", 2.5), ("-3", 0.0), ("soon", None), ("", None), (None, None), ("nan", None)],
)
def test_retry_after_seconds(value: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value) == seconds


def test_retry_after_as_an_http_date() -> None:
    now = dt.datetime(2026, 11, 27, 12, 0, 0, tzinfo=dt.UTC)
    assert retry_after_seconds("Fri, 27 Nov 2026 12:00:45 GMT", now=now) == 45.0


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (200, Delivered),
        (204, Delivered),
        (302, Rejected),
        (400, Rejected),
        (403, Rejected),
        (404, Rejected),
        (408, RetryLater),
        (412, Rejected),
        (429, RetryLater),
        (500, RetryLater),
        (502, RetryLater),
        (503, RetryLater),
        (504, RetryLater),
    ],
)
def test_classification_by_status(status: int, expected: type) -> None:
    assert isinstance(classify_response(status, {}, b""), expected)


def test_a_non_json_error_body_is_quoted_in_the_reason() -> None:
    result = classify_response(502, {"Retry-After": "9"}, b"<html>Bad Gateway</html>")
    assert result == RetryLater("Dataverse answered 502 Bad Gateway: <html>Bad Gateway</html>")


def test_an_empty_dataverse_code_is_left_out() -> None:
    body = b'{"error":{"code":"","message":"account With Id = 1 Does Not Exist"}}'
    assert classify_response(404, {}, body) == Rejected(
        "Dataverse answered 404 Not Found: account With Id = 1 Does Not Exist"
    )
