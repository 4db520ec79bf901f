"""Failing well: every failure the SDK can meet arrives quickly, typed, with its real cause, and quietly.

A database that cannot be reached is ``Unavailable`` within the retry budget; a wrong password or a malformed URL
is a permanent, typed error at once, never retried; calls succeed again as soon as the database is back (a TCP
proxy cuts and restores the connection, the database keeps running); the pool prints nothing to stderr; misuse
(a closed client, a bad project URL, an invalid identity, one id where several are expected, a reason with nothing
to see) raises a ``MentorPauseError``; async constructors work with ``async with``, and a never-closed async client
does not hold up the end of ``asyncio.run``.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from mentor_pause import (
    AsyncMentorPauseClient,
    ClientClosed,
    ConnectionRejected,
    Identity,
    InvalidInput,
    MentorPauseClient,
    MentorPauseError,
    RetryPolicy,
    Unavailable,
    validation,
)
from mentor_pause.local.cluster import free_loopback_port
from mentor_pause.operations import RpcCall
from tests.sdk.conftest import Api, Org, SyncAsAsync, log_count
from tests.support.db import authenticator_url
from tests.support.paths import REPO_ROOT
from tests.support.tcp_proxy import TcpProxy

FLAVOURS = ["sync", "async"]


def fast_retry(retries: list[object] | None = None) -> RetryPolicy:
    return RetryPolicy(
        attempts=4, first_backoff=0.01, max_backoff=0.05, on_retry=None if retries is None else retries.append
    )


def with_netloc(url: str, *, user: str | None = None, password: str | None = None, port: int | None = None) -> str:
    parts = urlsplit(url)
    netloc = f"{user or parts.username}:{password or parts.password}@{parts.hostname}:{port or parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def database_client(flavour: str, url: str, identity: Identity | None = None, **options: Any) -> Any:
    """A Postgres-transport client of this flavour whose methods can be awaited."""
    identity = identity or Identity.service()
    if flavour == "async":
        return AsyncMentorPauseClient.from_database_url(url, identity, **options)
    return SyncAsAsync(MentorPauseClient.from_database_url(url, identity, **options))


async def call_transport(client: Any, request: RpcCall) -> object:
    """Send one operation through the client's transport, past the SDK's own checks."""
    transport = client.sync._transport if isinstance(client, SyncAsAsync) else client._transport
    result = transport.call(request)
    return await result if inspect.isawaitable(result) else result


@pytest.fixture
def proxy(database_url: str) -> Iterator[TcpProxy]:
    proxy = TcpProxy.for_database(database_url).start()
    try:
        yield proxy
    finally:
        proxy.stop()


# -- the database cannot be reached, or refuses --------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_unreachable_port_is_unavailable_within_the_retry_budget(flavour: str, database_url: str) -> None:
    retries: list[object] = []
    url = with_netloc(authenticator_url(database_url), port=free_loopback_port())  # nothing listens there
    client = database_client(flavour, url, retry=fast_retry(retries))
    started = time.monotonic()
    with pytest.raises(Unavailable) as caught:
        await client.get_status(uuid.uuid4())
    assert time.monotonic() - started < 5
    assert "Connection refused" in str(caught.value)  # the real cause, not a pool timeout
    assert len(retries) == 3  # transient: retried, as many times as the policy says
    await client.aclose()


def test_a_host_that_never_answers_fails_within_the_connect_timeout() -> None:
    """192.0.2.1 (TEST-NET-1) is never routed: each attempt ends at the connect timeout (or at once, with no
    route), never at psycopg_pool's 30 s."""
    client = MentorPauseClient.from_database_url(
        "postgresql://authenticator:x@192.0.2.1:5432/postgres",
        Identity.service(),
        connect_timeout=2,
        retry=RetryPolicy(attempts=2, first_backoff=0.01, max_backoff=0.05),
    )
    started = time.monotonic()
    with pytest.raises(Unavailable) as caught:
        client.get_status(uuid.uuid4())
    assert time.monotonic() - started < 2 * 2 + 2
    assert "could not connect to the database" in str(caught.value)
    client.close()


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_wrong_password_is_rejected_at_once_with_the_servers_reason(flavour: str, database_url: str) -> None:
    retries: list[object] = []
    url = with_netloc(authenticator_url(database_url), password="not-the-password")
    client = database_client(flavour, url, retry=fast_retry(retries))
    started = time.monotonic()
    with pytest.raises(ConnectionRejected) as caught:
        await client.get_status(uuid.uuid4())
    assert time.monotonic() - started < 1
    assert retries == []  # permanent: never retried
    assert caught.value.code == "28P01"
    assert 'password authentication failed for user "authenticator"' in str(caught.value)
    assert not isinstance(caught.value, Unavailable)
    assert isinstance(caught.value, MentorPauseError)
    await client.aclose()


