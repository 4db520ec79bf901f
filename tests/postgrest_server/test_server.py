"""The PostgREST double itself, over plain HTTP: what it answers is what PostgREST v13 (behind Supabase's gateway)
answers, so the SDK suite cannot pass against behaviour the real service does not have.

Each test names the PostgREST behaviour it guards; the sources are cited in the double's docstring.
"""

from __future__ import annotations

import contextlib
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from uuid import UUID

import httpx
import jwt
import psycopg
import pytest
from psycopg import sql

from tests.postgrest_server.server import PostgrestTestServer, http_status_for
from tests.support import roster
from tests.support.db import authenticator_url
from tests.support.tcp_proxy import TcpProxy
from tests.support.tokens import jwt_secret, project_key, user_token

Conn = psycopg.Connection[tuple[Any, ...]]
StartDouble = Callable[..., PostgrestTestServer]

PROBE = """
create function public.double_probe(p_sleep double precision default 0)
returns jsonb
language plpgsql
volatile
as $$
begin
  perform pg_sleep(p_sleep);
  return jsonb_build_object(
    'statement_timeout', current_setting('statement_timeout'),
    'role', current_user,
    'claims', current_setting('request.jwt.claims', true)::jsonb,
    'headers', current_setting('request.headers', true)::jsonb,
    'cookies', current_setting('request.cookies', true)::jsonb,
    'method', current_setting('request.method', true),
    'path', current_setting('request.path', true)
  );
end;
$$;
grant execute on function public.double_probe(double precision) to anon, authenticated, service_role;
"""


@pytest.fixture(scope="module")
def admin(database_url: str) -> Iterator[Conn]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def start_double(database_url: str) -> Iterator[StartDouble]:
    """``start_double(**options)``: a double of its own (stopped after the test); ``url=`` another database URL."""
    started: list[PostgrestTestServer] = []

    def start(url: str | None = None, **options: Any) -> PostgrestTestServer:
        server = PostgrestTestServer(url or authenticator_url(database_url), jwt_secret(), **options).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="module")
def double(database_url: str) -> Iterator[PostgrestTestServer]:
    """A double with max-rows 2 (Supabase's ``[api] max_rows`` lowered)."""
    server = PostgrestTestServer(authenticator_url(database_url), jwt_secret(), max_rows=2).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chapter(admin: Conn) -> tuple[UUID, list[UUID]]:
    """A chapter with three mentors (sorted by id)."""
    chapter_id = roster.create_chapter(admin)
    return chapter_id, sorted(roster.create_mentor(admin, chapter_id) for _ in range(3))


@pytest.fixture
def probe(admin: Conn) -> Iterator[None]:
    """``public.double_probe()``: what a request's transaction sees. Dropped again (the access matrix checks
    that every public function is covered)."""
    admin.execute(PROBE)
    try:
        yield
    finally:
        admin.execute("drop function if exists public.double_probe(double precision)")


@contextlib.contextmanager
def role_setting(admin: Conn, role: str, name: str, value: str) -> Iterator[None]:
    """``ALTER ROLE <role> SET <name> = <value>`` for the block; the previous setting is put back."""
    row = admin.execute(
        "select setting from pg_roles r, unnest(r.rolconfig) setting where r.rolname = %s and setting like %s",
        (role, f"{name}=%"),
    ).fetchone()
    alter = sql.SQL("alter role {} set {} = {}")
    admin.execute(alter.format(sql.Identifier(role), sql.Identifier(name), sql.Literal(value)))
    try:
        yield
    finally:
        if row:
            previous = str(row[0]).split("=", 1)[1]
            admin.execute(alter.format(sql.Identifier(role), sql.Identifier(name), sql.Literal(previous)))
        else:
            admin.execute(sql.SQL("alter role {} reset {}").format(sql.Identifier(role), sql.Identifier(name)))


def rest(server: PostgrestTestServer, key: str | None = None, token: str | None = None) -> httpx.Client:
    """An HTTP client for ``<server>/rest/v1`` sending ``apikey`` and ``Authorization`` like supabase-py."""
    key = project_key("service_role") if key is None else key
    headers = {"apikey": key} if key else {}
    if token or key:
        headers["Authorization"] = f"Bearer {token or key}"
    return httpx.Client(base_url=f"{server.url}/rest/v1", headers=headers, timeout=10)


def signed(claims: dict[str, Any], secret: str | None = None) -> str:
    return jwt.encode(claims, secret or jwt_secret(), algorithm="HS256")


