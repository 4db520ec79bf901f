"""The certification-expiry Edge Function (supabase/functions/certification-expiry), with the Deno that ./dev
installs into .tools: it type-checks, lints, is formatted, its unit tests pass, and its integration tests drive
the real handler over real HTTP (the PostgREST-compatible test server, or a real Supabase API when SUPABASE_URL is
set, as in tests/sdk) on the database under test, which is then checked here.

npm: modules are cached in .tools/deno-cache (DENO_DIR), so only the first run downloads supabase-js; the versions
are pinned by the function's deno.lock (``--frozen``: a stale lock fails instead of being rewritten).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
import psycopg
import pytest
from psycopg.rows import dict_row

from tests.postgrest_server.server import PostgrestTestServer
from tests.support import roster
from tests.support.db import authenticator_url
from tests.support.paths import REPO_ROOT, SUPABASE_DIR
from tests.support.tokens import jwt_secret, project_key

FUNCTION_DIR = SUPABASE_DIR / "functions" / "certification-expiry"
DENO_DIR = REPO_ROOT / ".tools" / "deno-cache"
SOURCES = ["index.ts", "index_test.ts", "integration_test.ts"]
Conn = psycopg.Connection[tuple[Any, ...]]


def deno_binary() -> str | None:
    pinned = REPO_ROOT / ".tools" / "node_modules" / ".bin" / "deno"
    return str(pinned) if pinned.exists() else shutil.which("deno")


DENO = deno_binary()
pytestmark = pytest.mark.skipif(
    DENO is None, reason="Deno is not installed: ./dev setup (or ./dev test) installs it into .tools/node_modules"
)

# What the function's environment may not inherit from ours: these select what the integration tests talk to.
FUNCTION_SETTINGS = (
    "SUPABASE_URL",
    "SUPABASE_SERVICE_ROLE_KEY",
    "SUPABASE_SECRET_KEY",
    "SUPABASE_SECRET_KEYS",
    "CERTIFICATION_EXPIRY_INTEGRATION",
    "CERTIFICATION_EXPIRY_TEST_LAPSED",
    "CERTIFICATION_EXPIRY_BATCH_SIZE",
    "CERTIFICATION_EXPIRY_TIME_BUDGET_MS",
)


def deno_env(settings: dict[str, str] | None = None) -> dict[str, str]:
    """Our environment without the function's settings, plus ``settings`` and the shared module cache."""
    DENO_DIR.mkdir(parents=True, exist_ok=True)
    ignore = DENO_DIR / ".gitignore"  # a cache that keeps itself out of git, like .pytest_cache
    if not ignore.exists():
        ignore.write_text("# Deno's module cache (DENO_DIR), filled by the test suite\n*\n")
    base = {k: v for k, v in os.environ.items() if k not in FUNCTION_SETTINGS}
    return base | {"DENO_DIR": str(DENO_DIR), "NO_COLOR": "1", "DENO_NO_UPDATE_CHECK": "1"} | (settings or {})


def deno(*args: str, env: dict[str, str] | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    assert DENO is not None
    return subprocess.run(
        [DENO, *args], cwd=FUNCTION_DIR, env=deno_env(env), capture_output=True, text=True, timeout=timeout, check=False
    )


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


# Static checks and unit tests ---------------------------------------------------------------------------------------
def test_type_checks() -> None:
    result = deno("check", "--frozen", *SOURCES)
    assert result.returncode == 0, output(result)


def test_lint_and_format() -> None:
    lint = deno("lint", *SOURCES)
    assert lint.returncode == 0, output(lint)
    fmt = deno("fmt", "--check", *SOURCES, "deno.json")
    assert fmt.returncode == 0, output(fmt)


def test_unit_tests_pass() -> None:
    # No integration settings in the environment: the integration tests are reported as ignored.
    result = deno("test", "--frozen", "--allow-env", "--allow-net", *SOURCES)
    assert result.returncode == 0, output(result)
    assert " 0 failed" in result.stdout, output(result)
    assert "2 ignored" in result.stdout, output(result)


def test_importing_the_function_starts_no_server() -> None:
    """The tests import index.ts: Deno.serve must run only when it is the entry point (else this would hang)."""
    result = deno("eval", "--frozen", 'await import("./index.ts"); console.log("imported")', timeout=60)
    assert result.returncode == 0, output(result)
    assert result.stdout.strip() == "imported", output(result)


def test_imports_only_npm_and_node_modules() -> None:
    """JSR and deno.land are not reachable from the machines that run this suite (nor needed)."""
    for name in SOURCES:
        specifiers = re.findall(r'^import .*?from "([^"]+)";$', (FUNCTION_DIR / name).read_text(), re.M | re.S)
        assert specifiers, name
        assert all(s.startswith(("npm:", "node:", "./")) for s in specifiers), (name, specifiers)


# Integration: the real handler over real HTTP on the database under test ---------------------------------------------
@dataclass
class Api:
    url: str
    service_key: str


@pytest.fixture(scope="module")
def api(database_url: str) -> Iterator[Api]:
    """The PostgREST side, as in tests/sdk: a real Supabase API when SUPABASE_URL is set, else the test server."""
    if os.environ.get("SUPABASE_URL"):
        yield Api(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])
        return
    server = PostgrestTestServer(authenticator_url(database_url), jwt_secret()).start()
    try:
        yield Api(server.url, project_key("service_role"))
    finally:
        server.stop()