def test_an_unknown_database_or_role_is_rejected(database_url: str) -> None:
    url = authenticator_url(database_url)
    missing_database = urlunsplit(urlsplit(url)._replace(path="/no_such_database"))
    with MentorPauseClient.from_database_url(missing_database, Identity.service(), retry=fast_retry()) as client:
        with pytest.raises(ConnectionRejected) as caught:
            client.get_status(uuid.uuid4())
        assert caught.value.code == "3D000"
        assert 'database "no_such_database" does not exist' in str(caught.value)
    unknown_role = with_netloc(url, user="no_such_role")
    # With SCRAM the server does not say whether the role exists (that would leak role names).
    with (
        MentorPauseClient.from_database_url(unknown_role, Identity.service(), retry=fast_retry()) as client,
        pytest.raises(ConnectionRejected, match="no_such_role"),
    ):
        client.get_status(uuid.uuid4())


@pytest.mark.parametrize(
    "url",
    [
        "postgresql//oops",
        "postgresql://u:p@127.0.0.1:54x/postgres",
        "postgresql://u:p@127.0.0.1:99999/postgres",
        "postgresql://u:p@127.0.0.1:5432/postgres?no_such_option=1",
    ],
)
def test_a_url_that_cannot_be_parsed_is_invalid_input_at_construction(url: str) -> None:
    with pytest.raises(InvalidInput, match="not a valid database URL"):
        MentorPauseClient.from_database_url(url, Identity.service())


def test_settings_libpq_refuses_are_invalid_input_at_the_first_call(database_url: str) -> None:
    retries: list[object] = []
    url = authenticator_url(database_url) + "?sslmode=sometimes"
    with MentorPauseClient.from_database_url(url, Identity.service(), retry=fast_retry(retries)) as client:
        started = time.monotonic()
        with pytest.raises(InvalidInput, match='invalid sslmode value: "sometimes"'):
            client.get_status(uuid.uuid4())
        assert time.monotonic() - started < 1
    assert retries == []


@pytest.mark.parametrize("options", [{"connect_timeout": 0}, {"connect_timeout": -1}, {"pool_timeout": 0}])
def test_timeouts_must_be_positive(database_url: str, options: dict[str, float]) -> None:
    with pytest.raises(InvalidInput, match="must be a positive number of seconds"):
        MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service(), **options)


# -- recovery --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_calls_succeed_again_as_soon_as_the_database_is_back(
    flavour: str, proxy: TcpProxy, org: Org, database_url: str
) -> None:
    client = database_client(flavour, proxy.url_for(authenticator_url(database_url)), retry=fast_retry())
    assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
    proxy.cut()
    with pytest.raises(Unavailable):
        await client.get_status(org.mentor_a)
    with pytest.raises(Unavailable):  # and again: the pool's own reconnection attempts are failing meanwhile
        await client.get_status(org.mentor_a)
    proxy.restore()
    started = time.monotonic()
    assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
    assert time.monotonic() - started < 2
    await client.aclose()


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_connections_that_died_between_calls_are_replaced_within_the_call(
    flavour: str, proxy: TcpProxy, org: Org, database_url: str
) -> None:
    """The database went away and came back between two calls: the pooled connections are dead, the next call
    still succeeds (its first attempt fails on a dead connection; the retry connects afresh and the pool drops
    the other dead ones)."""
    client = database_client(flavour, proxy.url_for(authenticator_url(database_url)), pool_size=4, retry=fast_retry())
    await asyncio.gather(*(client.get_status(org.mentor_a) for _ in range(4)))
    proxy.cut()
    proxy.restore()
    started = time.monotonic()
    for _ in range(4):
        assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
    assert time.monotonic() - started < 2
    await client.aclose()


