"""The portal outbox: written in the transition's transaction, one row per mentor with its latest state, claimed
under leases that two workers never share, retried, dead-lettered, and nothing sent twice after a success."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import psycopg
import pytest

from mentor_pause.identity import Identity
from tests.support import roster
from tests.support.db import Conn, acting_as, fails_with


def _outbox(db: Conn, mentor: UUID) -> tuple[Any, ...] | None:
    """The mentor's outbox row, read as the owner (whoever the transaction acts as right now)."""
    role = db.execute("select current_setting('role')").fetchone()[0]  # type: ignore[index]
    db.execute("select set_config('role', 'none', true)")
    try:
        return db.execute(
            "select version, delivered_version, attempts, dead_at is not null, last_error "
            "from private.portal_outbox where mentor_id = %s",
            (mentor,),
        ).fetchone()
    finally:
        db.execute("select set_config('role', %s, true)", (role,))


def _claim(db: Conn, worker: str = "w1", limit: int = 1000, lease: int = 60) -> dict[UUID, tuple[Any, ...]]:
    rows = db.execute(
        "select mentor_id, version, status, expected_return_date, attempts from public.claim_portal_sync(%s, %s, %s)",
        (worker, limit, lease),
    ).fetchall()
    return {r[0]: r[1:] for r in rows}


def _items(*pairs: tuple[UUID, int], **extra: Any) -> str:
    return json.dumps([{"mentor_id": str(m), "version": v, **extra} for m, v in pairs])


def _pause(db: Conn, mentor: UUID, reason: str = "Away") -> None:
    db.execute(
        "update public.peer_mentor_status set status = 'paused', pause_reason = %s where mentor_id = %s",
        (reason, mentor),
    )


def _resume(db: Conn, mentor: UUID) -> None:
    db.execute("update public.peer_mentor_status set status = 'active' where mentor_id = %s", (mentor,))


@pytest.fixture
def fresh(db: Conn) -> Conn:
    """The test's transaction, with everything already queued by other tests marked delivered (so claims see only
    this test's mentors)."""
    db.execute(
        "update private.portal_outbox set delivered_version = version, pending_since = null, dead_at = null, "
        "locked_until = null"
    )
    return db