# max-rows, ranges and counts ---------------------------------------------------------------------------------------
def test_max_rows_caps_a_table_read_and_only_a_count_shows_it(double, chapter) -> None:
    chapter_id, mentors = chapter
    query = {"chapter_id": f"eq.{chapter_id}", "order": "mentor_id"}
    with rest(double) as http:
        plain = http.get("/peer_mentor_status", params=query)
        assert plain.status_code == 200
        assert plain.headers["content-range"] == "0-1/*"
        assert [r["mentor_id"] for r in plain.json()] == [str(m) for m in mentors[:2]]

        counted = http.get("/peer_mentor_status", params=query, headers={"Prefer": "count=exact"})
        assert counted.status_code == 206
        assert counted.headers["content-range"] == "0-1/3"
        assert counted.headers["preference-applied"] == "count=exact"

        rest_of_it = http.get("/peer_mentor_status", params={**query, "offset": "2"}, headers={"Prefer": "count=exact"})
        assert (rest_of_it.status_code, rest_of_it.headers["content-range"]) == (206, "2-2/3")
        assert [r["mentor_id"] for r in rest_of_it.json()] == [str(mentors[2])]

        limited = http.get("/peer_mentor_status", params={**query, "limit": "1"}, headers={"Prefer": "count=exact"})
        assert (limited.status_code, limited.headers["content-range"], len(limited.json())) == (206, "0-0/3", 1)


def test_empty_and_out_of_range_reads(double, chapter) -> None:
    chapter_id, _ = chapter
    with rest(double) as http:
        nothing = {"chapter_id": f"eq.{uuid.uuid4()}"}
        empty = http.get("/peer_mentor_status", params=nothing)
        assert (empty.status_code, empty.headers["content-range"], empty.json()) == (200, "*/*", [])
        counted = http.get("/peer_mentor_status", params=nothing, headers={"Prefer": "count=exact"})
        assert (counted.status_code, counted.headers["content-range"]) == (200, "*/0")

        past = http.get(
            "/peer_mentor_status",
            params={"chapter_id": f"eq.{chapter_id}", "offset": "5"},
            headers={"Prefer": "count=exact"},
        )
        assert past.status_code == 416
        assert past.headers["content-range"] == "*/3"
        assert past.json()["code"] == "PGRST103"


def test_max_rows_caps_a_function_result_and_the_count_is_what_it_returned(double, chapter) -> None:
    chapter_id, mentors = chapter
    args = {"p_chapter_id": str(chapter_id), "p_limit": 100}
    with rest(double) as http:
        plain = http.post("/rpc/list_mentor_statuses", json=args)
        assert (plain.status_code, plain.headers["content-range"]) == (200, "0-1/*")
        assert [r["mentor_id"] for r in plain.json()] == [str(m) for m in mentors[:2]]

        counted = http.post("/rpc/list_mentor_statuses", json=args, headers={"Prefer": "count=exact"})
        assert (counted.status_code, counted.headers["content-range"]) == (206, "0-1/3")

        second = http.post("/rpc/list_mentor_statuses?limit=1&offset=1", json=args, headers={"Prefer": "count=exact"})
        assert (second.status_code, second.headers["content-range"]) == (206, "1-1/3")
        assert [r["mentor_id"] for r in second.json()] == [str(mentors[1])]

        single = http.post("/rpc/get_mentor_status", json={"p_mentor_id": str(mentors[0])})
        assert single.status_code == 200
        assert single.json()["mentor_id"] == str(mentors[0])  # a single composite is an object, not an array


def test_gt_filter_continues_after_a_key(double, chapter) -> None:
    chapter_id, mentors = chapter
    with rest(double) as http:
        after = http.get(
            "/peer_mentor_status",
            params={"chapter_id": f"eq.{chapter_id}", "mentor_id": f"gt.{mentors[0]}", "order": "mentor_id"},
        )
    assert [r["mentor_id"] for r in after.json()] == [str(m) for m in mentors[1:]]


