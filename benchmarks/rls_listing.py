"""RLS reads at scale: every kind of caller x every read, each against a hand-written service_role query.

Roster (``--mentors``, default 1,000,000, over ``--chapters``, default 2,000): mentor g belongs to chapter
1 + g mod chapters, every 20th mentor also to the next one; everyone's certification is valid. Status rows are
created ``active`` (about 2 % ``certification_expired``), then about 8 % are paused by one bulk UPDATE, so every
status row wrote one history row and every paused mentor a second one (>= 1,000,000 history rows at full size).
500 other coordinators with a chapter each make the assignment tables realistic.

Callers: a coordinator of 3 chapters; a regional coordinator of 300 chapters; a coordinator of 2,000 directly
assigned mentors (``coordinator_mentors``) and no chapter; an org admin; a peer mentor (a user linked to one
mentor by ``peer_mentors.user_id``). For the scope series also a coordinator of 30 chapters.

Reads, each the statement PostgREST 13 runs for the request (``benchmarks/postgrest_sql.py``):
  chapter page   GET /peer_mentor_status?chapter_id=eq.<one of theirs>&status=eq.paused
  page           GET /peer_mentor_status?status=eq.paused&order=mentor_id&limit=50
  count          GET /peer_mentor_status?limit=1 with Prefer: count=exact (the total over all visible rows)
  history        GET /peer_mentor_status_log?order=id.desc&limit=50
  rpc list       GET /rpc/list_mentor_statuses?p_limit=50
  rpc list ch.   GET /rpc/list_mentor_statuses?p_chapter_id=<one of theirs>&p_limit=50
  rpc history    GET /rpc/get_mentor_history?p_mentor_id=<a mentor in scope>&p_limit=50

RLS side: as the caller, exactly as PostgREST runs it (read-only transaction, ``set_config`` of role, claims and
request, then the statement). Hand-written side: the same PostgREST statement as ``service_role`` (RLS bypassed)
with the caller's scope written out as one more filter, the way a person would: for a coordinator
``mentor_id in (select m.mentor_id from chapter_memberships m where m.chapter_id = any(<their chapters>) union
select cm.mentor_id from coordinator_mentors cm where cm.coordinator_id = <them>)``, for the mentor
``mentor_id = <their mentor>``, nothing for the admin. An RPC's counterpart is that hand-written table read with
the RPC's filters, order and limit, and the names the listing RPC returns (without the RPC's not-found check).
Both sides thus pay the same json_agg envelope and differ only in how the scope is applied.

Timing: server side, planning + execution from ``EXPLAIN (ANALYZE, TIMING OFF)`` (no per-node clock reads, so
large scans are not slowed down by the measurement), each in its own PostgREST-like transaction; RLS and
hand-written alternate (the order swaps every round) on one connection; medians. Each pair first runs both
statements for real: that run checks that both sides return the same rows (status or history ids, sorted; the
total for the count) and warms the caches; fast pairs then get 10 more warm-up runs. Rounds per pair: ``--runs``
(101), fewer when a pair is slow (about ``--budget`` seconds a pair, at least 3 rounds); a statement that exceeds
``--timeout`` is reported as such. EXPLAIN plans the statement with its values, as PostgREST's prepared statements
are planned for their first five executions (custom plans); a generic plan the plan cache may switch to later on a
pooled connection is not what is measured here.

Targets (issue "Access control and writes at scale", 2): every pair within 1.5x of its hand-written equivalent;
no read of a 50-row page (everything but the count) above 50 ms; the ratio does not grow when the scope grows
from 3 to 300 chapters (flagged when it grows by more than 15 %, the noise of these machines); the chapter page
keeps its earlier figure: the earlier benchmark's pair (the 3-chapter coordinator's chapter page against the same
statement as service_role without any scope; 300 rounds) is measured again, and its fixed cost (RLS minus
service_role, 0.219 - 0.151 = 0.068 ms then) must not exceed the earlier one by more than 15 %.

``python -m benchmarks rls`` runs the full size (loading takes a few minutes); ``--smoke`` a tiny one for CI
(20,000 mentors, 200 chapters, scopes 3 and 30, 2 rounds). Exits 1 when a pair returned different rows on the
two sides or failed; unmet targets are reported, not fatal.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import psycopg
from psycopg import errors

from benchmarks.postgrest_sql import eq, function_call, ident, table_read
from mentor_pause.identity import Identity, identity_context
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

TARGET_RATIO = 1.5
TARGET_PAGE_MS = 50.0
SCOPE_TOLERANCE = 1.15  # the ratio at the largest scope may exceed the smallest scope's by this factor (noise)
FIXED_COST_TOLERANCE = 1.15  # the chapter page's RLS cost may exceed the earlier figure by this factor (noise)
EARLIER_CHAPTER_PAGE = (0.219, 0.151)  # docs/performance.md before this benchmark: RLS ms, service_role ms

MENTOR = "('00000000-0000-4000-a000-' || lpad(({})::text, 12, '0'))::uuid"
CHAPTER = "('00000000-0000-4000-9000-' || lpad(({})::text, 12, '0'))::uuid"
DIRECT_STRIDE = 7919  # assigned mentors 1 + k * 7919 mod mentors: spread over all chapters

S, STATUS, LOG = "public", "peer_mentor_status", "peer_mentor_status_log"


def chapter_uuid(n: int) -> uuid.UUID:
    return uuid.UUID(f"00000000-0000-4000-9000-{n:012d}")


# -- the roster ----------------------------------------------------------------------------------------------------
def load_roster(conn: psycopg.Connection, mentors: int, chapters: int) -> None:
    """Bulk-load chapters, mentors, memberships and status rows (the history written by the triggers)."""
    conn.execute(
        f"insert into public.chapters (id, name) select {CHAPTER.format('g')}, 'Bench chapter ' || g "
        "from generate_series(1, %s) g",
        (chapters,),
    )
    # Everyone certified (the database refuses an active status row for a lapsed mentor), for 1-2 more years.
    conn.execute(
        f"insert into public.peer_mentors (id, display_name, certification_expires_on) "
        f"select {MENTOR.format('g')}, 'Bench mentor ' || g, current_date + 365 + g %% 365 "
        "from generate_series(1, %s) g",
        (mentors,),
    )
    # Home chapter 1 + g mod chapters; every 20th mentor also belongs to the next chapter.
    conn.execute(
        f"insert into public.chapter_memberships (mentor_id, chapter_id) "
        f"select {MENTOR.format('g')}, {CHAPTER.format('1 + g %% %(chapters)s')} "
        "from generate_series(1, %(mentors)s) g "
        "union all "
        f"select {MENTOR.format('g')}, {CHAPTER.format('1 + (g + 1) %% %(chapters)s')} "
        "from generate_series(20, %(mentors)s, 20) g",
        {"chapters": chapters, "mentors": mentors},
    )
    # d = a pseudo-random 0..99 per mentor: d < 8 paused (below), d 8-9 certification expired, else active.
    conn.execute(
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status) "
        f"select {MENTOR.format('g')}, {CHAPTER.format('1 + g %% %(chapters)s')}, "
        "case when abs(hashint4(g)) %% 100 between 8 and 9 then 'certification_expired' else 'active' end "
        "from generate_series(1, %(mentors)s) g",
        {"chapters": chapters, "mentors": mentors},
    )
    # A real pause for the paused ones (through the state machine): a second history row each.
    conn.execute(
        "update public.peer_mentor_status s set status = 'paused', pause_reason = 'Bench pause', "
        "expected_return_date = case when g %% 2 = 0 then current_date + 30 + g %% 100 end "
        f"from generate_series(1, %s) g where s.mentor_id = {MENTOR.format('g')} and abs(hashint4(g)) %% 100 < 8",
        (mentors,),
    )
    # Other coordinators, so the assignment tables are not trivially small.
    conn.execute(
        "with u as (insert into auth.users (id, aud, role) select gen_random_uuid(), 'authenticated', "
        "'authenticated' from generate_series(1, 500) returning id), "
        "r as (insert into public.user_roles (user_id, role) select id, 'coordinator' from u) "
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) "
        f"select u.id, {CHAPTER.format('1 + (row_number() over ()) %% %s')} from u",
        (chapters,),
    )


def add_user(conn: psycopg.Connection, role: str) -> uuid.UUID:
    user = uuid.uuid4()
    conn.execute(
        "insert into auth.users (id, aud, role, email) values (%s, 'authenticated', 'authenticated', %s)",
        (user, f"{user}@bench.example"),
    )
    conn.execute("insert into public.user_roles (user_id, role) values (%s, %s)", (user, role))
    return user


def first_paused(conn: psycopg.Connection, where: str, params: tuple[Any, ...]) -> tuple[uuid.UUID, uuid.UUID]:
    """(mentor, chapter the status is filed under) of the first paused mentor matching ``where``."""
    row = conn.execute(
        f"select s.mentor_id, s.chapter_id from public.peer_mentor_status s where s.status = 'paused' and {where} "
        "order by s.mentor_id limit 1",
        params,
    ).fetchone()
    assert row is not None, where
    return row[0], row[1]


# -- the callers ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Caller:
    key: str
    label: str
    user: uuid.UUID
    kind: Literal["coordinator", "mentor", "admin"]
    page_chapter: uuid.UUID  # the chapter of the chapter page and the RPC's p_chapter_id
    history_mentor: uuid.UUID  # get_mentor_history's mentor (in scope)
    chapters: tuple[uuid.UUID, ...] = ()
    mentor: uuid.UUID | None = None  # a mentor caller's own mentor row

    def scope(self, mentor_column: str) -> tuple[list[str], dict[str, Any]]:
        """The caller's scope as a hand-written filter on ``mentor_column`` (none for the admin), and its values."""
        if self.kind == "admin":
            return [], {}
        if self.kind == "mentor":
            return [f"{mentor_column} = %(scope_mentor)s"], {"scope_mentor": self.mentor}
        return [
            f"{mentor_column} IN (SELECT m.mentor_id FROM public.chapter_memberships m "
            "WHERE m.chapter_id = ANY(%(scope_chapters)s::uuid[]) "
            "UNION SELECT cm.mentor_id FROM public.coordinator_mentors cm WHERE cm.coordinator_id = %(scope_user)s)"
        ], {"scope_chapters": list(self.chapters), "scope_user": self.user}