def test_a_transition_enqueues_its_mentor_in_the_same_transaction(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    assert _outbox(fresh, mentor) == (1, 0, 0, False, None)  # the new status row
    _pause(fresh, mentor)
    assert _outbox(fresh, mentor) == (2, 0, 0, False, None)
    fresh.execute("update public.peer_mentor_status set pause_reason = 'Longer' where mentor_id = %s", (mentor,))
    assert _outbox(fresh, mentor)[0] == 2  # type: ignore[index]  # the portal does not show reasons


def _hot_updates(db: Conn) -> int:
    """HOT updates of the outbox in this transaction so far (the statistics functions count them at once)."""
    row = db.execute("select pg_stat_get_xact_tuples_hot_updated('private.portal_outbox'::regclass)").fetchone()
    return int(row[0])  # type: ignore[index]


def test_more_changes_to_a_mentor_already_waiting_update_the_outbox_in_place(fresh: Conn) -> None:
    """While a mentor waits for the portal, a further change touches no indexed column (a HOT update): the outbox
    then costs a transition little more than the row write, however often the mentor changes."""
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    before = _hot_updates(fresh)
    _pause(fresh, mentor)
    _resume(fresh, mentor)
    assert _hot_updates(fresh) - before == 2
    assert _outbox(fresh, mentor) == (3, 0, 0, False, None)
    with acting_as(fresh, Identity.service()):
        assert set(_claim(fresh)) == {mentor}  # and the workers' index still finds it


def test_pending_since_says_whether_the_portal_is_behind(fresh: Conn) -> None:
    """The workers' index looks for `pending_since is not null`: it must hold exactly when version > delivered."""
    chapter = roster.create_chapter(fresh)
    mentors = [roster.create_mentor(fresh, chapter) for _ in range(3)]
    with acting_as(fresh, Identity.service()):
        claimed = _claim(fresh)
        done = _items((mentors[0], claimed[mentors[0]][0]))
        fresh.execute("select public.complete_portal_sync('w1', %s)", (done,))
        refused = _items((mentors[1], claimed[mentors[1]][0]), error="gone")
        fresh.execute("select public.fail_portal_sync('w1', %s, 1)", (refused,))
    _pause(fresh, mentors[2])
    mismatched = fresh.execute(
        "select count(*) from private.portal_outbox where (pending_since is not null) <> (version > delivered_version)"
    ).fetchone()
    assert mismatched == (0,)


def test_a_rolled_back_transition_enqueues_nothing(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    fresh.execute("savepoint before_pause")
    _pause(fresh, mentor)
    fresh.execute("rollback to savepoint before_pause")
    assert _outbox(fresh, mentor) == (1, 0, 0, False, None)


def test_only_the_latest_state_is_sent_once_however_many_changes_queued(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    for _ in range(3):
        _pause(fresh, mentor)
        _resume(fresh, mentor)
    _pause(fresh, mentor, "Finally away")
    with acting_as(fresh, Identity.service()):
        claimed = _claim(fresh)
        assert claimed == {mentor: (8, "paused", None, 0)}
        fresh.execute("select public.complete_portal_sync('w1', %s)", (_items((mentor, 8)),))
        assert _claim(fresh) == {}  # delivered: nothing is sent again
    assert _outbox(fresh, mentor) == (8, 8, 0, False, None)


def test_a_change_while_a_push_is_in_flight_is_sent_afterwards(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    with acting_as(fresh, Identity.service()):
        assert _claim(fresh)[mentor][0] == 1
    _pause(fresh, mentor)  # arrives while version 1 is being pushed
    with acting_as(fresh, Identity.service()):
        fresh.execute("select public.complete_portal_sync('w1', %s)", (_items((mentor, 1)),))
        assert _claim(fresh) == {mentor: (2, "paused", None, 0)}


def test_a_deleted_mentor_is_sent_as_removed(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    fresh.execute("delete from public.peer_mentors where id = %s", (mentor,))
    with acting_as(fresh, Identity.service()):
        assert _claim(fresh) == {mentor: (2, None, None, 0)}


def test_a_claimed_mentor_is_not_claimed_again_until_its_lease_runs_out(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    with acting_as(fresh, Identity.service()):
        assert mentor in _claim(fresh, "w1")
        assert _claim(fresh, "w2") == {}
    fresh.execute(
        "update private.portal_outbox set locked_until = now() - interval '1 second' where mentor_id = %s", (mentor,)
    )  # the worker died; its lease ran out
    with acting_as(fresh, Identity.service()):
        assert mentor in _claim(fresh, "w2")


def test_failures_back_off_then_become_dead_letters_until_requeued(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    with acting_as(fresh, Identity.service()):
        for attempt in (1, 2):
            assert mentor in _claim(fresh)
            fresh.execute(
                "select public.fail_portal_sync('w1', %s, 3)",
                (_items((mentor, 1), error=f"503 number {attempt}", retry_after_seconds=0),),
            )
        assert _outbox(fresh, mentor) == (1, 0, 2, False, "503 number 2")
        fresh.execute(
            "select public.fail_portal_sync('w1', %s, 3)", (_items((mentor, 1), error="later", retry_after_seconds=30),)
        )
        assert _outbox(fresh, mentor) == (1, 0, 3, True, "later")  # the third failure: a dead letter
        assert _claim(fresh) == {}
        state = fresh.execute("select dead_letters from public.portal_sync_status()").fetchone()
        assert state is not None and state[0] >= 1
        assert fresh.execute("select public.requeue_portal_dead_letters(%s)", ([mentor],)).fetchone() == (1,)
        assert mentor in _claim(fresh)


def test_a_permanent_refusal_is_a_dead_letter_at_once_and_a_newer_change_revives_it(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    with acting_as(fresh, Identity.service()):
        _claim(fresh)
        fresh.execute(
            "select public.fail_portal_sync('w1', %s)", (_items((mentor, 1), error="404 no record", permanent=True),)
        )
    assert _outbox(fresh, mentor) == (1, 0, 1, True, "404 no record")
    _pause(fresh, mentor)
    assert _outbox(fresh, mentor) == (2, 0, 0, False, None)


def test_a_retry_after_is_respected(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    mentor = roster.create_mentor(fresh, chapter)
    with acting_as(fresh, Identity.service()):
        _claim(fresh)
        fresh.execute("select public.fail_portal_sync('w1', %s)", (_items((mentor, 1), retry_after_seconds=120),))
        assert _claim(fresh) == {}
    due = fresh.execute(
        "select due_at - now() between interval '119 seconds' and interval '121 seconds' "
        "from private.portal_outbox where mentor_id = %s",
        (mentor,),
    ).fetchone()
    assert due == (True,)


def test_the_sync_state_says_whether_the_portal_is_in_step(fresh: Conn) -> None:
    chapter = roster.create_chapter(fresh)
    admin = roster.create_user(fresh, "org_admin")
    coordinator = roster.create_user(fresh, "coordinator")
    mentors = [roster.create_mentor(fresh, chapter) for _ in range(3)]
    with acting_as(fresh, Identity.service()):
        _claim(fresh, limit=1)
        fresh.execute("select public.complete_portal_sync('w1', %s)", (_items((min(mentors), 1)),))
    with acting_as(fresh, Identity.user(admin)):
        state = fresh.execute(
            "select pending, in_flight, dead_letters, oldest_pending_since is not null, last_delivered_at = now() "
            "from public.portal_sync_status()"
        ).fetchone()
        assert state == (2, 0, 0, True, True)
        fails_with(fresh, "42501", "select * from public.claim_portal_sync('admin')")
    with acting_as(fresh, Identity.user(coordinator)):
        fails_with(fresh, "42501", "select * from public.portal_sync_status()")


# Real parallel connections -------------------------------------------------------------------------------------------
@pytest.fixture
def admin_db(database_url: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


def test_two_workers_claiming_at_once_never_share_a_mentor(admin_db, database_url: str) -> None:
    """The first claim's transaction holds its rows; the second skips them instead of waiting or taking them."""
    chapter = roster.create_chapter(admin_db)
    mentors = [roster.create_mentor(admin_db, chapter) for _ in range(6)]
    admin_db.execute(
        "update private.portal_outbox set due_at = '2000-01-01' where mentor_id = any(%s)", (mentors,)
    )  # first in line for any claim
    with psycopg.connect(database_url) as first, psycopg.connect(database_url) as second:
        one = {r[0] for r in first.execute("select mentor_id from public.claim_portal_sync('w1', 3)").fetchall()}
        second.execute("set lock_timeout = '2s'")
        started = time.monotonic()
        two = {r[0] for r in second.execute("select mentor_id from public.claim_portal_sync('w2', 3)").fetchall()}
        assert time.monotonic() - started < 1.5
        first.commit()
        second.commit()
    assert one and two and not one & two
    assert one | two == set(mentors)
