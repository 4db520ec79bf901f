"""Portal sync: draining the outbox to Dataverse beside bare HTTP, and what the outbox costs a transition.

1. Drain. ``--events`` mentors (100,000) are bulk-loaded with SQL (chapters, peer_mentors, chapter_memberships,
   peer_mentor_status); each status row's insert trigger queues one outbox event, so the load queues them all. The
   Dataverse/Entra test double (``tests/dataverse_server``: uvicorn + Starlette over HTTPS) runs in a process of its
   own, so that it shares no GIL with the clients it serves, and holds one record per mentor (GUID = mentor id).
   ``--workers`` (4) sync workers drain the outbox, each with its own ``MentorPauseClient.from_database_url``
   (Postgres transport, as ``service_role``) and its own ``DynamicsPortalClient`` (MSAL + httpx, one token cache per
   client), ``PortalSyncWorker(...).drain()`` with ``--batch-size`` (100) and ``--concurrency`` (8 pushes in flight
   per worker). Timed: wall clock from a common start signal (every worker connected and ready) until the last
   ``drain()`` returns; each worker's first token request is included. Checked afterwards: every mentor's record
   received exactly one PATCH, ``portal_sync_status()`` says nothing pending, in flight or dead, and the workers
   report nothing retried or refused.

   Beside it, in the same run: bare PATCHes with httpx to other records of the same double, with the same TLS trust,
   URL shape, OData headers and body, one token fetched once, and the same concurrency in total (``--workers`` httpx
   clients, each shared by ``--concurrency`` threads). The workers (and the bare clients with them) run as processes
   or as threads of this process (``--layout``; ``both``, the default, runs processes first on the events the load
   queued, then threads on the same events queued again by SQL). Per layout: bare, drain, bare again; the first bare
   measurement of the run has the full count, the others a quarter. Printed: events/s of each, the ratio worker /
   faster bare measurement (target >= 0.7), and where the CPU went: milliseconds per event in the clients (this
   process and its children), in Postgres and in the double, and the share of the machine other work took meanwhile
   (from /proc: the machine has 2 cores, the double and the database share them with the clients).

2. The outbox's cost on a transition: SDK transitions/s (pause/resume through the Postgres transport as a
   coordinator, 8 async workers: ``benchmarks.sdk_throughput.sdk_round``) with the outbox triggers enabled and
   disabled (``alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_portal_*`` as the owner;
   afterwards each gets its own mode back, ``enable always``), then the same pair of RPCs driven by ``pgbench`` (8
   clients), because the Python client's noise is large next to the difference. ``--rounds`` rounds of
   ``--seconds`` each, the order alternating every round; each round starts after ``vacuum analyze`` and a
   checkpoint, and checks that the triggers did (or did not) record its transitions. Printed: best with vs best
   without (target: overhead <= 10 %), the median of the rounds' paired overheads, and Postgres CPU per transition.
   Then the outbox trigger's own time: ``EXPLAIN ANALYZE`` of one UPDATE pausing 5,000 mentors (rolled back), per
   trigger, against the Postgres CPU of a checked transition.

``python -m benchmarks portal`` runs the full size; ``--smoke`` a tiny one for CI (2,000 events, threads only,
1-second rounds).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import multiprocessing.connection
import os
import ssl
import statistics
import threading
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

import httpx
import psycopg
from psycopg import sql
from tests.dataverse_server.server import DataverseTestServer
from tests.support.db import authenticator_url

from benchmarks.sdk_throughput import PGBENCH_RPC_SCRIPT, make_roster, pgbench_round, sdk_round
from mentor_pause import Identity, MentorPauseClient
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack
from mentor_pause.portal import DynamicsPortalClient, DynamicsSettings
from mentor_pause.portal.dynamics import ODATA_HEADERS
from mentor_pause.portal.worker import PortalSyncWorker, SyncReport, SyncSettings

TARGET_RATIO = 0.7
TARGET_OVERHEAD = 0.10
SDK_WORKERS = 8  # as in benchmarks.sdk_throughput
AVAILABLE_COLUMN = "hlf_available"
BARE_BODY = json.dumps({AVAILABLE_COLUMN: True}, separators=(",", ":")).encode()  # what the worker sends: all active
PORTAL_TRIGGERS = (
    "trg_peer_mentor_status_portal_insert",
    "trg_peer_mentor_status_portal_update",
    "trg_peer_mentor_status_portal_delete",
)

MENTOR_PREFIX = "00000000-0000-4000-a000-"  # mentors (and their portal records)
BARE_PREFIX = "00000000-0000-4000-b000-"  # records only the bare PATCHes touch
MENTOR = f"('{MENTOR_PREFIX}' || lpad(({{}})::text, 12, '0'))::uuid"
CHAPTER = "('00000000-0000-4000-9000-' || lpad(({})::text, 12, '0'))::uuid"

SPAWN = multiprocessing.get_context("spawn")  # this process has threads (psycopg pools, the clients): never fork it


def record_id(prefix: str, n: int) -> str:
    return f"{prefix}{n:012d}"


# -- the roster ----------------------------------------------------------------------------------------------------
def load_roster(url: str, mentors: int) -> int:
    """Bulk-load ``mentors`` mentors (500 per chapter); returns the events their status rows queued."""
    chapters = max(1, mentors // 500)
    with psycopg.connect(url, autocommit=True) as conn:
        # No nightly job in the middle of a measurement; the seed's own events count as delivered.
        if conn.execute("select 1 from pg_extension where extname = 'pg_cron'").fetchone():
            conn.execute("select cron.unschedule(jobid) from cron.job")
        conn.execute(
            "update private.portal_outbox set delivered_version = version, pending_since = null, dead_at = null, "
            "locked_until = null, locked_by = null"
        )
        with conn.transaction():
            conn.execute(
                f"insert into public.chapters (id, name) select {CHAPTER.format('g')}, 'Bench chapter ' || g "
                "from generate_series(1, %s) g",
                (chapters,),
            )
            conn.execute(
                "insert into public.peer_mentors (id, display_name, certification_expires_on) "
                f"select {MENTOR.format('g')}, 'Bench mentor ' || g, current_date + 365 from generate_series(1, %s) g",
                (mentors,),
            )
            conn.execute(
                "insert into public.chapter_memberships (mentor_id, chapter_id) "
                f"select {MENTOR.format('g')}, {CHAPTER.format('1 + g %% %s')} from generate_series(1, %s) g",
                (chapters, mentors),
            )
            conn.execute(
                "insert into public.peer_mentor_status (mentor_id, chapter_id) "
                f"select {MENTOR.format('g')}, {CHAPTER.format('1 + g %% %s')} from generate_series(1, %s) g",
                (chapters, mentors),
            )
        queued = conn.execute(
            "select count(*) from private.portal_outbox where version > delivered_version and dead_at is null"
        ).fetchone()
        conn.execute("vacuum analyze")
        conn.execute("checkpoint")
    return int(queued[0]) if queued else 0


def requeue_all(url: str, mentors: int) -> int:
    """Queue the bench mentors' current state again, as the trigger would for a new change (version + 1)."""
    with psycopg.connect(url, autocommit=True) as conn:
        queued = conn.execute(
            "update private.portal_outbox set version = version + 1, changed_at = now(), "
            "pending_since = coalesce(pending_since, now()), due_at = now(), attempts = 0, dead_at = null, "
            f"last_error = null where mentor_id between {MENTOR.format('1')} and {MENTOR.format('%s')}",
            (mentors,),
        ).rowcount
        conn.execute("vacuum analyze")
        conn.execute("checkpoint")
    return queued