# -- quiet: nothing on stderr, retries on the mentor_pause logger -------------------------------------------------


QUIET_SCRIPT = """
import logging, sys, time, uuid
from mentor_pause import Identity, MentorPauseClient, MentorPauseError, RetryPolicy
from tests.support.tcp_proxy import TcpProxy

pool_records = []
logging.getLogger("psycopg.pool").addFilter(lambda record: pool_records.append(record) or True)
url, wrong_password_url = sys.argv[1], sys.argv[2]
retry = RetryPolicy(attempts=3, first_backoff=0.01, max_backoff=0.05)
proxy = TcpProxy.for_database(url).start()
client = MentorPauseClient.from_database_url(proxy.url_for(url), Identity.service(), pool_size=2, retry=retry)
client.list_statuses(page_size=1)
proxy.cut()
for _ in range(3):
    try:
        client.list_statuses(page_size=1)
    except MentorPauseError:
        pass
    time.sleep(0.5)
proxy.restore()
client.list_statuses(page_size=1)
try:
    MentorPauseClient.from_database_url(wrong_password_url, Identity.service()).get_status(uuid.uuid4())
except MentorPauseError:
    pass
print(len([r for r in pool_records if r.levelno >= logging.WARNING]))
"""


def test_the_pool_prints_nothing_to_stderr(database_url: str) -> None:
    """Without any logging configured (a fresh interpreter: pytest's own handlers would hide the problem),
    psycopg_pool's warnings about failed connections reach no handler, so Python's last resort is not used."""
    url = authenticator_url(database_url)
    result = subprocess.run(
        [sys.executable, "-c", QUIET_SCRIPT, url, with_netloc(url, password="wrong")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 0  # the pool did log warnings ...
    assert result.stderr == ""  # ... and none of them was printed


async def test_retries_are_logged_at_info_on_the_mentor_pause_logger(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    url = with_netloc(authenticator_url(database_url), port=free_loopback_port())
    client = AsyncMentorPauseClient.from_database_url(url, Identity.service(), retry=fast_retry())
    with caplog.at_level(logging.INFO, logger="mentor_pause"), pytest.raises(Unavailable):
        await client.get_status(uuid.uuid4())
    records = [r for r in caplog.records if r.name == "mentor_pause"]
    assert [r.levelno for r in records] == [logging.INFO] * 3
    assert (
        "get_mentor_status failed (Unavailable: could not connect" in records[0].getMessage()
    )  # the RPC get_status calls
    assert "attempt 1 of 4, retrying in" in records[0].getMessage()
    assert "attempt 3 of 4" in records[2].getMessage()
    await client.aclose()


def test_the_sdk_logger_prints_nothing_unless_configured() -> None:
    logger = logging.getLogger("mentor_pause")
    assert any(isinstance(handler, logging.NullHandler) for handler in logger.handlers)
    assert logger.level == logging.NOTSET  # levels are the application's to set


# -- misuse raises MentorPauseError ----------------------------------------------------------------------------------


async def test_a_closed_client_raises_client_closed(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.admin))
    await client.get_status(org.mentor_a)
    await client.aclose()
    with pytest.raises(ClientClosed, match="the client is closed"):
        await client.get_status(org.mentor_a)
    with pytest.raises(MentorPauseError):
        await client.pause(org.mentor_a, "After closing")
    with pytest.raises(ClientClosed):
        async for _ in client.iter_statuses():
            pass


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("url", "key"),
    [("not a url", "key"), ("ftp://example.com", "key"), ("https://example.supabase.co", "")],
    ids=["not-a-url", "wrong-scheme", "empty-key"],
)
def test_a_bad_project_url_or_key_is_invalid_input(flavour: str, url: str, key: str) -> None:
    connect = AsyncMentorPauseClient.connect if flavour == "async" else MentorPauseClient.connect
    with pytest.raises(InvalidInput, match="cannot build a Supabase client"):
        connect(url, key)


def test_identities_are_checked() -> None:
    user = uuid.uuid4()
    assert Identity.user(str(user)).user_id == user
    assert Identity.user(user).user_id == user
    with pytest.raises(InvalidInput, match="not a valid user id: 'not-a-uuid'"):
        Identity.user("not-a-uuid")
    with pytest.raises(InvalidInput):
        Identity.user(42)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="unknown API role 'postgres'"):
        Identity("postgres")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="needs a user id"):
        Identity("authenticated")
    with pytest.raises(InvalidInput, match="must be a UUID"):
        Identity("authenticated", "not-a-uuid")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a valid user id"):  # as before these errors had a type of their own
        Identity.user("not-a-uuid")


