"""RLS cost of a coordinator's chapter listing on a large roster.

A coordinator of 3 chapters lists one of those chapters' paused mentors through RLS; the same query runs as
service_role (RLS bypassed) side by side, alternating, in one run. Printed: the median server-side time of
each (planning + execution, from EXPLAIN ANALYZE), their ratio, and the plan of the RLS query.

Targets (issue: access control): ratio <= 1.3, RLS median under 5 ms, on >= 1,000,000 status rows across
2,000 chapters. `python -m benchmarks rls` runs the full size; `--smoke` a tiny one for CI.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid

import psycopg

from mentor_pause.identity import Identity, identity_context
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

QUERY = "select * from public.peer_mentor_status where chapter_id = %s and status = 'paused'"
# The statement PostgREST 12 runs for GET /peer_mentor_status?chapter_id=eq.<id>&status=eq.paused
# (src/PostgREST/Query/Statements.hs: the read wrapped in a json_agg body), i.e. the request's real work.
POSTGREST_QUERY = (
    'WITH pgrst_source AS (SELECT "public"."peer_mentor_status".* FROM "public"."peer_mentor_status" '
    'WHERE "public"."peer_mentor_status"."chapter_id" = %s AND "public"."peer_mentor_status"."status" = \'paused\') '
    "SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, "
    "coalesce(json_agg(_postgrest_t), '[]') AS body, "
    "nullif(current_setting('response.headers', true), '') AS response_headers, "
    "nullif(current_setting('response.status', true), '') AS response_status, '' AS response_inserted "
    "FROM (SELECT * FROM pgrst_source) _postgrest_t"
)


def load_roster(conn: psycopg.Connection, mentors: int, chapters: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Bulk-load the roster; returns the coordinator and their three chapters."""
    conn.execute(
        "insert into public.chapters (id, name) "
        "select ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, 'Bench chapter ' || g "
        "from generate_series(1, %s) g",
        (chapters,),
    )
    conn.execute(
        "insert into public.peer_mentors (id, display_name, certification_expires_on) "
        "select ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, 'Bench mentor ' || g, "
        "current_date + 365 from generate_series(1, %s) g",
        (mentors,),
    )
    # Home chapter g %% chapters; every 20th mentor also belongs to the next chapter.
    conn.execute(
        "insert into public.chapter_memberships (mentor_id, chapter_id) "
        "select ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, "
        "('00000000-0000-4000-9000-' || lpad((1 + g %% %s)::text, 12, '0'))::uuid from generate_series(1, %s) g "
        "union all "
        "select ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, "
        "('00000000-0000-4000-9000-' || lpad((1 + (g + 1) %% %s)::text, 12, '0'))::uuid "
        "from generate_series(20, %s, 20) g",
        (chapters, mentors, chapters, mentors),
    )
    # About 8% paused and 2% certification expired, spread pseudo-randomly (hashint4) over the chapters.
    conn.execute(
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, paused_at) "
        "select ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, "
        "('00000000-0000-4000-9000-' || lpad((1 + g %% %s)::text, 12, '0'))::uuid, "
        "case when d < 8 then 'paused' when d < 10 then 'certification_expired' else 'active' end, "
        "case when d < 8 then 'Bench pause' end, case when d < 8 then now() end "
        "from (select g, abs(hashint4(g)) %% 100 as d from generate_series(1, %s) g) s",
        (chapters, mentors),
    )
    coordinator = uuid.uuid4()
    conn.execute("insert into auth.users (id, aud, role) values (%s, 'authenticated', 'authenticated')", (coordinator,))
    conn.execute("insert into public.user_roles (user_id, role) values (%s, 'coordinator')", (coordinator,))
    own = [uuid.UUID(f"00000000-0000-4000-9000-{n:012d}") for n in (7, 8, 9)]
    for chapter in own:
        conn.execute(
            "insert into public.coordinator_chapters (coordinator_id, chapter_id) values (%s, %s)",
            (coordinator, chapter),
        )
    # Other coordinators, so the assignment tables are not trivially small.
    conn.execute(
        "with u as (insert into auth.users (id, aud, role) select gen_random_uuid(), 'authenticated', "
        "'authenticated' from generate_series(1, 500) returning id), "
        "r as (insert into public.user_roles (user_id, role) select id, 'coordinator' from u) "
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) "
        "select u.id, ('00000000-0000-4000-9000-' || lpad((1 + (row_number() over ()) %% %s)::text, 12, '0'))::uuid "
        "from u",
        (chapters,),
    )
    conn.execute("analyze")
    return coordinator, own


