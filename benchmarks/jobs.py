"""The nightly certification expiry on a large roster, on every host that runs here, beside a plain UPDATE.

Roster: ``--mentors`` mentors (1,000,000 by default) in mentors/500 chapters: about 8 % paused, 2 % already
``certification_expired``, 10 % with no certification date (never lapses), the rest valid for up to 1,000 more
days; exactly 1 % (every 100th mentor, active or paused) has lapsed, on four different dates (1, 2, 8 and 31
days ago). Lapses are made the way they happen: a mentor is created valid, then the date moves into the past.

Measured, in rounds that rotate the order, each from the same state (see "Between measurements"):

1. pg_cron's host: ``call private.run_certification_expiry('manual', <batch size>)`` on an autocommit
   connection as ``postgres`` (pg_cron runs exactly this statement); total time. The procedure keeps no per-batch
   timing, so its batches are also driven one by one from SQL (``private.expire_certification_batch`` in a loop,
   each call its own transaction, as in the procedure): total and per-batch times.
2. The Python runner: ``AsyncMentorPauseClient.from_database_url(<authenticator>, Identity.service())`` then
   ``run_certification_expiry(batch_size=..., on_batch=...)``: total, and per batch the time between callbacks.
3. The Edge Function (``supabase/functions/certification-expiry/index.ts`` served by ``deno run``, as Supabase
   runs it) through the suite's PostgREST test server: POSTs until it answers 200 (202 means it stopped for its
   time budget and is called again with its cursor); total, and per batch the server-side time of each
   ``/rpc/expire_certification_batch`` request (timed by an ASGI middleware on the test server). Skipped
   without Deno.
4. The baseline: one transaction ``update public.peer_mentor_status set status = 'certification_expired' where
   <lapsed>`` as ``postgres``: the same rows, the same triggers (state machine, history, ...), no batching.

After each host's night, the same host runs 5 empty nights (nothing lapsed): the first, right after the busy
night, and the median of the others. Then the empty night of the core: one ``expire_certification_batch`` of a
fresh run, timed right after a run, then ``--empty-runs`` more (median), then again after ``vacuum``; and the plan of
its lapsed-mentor selection.

Between measurements the lapsed mentors are put back exactly as they were before (status, pause details) by owner
SQL with the table's triggers disabled for that one statement (no history row, no outbox entry: the restore is
not a transition), then ``vacuum analyze`` so the next host finds no dead tuples or dead index entries. (A fresh
copy per host with ``create database ... template`` is not possible here: pg_cron's launcher stays connected to
the ``postgres`` database, and a template must have no other sessions.)

Targets (issue: nightly certification expiry): a 10,000-mentor night under 2x the plain UPDATE, slowest batch
under 0.5 s, an empty night under 10 ms. ``python -m benchmarks jobs`` runs the full size; ``--smoke`` a tiny one
for CI (20,000 mentors, batches of 50).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import select
import shutil
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
from psycopg import sql
from tests.postgrest_server.server import PostgrestTestServer
from tests.support.db import authenticator_url
from tests.support.tokens import jwt_secret, project_key

from mentor_pause import AsyncMentorPauseClient, Identity
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

REPO_ROOT = Path(__file__).resolve().parent.parent
FUNCTION_DIR = REPO_ROOT / "supabase" / "functions" / "certification-expiry"
DENO_DIR = REPO_ROOT / ".tools" / "deno-cache"

TARGET_RATIO = 2.0
TARGET_BATCH_S = 0.5
TARGET_EMPTY_MS = 10.0
EMPTY_NIGHTS = 5  # whole runs with nothing lapsed, after each host's run: the first, then the median of the rest

MENTOR = "('00000000-0000-4000-a000-' || lpad(({})::text, 12, '0'))::uuid"
CHAPTER = "('00000000-0000-4000-9000-' || lpad(({})::text, 12, '0'))::uuid"
LAPSED = "status <> 'certification_expired' and certification_expires_on < private.today()"
# The lapsed-mentor selection of private.expire_certification_batch, for its first batch.
SELECTION = (
    "select s.mentor_id, s.certification_expires_on from public.peer_mentor_status s "
    "where s.status <> 'certification_expired' and s.certification_expires_on < %(today)s "
    "and (s.certification_expires_on, s.mentor_id) > ('-infinity'::date, '00000000-0000-0000-0000-000000000000'::uuid) "
    "order by s.certification_expires_on, s.mentor_id limit %(limit)s for update skip locked"
)


def scalar(conn: psycopg.Connection[Any], query: str) -> Any:
    row = conn.execute(query.encode()).fetchone()
    assert row is not None, query
    return row[0]


# -- the roster ----------------------------------------------------------------------------------------------------
def load_roster(conn: psycopg.Connection, mentors: int, chapters: int) -> int:
    """Bulk-load the roster (one transaction); returns how many mentors have lapsed and are not expired yet."""
    today = scalar(conn, "select private.today()")
    # The plan of every mentor: d spreads statuses pseudo-randomly; every 100th mentor lapses.
    conn.execute(
        "create table bench_roster as "
        f"select g, {MENTOR.format('g')} as id, {CHAPTER.format('1 + g %% %(chapters)s')} as chapter_id, "
        "g %% 100 = 50 as lapses, "
        "%(today)s::date - (array[1, 2, 8, 31])[1 + (g / 100) %% 4] as lapsed_on, "
        "case when g %% 100 <> 50 and d < 200 then 'certification_expired' when d < 1000 then 'paused' "
        "else 'active' end as status, "
        "case when g %% 100 <> 50 and d < 200 then %(today)s::date - 30 - g %% 700 "
        "when g %% 100 <> 50 and d < 2000 then null else %(today)s::date + g %% 1000 end as certified_until, "
        "d "
        "from (select g, abs(hashint4(g)) %% 10000 as d from generate_series(1, %(mentors)s) g) s",
        {"today": today, "chapters": chapters, "mentors": mentors},
    )
    conn.execute(
        f"insert into public.chapters (id, name) select {CHAPTER.format('g')}, 'Bench chapter ' || g "
        "from generate_series(1, %s) g",
        (chapters,),
    )
    conn.execute(
        "insert into public.peer_mentors (id, display_name, certification_expires_on) "
        "select id, 'Bench mentor ' || g, certified_until from bench_roster"
    )
    conn.execute(
        "insert into public.chapter_memberships (mentor_id, chapter_id) select id, chapter_id from bench_roster"
    )
    # Every other paused mentor has an expected return date.
    conn.execute(
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, expected_return_date) "
        "select id, chapter_id, status, case when status = 'paused' then 'Bench pause' end, "
        "case when status = 'paused' and g %% 2 = 0 then %s::date + 30 + g %% 100 end from bench_roster",
        (today,),
    )
    # Now the 1 % lapse (the trigger copies the date onto their status rows).
    conn.execute(
        "update public.peer_mentors p set certification_expires_on = r.lapsed_on from bench_roster r "
        "where r.lapses and p.id = r.id"
    )
    # What the lapsed mentors look like before a run: every measurement starts from this.
    conn.execute(
        "create table bench_lapsed as select mentor_id, status, pause_reason, expected_return_date, paused_at, "
        f"activated_by, last_request_id from public.peer_mentor_status where {LAPSED}"
    )
    conn.execute("alter table bench_lapsed add primary key (mentor_id)")
    conn.execute("drop table bench_roster")
    # No nightly job firing in the middle of a measurement.
    if conn.execute("select 1 from pg_extension where extname = 'pg_cron'").fetchone():
        conn.execute("select cron.unschedule(jobid) from cron.job where jobname = 'mentor-pause-certification-expiry'")
    return int(scalar(conn, "select count(*) from bench_lapsed"))


def restore(url: str, lapsed: int) -> None:
    """Put the lapsed mentors back as they were before the run, then vacuum: the next host starts from the same
    state. Owner SQL with the table's triggers off for that one statement: the transition trigger refuses
    certification_expired -> active|paused while the certification has lapsed, and the restore is not a
    transition (no history row, no other side effect). Each trigger gets its own mode back (most are ENABLE
    ALWAYS)."""
    enable = {"O": "enable", "A": "enable always", "R": "enable replica"}
    with psycopg.connect(url, autocommit=True) as conn:
        with conn.transaction():
            triggers = conn.execute(
                "select tgname, tgenabled from pg_trigger "
                "where tgrelid = 'public.peer_mentor_status'::regclass and not tgisinternal and tgenabled <> 'D'"
            ).fetchall()
            for name, _ in triggers:
                conn.execute(
                    sql.SQL("alter table public.peer_mentor_status disable trigger {}").format(sql.Identifier(name))
                )
            restored = conn.execute(
                "update public.peer_mentor_status s set status = b.status, pause_reason = b.pause_reason, "
                "expected_return_date = b.expected_return_date, paused_at = b.paused_at, "
                "activated_by = b.activated_by, last_request_id = b.last_request_id "
                "from bench_lapsed b where s.mentor_id = b.mentor_id and s.status = 'certification_expired'"
            ).rowcount
            for name, mode in triggers:
                conn.execute(
                    sql.SQL("alter table public.peer_mentor_status {} trigger {}").format(
                        sql.SQL(enable[mode]), sql.Identifier(name)
                    )
                )
        assert restored == lapsed, (restored, lapsed)
        conn.execute("vacuum analyze")  # every table a run touched: status rows, and whatever its triggers write
        conn.execute("checkpoint")


def lapsed_left(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return int(scalar(conn, f"select count(*) from public.peer_mentor_status where {LAPSED}"))


# -- the hosts -----------------------------------------------------------------------------------------------------
@dataclass
class Measurement:
    total: float  # seconds, the whole night
    batches: list[float] = field(default_factory=list)  # seconds per batch, when the host lets us see them
    expired: int = 0
    empty: list[float] = field(default_factory=list)  # seconds of whole runs with nothing lapsed, right after
    note: str = ""


def host_procedure(url: str, batch_size: int, *, empty_nights: int = EMPTY_NIGHTS) -> Measurement:
    """pg_cron's statement, on one connection as the owner; then empty nights the same way."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("select 1")
        started = time.perf_counter()
        conn.execute("call private.run_certification_expiry('manual', %s)", (batch_size,))
        total = time.perf_counter() - started
        run = conn.execute(
            "select batches, expired from public.certification_expiry_runs order by id desc limit 1"
        ).fetchone()
        assert run is not None
        empty = []
        for _ in range(empty_nights):
            started = time.perf_counter()
            conn.execute("call private.run_certification_expiry('manual', %s)", (batch_size,))
            empty.append(time.perf_counter() - started)
    return Measurement(total, [], int(run[1]), empty, f"{run[0]} batches")