# -- the Dataverse double, in a process of its own ---------------------------------------------------------------------
def _serve_double(conn: multiprocessing.connection.Connection) -> None:
    with DataverseTestServer() as double:
        conn.send(double.settings_values())
        while True:
            command, args = conn.recv()
            if command == "stop":
                conn.send(None)
                return
            if command == "seed":
                prefix, count = args
                double.seed({record_id(prefix, n): {AVAILABLE_COLUMN: True} for n in range(1, count + 1)})
                conn.send(None)
            elif command == "received":  # how many records got how many PATCHes
                prefix, count = args
                conn.send(Counter(len(double.received(record_id(prefix, n))) for n in range(1, count + 1)))
            elif command == "cpu":  # this process's CPU seconds (the server thread is nearly all of it)
                conn.send(time.process_time())
            elif command == "requests":  # (kind, status) -> count, over the whole log
                conn.send(Counter((r.kind, r.status) for r in double.requests))


class DoubleProcess:
    """The Dataverse/Entra double served by a child process; controlled over a pipe."""

    def __init__(self) -> None:
        self._conn, child = SPAWN.Pipe()
        self._process = SPAWN.Process(target=_serve_double, args=(child,), name="dataverse-double", daemon=True)
        self._process.start()
        self.settings_values: dict[str, Any] = self._conn.recv()

    def _ask(self, command: str, *args: object) -> Any:
        self._conn.send((command, args))
        return self._conn.recv()

    def seed(self, prefix: str, count: int) -> None:
        self._ask("seed", prefix, count)

    def received(self, prefix: str, count: int) -> Counter[int]:
        return self._ask("received", prefix, count)  # type: ignore[no-any-return]

    def requests(self) -> Counter[tuple[str, int]]:
        return self._ask("requests")  # type: ignore[no-any-return]

    def cpu_seconds(self) -> float:
        return float(self._ask("cpu"))

    def close(self) -> None:
        if self._process.is_alive():
            self._ask("stop")
        self._process.join(timeout=10)

    def settings(self) -> DynamicsSettings:
        return DynamicsSettings(**self.settings_values, available_column=AVAILABLE_COLUMN)

    def fetch_token(self) -> str:
        """One access token, fetched once, for the bare PATCHes (client credentials, as MSAL asks for it)."""
        s = self.settings()
        with httpx.Client(verify=ssl.create_default_context(cafile=str(s.ca_bundle))) as http:
            response = http.post(
                f"{s.authority}/oauth2/v2.0/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": s.client_id,
                    "client_secret": s.client_secret.get_secret_value(),
                    "scope": s.scope,
                },
            )
            response.raise_for_status()
            return str(response.json()["access_token"])