def spread_chapters(count: int, chapters: int) -> list[int]:
    """``count`` chapter numbers spread evenly over the roster; the 3-chapter coordinator keeps chapters 7-9."""
    if count == 3:
        return [7, 8, 9]
    return [1 + (k * chapters) // count for k in range(count)]


def add_coordinator(conn: psycopg.Connection, key: str, label: str, numbers: list[int]) -> Caller:
    user = add_user(conn, "coordinator")
    conn.execute(
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) "
        f"select %s, {CHAPTER.format('n')} from unnest(%s::int[]) n",
        (user, numbers),
    )
    own = tuple(chapter_uuid(n) for n in numbers)
    page_chapter = own[1] if len(own) == 3 else own[0]  # chapter 8 for the 3-chapter coordinator, as before
    mentor, _ = first_paused(conn, "s.chapter_id = %s", (page_chapter,))
    return Caller(key, label, user, "coordinator", page_chapter, mentor, chapters=own)


def add_callers(
    conn: psycopg.Connection, mentors: int, chapters: int, scopes: tuple[int, ...], direct: int
) -> tuple[list[Caller], dict[int, Caller]]:
    """The matrix's callers, and the coordinators of the scope series by number of chapters."""
    by_scope: dict[int, Caller] = {}
    for n in scopes:
        label = f"coordinator, {n:,} chapters" if n != max(scopes) else f"regional coordinator, {n:,} chapters"
        key = f"coordinator_{n}" if n != max(scopes) else f"regional_{n}"
        by_scope[n] = add_coordinator(conn, key, label, spread_chapters(n, chapters))

    user = add_user(conn, "coordinator")
    conn.execute(
        "insert into public.coordinator_mentors (coordinator_id, mentor_id) "
        f"select %(user)s, {MENTOR.format('1 + (k::bigint * %(stride)s) %% %(mentors)s')} "
        "from generate_series(0, %(direct)s - 1) k on conflict do nothing",
        {"user": user, "stride": DIRECT_STRIDE, "mentors": mentors, "direct": direct},
    )
    mentor, chapter = first_paused(
        conn,
        "s.mentor_id in (select cm.mentor_id from public.coordinator_mentors cm where cm.coordinator_id = %s)",
        (user,),
    )
    direct_caller = Caller(
        f"direct_{direct}", f"coordinator, {direct:,} direct mentors", user, "coordinator", chapter, mentor
    )

    admin = add_user(conn, "org_admin")
    c3 = by_scope[min(scopes)]
    admin_caller = Caller("org_admin", "org admin", admin, "admin", c3.page_chapter, c3.history_mentor)

    peer = add_user(conn, "peer_mentor")
    own, own_chapter = first_paused(conn, "s.mentor_id::text like '00000000-0000-4000-a000-%%'", ())
    conn.execute("update public.peer_mentors set user_id = %s where id = %s", (peer, own))
    mentor_caller = Caller("peer_mentor", "peer mentor (own row)", peer, "mentor", own_chapter, own, mentor=own)

    callers = [c3, by_scope[max(scopes)], direct_caller, admin_caller, mentor_caller]
    return callers, by_scope