def host_sql_batches(url: str, batch_size: int) -> Measurement:
    """The procedure's loop, driven from the client so each batch can be timed: same calls, same transactions."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("select 1")
        batches: list[float] = []
        started = time.perf_counter()
        run_id = scalar(conn, "select private.start_certification_expiry_run('manual')")
        after_date, after_mentor, expired = None, None, 0
        while True:
            batch_started = time.perf_counter()
            row = conn.execute(
                "select expired, next_after_date, next_after_mentor, done "
                "from private.expire_certification_batch(%s::bigint, %s::date, %s::uuid, %s::int)",
                (run_id, after_date, after_mentor, batch_size),
            ).fetchone()
            batches.append(time.perf_counter() - batch_started)
            assert row is not None
            expired += row[0]
            if row[3]:
                break
            after_date, after_mentor = row[1], row[2]
        total = time.perf_counter() - started
    return Measurement(total, batches, expired)


async def _python(url: str, batch_size: int) -> Measurement:
    async with AsyncMentorPauseClient.from_database_url(url, Identity.service(), pool_size=1) as client:
        await client.expiry_runs(1)  # open the pool outside the timing
        batches: list[float] = []
        last = time.perf_counter()

        def on_batch(_: object) -> None:
            nonlocal last
            now = time.perf_counter()
            batches.append(now - last)
            last = now

        started = last = time.perf_counter()
        run = await client.run_certification_expiry(batch_size=batch_size, on_batch=on_batch)
        total = time.perf_counter() - started
        empty = []
        for _ in range(EMPTY_NIGHTS):
            started = time.perf_counter()
            await client.run_certification_expiry(batch_size=batch_size)
            empty.append(time.perf_counter() - started)
    return Measurement(total, batches, run.expired, empty)


def host_python(url: str, batch_size: int) -> Measurement:
    return asyncio.run(_python(url, batch_size))


class BatchTimer:
    """ASGI middleware for the PostgREST test server: the server-side time of each expire_certification_batch."""

    def __init__(self, app: Any, sink: list[float]) -> None:
        self.app, self.sink = app, sink

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or not scope.get("path", "").endswith("/rpc/expire_certification_batch"):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Any) -> None:
            # Before the last byte goes out: once the function has it, it may finish before we get to run again.
            if message.get("type") == "http.response.body" and not message.get("more_body", False):
                self.sink.append(time.perf_counter() - started)
            await send(message)

        await self.app(scope, receive, timed_send)


def deno_binary() -> str | None:
    pinned = REPO_ROOT / ".tools" / "node_modules" / ".bin" / "deno"
    return str(pinned) if pinned.exists() else shutil.which("deno")


@contextlib.contextmanager
def edge_function(database_url: str) -> Iterator[tuple[str, str, list[float]] | None]:
    """The test server (timing its batch requests) and ``deno run index.ts`` on a free port: (function URL,
    service key, batch times); None without Deno."""
    deno = deno_binary()
    if deno is None:
        yield None
        return
    sink: list[float] = []
    server = PostgrestTestServer(authenticator_url(database_url), jwt_secret())
    server.app.add_middleware(BatchTimer, sink=sink)
    server.start()
    key = project_key("service_role")
    DENO_DIR.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUPABASE_", "CERTIFICATION_EXPIRY_"))} | {
        "SUPABASE_URL": server.url,
        "SUPABASE_SERVICE_ROLE_KEY": key,
        "DENO_DIR": str(DENO_DIR),
        "DENO_SERVE_ADDRESS": "tcp:127.0.0.1:0",
        "DENO_NO_UPDATE_CHECK": "1",
        "NO_COLOR": "1",
    }
    process = subprocess.Popen(
        [deno, "run", "--frozen", "--allow-env", "--allow-net", "--allow-read", "index.ts"],
        cwd=FUNCTION_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        deadline, url = time.monotonic() + 120, None
        while url is None and time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([process.stderr], [], [], 0.5)
            if ready:
                found = re.search(r"Listening on (http://\S+?)/?$", process.stderr.readline().strip())
                url = found.group(1) if found else None
        if url is None:
            raise RuntimeError(f"the Edge Function did not start (exit {process.poll()})")
        stderr = process.stderr
        threading.Thread(target=stderr.read, daemon=True).start()  # keep its stderr pipe drained
        yield url, key, sink
    finally:
        process.terminate()
        process.wait(timeout=10)
        server.stop()


def host_edge(function: tuple[str, str, list[float]], batch_size: int) -> Measurement:
    url, key, sink = function
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, timeout=300) as http:
        http.get("/")  # connect outside the timing (405)

        def night() -> tuple[float, int, int]:
            invocations, expired = 0, 0
            started = time.perf_counter()
            answer = http.post("/", json={"batch_size": batch_size}, headers=headers)
            while True:
                invocations += 1
                assert answer.status_code in (200, 202), answer.text
                body = answer.json()
                expired += body["expired"]
                if answer.status_code == 200:
                    break
                answer = http.post(
                    "/",
                    json={"run_id": body["run_id"], "cursor": body["cursor"], "batch_size": batch_size},
                    headers=headers,
                )
            return time.perf_counter() - started, invocations, expired

        sink.clear()
        total, invocations, expired = night()
        batches = list(sink)
        empty = [night()[0] for _ in range(EMPTY_NIGHTS)]
    return Measurement(total, batches, expired, empty, f"{invocations} invocation(s)")


def plain_update(url: str) -> Measurement:
    """The baseline: the same rows in one transaction, with the same triggers."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("select 1")
        started = time.perf_counter()
        with conn.transaction():
            rows = conn.execute(
                f"update public.peer_mentor_status set status = 'certification_expired' where {LAPSED}"
            ).rowcount
        return Measurement(time.perf_counter() - started, [], rows)