# Per-request settings and role settings ----------------------------------------------------------------------------
def test_request_settings_carry_role_claims_headers_and_cookies(double, probe) -> None:
    user = uuid.uuid4()
    token = signed({"sub": str(user), "role": "authenticated", "tenant": "oslo", "exp": int(time.time()) + 60})
    with rest(double, key=project_key("anon"), token=token) as http:
        seen = http.post(
            "/rpc/double_probe", json={}, headers={"X-Probe": "first", "Cookie": "theme=dark; lang=nb"}
        ).json()
    assert seen["role"] == "authenticated"
    assert seen["claims"] == {"sub": str(user), "role": "authenticated", "tenant": "oslo", "exp": seen["claims"]["exp"]}
    assert seen["headers"]["x-probe"] == "first"
    assert "cookie" not in seen["headers"]
    assert seen["cookies"] == {"theme": "dark", "lang": "nb"}
    assert (seen["method"], seen["path"]) == ("POST", "/rpc/double_probe")

    with rest(double, key=project_key("anon")) as http:
        http.headers.pop("Authorization")
        anonymous = http.post("/rpc/double_probe", json={}).json()
    assert anonymous["role"] == "anon"
    assert anonymous["claims"] == {"role": "anon"}


def test_role_settings_apply_per_request_and_reload_with_the_schema_cache(start_double, admin, probe) -> None:
    server = start_double()
    anon = rest(server, key=project_key("anon"))
    user = rest(server, key=project_key("anon"), token=user_token(uuid.uuid4()))
    service = rest(server)
    with anon, user, service:
        # Supabase's role settings (the bootstrap sets them): anon 3 s, authenticated 8 s; service_role has none,
        # so the login role's (authenticator: 8 s) stays.
        assert anon.post("/rpc/double_probe", json={}).json()["statement_timeout"] == "3s"
        assert user.post("/rpc/double_probe", json={}).json()["statement_timeout"] == "8s"
        assert service.post("/rpc/double_probe", json={}).json()["statement_timeout"] == "8s"
        with role_setting(admin, "authenticated", "statement_timeout", "1234ms"):
            assert user.post("/rpc/double_probe", json={}).json()["statement_timeout"] == "8s"  # cached
            assert server.reload_schema_cache()
            assert user.post("/rpc/double_probe", json={}).json()["statement_timeout"] == "1234ms"
        assert server.reload_schema_cache()
        assert user.post("/rpc/double_probe", json={}).json()["statement_timeout"] == "8s"


def test_a_statement_timeout_is_500_with_57014(start_double, admin, probe) -> None:
    server = start_double()
    with role_setting(admin, "authenticated", "statement_timeout", "200ms"):
        server.reload_schema_cache()
        with rest(server, key=project_key("anon"), token=user_token(uuid.uuid4())) as http:
            started = time.monotonic()
            response = http.post("/rpc/double_probe", json={"p_sleep": 5})
    assert time.monotonic() - started < 3
    assert response.status_code == 500
    assert response.json()["code"] == "57014"
    assert response.headers["proxy-status"] == "PostgREST; error=57014"


@pytest.mark.parametrize(
    ("sqlstate", "authed", "message", "status"),
    [
        ("57014", True, "canceling statement due to statement timeout", 500),
        ("57P01", True, "terminating connection due to administrator command", 503),
        ("40001", True, "could not serialize access", 500),
        ("40P01", True, "deadlock detected", 500),
        ("25006", True, "cannot execute UPDATE in a read-only transaction", 405),
        ("25P02", True, "current transaction is aborted", 500),
        ("08006", True, "connection failure", 503),
        ("53300", True, "too many connections", 503),
        ("53400", True, "configuration limit exceeded", 500),
        ("42501", True, "permission denied", 403),
        ("42501", False, "permission denied", 401),
        ("22023", True, 'role "nobody" does not exist', 401),
        ("22023", True, "page size must be between 1 and 1000", 400),
        ("23505", True, "duplicate key", 409),
        ("23514", True, "check violation", 400),
        ("PT404", True, "not found", 404),
        ("PT409", True, "conflict", 409),
        ("P0001", True, "raised", 400),
        ("P0002", True, "no data found", 500),
        ("42883", True, "function f() does not exist", 404),
        ("XX000", True, "internal", 500),
    ],
)
def test_http_status_follows_pg_error_status(sqlstate: str, authed: bool, message: str, status: int) -> None:
    assert http_status_for(sqlstate, authed=authed, message=message) == status


