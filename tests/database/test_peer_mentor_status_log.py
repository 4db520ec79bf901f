"""peer_mentor_status_log: written by triggers only, one row per real transition, and append-only for all.

The original task's checks (1) (the columns) and (6) (the log refuses UPDATE, DELETE and TRUNCATE, even to its owner)
live in supabase/tests/test_schema_verification.sql, which tests/database/test_pgtap.py runs; the tests here cover
the rest."""

from __future__ import annotations

import uuid

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as, acting_with, fails_with
from tests.support.roster import create_chapter, create_mentor, create_user


def history(db: Conn, mentor_id: uuid.UUID) -> list[tuple[object, ...]]:
    return db.execute(
        "select previous_status, new_status, pause_reason, changed_by from public.peer_mentor_status_log "
        "where mentor_id = %s order by id",
        (mentor_id,),
    ).fetchall()


def set_status(db: Conn, mentor_id: uuid.UUID, status: str, reason: str | None = None, by: uuid.UUID | None = None):
    db.execute(
        "update public.peer_mentor_status set status = %s, pause_reason = %s, activated_by = %s, "
        "paused_at = case when %s = 'paused' then now() end where mentor_id = %s",
        (status, reason, by, status, mentor_id),
    )


def test_insert_writes_the_first_row_with_no_previous_status(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    assert history(db, mentor) == [(None, "active", None, None)]


def test_each_real_transition_writes_one_row_with_who_made_it(db: Conn) -> None:
    """changed_by is the actor of *this* change: the signed-in user through an RPC, NULL for owner SQL made after
    it (not the previous actor, which the status row's activated_by still named before the trigger set it)."""
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    coordinator = create_user(db, "coordinator")
    db.execute(
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) values (%s, %s)", (coordinator, chapter)
    )
    with acting_as(db, Identity.user(coordinator)):
        db.execute("select public.pause_mentor(%s, 'Travelling')", (mentor,))
    set_status(db, mentor, "active")  # owner SQL, e.g. from the dashboard
    assert history(db, mentor) == [
        (None, "active", None, None),
        ("active", "paused", "Travelling", coordinator),
        ("paused", "active", None, None),
    ]
    row = db.execute("select activated_by from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone()
    assert row == (None,)


def test_changed_by_ignores_what_the_writer_puts_in_activated_by(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    someone = create_user(db, "coordinator")
    set_status(db, mentor, "paused", "Forged", by=someone)
    assert history(db, mentor)[-1] == ("active", "paused", "Forged", None)


def test_the_history_names_the_actor_by_itself(db: Conn) -> None:
    """The log trigger derives the actor itself rather than trusting the status row: even with the transition
    trigger (which stamps activated_by) switched off by the owner, a forged activated_by is not recorded."""
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    someone = create_user(db, "coordinator")
    db.execute("alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition")
    set_status(db, mentor, "paused", "Forged", by=someone)
    db.execute("alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition")
    assert history(db, mentor)[-1] == ("active", "paused", "Forged", None)


def test_service_role_changes_are_system_changes_even_with_a_sub_claim(db: Conn) -> None:
    """One rule, in code and docs: service_role acts for nobody, so its changes record NULL."""
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    user = create_user(db, "org_admin")
    with acting_with(db, "service_role", {"role": "service_role", "sub": str(user)}):
        db.execute("select public.pause_mentor(%s, 'As the service')", (mentor,))
    assert history(db, mentor)[-1] == ("active", "paused", "As the service", None)


def test_deleting_a_status_row_is_recorded(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, status="paused", pause_reason="Leaving")
    db.execute("delete from public.peer_mentors where id = %s", (mentor,))  # cascades to the status row
    assert history(db, mentor) == [(None, "paused", "Leaving", None), ("paused", None, None, None)]


def test_status_table_cannot_be_truncated(db: Conn) -> None:
    chapter = create_chapter(db)
    create_mentor(db, chapter)
    error = fails_with(db, "42501", "truncate public.peer_mentor_status cascade")
    assert "delete the rows" in str(error)


def test_update_that_keeps_the_status_writes_nothing(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, status="paused", pause_reason="Holiday")
    db.execute("update public.peer_mentor_status set status = status where mentor_id = %s", (mentor,))
    db.execute("update public.peer_mentor_status set pause_reason = 'Longer holiday' where mentor_id = %s", (mentor,))
    assert len(history(db, mentor)) == 1


def test_log_rows_record_chapter_and_request_id(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    request_id = uuid.uuid4()
    db.execute(
        "update public.peer_mentor_status set status = 'paused', pause_reason = 'Exams', paused_at = now(), "
        "last_request_id = %s where mentor_id = %s",
        (request_id, mentor),
    )
    row = db.execute(
        "select chapter_id, request_id, changed_at = now() from public.peer_mentor_status_log "
        "where mentor_id = %s and new_status = 'paused'",
        (mentor,),
    ).fetchone()
    assert row == (chapter, request_id, True)


def test_log_cannot_be_changed_even_with_triggers_switched_to_replica_mode(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    db.execute("set local session_replication_role = replica")
    for sql in (
        "update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = %s",
        "delete from public.peer_mentor_status_log where mentor_id = %s",
    ):
        assert "append-only" in str(fails_with(db, "42501", sql, (mentor,)))
    assert "append-only" in str(fails_with(db, "42501", "truncate public.peer_mentor_status_log"))
    db.execute("set local session_replication_role = origin")


def test_history_is_written_and_rules_hold_in_replica_mode(db: Conn) -> None:
    """Replica mode switches ordinary triggers off; ours are ENABLE ALWAYS, so every change is still recorded
    and still checked."""
    chapter = create_chapter(db)
    db.execute("set local session_replication_role = replica")
    mentor = create_mentor(db, chapter)
    set_status(db, mentor, "paused", "In replica mode")
    db.execute("update public.peer_mentor_status set status = 'active' where mentor_id = %s", (mentor,))
    db.execute("delete from public.peer_mentor_status where mentor_id = %s", (mentor,))
    db.execute("set local session_replication_role = origin")
    assert history(db, mentor) == [
        (None, "active", None, None),
        ("active", "paused", "In replica mode", None),
        ("paused", "active", None, None),
        ("active", None, None, None),
    ]


def test_the_state_machine_holds_in_replica_mode(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, status="certification_expired")
    db.execute("set local session_replication_role = replica")
    fails_with(
        db,
        "PT409",
        "update public.peer_mentor_status set status = 'paused', pause_reason = 'Skipping reactivation' "
        "where mentor_id = %s",
        (mentor,),
    )
    db.execute("set local session_replication_role = origin")
    assert history(db, mentor) == [(None, "certification_expired", None, None)]


def test_append_only_is_the_triggers_refusal_not_only_a_missing_grant(db: Conn) -> None:
    """Even given the privileges (granted in this rolled-back transaction), service_role is refused by the
    trigger itself."""
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    db.execute("grant update, delete, truncate on public.peer_mentor_status_log to service_role")
    db.execute(
        "create policy matrix_everything on public.peer_mentor_status_log for all to service_role "
        "using (true) with check (true)"
    )
    with acting_as(db, Identity.service()):
        for sql in (
            "update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = %s",
            "delete from public.peer_mentor_status_log where mentor_id = %s",
        ):
            assert "append-only" in str(fails_with(db, "42501", sql, (mentor,)))
        assert "append-only" in str(fails_with(db, "42501", "truncate public.peer_mentor_status_log"))
    assert len(history(db, mentor)) == 1


def test_log_cannot_be_changed_or_forged_as_service_role(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    with acting_as(db, Identity.service()):
        fails_with(
            db,
            "42501",
            "update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = %s",
            (mentor,),
        )
        fails_with(db, "42501", "delete from public.peer_mentor_status_log where mentor_id = %s", (mentor,))
        fails_with(db, "42501", "truncate public.peer_mentor_status_log")
        fails_with(
            db,
            "42501",
            "insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values (%s, %s, 'paused')",
            (mentor, chapter),
        )
        assert db.execute(
            "select count(*) from public.peer_mentor_status_log where mentor_id = %s", (mentor,)
        ).fetchone() == (1,)