def server_time_ms(conn: psycopg.Connection, identity: Identity, chapter: uuid.UUID, query: str = QUERY) -> float:
    """Planning + execution time of ``query`` as ``identity``, in one PostgREST-like transaction."""
    with conn.transaction():
        conn.execute(*identity_context(identity, method="GET"))
        row = conn.execute("explain (analyze, format json) " + query, (chapter,)).fetchone()
    plan = row[0][0] if row else {}
    return float(plan["Planning Time"]) + float(plan["Execution Time"])


def plan_text(conn: psycopg.Connection, identity: Identity, chapter: uuid.UUID) -> str:
    with conn.transaction():
        conn.execute(*identity_context(identity, method="GET"))
        rows = conn.execute("explain (analyze, costs off, timing off, summary off) " + QUERY, (chapter,)).fetchall()
    return "\n".join(str(r[0]) for r in rows)


def run(mentors: int, chapters: int, runs: int) -> dict[str, float]:
    project = SupabaseProject.discover()
    with LocalStack.throwaway(project, prefix="mentor-pause-bench-") as stack:
        stack.start()
        with psycopg.connect(stack.url, autocommit=True) as conn:
            started = time.perf_counter()
            with conn.transaction():
                coordinator, own = load_roster(conn, mentors, chapters)
            conn.execute("vacuum analyze")
            load_seconds = time.perf_counter() - started
            status_rows = conn.execute("select count(*) from public.peer_mentor_status").fetchone()
            user, service = Identity.user(coordinator), Identity.service()
            chapter = own[1]
            with conn.transaction():
                conn.execute(*identity_context(user, method="GET"))
                visible = len(conn.execute(QUERY, (chapter,)).fetchall())
            print(
                f"roster: {status_rows[0] if status_rows else 0:,} status rows, {chapters:,} chapters "
                f"(loaded in {load_seconds:.0f} s); coordinator of 3 chapters; {visible} paused mentors listed"
            )
            result: dict[str, float] = {}
            for label, query in (("bare SELECT", QUERY), ("PostgREST request statement", POSTGREST_QUERY)):
                for _ in range(20):  # warm caches for both
                    server_time_ms(conn, user, chapter, query)
                    server_time_ms(conn, service, chapter, query)
                rls, plain = [], []
                for _ in range(runs):  # alternate, so both see the same machine
                    rls.append(server_time_ms(conn, user, chapter, query))
                    plain.append(server_time_ms(conn, service, chapter, query))
                ratio = statistics.median(rls) / statistics.median(plain)
                print(f"{label}:")
                print(
                    f"  median server time (planning + execution), RLS as coordinator: {statistics.median(rls):.3f} ms"
                )
                print(
                    f"  median server time (planning + execution), service_role:       "
                    f"{statistics.median(plain):.3f} ms"
                )
                print(f"  ratio RLS / no RLS: {ratio:.2f}   (targets: ratio <= 1.3, RLS median < 5 ms)")
                key = "bare" if label.startswith("bare") else "postgrest"
                result |= {
                    f"{key}_rls_ms": statistics.median(rls),
                    f"{key}_plain_ms": statistics.median(plain),
                    f"{key}_ratio": ratio,
                }
            our_plan = plan_text(conn, user, chapter)
            # Reference point: the same statement under a policy that does nothing but call auth.uid() once.
            # No policy that identifies the caller through Supabase's auth.uid() can cost less than this.
            conn.execute(
                'alter policy "peer_mentor_status: self, coordinators in scope, org admins" '
                "on public.peer_mentor_status using ((select auth.uid()) is not null)"
            )
            floor_rls, floor_plain = [], []
            for _ in range(20):
                server_time_ms(conn, user, chapter, POSTGREST_QUERY)
            for _ in range(runs):
                floor_rls.append(server_time_ms(conn, user, chapter, POSTGREST_QUERY))
                floor_plain.append(server_time_ms(conn, service, chapter, POSTGREST_QUERY))
            floor = statistics.median(floor_rls) / statistics.median(floor_plain)
            print(
                f"reference: PostgREST statement under a policy of only `(select auth.uid()) is not null`: "
                f"ratio {floor:.2f}"
            )
            result["auth_uid_floor_ratio"] = floor
            print("plan of the RLS query (our policy):")
            print(our_plan)
            return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentors", type=int, default=1_000_000)
    parser.add_argument("--chapters", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI: 20,000 rows, 40 chapters")
    args = parser.parse_args(argv)
    if args.smoke:
        args.mentors, args.chapters, args.runs = 20_000, 40, 30
    result = run(args.mentors, args.chapters, args.runs)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
