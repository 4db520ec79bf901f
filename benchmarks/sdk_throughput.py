"""SDK write throughput against pgbench, and the cost of typed results, measured side by side in one run.

1. Transitions per second: 8 concurrent workers pause and resume their own mentors through the SDK's Postgres
   transport (async client, acting as a coordinator, so every call runs the RPC's authorization checks, the
   state-machine trigger and the history trigger). The same database then runs ``pgbench`` with 8 clients on an
   equivalent transaction: update one status row, insert one history row. Rounds alternate (SDK, pgbench,
   SDK, pgbench); printed is each side's best round and their ratio. Target: SDK / pgbench >= 0.5.
2. Typed parsing overhead: a 10,000-row listing read as raw psycopg rows versus through the SDK (Postgres
   transport read + pydantic models). Target: <= 1.5x.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from psycopg.rows import dict_row

from mentor_pause import AsyncMentorPauseClient, Identity
from mentor_pause._async.client import _STATUSES
from mentor_pause.local.cluster import SUPERUSER_PASSWORD
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack
from mentor_pause.retry import NO_RETRY

WORKERS = 8

PGBENCH_SETUP = """
create table bench_status (id int primary key, status text not null, pause_reason text, activated_by uuid,
                           updated_at timestamptz not null default now());
create table bench_log (id bigint generated always as identity primary key, mentor_id int not null,
                        previous_status text, new_status text not null, pause_reason text, changed_by uuid,
                        changed_at timestamptz not null default now());
create index on bench_log (mentor_id, id);
insert into bench_status (id, status) select g, 'active' from generate_series(1, {rows}) g;
"""
# Our RPCs driven by pgbench's C client: the database's own cost of a checked transition (two per transaction).
PGBENCH_RPC_SCRIPT = """\\set i random(1, {rows})
BEGIN;
SELECT set_config('role', 'authenticated', true),
       set_config('request.jwt.claims', '{{"sub": "{coordinator}", "role": "authenticated"}}', true);
SELECT status FROM public.pause_mentor((SELECT mentor_id FROM bench_ids WHERE n = :i), 'Bench');
SELECT status FROM public.resume_mentor((SELECT mentor_id FROM bench_ids WHERE n = :i));
END;
"""
PGBENCH_SCRIPT = """\\set m random(1, {rows})
BEGIN;
UPDATE bench_status SET status = CASE WHEN status = 'active' THEN 'paused' ELSE 'active' END,
       pause_reason = 'Bench', activated_by = '00000000-0000-4000-8000-000000000001', updated_at = now()
 WHERE id = :m;
INSERT INTO bench_log (mentor_id, previous_status, new_status, pause_reason, changed_by)
     VALUES (:m, 'active', 'paused', 'Bench', '00000000-0000-4000-8000-000000000001');