@pytest.fixture
def admin_db(database_url: str) -> Iterator[Conn]:
    """Autocommit: the function sees the roster through its own connections."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


def scalar(db: Conn, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = db.execute(sql, params).fetchone()
    assert row is not None
    return row[0]


def organisation_today(db: Conn) -> dt.date:
    today: dt.date = scalar(db, "select private.today()")
    return today


def lapsed_unexpired(db: Conn) -> int:
    """What a run would expire now: ours, plus any lapsed mentor another test left behind."""
    return int(
        scalar(
            db,
            "select count(*) from public.peer_mentor_status "
            "where status <> 'certification_expired' and certification_expires_on < private.today()",
        )
    )


@dataclass
class Roster:
    lapsed: dict[UUID, dt.date]  # mentor -> last valid day
    valid: list[UUID]  # expires today or later: untouched


def build_roster(db: Conn, count: int) -> Roster:
    """``count`` lapsed mentors (active and paused, on a few dates, so batches cross dates) and two that stay valid.
    A mentor cannot be created active with a lapsed certification, so each lapses after it is created, as in life."""
    today = organisation_today(db)
    chapter = roster.create_chapter(db)
    lapsed: dict[UUID, dt.date] = {}
    for i in range(count):
        paused = i % 3 == 1
        mentor = roster.create_mentor(
            db, chapter, status="paused" if paused else "active", pause_reason="Holiday" if paused else None
        )
        last_valid_day = today - dt.timedelta(days=1 + i % 2 * 30)
        db.execute(
            "update public.peer_mentors set certification_expires_on = %s where id = %s", (last_valid_day, mentor)
        )
        lapsed[mentor] = last_valid_day
    valid = [
        roster.create_mentor(db, chapter, certification_expires_on=today),
        roster.create_mentor(db, chapter, certification_expires_on=today + dt.timedelta(days=30)),
    ]
    return Roster(lapsed, valid)


def run_integration(api: Api, test_name: str, lapsed: int) -> subprocess.CompletedProcess[str]:
    env = {
        "SUPABASE_URL": api.url,
        "SUPABASE_SERVICE_ROLE_KEY": api.service_key,
        "CERTIFICATION_EXPIRY_INTEGRATION": "1",
        "CERTIFICATION_EXPIRY_TEST_LAPSED": str(lapsed),
    }
    result = deno(
        "test", "--frozen", "--allow-env", "--allow-net", "--filter", test_name, "integration_test.ts", env=env
    )
    assert result.returncode == 0, output(result)
    assert "1 passed" in result.stdout and "0 failed" in result.stdout, output(result)
    return result


def new_runs(db: Conn, after_id: int) -> list[dict[str, Any]]:
    with db.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "select * from public.certification_expiry_runs where id > %s order by id", (after_id,)
        ).fetchall()


def assert_expired_once(db: Conn, built: Roster) -> None:
    for mentor, last_valid_day in built.lapsed.items():
        assert scalar(db, "select status from public.peer_mentor_status where mentor_id = %s", (mentor,)) == (
            "certification_expired"
        )
        expiries = db.execute(
            "select previous_status, note, changed_by from public.peer_mentor_status_log "
            "where mentor_id = %s and new_status = 'certification_expired'",
            (mentor,),
        ).fetchall()
        assert len(expiries) == 1, (mentor, expiries)
        previous, note, changed_by = expiries[0]
        assert previous in {"active", "paused"}
        assert note == f"certification expired on {last_valid_day.isoformat()}"
        assert changed_by is None  # service_role
    for mentor in built.valid:
        assert scalar(db, "select status from public.peer_mentor_status where mentor_id = %s", (mentor,)) == "active"


@contextlib.contextmanager
def served_function(env: dict[str, str]) -> Iterator[str]:
    """``deno run index.ts`` as Supabase runs it (the entry point, Deno.serve), on a free loopback port."""
    assert DENO is not None
    process = subprocess.Popen(
        [DENO, "run", "--frozen", "--allow-env", "--allow-net", "index.ts"],
        cwd=FUNCTION_DIR,
        env=deno_env(env | {"DENO_SERVE_ADDRESS": "tcp:127.0.0.1:0"}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        deadline = time.monotonic() + 60
        url = None
        while url is None and time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([process.stderr], [], [], 0.5)
            if ready:
                found = re.search(r"Listening on (http://\S+?)/?$", process.stderr.readline().strip())
                url = found.group(1) if found else None
        assert url is not None, f"the function did not start (exit {process.poll()})"
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.slow
def test_the_served_entry_point_answers_over_http(api: Api, admin_db: Conn) -> None:
    last_run = int(scalar(admin_db, "select coalesce(max(id), 0) from public.certification_expiry_runs"))
    env = {"SUPABASE_URL": api.url, "SUPABASE_SERVICE_ROLE_KEY": api.service_key}
    with served_function(env) as url, httpx.Client(base_url=url, timeout=60) as http:
        assert http.get("/").status_code == 405
        refused = http.post("/", json={}, headers={"Authorization": f"Bearer {project_key('anon')}"})
        assert refused.status_code == 401
        assert "secret key" in refused.json()["error"]
        assert http.post("/", content="nope", headers={"apikey": api.service_key}).status_code == 400
        answer = http.post("/", json={}, headers={"Authorization": f"Bearer {api.service_key}"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert set(body) == {"run_id", "batches", "processed", "expired", "done", "cursor"}
    assert body["done"] is True
    assert set(body["cursor"]) == {"after_date", "after_mentor"}
    assert [(r["id"], r["host"]) for r in new_runs(admin_db, last_run)] == [(body["run_id"], "edge")]


@pytest.mark.slow
def test_the_function_expires_every_lapsed_mentor_in_one_run(api: Api, admin_db: Conn) -> None:
    last_run = int(scalar(admin_db, "select coalesce(max(id), 0) from public.certification_expiry_runs"))
    built = build_roster(admin_db, 5)
    expected = lapsed_unexpired(admin_db)  # 5, unless another test left lapsed mentors behind
    assert expected >= len(built.lapsed)

    run_integration(api, "integration: one invocation", expected)

    runs = new_runs(admin_db, last_run)
    assert len(runs) == 1
    run = runs[0]
    assert run["host"] == "edge"
    assert run["finished_at"] is not None
    assert run["error"] is None
    assert run["started_by"] is None  # service_role
    assert run["run_date"] == organisation_today(admin_db)
    assert run["expired"] == expected
    assert run["batches"] == 1
    assert_expired_once(admin_db, built)
    assert lapsed_unexpired(admin_db) == 0


@pytest.mark.slow
def test_a_tiny_budget_stops_early_and_the_next_invocation_resumes_the_same_run(api: Api, admin_db: Conn) -> None:
    last_run = int(scalar(admin_db, "select coalesce(max(id), 0) from public.certification_expiry_runs"))
    built = build_roster(admin_db, 5)
    expected = lapsed_unexpired(admin_db)

    # First invocation: batch size 2, budget 1 ms (one batch, 202); second: resumes run and cursor to the end.
    run_integration(api, "integration: a run stopped by its time budget", expected)

    runs = new_runs(admin_db, last_run)
    assert len(runs) == 1, "the second invocation resumed the first one's run instead of starting another"
    run = runs[0]
    assert run["host"] == "edge"
    assert run["finished_at"] is not None
    assert run["error"] is None
    assert run["expired"] == expected
    assert run["batches"] == expected // 2 + 1
    assert_expired_once(admin_db, built)
    assert lapsed_unexpired(admin_db) == 0