# -- running N groups (threads or processes) from one start signal -------------------------------------------------
@dataclass(frozen=True)
class DrainJob:
    database_url: str
    portal: dict[str, Any]
    sync: SyncSettings
    name: str


@dataclass(frozen=True)
class BareJob:
    api_url: str  # <environment>/api/data/v9.2/<entity set>
    token: str
    ca_bundle: str
    timeout: float
    record_ids: list[str]
    threads: int


def drain_group(job: DrainJob, wait: Callable[[], object]) -> dict[str, Any]:
    """One sync worker: its own database client and portal client; drains once the start signal comes."""
    settings = DynamicsSettings(**job.portal, available_column=AVAILABLE_COLUMN)
    with (
        MentorPauseClient.from_database_url(job.database_url, Identity.service()) as client,
        DynamicsPortalClient(settings) as portal,
    ):
        client.portal_sync_status()  # open the connection pool before the clock starts
        worker = PortalSyncWorker(client, portal, settings=job.sync, name=job.name)
        wait()
        report = worker.drain()
    return asdict(report)


def bare_group(job: BareJob, wait: Callable[[], object]) -> dict[str, Any]:
    """One httpx client shared by ``job.threads`` threads, PATCHing its records once the start signal comes."""
    headers = {**ODATA_HEADERS, "Authorization": f"Bearer {job.token}"}
    go = threading.Event()
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    with httpx.Client(timeout=job.timeout, verify=ssl.create_default_context(cafile=job.ca_bundle)) as http:

        def patch(ids: list[str]) -> None:
            seen: Counter[int] = Counter()
            go.wait()
            for record in ids:
                seen[http.patch(f"{job.api_url}({record})", headers=headers, content=BARE_BODY).status_code] += 1
            with lock:
                statuses.update(seen)

        threads = [threading.Thread(target=patch, args=(job.record_ids[t :: job.threads],)) for t in range(job.threads)]
        for thread in threads:
            thread.start()
        wait()
        go.set()
        for thread in threads:
            thread.join()
    return {"statuses": dict(statuses)}


def _in_process(
    target: Callable[[Any, Callable[[], object]], dict[str, Any]], job: object, barrier: Any, results: Any
) -> None:
    try:
        results.put(target(job, barrier.wait))
    except BaseException:
        results.put({"error": traceback.format_exc()})
        barrier.abort()