@pytest.mark.parametrize("client_for", ["postgres-sync", "postgrest-async"], indirect=True)
async def test_one_id_where_several_are_expected_is_a_clear_error(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.admin))
    with pytest.raises(InvalidInput, match="expected a list of ids, got one id"):
        await client.get_statuses(str(org.mentor_a))
    with pytest.raises(InvalidInput, match="expected a list of ids, got one id"):
        await client.get_statuses(org.mentor_a)
    with pytest.raises(InvalidInput, match="expected a list of ids, got int"):
        await client.get_statuses(42)
    assert [s.mentor_id for s in await client.get_statuses([str(org.mentor_a)])] == [org.mentor_a]


def test_an_unknown_expiry_host_is_invalid_input(database_url: str) -> None:
    with (
        MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service()) as client,
        pytest.raises(InvalidInput, match="unknown expiry host 'cron-ish'"),
    ):
        client.run_certification_expiry(host="cron-ish")  # type: ignore[arg-type]


# -- a reason with nothing to see ------------------------------------------------------------------------------------

INVISIBLE_REASONS = ["\u200b", "\u2060", "\ufeff", " \u200b\u200d\t", "\u00ad", "\u2800", "\u202e\u200f", "\u3164"]


@pytest.mark.parametrize("client_for", ["postgres-sync", "postgrest-async"], indirect=True)
@pytest.mark.parametrize("reason", INVISIBLE_REASONS, ids=lambda r: "+".join(f"U{ord(c):04X}" for c in r))
async def test_a_reason_with_nothing_to_see_is_refused_by_the_sdk(client_for, org: Org, admin_db, reason) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(InvalidInput, match="a pause needs a reason"):
        await client.pause(org.mentor_a, reason)
    assert log_count(admin_db, org.mentor_a) == 1


@pytest.mark.parametrize("client_for", ["postgres-async", "postgrest-sync"], indirect=True)
@pytest.mark.parametrize("reason", INVISIBLE_REASONS, ids=lambda r: "+".join(f"U{ord(c):04X}" for c in r))
async def test_a_reason_with_nothing_to_see_is_refused_by_the_database(client_for, org: Org, admin_db, reason) -> None:
    """Bypassing the SDK's check: the database's CHECK refuses it too."""
    client = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(InvalidInput) as caught:
        await call_transport(client, RpcCall("pause_mentor", {"p_mentor_id": org.mentor_a, "p_reason": reason}))
    assert caught.value.code == "23514"
    assert log_count(admin_db, org.mentor_a) == 1


