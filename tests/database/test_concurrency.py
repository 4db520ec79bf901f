"""Concurrent transitions of one mentor, on real parallel connections: one winner, and a history that matches.

The write RPCs lock the mentor's status row before they read its status. Without that lock two callers would
both read `active`, both pass the state machine, and the second UPDATE would silently repeat the first: two
successes, one history row, and a row whose reason no history row shows. These tests make the calls overlap
for real (a barrier, or a transaction held open until the other call is seen waiting).
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from uuid import UUID

import psycopg
import pytest

from mentor_pause.identity import Identity, identity_context
from tests.support import roster

ROUNDS = 5
CALLERS = 8


@pytest.fixture
def admin_db(database_url: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


def _call(conn: psycopg.Connection[tuple[Any, ...]], identity: Identity, sql: str, params: tuple[Any, ...]) -> Any:
    """One PostgREST-style request: a transaction that sets the role and claims, then the call."""
    with conn.transaction():
        conn.execute(*identity_context(identity))
        row = conn.execute(sql, params).fetchone()
        return row[0] if row else None


def _history(db: psycopg.Connection[tuple[Any, ...]], mentor: UUID) -> list[tuple[Any, ...]]:
    return db.execute(
        "select new_status, pause_reason from public.peer_mentor_status_log where mentor_id = %s order by id",
        (mentor,),
    ).fetchall()


def _row(db: psycopg.Connection[tuple[Any, ...]], mentor: UUID) -> tuple[Any, ...]:
    row = db.execute(
        "select status, pause_reason from public.peer_mentor_status where mentor_id = %s", (mentor,)
    ).fetchone()
    assert row is not None
    return row


def _wait_until_blocked(db: psycopg.Connection[tuple[Any, ...]], marker: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.execute(
            "select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like %s", (f"%{marker}%",)
        ).fetchone():
            return
        time.sleep(0.01)
    raise AssertionError(f"no call with {marker!r} ever waited on a lock")


@pytest.fixture
def admin(admin_db: psycopg.Connection[tuple[Any, ...]]) -> tuple[Identity, UUID]:
    return Identity.user(roster.create_user(admin_db, "org_admin")), roster.create_chapter(admin_db)


def test_the_second_of_two_overlapping_pauses_sees_the_first(admin, admin_db, database_url: str) -> None:
    """The first pause holds the row; the second waits, then sees `paused` and is refused (PT409)."""
    identity, chapter = admin
    mentor = roster.create_mentor(admin_db, chapter)
    with psycopg.connect(database_url) as first, psycopg.connect(database_url) as second:
        first.execute(*identity_context(identity))
        first.execute("select public.pause_mentor(%s, 'First pause')", (mentor,))  # transaction left open

        outcome: dict[str, Any] = {}

        def second_pause() -> None:
            try:
                _call(second, identity, "select status from public.pause_mentor(%s, 'Second pause')", (mentor,))
                outcome["result"] = "paused"
            except psycopg.Error as exc:
                outcome["result"] = exc.sqlstate

        waiter = threading.Thread(target=second_pause)
        waiter.start()
        _wait_until_blocked(admin_db, "Second pause")
        first.commit()
        waiter.join(timeout=10)
    assert outcome["result"] == "PT409"
    assert _row(admin_db, mentor) == ("paused", "First pause")
    assert _history(admin_db, mentor) == [("active", None), ("paused", "First pause")]


def test_many_callers_at_once_leave_one_history_row_per_success(admin, admin_db, database_url: str) -> None:
    """Rounds of eight callers released together by a barrier, half pausing and half resuming one mentor."""
    identity, chapter = admin
    mentor = roster.create_mentor(admin_db, chapter)
    connections = [psycopg.connect(database_url) for _ in range(CALLERS)]
    barrier = threading.Barrier(CALLERS)

    def attempt(index: int, round_: int) -> str:
        conn = connections[index]
        if index % 2:
            sql, params = "select status from public.resume_mentor(%s)", (mentor,)
        else:
            sql, params = "select status from public.pause_mentor(%s, %s)", (mentor, f"Pause {round_}.{index}")
        barrier.wait()
        try:
            return str(_call(conn, identity, sql, params))
        except psycopg.Error as exc:
            return str(exc.sqlstate)

    successes = 0
    try:
        with ThreadPoolExecutor(CALLERS) as pool:
            for round_ in range(ROUNDS):
                results = list(pool.map(attempt, range(CALLERS), [round_] * CALLERS))
                assert set(results) <= {"paused", "active", "PT409"}, results
                successes += sum(r != "PT409" for r in results)
    finally:
        for conn in connections:
            conn.close()
    history = _history(admin_db, mentor)
    assert successes >= ROUNDS
    assert len(history) == 1 + successes  # the first row, then exactly one per successful call
    assert _row(admin_db, mentor) == history[-1]  # the row is what the last history row says
    for before, after in itertools.pairwise(history):
        assert before[0] != after[0]  # every row is a real transition


def test_concurrent_retries_of_one_request_make_one_transition(admin, admin_db, database_url: str) -> None:
    """A client and its own retry arrive together: one pauses, the other replays the first outcome."""
    identity, chapter = admin
    for _ in range(ROUNDS):
        mentor = roster.create_mentor(admin_db, chapter)
        request_id = uuid.uuid4()
        connections = [psycopg.connect(database_url) for _ in range(2)]
        barrier = threading.Barrier(2)

        def attempt(
            conn: psycopg.Connection[tuple[Any, ...]],
            mentor: UUID = mentor,
            rid: UUID = request_id,
            barrier: threading.Barrier = barrier,
        ) -> str:
            barrier.wait()
            return str(
                _call(
                    conn, identity, "select pause_reason from public.pause_mentor(%s, 'Once', null, %s)", (mentor, rid)
                )
            )

        try:
            with ThreadPoolExecutor(2) as pool:
                assert list(pool.map(attempt, connections)) == ["Once", "Once"]
        finally:
            for conn in connections:
                conn.close()
        assert _history(admin_db, mentor) == [("active", None), ("paused", "Once")]