END;
"""


def authenticator(url: str) -> str:
    return url.replace(f"postgres:{SUPERUSER_PASSWORD}@", f"authenticator:{SUPERUSER_PASSWORD}@", 1)


def make_roster(conn: psycopg.Connection, mentors: int) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    chapter, coordinator = uuid.uuid4(), uuid.uuid4()
    conn.execute("insert into public.chapters (id, name) values (%s, %s)", (chapter, f"Bench {chapter}"))
    conn.execute("insert into auth.users (id, aud, role) values (%s, 'authenticated', 'authenticated')", (coordinator,))
    conn.execute("insert into public.user_roles (user_id, role) values (%s, 'coordinator')", (coordinator,))
    conn.execute(
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) values (%s, %s)", (coordinator, chapter)
    )
    ids = [uuid.uuid4() for _ in range(mentors)]
    with conn.cursor() as cur:
        cur.executemany(
            "insert into public.peer_mentors (id, display_name, certification_expires_on) "
            "values (%s, 'Bench mentor', current_date + 365)",
            [(m,) for m in ids],
        )
        cur.executemany(
            "insert into public.chapter_memberships (mentor_id, chapter_id) values (%s, %s)",
            [(m, chapter) for m in ids],
        )
        cur.executemany(
            "insert into public.peer_mentor_status (mentor_id, chapter_id) values (%s, %s)", [(m, chapter) for m in ids]
        )
    return chapter, coordinator, ids


async def sdk_round(url: str, coordinator: uuid.UUID, mentors: list[uuid.UUID], seconds: float) -> float:
    """Transitions per second: each worker alternates pause/resume over its own slice of mentors."""
    client = AsyncMentorPauseClient.from_database_url(
        authenticator(url), Identity.user(coordinator), pool_size=WORKERS, retry=NO_RETRY
    )
    async with client:
        await client.get_status(mentors[0])  # open the pool
        deadline = time.perf_counter() + seconds
        counts = [0] * WORKERS

        async def worker(index: int) -> None:
            mine = mentors[index::WORKERS]
            paused = False
            while time.perf_counter() < deadline:
                for mentor in mine:
                    if paused:
                        await client.resume(mentor)
                    else:
                        await client.pause(mentor, "Bench")
                    counts[index] += 1
                paused = not paused

        started = time.perf_counter()
        await asyncio.gather(*(worker(i) for i in range(WORKERS)))
        return sum(counts) / (time.perf_counter() - started)


def pgbench_round(stack: LocalStack, seconds: float, script_text: str) -> float:
    port = stack.cluster.running_port()
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
        script.write(script_text)
    try:
        result = subprocess.run(
            [
                stack.cluster.binaries.tool("pgbench"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "-n",
                "-c",
                str(WORKERS),
                "-j",
                "2",
                "-T",
                str(int(seconds)),
                "-f",
                script.name,
                "postgres",
            ],
            capture_output=True,
            text=True,
            env=os.environ | {"PGPASSWORD": SUPERUSER_PASSWORD},
            check=True,
        )
    finally:
        Path(script.name).unlink()
    match = re.search(r"tps = ([\d.]+)", result.stdout)
    return float(match.group(1)) if match else 0.0


def parsing_overhead(url: str, chapter: uuid.UUID, repeats: int) -> dict[str, float]:
    """Median seconds to read the chapter's rows on one connection, as service_role: raw psycopg tuples, raw
    psycopg dicts (what the SDK's Postgres transport fetches), and those dicts parsed into SDK models."""
    query = "select * from public.peer_mentor_status where chapter_id = %s"
    timings: dict[str, list[float]] = {"tuples": [], "dicts": [], "models": []}
    with psycopg.connect(authenticator(url), autocommit=True) as conn:
        conn.execute("set role service_role")
        for _ in range(repeats):
            rows, dicts, models = [], [], []
            gc.collect()  # each measurement starts from the same heap, so no side pays for the other's garbage
            started = time.perf_counter()
            rows = conn.execute(query, (chapter,)).fetchall()
            timings["tuples"].append(time.perf_counter() - started)
            with conn.cursor(row_factory=dict_row) as cur:
                gc.collect()
                started = time.perf_counter()
                dicts = cur.execute(query, (chapter,)).fetchall()
                timings["dicts"].append(time.perf_counter() - started)
                gc.collect()
                started = time.perf_counter()
                models = _STATUSES.validate_python(cur.execute(query, (chapter,)).fetchall())
                timings["models"].append(time.perf_counter() - started)
            assert len(rows) == len(dicts) == len(models)
    return {name: statistics.median(values) for name, values in timings.items()} | {"rows": len(rows)}


def run(seconds: float, rounds: int, listing_rows: int, repeats: int) -> dict[str, float]:
    with LocalStack.throwaway(SupabaseProject.discover(), prefix="mentor-pause-bench-") as stack:
        stack.start()
        with psycopg.connect(stack.url, autocommit=True) as conn:
            _, coordinator, mentors = make_roster(conn, WORKERS * 25)
            listing_chapter, _, _ = make_roster(conn, listing_rows)
            conn.execute(PGBENCH_SETUP.format(rows=len(mentors)).encode())
            conn.execute("create table bench_ids (n int primary key, mentor_id uuid not null)")
            with conn.cursor() as cur:
                cur.executemany("insert into bench_ids values (%s, %s)", list(enumerate(mentors, start=1)))
            conn.execute("vacuum analyze")
        plain_script = PGBENCH_SCRIPT.format(rows=len(mentors))
        rpc_script = PGBENCH_RPC_SCRIPT.format(rows=len(mentors), coordinator=coordinator)
        sdk, bench, rpc = [], [], []
        for _ in range(rounds):
            sdk.append(asyncio.run(sdk_round(stack.url, coordinator, mentors, seconds)))
            bench.append(pgbench_round(stack, seconds, plain_script))
            with psycopg.connect(stack.url, autocommit=True) as conn:  # the SDK round may end mid-cycle
                conn.execute("update public.peer_mentor_status set status = 'active' where status = 'paused'")
            rpc.append(2 * pgbench_round(stack, seconds, rpc_script))
        best_sdk, best_bench, best_rpc = max(sdk), max(bench), max(rpc)
        print(
            f"transitions/s through the SDK (Postgres transport, {WORKERS} async workers): "
            f"{', '.join(f'{x:.0f}' for x in sdk)} -> best {best_sdk:.0f}"
        )
        print(
            f"pgbench update+insert transactions/s ({WORKERS} clients):               "
            f"{', '.join(f'{x:.0f}' for x in bench)} -> best {best_bench:.0f}"
        )
        print(f"ratio SDK / pgbench: {best_sdk / best_bench:.2f}   (target >= 0.5)")
        print(
            f"reference: our RPCs driven by pgbench ({WORKERS} clients), transitions/s: "
            f"{', '.join(f'{x:.0f}' for x in rpc)} -> best {best_rpc:.0f}; "
            f"RPC / plain update+insert {best_rpc / best_bench:.2f}, SDK / RPC-by-pgbench {best_sdk / best_rpc:.2f}"
        )
        parse = parsing_overhead(stack.url, listing_chapter, repeats)
        raw, typed = parse["dicts"], parse["models"]
        print(
            f"{parse['rows']:,}-row listing: raw psycopg tuples {parse['tuples'] * 1000:.1f} ms, "
            f"raw psycopg dict rows {raw * 1000:.1f} ms, SDK models {typed * 1000:.1f} ms"
        )
        print(
            f"typed parsing overhead: {typed / raw:.2f}x the same dict rows, {typed / parse['tuples']:.2f}x tuples "
            "(target <= 1.5x)"
        )
        return {
            "sdk_tps": best_sdk,
            "pgbench_tps": best_bench,
            "rpc_by_pgbench_tps": best_rpc,
            "ratio": best_sdk / best_bench,
            "parse_ratio": typed / raw,
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI")
    args = parser.parse_args(argv)
    if args.smoke:
        args.seconds, args.rounds, args.rows, args.repeats = 2, 1, 1_000, 3
    print(json.dumps(run(args.seconds, args.rounds, args.rows, args.repeats)))


if __name__ == "__main__":
    main()