# Gateway and JWT -----------------------------------------------------------------------------------------------------
def test_the_gateway_wants_a_project_key(double) -> None:
    with rest(double, key="") as http:
        missing = http.get("/peer_mentor_status", params={"limit": "1"})
    assert missing.status_code == 401
    assert missing.json() == {
        "message": "No API key found in request",
        "hint": "No `apikey` request header or url param was found.",
    }
    other_project = project_key("anon", secret="another-project-secret-with-at-least-32-characters")
    for key in ("not-a-key", other_project, signed({"role": "authenticated"})):
        with rest(double, key=key) as http:
            unknown = http.get("/peer_mentor_status", params={"limit": "1"})
        assert unknown.status_code == 401
        assert unknown.json() == {
            "message": "Invalid API key",
            "hint": "Double check your Supabase `anon` or `service_role` API key.",
        }
    service_key = project_key("service_role")
    with httpx.Client(base_url=f"{double.url}/rest/v1", headers={"Authorization": f"Bearer {service_key}"}) as http:
        in_url = http.get("/peer_mentor_status", params={"limit": "1", "apikey": service_key})
    assert in_url.status_code == 200  # the gateway also takes the key as a url parameter


def test_the_gateway_can_hold_exact_keys(start_double) -> None:
    anon = project_key("anon")
    server = start_double(api_keys=[anon])
    with rest(server, key=anon) as http:
        passed = http.get("/peer_mentor_status", params={"limit": "1"})
    assert passed.json()["code"] == "42501"  # past the gateway; PostgREST refuses anon the table
    with rest(server, key=project_key("service_role")) as http:
        refused = http.get("/peer_mentor_status", params={"limit": "1"})
    assert refused.json() == {
        "message": "Invalid API key",
        "hint": "Double check your Supabase `anon` or `service_role` API key.",
    }


def test_jwt_expiry_allows_30_seconds_of_skew(double) -> None:
    now = int(time.time())
    with rest(double, token=signed({"role": "service_role", "exp": now - 10})) as http:
        assert http.get("/peer_mentor_status", params={"limit": "1"}).status_code == 200
    with rest(double, token=signed({"role": "service_role", "exp": now - 60})) as http:
        expired = http.get("/peer_mentor_status", params={"limit": "1"})
    assert expired.status_code == 401
    assert expired.json() == {"code": "PGRST303", "message": "JWT expired", "details": None, "hint": None}
    assert expired.headers["www-authenticate"] == 'Bearer error="invalid_token", error_description="JWT expired"'
    with rest(double, token=signed({"role": "service_role", "nbf": now + 60})) as http:
        assert http.get("/peer_mentor_status").json()["message"] == "JWT not yet valid"
    with rest(double, token=signed({"role": "service_role", "iat": now + 60})) as http:
        assert http.get("/peer_mentor_status").json()["message"] == "JWT issued at future"


@pytest.mark.parametrize(
    ("token", "code", "message"),
    [
        ("abc.def", "PGRST301", "Expected 3 parts in JWT; got 2"),
        ("quifquirndsjagnrgniur.fonvoienqhhdj.iuqvnvhojah", "PGRST301", "JWT cryptographic operation failed"),
        ("other-secret", "PGRST301", "No suitable key or wrong key type"),
        ("aud-number", "PGRST303", "The JWT 'aud' claim must be a string or an array of strings"),
    ],
)
def test_bad_tokens(double, token: str, code: str, message: str) -> None:
    tokens = {
        "other-secret": signed({"role": "service_role"}, secret="another-project-secret-with-at-least-32-characters"),
        "aud-number": signed({"role": "service_role", "aud": 7}),
    }
    with rest(double, token=tokens.get(token, token)) as http:
        response = http.get("/peer_mentor_status")
    assert response.status_code == 401
    assert (response.json()["code"], response.json()["message"]) == (code, message)
    assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')


def test_a_token_without_sub_or_role(double) -> None:
    """``sub`` is never required (no 500); no ``role`` claim means the anonymous role; an unknown role is 401."""
    no_sub = signed({"role": "authenticated", "exp": int(time.time()) + 60})
    with rest(double, key=project_key("anon"), token=no_sub) as http:
        listed = http.post("/rpc/list_mentor_statuses", json={"p_limit": 10})
    assert (listed.status_code, listed.json()) == (200, [])
    with rest(double, key=project_key("anon"), token=signed({"sub": str(uuid.uuid4())})) as http:
        anonymous = http.get("/peer_mentor_status", params={"limit": "1"})
    assert anonymous.status_code == 401  # anon may not read the table: 42501 as anon is 401
    assert anonymous.json()["code"] == "42501"
    assert anonymous.headers["www-authenticate"] == "Bearer"
    with rest(double, token=signed({"role": "nobody"})) as http:
        unknown = http.get("/peer_mentor_status", params={"limit": "1"})
    assert (unknown.status_code, unknown.json()["code"]) == (401, "22023")
    assert unknown.json()["message"] == 'role "nobody" does not exist'