def run_groups(
    target: Callable[[Any, Callable[[], object]], dict[str, Any]], jobs: list[Any], layout: str
) -> tuple[float, list[dict[str, Any]]]:
    """Run ``target(job, wait)`` for every job, as threads of this process or as processes; every group calls
    ``wait()`` when ready, and the clock runs from the moment all are ready until the last one returns."""
    results: list[dict[str, Any]] = []
    if layout == "threads":
        barrier = threading.Barrier(len(jobs) + 1)

        def run(job: object) -> None:
            try:
                results.append(target(job, barrier.wait))
            except BaseException:
                results.append({"error": traceback.format_exc()})
                barrier.abort()

        threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
        for thread in threads:
            thread.start()
        with contextlib.suppress(threading.BrokenBarrierError):  # a group failed: its error is reported below
            barrier.wait(timeout=120)
        started = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    else:
        barrier = SPAWN.Barrier(len(jobs) + 1)
        queue = SPAWN.Queue()
        processes = [SPAWN.Process(target=_in_process, args=(target, job, barrier, queue)) for job in jobs]
        for process in processes:
            process.start()
        with contextlib.suppress(threading.BrokenBarrierError):  # a group failed: its error is reported below
            barrier.wait(timeout=120)
        started = time.perf_counter()
        results = [queue.get() for _ in processes]
        elapsed = time.perf_counter() - started
        for process in processes:
            process.join()
    errors = [r["error"] for r in results if "error" in r]
    if errors:
        raise RuntimeError("a group failed:\n" + "\n".join(errors))
    return elapsed, results