# -- the empty night -------------------------------------------------------------------------------------------------
def empty_batches(url: str, runs: int, batch_size: int) -> list[float]:
    """Seconds of one batch of a fresh run with nothing lapsed (the run itself is started outside the timing)."""
    times = []
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(runs):
            run_id = scalar(conn, "select private.start_certification_expiry_run('manual')")
            started = time.perf_counter()
            row = conn.execute(
                "select processed, done from private.expire_certification_batch(%s::bigint, null, null, %s::int)",
                (run_id, batch_size),
            ).fetchone()
            times.append(time.perf_counter() - started)
            assert row == (0, True), row
    return times


def selection_plan(url: str, limit: int) -> str:
    with psycopg.connect(url) as conn:
        today = scalar(conn, "select private.today()")
        rows = conn.execute(
            "explain (analyze, buffers, costs off) " + SELECTION, {"today": today, "limit": limit}
        ).fetchall()
        conn.rollback()
    return "\n".join(str(r[0]) for r in rows)


# -- the run ---------------------------------------------------------------------------------------------------------
def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def run(mentors: int, batch_size: int, rounds: int, empty_runs: int) -> dict[str, Any]:
    chapters = max(1, mentors // 500)
    with LocalStack.throwaway(SupabaseProject.discover(), prefix="mentor-pause-bench-") as stack:
        stack.start()
        url, service_url = stack.url, authenticator_url(stack.url)
        with psycopg.connect(url, autocommit=True) as conn:
            started = time.perf_counter()
            with conn.transaction():
                lapsed = load_roster(conn, mentors, chapters)
            conn.execute("vacuum analyze")
            conn.execute("checkpoint")
            load_seconds = time.perf_counter() - started
            counts: dict[str, int] = dict(
                conn.execute("select status, count(*) from public.peer_mentor_status group by status").fetchall()
            )
            # tgtype bit 16: fires on UPDATE
            triggers = [
                name
                for (name,) in conn.execute(
                    "select tgname from pg_trigger where tgrelid = 'public.peer_mentor_status'::regclass "
                    "and not tgisinternal and tgtype & 16 <> 0 order by tgname"
                ).fetchall()
            ]
            version = scalar(conn, "show server_version")
        print(
            f"roster: {sum(counts.values()):,} mentors in {chapters:,} chapters "
            f"({', '.join(f'{v:,} {k}' for k, v in sorted(counts.items()))}); {lapsed:,} lapsed, not yet expired; "
            f"loaded in {load_seconds:.0f} s; batch size {batch_size}"
        )
        print(f"PostgreSQL {version}; update triggers on peer_mentor_status: {', '.join(triggers)}")
        with edge_function(url) as function:
            hosts: dict[str, tuple[str, Callable[[], Measurement]]] = {
                "pg_cron": ("pg_cron procedure (CALL)", lambda: host_procedure(url, batch_size)),
                "sql_batches": ("its batches, one by one from SQL", lambda: host_sql_batches(url, batch_size)),
                "python": ("Python runner (SDK)", lambda: host_python(service_url, batch_size)),
            }
            if function is not None:
                hosts["edge"] = ("Edge Function (test server)", lambda: host_edge(function, batch_size))
            else:
                print("Edge Function: skipped (no Deno: ./dev setup installs it into .tools/node_modules)")
            hosts["plain_update"] = ("plain UPDATE, one transaction", lambda: plain_update(url))
            results: dict[str, list[Measurement]] = {key: [] for key in hosts}
            ratios: dict[str, list[float]] = {key: [] for key in hosts}
            keys = list(hosts)
            for round_no in range(rounds):
                shift = round_no % len(keys)
                this_round: dict[str, Measurement] = {}
                for key in keys[shift:] + keys[:shift]:  # rotate, so no host always goes first
                    measured = hosts[key][1]()
                    assert measured.expired == lapsed, (key, measured.expired, lapsed)
                    assert lapsed_left(url) == 0, key
                    this_round[key] = measured
                    restore(url, lapsed)
                for key, measured in this_round.items():
                    results[key].append(measured)
                    ratios[key].append(measured.total / this_round["plain_update"].total)
                print(
                    f"round {round_no + 1}/{rounds}: "
                    + ", ".join(f"{key} {this_round[key].total:.2f} s" for key in keys)
                )

            print(
                f"{lapsed:,} expirations; median of {rounds} round(s); ratio: total / plain UPDATE of the same round "
                f"(target < {TARGET_RATIO:.0f}x); slowest batch over all rounds (target < {TARGET_BATCH_S} s)"
            )
            summary: dict[str, Any] = {"mentors": mentors, "lapsed": lapsed, "batch_size": batch_size}
            for key, nights in results.items():
                label = hosts[key][0]
                total = statistics.median(m.total for m in nights)
                summary[f"{key}_s"] = total
                line = f"  {label + ':':<36} total {total:6.2f} s"
                if key != "plain_update":
                    ratio = statistics.median(ratios[key])
                    summary[f"{key}_ratio"] = ratio
                    line += f" = {ratio:.2f}x plain UPDATE ({', '.join(f'{r:.2f}' for r in ratios[key])})"
                batches = [b for m in nights for b in m.batches]
                if batches:
                    slowest = max(batches)
                    summary[f"{key}_slowest_batch_s"] = slowest
                    line += (
                        f"; {len(batches) // len(nights)} batches, median {ms(statistics.median(batches))}, "
                        f"slowest {ms(slowest)}"
                    )
                if nights[0].empty:
                    first = statistics.median(m.empty[0] for m in nights)
                    later = statistics.median(e for m in nights for e in m.empty[1:])
                    summary[f"{key}_empty_night_first_ms"] = first * 1000
                    summary[f"{key}_empty_night_ms"] = later * 1000
                    line += f"; whole empty night: right after {ms(first)}, then {ms(later)}"
                if nights[0].note:
                    line += f" [{nights[0].note}]"
                print(line)

        # The empty night, on the core: right after a run, then once the dead index entries are gone.
        host_procedure(url, batch_size, empty_nights=0)
        first = empty_batches(url, 1, batch_size)[0]
        warm = empty_batches(url, empty_runs, batch_size)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("vacuum analyze public.peer_mentor_status")
        vacuumed = empty_batches(url, empty_runs, batch_size)
        plan = selection_plan(url, batch_size)
        print(
            f"empty night, one expire_certification_batch of a fresh run (target < {TARGET_EMPTY_MS:.0f} ms): "
            f"first call right after a {lapsed:,}-mentor run {ms(first)}; then median {ms(statistics.median(warm))} "
            f"(max {ms(max(warm))}); after vacuum median {ms(statistics.median(vacuumed))} "
            f"(max {ms(max(vacuumed))}), {empty_runs} calls each"
        )
        print(f"load average at the end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        uses_index = "Index Scan using peer_mentor_status_lapse_idx" in plan
        print(
            f"plan of the batch's lapsed-mentor selection (index scan on peer_mentor_status_lapse_idx: {uses_index}):"
        )
        print(plan)
        return summary | {
            "empty_night_first_ms": first * 1000,
            "empty_night_ms": statistics.median(warm) * 1000,
            "empty_night_vacuumed_ms": statistics.median(vacuumed) * 1000,
            "lapse_index_scan": uses_index,
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentors", type=int, default=1_000_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--empty-runs", type=int, default=20)
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI: 20,000 mentors, batches of 50")
    args = parser.parse_args(argv)
    if args.smoke:
        args.mentors, args.batch_size, args.rounds, args.empty_runs = 20_000, 50, 1, 5
    print(json.dumps(run(args.mentors, args.batch_size, args.rounds, args.empty_runs)))


if __name__ == "__main__":
    main()