# Outages ------------------------------------------------------------------------------------------------------------
@pytest.fixture
def proxy(database_url: str) -> Iterator[TcpProxy]:
    proxy = TcpProxy.for_database(database_url).start()
    yield proxy
    proxy.stop()


def _wait_for(condition: Callable[[], bool], timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def test_an_outage_is_answered_at_once_and_served_again_afterwards(start_double, proxy, database_url) -> None:
    server = start_double(proxy.url_for(authenticator_url(database_url)), reconnect_delay=0.05, reconnect_max_delay=0.1)
    with rest(server) as http:
        assert http.get("/peer_mentor_status", params={"limit": "1"}).status_code == 200
        proxy.cut()
        started = time.monotonic()
        lost = http.get("/peer_mentor_status", params={"limit": "1"})  # on the pooled connection, now dead
        assert lost.status_code == 503
        assert lost.json()["code"] == "PGRST001"
        assert lost.json()["message"] == "Database client error. Retrying the connection."
        assert lost.headers["retry-after"] == "0"
        _wait_for(lambda: not server.ready)  # the connection worker could not reload the schema cache
        no_cache = http.get("/peer_mentor_status", params={"limit": "1"})
        assert (no_cache.status_code, no_cache.json()["code"]) == (503, "PGRST002")
        assert no_cache.json()["message"] == "Could not query the database for the schema cache. Retrying."
        assert no_cache.headers["retry-after"] == "0"
        assert time.monotonic() - started < 2

        proxy.restore()
        _wait_for(lambda: server.ready)
        assert http.get("/peer_mentor_status", params={"limit": "1"}).status_code == 200


def test_a_double_started_without_its_database_answers_pgrst002_until_it_is_there(
    start_double, proxy, database_url
) -> None:
    proxy.cut()
    server = start_double(proxy.url_for(authenticator_url(database_url)), reconnect_delay=0.05, reconnect_max_delay=0.1)
    assert not server.ready
    with rest(server) as http:
        waiting = http.get("/peer_mentor_status", params={"limit": "1"})
        assert (waiting.status_code, waiting.json()["code"]) == (503, "PGRST002")
        proxy.restore()
        _wait_for(lambda: server.ready)
        assert http.get("/peer_mentor_status", params={"limit": "1"}).status_code == 200


def test_a_connection_that_cannot_be_opened_is_pgrst000(start_double, proxy, database_url) -> None:
    server = start_double(proxy.url_for(authenticator_url(database_url)), reconnect_delay=5)
    proxy.cut()
    server.pool.flush()  # no pooled connection left: the request must open one (hasql-pool's idle timeout does this)
    with rest(server) as http:
        refused = http.get("/peer_mentor_status", params={"limit": "1"})
    assert refused.status_code == 503
    body = refused.json()
    assert (body["code"], body["message"]) == ("PGRST000", "Database connection error. Retrying the connection.")
    assert "Connection refused" in body["details"]
    assert refused.headers["retry-after"] == "0"


def _wait_until_waiting_on_a_lock(admin: Conn, function: str) -> None:
    _wait_for(
        lambda: (
            admin.execute(
                "select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like %s", (f"%{function}%",)
            ).fetchone()
            is not None
        )
    )


def test_waiting_too_long_for_a_pool_connection_is_504_pgrst003(start_double, admin, database_url) -> None:
    mentor = roster.create_mentor(admin, roster.create_chapter(admin))
    server = start_double(pool_size=1, acquisition_timeout=0.2)
    holder = psycopg.connect(database_url)
    holder.execute("select 1 from public.peer_mentor_status where mentor_id = %s for update", (mentor,))

    def hold_the_only_connection() -> None:
        with rest(server) as http:
            http.post("/rpc/pause_mentor", json={"p_mentor_id": str(mentor), "p_reason": "Holding the connection"})

    busy = threading.Thread(target=hold_the_only_connection)
    busy.start()
    try:
        _wait_until_waiting_on_a_lock(admin, "pause_mentor")
        started = time.monotonic()
        with rest(server) as http:
            waited = http.get("/peer_mentor_status", params={"limit": "1"})
        assert time.monotonic() - started < 1.5
        assert waited.status_code == 504
        assert waited.json()["code"] == "PGRST003"
        assert waited.json()["message"] == "Timed out acquiring connection from connection pool."
        assert "retry-after" not in waited.headers  # only 503s carry it
    finally:
        holder.rollback()
        holder.close()
        busy.join()