@pytest.mark.parametrize("client_for", ["postgres-async"], indirect=True)
async def test_visible_text_keeps_its_inner_and_attached_characters(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    paused = await client.pause(org.mentor_a, "\u200b\ufeff On\u00a0leave,\u200bback soon \u2764\ufe0f\u2060 ")
    # Trimmed at both ends only; the variation selector belongs to the heart before it and stays.
    assert paused.pause_reason == "On\u00a0leave,\u200bback soon \u2764\ufe0f"


def test_the_sdk_and_the_database_trim_the_same_characters(admin_db) -> None:
    """Every character of the Basic Multilingual Plane and of the supplementary blocks near the set, one by one:
    private.trim_whitespace() and validation.trim() agree on which ones a blank reason may consist of."""
    code_points = [*range(1, 0x10000), *range(0x1BC00, 0x1BD00), *range(0x1D100, 0x1D200), *range(0xE0000, 0xE0200)]
    characters = [chr(c) for c in code_points if not 0xD800 <= c <= 0xDFFF]
    rows = admin_db.execute(
        "select c from unnest(%s::text[]) as c where private.trim_whitespace(c) = ''", (characters,)
    ).fetchall()
    in_database = {row[0] for row in rows}
    in_sdk = {c for c in characters if validation.trim(c) == ""}
    assert in_database == in_sdk == set(validation.TRIMMED_CHARACTERS)
    assert set(validation.WHITESPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert {"\u200b", "\u2060", "\ufeff"} <= in_sdk
    assert "\ufe0f" not in in_sdk and "\U000e0067" not in in_sdk  # variation selectors and tags belong to a glyph


# -- async constructors and the end of asyncio.run -------------------------------------------------------------------


async def test_every_async_constructor_works_with_async_with(api: Api, org: Org, database_url: str) -> None:
    async with AsyncMentorPauseClient.connect(api.url, api.service_key) as client:
        assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
        http = client._transport._http_client  # type: ignore[attr-defined]
    assert http.is_closed
    async with AsyncMentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service()) as client:
        assert (await client.get_status(org.mentor_a)).mentor_id == org.mentor_a
    # The coroutine form of connect keeps working: awaiting a client gives the same client.
    client = await AsyncMentorPauseClient.connect(api.url, api.service_key)
    assert isinstance(client, AsyncMentorPauseClient)
    assert await client is client
    await client.aclose()


NEVER_CLOSED_SCRIPT = """
import asyncio, sys
from mentor_pause import AsyncMentorPauseClient, Identity

client = AsyncMentorPauseClient.from_database_url(sys.argv[1], Identity.service(), pool_size=4)

async def main():
    pages = await asyncio.gather(*(client.list_statuses(page_size=2) for _ in range(8)))
    print(len(pages))

asyncio.run(main())
asyncio.run(main())  # the same client, in the next event loop
"""


def test_a_never_closed_async_client_does_not_hold_up_asyncio_run(database_url: str) -> None:
    """The client is made outside any event loop and never closed; asyncio.run must still return (it hung in 2 runs
    of 8 when a pool worker was cancelled mid-connect). Five runs, each well under the timeout."""
    url = authenticator_url(database_url).replace("127.0.0.1", "localhost")  # a name to resolve: slower connects
    for _ in range(5):
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", NEVER_CLOSED_SCRIPT, url],
            capture_output=True,
            text=True,
            timeout=30,
            cwd=REPO_ROOT,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["8", "8"]
        assert result.stderr == ""
        assert time.monotonic() - started < 15


SYNC_NEVER_CLOSED_SCRIPT = """
import sys
from concurrent.futures import ThreadPoolExecutor
from mentor_pause import Identity, MentorPauseClient

client = MentorPauseClient.from_database_url(sys.argv[1], Identity.service(), pool_size=4)
with ThreadPoolExecutor(8) as threads:
    print(len(list(threads.map(lambda _: client.list_statuses(page_size=2), range(8)))))
"""


def test_a_never_closed_sync_client_exits_quietly(database_url: str) -> None:
    """No traceback from the pool at exit (its __del__ used to run on one of its own threads and fail to join it)."""
    for _ in range(3):
        result = subprocess.run(
            [sys.executable, "-c", SYNC_NEVER_CLOSED_SCRIPT, authenticator_url(database_url)],
            capture_output=True,
            text=True,
            timeout=30,
            cwd=REPO_ROOT,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "8"
        assert result.stderr == ""


def test_subprocesses_see_this_worktree() -> None:
    """The scripts above import mentor_pause from the source under test (PYTHONPATH or the editable install)."""
    result = subprocess.run(
        [sys.executable, "-c", "import mentor_pause; print(mentor_pause.__file__)"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=True,
    )
    assert result.stdout.strip().startswith(str(REPO_ROOT))