def machine_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs so far, from /proc/stat."""
    with open("/proc/stat") as stat:
        values = [float(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def tree_cpu(roots: list[int]) -> float:
    """CPU jiffies of the live processes under ``roots`` (and the roots), each with its reaped children's: so a
    process that exits between two readings is still counted, in its parent."""
    table: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                text = stat.read()
        except OSError:
            continue  # gone meanwhile
        fields = text[text.rfind(")") + 2 :].split()
        table[int(entry)] = (int(fields[1]), sum(float(v) for v in fields[11:15]))  # ppid; utime..cstime
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    seen, todo, total = set(), list(roots), 0.0
    while todo:
        pid = todo.pop()
        if pid in seen or pid not in table:
            continue
        seen.add(pid)
        total += table[pid][1]
        todo.extend(children.get(pid, []))
    return total


TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class CpuUse:
    """Where the machine's CPU went while something ran, in CPU seconds: the clients (this process and its
    children: threads, worker processes), the database cluster, the double's process; and the share of all cores that
    everything else on the machine took (other people's work, which makes a measurement noisier)."""

    elapsed: float = 0.0
    clients: float = 0.0
    postgres: float = 0.0
    double: float = 0.0
    others_share: float = 0.0

    def per_item(self, count: int) -> str:
        ms = 1000 / max(count, 1)
        double = f", double {self.double * ms:.2f}" if self.double else ""
        return (
            f"CPU ms each: clients {self.clients * ms:.2f}, postgres {self.postgres * ms:.2f}{double}; "
            f"other work on the machine {self.others_share * 100:.0f} % of it"
        )


@dataclass(frozen=True)
class CpuWatch:
    """Measures :class:`CpuUse` around a block."""

    client_root: int  # this process
    postmaster: int
    double: DoubleProcess | None = None

    @classmethod
    def for_stack(cls, stack: LocalStack, double: DoubleProcess | None = None) -> CpuWatch:
        postmaster = int((stack.cluster.data_dir / "postmaster.pid").read_text().split()[0])
        return cls(os.getpid(), postmaster, double)

    def _read(self) -> tuple[float, float, float, float, float]:
        busy, total = machine_cpu()
        double = self.double.cpu_seconds() if self.double is not None else 0.0
        return busy, total, tree_cpu([self.client_root]) / TICKS, tree_cpu([self.postmaster]) / TICKS, double

    @contextlib.contextmanager
    def watching(self) -> Iterator[CpuUse]:
        use = CpuUse()
        busy, total, clients, postgres, double = self._read()
        started = time.perf_counter()
        yield use
        use.elapsed = time.perf_counter() - started
        busy_after, total_after, clients_after, postgres_after, double_after = self._read()
        use.double = double_after - double
        use.clients = clients_after - clients - use.double  # the double is a child of this process
        use.postgres = postgres_after - postgres
        ours = (use.clients + use.double + use.postgres) * TICKS
        use.others_share = max(0.0, (busy_after - busy - ours) / max(total_after - total, 1.0))


# -- part 1: drain vs bare -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DrainSetup:
    url: str  # the database, as postgres
    cpu: CpuWatch
    double: DoubleProcess
    token: str
    workers: int
    sync: SyncSettings


def measure_bare(setup: DrainSetup, count: int, layout: str, label: str) -> float:
    settings = setup.double.settings()
    ids = [record_id(BARE_PREFIX, n) for n in range(1, count + 1)]
    jobs = [
        BareJob(
            api_url=f"{settings.api_url}/{settings.entity_set}",
            token=setup.token,
            ca_bundle=str(settings.ca_bundle),
            timeout=settings.timeout_seconds,
            record_ids=ids[k :: setup.workers],
            threads=setup.sync.concurrency,
        )
        for k in range(setup.workers)
    ]
    with setup.cpu.watching() as cpu:
        elapsed, results = run_groups(bare_group, jobs, layout)
    statuses: Counter[int] = Counter()
    for result in results:
        statuses.update({int(k): v for k, v in result["statuses"].items()})
    assert statuses == Counter({204: count}), statuses
    print(
        f"  bare ({layout}, {label}): {count:,} PATCHes in {elapsed:.1f} s, {count / elapsed:.0f}/s; "
        f"{cpu.per_item(count)}"
    )
    return count / elapsed


def measure_drain(setup: DrainSetup, events: int, layout: str) -> float:
    """Drain ``events`` queued events; check that each mentor's record got exactly one PATCH and the outbox is in
    step. The records are seeded afresh first (so "exactly one" counts this drain only)."""
    setup.double.seed(MENTOR_PREFIX, events)
    jobs = [
        DrainJob(authenticator_url(setup.url), setup.double.settings_values, setup.sync, f"bench-{layout}-{k}")
        for k in range(setup.workers)
    ]
    with setup.cpu.watching() as cpu:
        elapsed, results = run_groups(drain_group, jobs, layout)
    total = SyncReport()
    for result in results:
        total.add(SyncReport(**result))
    received = setup.double.received(MENTOR_PREFIX, events)
    with MentorPauseClient.from_database_url(authenticator_url(setup.url), Identity.service()) as service:
        state = service.portal_sync_status()
    print(
        f"  drain ({layout}): {events:,} events in {elapsed:.1f} s, {events / elapsed:.0f}/s; {cpu.per_item(events)}; "
        f"{total.batches} batches, {total.delivered} delivered, {total.retried} retried, {total.refused} refused; "
        f"PATCHes per record {dict(sorted(received.items()))}; outbox pending {state.pending}, "
        f"dead letters {state.dead_letters}"
    )
    assert (total.delivered, total.retried, total.refused) == (events, 0, 0), total
    assert received == Counter({1: events}), received
    assert (state.pending, state.dead_letters, state.in_flight) == (0, 0, 0), state
    return events / elapsed


def drain_part(
    stack: LocalStack, events: int, layouts: list[str], workers: int, sync: SyncSettings
) -> dict[str, float]:
    url = stack.url
    queued = load_roster(url, events)
    assert queued == events, (queued, events)
    double = DoubleProcess()
    try:
        setup = DrainSetup(url, CpuWatch.for_stack(stack, double), double, double.fetch_token(), workers, sync)
        double.seed(BARE_PREFIX, events)
        print(
            f"{events:,} events queued by the load; {workers} workers x batch {sync.batch_size} x "
            f"{sync.concurrency} pushes in flight; the double in its own process"
        )
        figures: dict[str, float] = {}
        for index, layout in enumerate(layouts):
            if index:
                assert requeue_all(url, events) == events
            before = measure_bare(setup, events if index == 0 else max(1, events // 4), layout, "before")
            drained = measure_drain(setup, events, layout)
            after = measure_bare(setup, max(1, events // 4), layout, "after")
            bare = max(before, after)
            ratio = drained / bare
            print(
                f"  {layout}: bare httpx PATCH/s {before:.0f} (before), {after:.0f} (after); "
                f"worker events/s {drained:.0f}; ratio worker / best bare {ratio:.2f} (target >= {TARGET_RATIO})"
            )
            figures |= {
                f"{layout}_bare_before": before,
                f"{layout}_bare_after": after,
                f"{layout}_drain": drained,
                f"{layout}_ratio": ratio,
            }
        requests = double.requests()
        print(
            "  the double saw: " + ", ".join(f"{kind} {status}: {n}" for (kind, status), n in sorted(requests.items()))
        )
    finally:
        double.close()
    return figures


# -- part 2: the outbox's cost on a transition ---------------------------------------------------------------------
@contextlib.contextmanager
def outbox_triggers_restored(url: str) -> Iterator[dict[str, str]]:
    """The portal triggers' modes now; each gets its own mode back on exit, whatever happened."""
    with psycopg.connect(url, autocommit=True) as conn:
        modes = dict(
            conn.execute(
                "select tgname, tgenabled::text from pg_trigger "
                "where tgrelid = 'public.peer_mentor_status'::regclass and tgname = any(%s)",
                (list(PORTAL_TRIGGERS),),
            ).fetchall()
        )
    assert set(modes) == set(PORTAL_TRIGGERS), modes
    try:
        yield modes
    finally:
        set_outbox_triggers(url, True, modes)


def set_outbox_triggers(url: str, on: bool, modes: dict[str, str]) -> None:
    enable = {"O": "enable", "A": "enable always", "R": "enable replica", "D": "disable"}
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        for name in PORTAL_TRIGGERS:
            action = enable[modes[name]] if on else "disable"
            conn.execute(
                sql.SQL("alter table public.peer_mentor_status {} trigger {}").format(
                    sql.SQL(action), sql.Identifier(name)
                )
            )


def settle(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("vacuum analyze public.peer_mentor_status, public.peer_mentor_status_log, private.portal_outbox")
        conn.execute("checkpoint")


def outbox_versions(url: str, mentors: list[uuid.UUID]) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "select coalesce(sum(version), 0) from private.portal_outbox where mentor_id = any(%s)", (mentors,)
        ).fetchone()
    return int(row[0]) if row else 0


def all_active(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:  # an SDK round may end mid-cycle
        conn.execute("update public.peer_mentor_status set status = 'active' where status = 'paused'")


def trigger_costs(url: str, rows: int, repeats: int) -> tuple[dict[str, float], float]:
    """Microseconds per row of each trigger on peer_mentor_status, and of the whole statement, for a pause of
    ``rows`` active mentors by one UPDATE as the owner (the state-machine, history and outbox triggers all fire; the
    outbox rows exist and are in step, as for a mentor's first change after a delivery), from ``EXPLAIN ANALYZE``,
    rolled back; median of ``repeats``."""
    times: dict[str, list[float]] = {}
    statement: list[float] = []
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(repeats):
            with conn.transaction(force_rollback=True):
                row = conn.execute(
                    "explain (analyze, format json) update public.peer_mentor_status "
                    "set status = 'paused', pause_reason = 'Bench' "
                    f"where mentor_id between {MENTOR.format('1')} and {MENTOR.format('%s')}",
                    (rows,),
                ).fetchone()
            assert row is not None
            plan = row[0][0]
            statement.append(plan["Execution Time"] * 1000 / rows)
            for trigger in plan.get("Triggers", []):
                assert trigger["Calls"] == rows, trigger
                times.setdefault(trigger["Trigger Name"], []).append(trigger["Time"] * 1000 / rows)
    return {name: statistics.median(values) for name, values in times.items()}, statistics.median(statement)


def on_cpu_ns(pid: int) -> int:
    """Nanoseconds the process has run on a CPU (/proc/<pid>/schedstat): unlike wall time, not lengthened by
    waiting for a core other work holds."""
    with open(f"/proc/{pid}/schedstat") as stat:
        return int(stat.read().split()[0])


def database_loop(url: str, coordinator: uuid.UUID, mentors: list[uuid.UUID]) -> float:
    """CPU microseconds per checked transition with no client in the way: one session, as the coordinator, pauses
    and resumes each mentor through the RPCs in one PL/pgSQL loop (one transaction, rolled back: the next loop finds
    the same state); the backend's own CPU time."""
    ids = "array[" + ",".join(f"'{m}'" for m in mentors) + "]::uuid[]"
    body = (
        f"declare m uuid; begin foreach m in array {ids} loop "
        "perform public.pause_mentor(m, 'Bench'); perform public.resume_mentor(m); end loop; end"
    )
    claims = json.dumps({"sub": str(coordinator), "role": "authenticated"})
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction(force_rollback=True):
        backend = conn.info.backend_pid
        conn.execute(
            "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', %s, true)", (claims,)
        )
        started = on_cpu_ns(backend)
        conn.execute(sql.SQL("do {}").format(sql.Literal(body)))
        used = on_cpu_ns(backend) - started
    return used / 1000 / (2 * len(mentors))


def transition_part(
    stack: LocalStack, seconds: float, rounds: int, trigger_rows: int, loop_mentors: int
) -> dict[str, float]:
    url = stack.url
    with psycopg.connect(url, autocommit=True) as conn:
        _, coordinator, mentors = make_roster(conn, SDK_WORKERS * 25)
        _, loop_coordinator, loop_roster = make_roster(conn, loop_mentors)
        conn.execute("create table bench_ids (n int primary key, mentor_id uuid not null)")
        with conn.cursor() as cur:
            cur.executemany("insert into bench_ids values (%s, %s)", list(enumerate(mentors, start=1)))
    rpc_script = PGBENCH_RPC_SCRIPT.format(rows=len(mentors), coordinator=coordinator)
    # kind -> outbox on -> one (transitions/s, Postgres CPU ms per transition) per round
    runs: dict[str, dict[bool, list[tuple[float, float]]]] = {
        "sdk": {True: [], False: []},
        "pgbench": {True: [], False: []},
    }
    loops: dict[bool, list[float]] = {True: [], False: []}  # µs per transition, database only
    watch = CpuWatch.for_stack(stack)

    def measure(kind: str, on: bool) -> None:
        set_outbox_triggers(url, on, modes)
        settle(url)
        versions = outbox_versions(url, mentors)
        with watch.watching() as cpu:
            if kind == "sdk":
                rate = asyncio.run(sdk_round(url, coordinator, mentors, seconds))
            else:
                rate = 2 * pgbench_round(stack, max(1.0, seconds), rpc_script)  # two transitions a transaction
        recorded = outbox_versions(url, mentors) - versions
        assert (recorded > 0) if on else (recorded == 0), (kind, on, recorded)  # the triggers were on / off
        if kind == "sdk":
            all_active(url)  # an SDK round may end mid-cycle
        transitions = round(rate * cpu.elapsed)
        runs[kind][on].append((rate, cpu.postgres * 1000 / max(transitions, 1)))
        print(
            f"  {kind:<7} {'with' if on else 'without'} the outbox: {rate:.0f} transitions/s; "
            f"{cpu.per_item(transitions)}"
        )

    with outbox_triggers_restored(url) as modes:
        for index in range(rounds):
            order = (True, False) if index % 2 == 0 else (False, True)
            for kind in ("sdk", "pgbench"):
                for on in order:
                    measure(kind, on)
            for on in order:
                set_outbox_triggers(url, on, modes)
                settle(url)
                loops[on].append(database_loop(url, loop_coordinator, loop_roster))
                print(
                    f"  loop    {'with' if on else 'without'} the outbox: {loops[on][-1]:.0f} CPU µs per transition "
                    f"({loop_mentors:,} pauses and resumes in one PL/pgSQL loop)"
                )
    figures: dict[str, float] = {}
    for label, key in (
        (f"SDK transitions/s (Postgres transport, {SDK_WORKERS} async workers)", "sdk"),
        (f"our RPCs by pgbench, transitions/s ({SDK_WORKERS} clients)", "pgbench"),
    ):
        with_rates, without_rates = [r for r, _ in runs[key][True]], [r for r, _ in runs[key][False]]
        with_outbox, without = max(with_rates), max(without_rates)
        overhead = without / with_outbox - 1  # extra time per transition
        paired = statistics.median(w / o - 1 for o, w in zip(with_rates, without_rates, strict=True))
        cpu_with = statistics.median(c for _, c in runs[key][True])
        cpu_without = statistics.median(c for _, c in runs[key][False])
        print(
            f"  {label}: with the outbox {', '.join(f'{x:.0f}' for x in with_rates)} -> best {with_outbox:.0f}; "
            f"without {', '.join(f'{x:.0f}' for x in without_rates)} -> best {without:.0f}; outbox overhead "
            f"{overhead * 100:+.1f} % per transition (best vs best; target <= {TARGET_OVERHEAD * 100:.0f} %), "
            f"{paired * 100:+.1f} % (median of the rounds' pairs); Postgres CPU per transition (median) "
            f"{cpu_with:.3f} ms with, {cpu_without:.3f} ms without"
        )
        figures |= {
            f"{key}_with": with_outbox,
            f"{key}_without": without,
            f"{key}_overhead": overhead,
            f"{key}_overhead_paired": paired,
            f"{key}_pg_cpu_ms_with": cpu_with,
            f"{key}_pg_cpu_ms_without": cpu_without,
        }
    loop_with, loop_without = statistics.median(loops[True]), statistics.median(loops[False])
    loop_paired = statistics.median(w / o - 1 for w, o in zip(loops[True], loops[False], strict=True))
    print(
        f"  database only, one session ({loop_mentors:,} mentors paused and resumed in a PL/pgSQL loop, median of "
        f"{rounds}): {loop_with:.0f} CPU µs per transition with the outbox, {loop_without:.0f} without: outbox "
        f"overhead {(loop_with / loop_without - 1) * 100:+.1f} % ({loop_paired * 100:+.1f} % median of the rounds' "
        "pairs)"
    )
    figures |= {
        "loop_us_with": loop_with,
        "loop_us_without": loop_without,
        "loop_overhead": loop_with / loop_without - 1,
        "loop_overhead_paired": loop_paired,
    }
    costs, statement = trigger_costs(url, trigger_rows, 5)
    outbox = costs.get("trg_peer_mentor_status_portal_update", 0.0)
    per_transition = figures["pgbench_pg_cpu_ms_with"] * 1000
    print(
        f"  triggers on a {trigger_rows:,}-row pause by one UPDATE (EXPLAIN ANALYZE, median of 5), µs per row: "
        + ", ".join(f"{name} {us:.1f}" for name, us in sorted(costs.items()))
        + f"; whole statement {statement:.1f}"
    )
    print(
        f"  the outbox trigger's {outbox:.1f} µs against a checked transition's {per_transition:.0f} µs of Postgres "
        f"CPU (pgbench, with the outbox): {outbox / max(per_transition - outbox, 1e-9) * 100:.1f} % added"
    )
    return figures | {"outbox_trigger_us": outbox, "trigger_statement_us": statement}


def run(
    events: int, layouts: list[str], workers: int, sync: SyncSettings, seconds: float, rounds: int
) -> dict[str, float]:
    with LocalStack.throwaway(SupabaseProject.discover(), prefix="mentor-pause-bench-") as stack:
        stack.start()
        print("1. draining the outbox to the Dataverse double, beside bare httpx PATCHes")
        figures = drain_part(stack, events, layouts, workers, sync)
        print("2. the outbox's cost on a transition")
        figures |= transition_part(stack, seconds, rounds, min(events // 2, 5_000), min(events // 4, 2_000))
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--layout", choices=["threads", "processes", "both"], default="both")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="tiny run for CI: 2,000 events, 1-second rounds")
    args = parser.parse_args(argv)
    if args.smoke:
        args.events, args.layout, args.seconds, args.rounds = 2_000, "threads", 1, 1
    layouts = ["processes", "threads"] if args.layout == "both" else [args.layout]
    sync = SyncSettings(batch_size=args.batch_size, concurrency=args.concurrency)
    print(json.dumps(run(args.events, layouts, args.workers, sync, args.seconds, args.rounds)))


if __name__ == "__main__":
    main()