# -- the reads -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Side:
    identity: Identity
    sql: str
    params: dict[str, Any]
    path: str


@dataclass(frozen=True)
class Read:
    key: str
    label: str
    page: bool  # a 50-row page (the 50 ms target), not a count
    build: Callable[[Caller], tuple[Side, Side]]


STATUS_MENTOR = ident(S, STATUS, "mentor_id")
LOG_MENTOR = ident(S, LOG, "mentor_id")
PAGE = {"limit": "50", "offset": "0"}


def pair(
    caller: Caller, path: str, rls_sql: str, rls_params: dict[str, Any], hand_sql: str, hand_params: dict[str, Any]
) -> tuple[Side, Side]:
    return (
        Side(Identity.user(caller.user), rls_sql, rls_params, path),
        Side(Identity.service(), hand_sql, hand_params, path),
    )


def chapter_page(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(STATUS_MENTOR)
    filters = [eq(S, STATUS, "chapter_id", "chapter"), eq(S, STATUS, "status", "status")]
    params = {"chapter": str(caller.page_chapter), "status": "paused"}
    rls, hand = table_read(S, STATUS, filters), table_read(S, STATUS, filters + scope)
    return pair(caller, f"/{STATUS}", rls, params, hand, params | values)


def page(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(STATUS_MENTOR)
    filters = [eq(S, STATUS, "status", "status")]
    params = {"status": "paused"} | PAGE
    rls = table_read(S, STATUS, filters, order=STATUS_MENTOR, paged=True)
    hand = table_read(S, STATUS, filters + scope, order=STATUS_MENTOR, paged=True)
    return pair(caller, f"/{STATUS}", rls, params, hand, params | values)


def count(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(STATUS_MENTOR)
    params = {"limit": "1", "offset": "0"}
    rls = table_read(S, STATUS, [], paged=True, exact_count=True)
    hand = table_read(S, STATUS, scope, paged=True, exact_count=True)
    return pair(caller, f"/{STATUS}", rls, params, hand, params | values)


def history(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(LOG_MENTOR)
    order = ident(S, LOG, "id") + " DESC"
    rls = table_read(S, LOG, [], order=order, paged=True)
    hand = table_read(S, LOG, scope, order=order, paged=True)
    return pair(caller, f"/{LOG}", rls, PAGE, hand, PAGE | values)


def rpc_list(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(STATUS_MENTOR)
    rls = function_call(S, "list_mentor_statuses", [("p_limit", "integer")])
    hand = table_read(S, STATUS, scope, order=STATUS_MENTOR, paged=True, names=True)
    return pair(caller, "/rpc/list_mentor_statuses", rls, {"p_limit": "50"}, hand, PAGE | values)


def rpc_list_chapter(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(STATUS_MENTOR)
    rls = function_call(S, "list_mentor_statuses", [("p_chapter_id", "uuid"), ("p_limit", "integer")])
    members = (
        f"{STATUS_MENTOR} IN (SELECT m.mentor_id FROM public.chapter_memberships m WHERE m.chapter_id = %(chapter)s)"
    )
    hand = table_read(S, STATUS, [members, *scope], order=STATUS_MENTOR, paged=True, names=True)
    rls_params = {"p_chapter_id": str(caller.page_chapter), "p_limit": "50"}
    hand_params = {"chapter": str(caller.page_chapter)} | PAGE | values
    return pair(caller, "/rpc/list_mentor_statuses", rls, rls_params, hand, hand_params)


def rpc_history(caller: Caller) -> tuple[Side, Side]:
    scope, values = caller.scope(LOG_MENTOR)
    rls = function_call(S, "get_mentor_history", [("p_mentor_id", "uuid"), ("p_limit", "integer")])
    filters = [eq(S, LOG, "mentor_id", "mentor"), *scope]
    hand = table_read(S, LOG, filters, order=ident(S, LOG, "id") + " DESC", paged=True)
    rls_params = {"p_mentor_id": str(caller.history_mentor), "p_limit": "50"}
    hand_params = {"mentor": str(caller.history_mentor)} | PAGE | values
    return pair(caller, "/rpc/get_mentor_history", rls, rls_params, hand, hand_params)


READS = [
    Read("chapter_page", "chapter page (chapter_id, status=paused)", True, chapter_page),
    Read("page", "page, no chapter (status=paused, 50)", True, page),
    Read("count", "exact count (limit=1, count=exact)", False, count),
    Read("history", "latest history page (50)", True, history),
    Read("rpc_list", "rpc list_mentor_statuses(50)", True, rpc_list),
    Read("rpc_list_chapter", "rpc list_mentor_statuses(chapter, 50)", True, rpc_list_chapter),
    Read("rpc_history", "rpc get_mentor_history(mentor, 50)", True, rpc_history),
]
READ_BY_KEY = {read.key: read for read in READS}


# -- measuring -----------------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    total: int | None  # total_result_set (the exact count), when counted
    rows: int  # page_total
    ids: list[int]  # ids of the body's rows, sorted


@dataclass
class Result:
    caller: Caller
    read: Read
    rls: list[float] = field(default_factory=list)  # server ms per round
    hand: list[float] = field(default_factory=list)
    rls_outcome: Outcome | None = None
    hand_outcome: Outcome | None = None
    note: str = ""  # "timeout (rls)", "error: ..."
    label: str = ""  # overrides the read's label

    @property
    def rls_ms(self) -> float | None:
        return statistics.median(self.rls) if self.rls else None

    @property
    def hand_ms(self) -> float | None:
        return statistics.median(self.hand) if self.hand else None

    @property
    def ratio(self) -> float | None:
        return self.rls_ms / self.hand_ms if self.rls_ms is not None and self.hand_ms else None

    @property
    def same_rows(self) -> bool | None:
        if self.rls_outcome is None or self.hand_outcome is None:
            return None
        if self.read.key == "count":
            return self.rls_outcome.total == self.hand_outcome.total
        return self.rls_outcome.ids == self.hand_outcome.ids

    def flags(self, timeout_s: float) -> list[str]:
        flags = []
        if self.note.startswith("error"):
            flags.append("ERROR")
        elif self.note.startswith("timeout"):
            flags.append(f"TIMEOUT > {timeout_s:g} s")
        if self.same_rows is False:
            flags.append("ROWS DIFFER")
        if self.ratio is not None and self.ratio > TARGET_RATIO:
            flags.append(f"ratio > {TARGET_RATIO}")
        if self.read.page and (
            (self.rls_ms is not None and self.rls_ms > TARGET_PAGE_MS) or self.note == "timeout (rls)"
        ):
            flags.append(f"> {TARGET_PAGE_MS:.0f} ms")
        return flags

    def as_json(self) -> dict[str, Any]:
        return {
            "rls_ms": self.rls_ms,
            "hand_ms": self.hand_ms,
            "ratio": self.ratio,
            "rows": None if self.rls_outcome is None else self.rls_outcome.rows,
            "total": None if self.rls_outcome is None else self.rls_outcome.total,
            "same_rows": self.same_rows,
            "rounds": len(self.rls),
            "note": self.note or None,
        }


def execute(conn: psycopg.Connection, side: Side) -> tuple[Outcome, float]:
    """Run the statement for real, as PostgREST would: its outcome and the wall time of the statement."""
    with conn.transaction():
        conn.execute(*identity_context(side.identity, method="GET", path=side.path))
        started = time.perf_counter()
        row = conn.execute(side.sql, side.params).fetchone()
        elapsed = time.perf_counter() - started
    assert row is not None
    total, rows, body = row[0], row[1], row[2]
    ids = sorted(int(item["id"]) for item in (json.loads(body) if isinstance(body, str) else body))
    return Outcome(total, int(rows), ids), elapsed


def server_ms(conn: psycopg.Connection, side: Side) -> float:
    """Planning + execution time of the statement in one PostgREST-like transaction (EXPLAIN ANALYZE, no per-node
    timing)."""
    with conn.transaction():
        conn.execute(*identity_context(side.identity, method="GET", path=side.path))
        row = conn.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + side.sql, side.params).fetchone()
    assert row is not None
    plan = row[0][0]
    return float(plan["Planning Time"]) + float(plan["Execution Time"])


@dataclass(frozen=True)
class Settings:
    runs: int
    warmups: int
    reference_runs: int  # rounds of the reference pair (the earlier benchmark ran 300)
    budget_s: float
    timeout_s: float


def measure(conn: psycopg.Connection, result: Result, rls: Side, hand: Side, settings: Settings) -> Result:
    """Both statements for real (rows compared, caches warmed), then alternating EXPLAIN ANALYZE rounds."""
    try:
        result.hand_outcome, hand_s = execute(conn, hand)
    except errors.QueryCanceled:
        result.note = "timeout (hand-written)"
        return result
    try:
        result.rls_outcome, rls_s = execute(conn, rls)
    except errors.QueryCanceled:
        result.note = "timeout (rls)"
        return result
    per_round = rls_s + hand_s
    rounds = max(min(3, settings.runs), min(settings.runs, int(settings.budget_s / max(per_round, 1e-4))))
    warmups = settings.warmups if per_round < 0.1 else 0
    try:
        for _ in range(warmups):
            server_ms(conn, rls)
            server_ms(conn, hand)
        for n in range(rounds):  # alternate, and swap who goes first, so both see the same machine
            first, second = (rls, hand) if n % 2 == 0 else (hand, rls)
            first_ms, second_ms = server_ms(conn, first), server_ms(conn, second)
            result.rls.append(first_ms if first is rls else second_ms)
            result.hand.append(second_ms if first is rls else first_ms)
    except errors.QueryCanceled:  # close to the timeout: keep the complete rounds
        result.note = "timeout (in a round)"
    return result


def run_pair(
    conn: psycopg.Connection,
    caller: Caller,
    read: Read,
    settings: Settings,
    sides: Callable[[Caller], tuple[Side, Side]] | None = None,
    label: str = "",
) -> Result:
    """One cell of the matrix (``sides`` and ``label`` replace the read's own statements and name)."""
    result = Result(caller, read, label=label)
    started = time.perf_counter()
    try:
        rls, hand = (sides or read.build)(caller)
        measure(conn, result, rls, hand, settings)
    except psycopg.Error as exc:
        result.note = f"error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    elapsed = time.perf_counter() - started
    if elapsed >= 1.0:  # progress, for the slow pairs of a full run
        print(f"  {caller.label} / {read.label}: {elapsed:.0f} s ({len(result.rls)} rounds)", flush=True)
    return result


# -- printing ------------------------------------------------------------------------------------------------------
def fmt_ms(value: float | None, note: str, side: str, timeout_s: float) -> str:
    if value is not None:
        return f"{value:.3f}" if value < 10 else f"{value:,.1f}"
    return f"> {timeout_s * 1000:,.0f}" if note == f"timeout ({side})" else "-"


def print_rows(results: list[Result], timeout_s: float, *, read_label: bool = True) -> None:
    header = f"{'caller':<36} {'read':<40} {'RLS ms':>10} {'hand ms':>10} {'ratio':>7} {'+ms':>8} {'rows':>13} {'n':>3}"
    print(header + "  flags")
    for r in results:
        rows = "-"
        if r.rls_outcome is not None and r.hand_outcome is not None:
            if r.read.key == "count":
                rows = f"{r.rls_outcome.total:,}" + ("" if r.same_rows else f"!={r.hand_outcome.total:,}")
            else:
                rows = f"{r.rls_outcome.rows}" + ("" if r.same_rows else f"!={r.hand_outcome.rows}")
        extra = (
            f"{r.rls_ms - r.hand_ms:+.3f}" if r.rls_ms is not None and r.hand_ms is not None else "-"
        )  # the fixed cost RLS adds
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "-"
        flags = r.flags(timeout_s)
        label = r.label or (r.read.label if read_label else "")
        print(
            f"{r.caller.label:<36} {label:<40} {fmt_ms(r.rls_ms, r.note, 'rls', timeout_s):>10} "
            f"{fmt_ms(r.hand_ms, r.note, 'hand-written', timeout_s):>10} {ratio:>7} {extra:>8} {rows:>13} "
            f"{len(r.rls):>3}  {', '.join(flags) or 'ok'}" + (f"  [{r.note}]" if r.note.startswith("error") else "")
        )


def plan_text(conn: psycopg.Connection, side: Side) -> str:
    """The plan with actual row counts (no timing), or the bare plan when running it exceeds the timeout."""
    for options in ("ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF", "COSTS OFF"):
        try:
            with conn.transaction():
                conn.execute(*identity_context(side.identity, method="GET", path=side.path))
                rows = conn.execute(f"EXPLAIN ({options}) " + side.sql, side.params).fetchall()
            note = (
                "" if options.startswith("ANALYZE") else "(EXPLAIN without ANALYZE: running it exceeds the timeout)\n"
            )
            return note + "\n".join(str(r[0]) for r in rows)
        except errors.QueryCanceled:
            continue
    return "(no plan)"


def scalar(conn: psycopg.Connection, query: str) -> Any:
    row = conn.execute(query.encode()).fetchone()
    assert row is not None
    return row[0]


# -- the run -------------------------------------------------------------------------------------------------------
def run(mentors: int, chapters: int, scopes: tuple[int, ...], direct: int, settings: Settings) -> tuple[dict, bool]:
    project = SupabaseProject.discover()
    with LocalStack.throwaway(project, prefix="mentor-pause-bench-") as stack:
        stack.start()
        with psycopg.connect(stack.url, autocommit=True) as conn:
            started = time.perf_counter()
            with conn.transaction():
                load_roster(conn, mentors, chapters)
                callers, by_scope = add_callers(conn, mentors, chapters, scopes, direct)
            conn.execute("vacuum analyze")
            if conn.execute("select 1 from pg_extension where extname = 'pg_cron'").fetchone():
                conn.execute("select cron.unschedule(jobid) from cron.job")  # no job in the middle of a measurement
            load_s = time.perf_counter() - started
            status_rows = scalar(conn, "select count(*) from public.peer_mentor_status")
            history_rows = scalar(conn, "select count(*) from public.peer_mentor_status_log")
            paused = scalar(conn, "select count(*) from public.peer_mentor_status where status = 'paused'")
            server = scalar(conn, "select current_setting('server_version')")
            jit = scalar(conn, "select current_setting('jit')")
        print(
            f"roster: {mentors:,} bench mentors ({status_rows:,} status rows, {paused:,} paused), "
            f"{history_rows:,} history rows, {chapters:,} chapters, 500 other coordinators; loaded in {load_s:.0f} s; "
            f"PostgreSQL {server}, jit={jit}",
            flush=True,
        )

        with psycopg.connect(stack.url, autocommit=True) as conn:
            conn.read_only = True  # PostgREST runs GET requests in read-only transactions
            conn.prepare_threshold = None  # EXPLAIN ANALYZE plans the statement afresh each time in any case
            conn.execute(f"set statement_timeout = {int(settings.timeout_s * 1000)}")
            with conn.transaction():
                assert scalar(conn, "show transaction_read_only") == "on"
            print(f"measuring (load average {os.getloadavg()[0]:.1f}); pairs that take over a second:", flush=True)
            measuring = time.perf_counter()
            matrix = [run_pair(conn, caller, read, settings) for caller in callers for read in READS]
            # The scope series: the 3- and the largest-scope coordinators are in the matrix; the others only here.
            series: dict[int, dict[str, Result]] = {}
            for n, caller in by_scope.items():
                series[n] = {}
                for key in ("page", "count"):
                    found = [r for r in matrix if r.caller is caller and r.read.key == key]
                    series[n][key] = found[0] if found else run_pair(conn, caller, READ_BY_KEY[key], settings)
            # The earlier benchmark's pair: the chapter page against the same statement as service_role, no scope.
            c3 = by_scope[min(scopes)]

            def unscoped(caller: Caller) -> tuple[Side, Side]:
                rls, _ = chapter_page(caller)
                return rls, Side(Identity.service(), rls.sql, rls.params, rls.path)

            reference_settings = replace(settings, runs=settings.reference_runs)
            label = "chapter page vs service_role, no scope"
            reference = run_pair(conn, c3, READ_BY_KEY["chapter_page"], reference_settings, unscoped, label)
            plans = {key: plan_text(conn, READ_BY_KEY[key].build(c3)[0]) for key in ("count", "page")}
            print(
                f"measured in {time.perf_counter() - measuring:.0f} s (load average at the end "
                f"{os.getloadavg()[0]:.1f})",
                flush=True,
            )

    timeout_s = settings.timeout_s
    print()
    print(
        f"RLS (as the caller, PostgREST statement) vs hand-written scope (service_role): median server ms "
        f"(planning + execution); +ms = RLS - hand-written; rows = page rows, or the total for the count. "
        f"Targets: ratio <= {TARGET_RATIO}, a page read <= {TARGET_PAGE_MS:.0f} ms."
    )
    print_rows(matrix, timeout_s)
    print()
    print(
        "scope growth (coordinators of " + ", ".join(f"{n:,}" for n in scopes) + " chapters): the ratio must not grow"
    )
    growth: dict[str, dict[str, float | None]] = {}
    scope_met = True
    for key in ("page", "count"):
        print_rows([series[n][key] for n in scopes], timeout_s)
        ratios = {str(n): series[n][key].ratio for n in scopes}
        growth[key] = ratios
        first, last = ratios[str(min(scopes))], ratios[str(max(scopes))]
        if first is None or last is None:
            verdict, scope_met = "not measured (timeout or error): not met", False
        else:
            grows = last > max(first, 1.0) * SCOPE_TOLERANCE
            scope_met = scope_met and not grows
            verdict = f"{last / first:.2f}x from {min(scopes)} to {max(scopes)}: " + ("GROWS" if grows else "ok")
        listed = ", ".join(f"{n}: {'-' if v is None else f'{v:.2f}'}" for n, v in ratios.items())
        print(f"  {READ_BY_KEY[key].label}: ratio {listed}  -> {verdict}")
    print()
    print(
        f"reference: the earlier benchmark's pair (docs/performance.md: {EARLIER_CHAPTER_PAGE[0]} ms vs "
        f"{EARLIER_CHAPTER_PAGE[1]} ms, ratio {EARLIER_CHAPTER_PAGE[0] / EARLIER_CHAPTER_PAGE[1]:.2f})"
    )
    print_rows([reference], timeout_s)
    fixed_cost = (
        reference.rls_ms - reference.hand_ms if reference.rls_ms is not None and reference.hand_ms is not None else None
    )
    earlier_cost = EARLIER_CHAPTER_PAGE[0] - EARLIER_CHAPTER_PAGE[1]
    keeps = fixed_cost is not None and fixed_cost <= earlier_cost * FIXED_COST_TOLERANCE
    print(
        "  fixed cost of RLS on the chapter page: "
        + ("-" if fixed_cost is None else f"{fixed_cost:.3f} ms")
        + f" (earlier {earlier_cost:.3f} ms): "
        + ("kept or improved" if keeps else "WORSE")
    )
    print()
    for key, text in plans.items():
        print(f"plan of the RLS statement, {c3.label}, {READ_BY_KEY[key].label}:")
        print(text)
        print()

    in_matrix = {id(r) for r in matrix}
    everything = [
        *matrix,
        *(series[n][k] for n in scopes for k in ("page", "count") if id(series[n][k]) not in in_matrix),
    ]
    failed = [r for r in [*everything, reference] if r.same_rows is False or r.note.startswith("error")]
    ratio_met = all(r.ratio is not None and r.ratio <= TARGET_RATIO for r in everything)
    page_met = all(not r.read.page or (r.rls_ms is not None and r.rls_ms <= TARGET_PAGE_MS) for r in everything)
    summary = {
        "mentors": mentors,
        "chapters": chapters,
        "status_rows": status_rows,
        "history_rows": history_rows,
        "pairs": {f"{r.caller.key}/{r.read.key}": r.as_json() for r in everything},
        "scope_growth_ratio": growth,
        "chapter_page_vs_unscoped": reference.as_json(),
        "targets": {
            "ratio_le_1_5": ratio_met,
            "page_le_50_ms": page_met,
            "ratio_does_not_grow_with_scope": scope_met,
            "chapter_page_keeps_fixed_cost": keeps,
        },
        "chapter_page_fixed_cost_ms": fixed_cost,
        "rows_match": not any(r.same_rows is False for r in [*everything, reference]),
        "errors": [f"{r.caller.key}/{r.read.key}: {r.note}" for r in everything if r.note.startswith("error")],
    }
    return summary, not failed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentors", type=int, default=1_000_000)
    parser.add_argument("--chapters", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=101, help="rounds per pair at most (fewer when a pair is slow)")
    parser.add_argument("--budget", type=float, default=8.0, help="seconds of rounds per pair, about")
    parser.add_argument("--timeout", type=float, default=30.0, help="statement timeout, seconds")
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI: 20,000 mentors, 200 chapters")
    args = parser.parse_args(argv)
    scopes, direct, warmups, reference_runs = (3, 30, 300), 2_000, 10, 300
    if args.smoke:
        args.mentors, args.chapters, args.runs, args.budget = 20_000, 200, 2, 1.0
        scopes, direct, warmups, reference_runs = (3, 30), 200, 1, 2
    settings = Settings(args.runs, warmups, reference_runs, budget_s=args.budget, timeout_s=args.timeout)
    summary, ok = run(args.mentors, args.chapters, scopes, direct, settings)
    print(json.dumps(summary))
    if not ok:
        raise SystemExit("rls: a read returned different rows as the caller and as the hand-written query, or failed")


if __name__ == "__main__":
    main()
