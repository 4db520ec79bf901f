"""peer_mentor_status_log: written by triggers only, one row per real transition, and append-only for all."""

from __future__ import annotations

import uuid

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as, fails_with
from tests.support.roster import create_chapter, create_mentor, create_user

LOG_COLUMNS = {
    "id": ("bigint", "NO"),
    "mentor_id": ("uuid", "NO"),
    "chapter_id": ("uuid", "NO"),
    "previous_status": ("text", "YES"),
    "new_status": ("text", "NO"),
    "pause_reason": ("text", "YES"),
    "expected_return_date": ("date", "YES"),
    "changed_by": ("uuid", "YES"),
    "changed_at": ("timestamp with time zone", "NO"),
    "request_id": ("uuid", "YES"),
}


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


def test_columns_are_as_documented(db: Conn) -> None:
    from tests.database.test_peer_mentor_status import columns_of

    assert columns_of(db, "peer_mentor_status_log") == LOG_COLUMNS


def test_insert_writes_the_first_row_with_no_previous_status(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    assert history(db, mentor) == [(None, "active", None, None)]


def test_each_real_transition_writes_one_row_with_who_made_it(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    coordinator = create_user(db, "coordinator")
    set_status(db, mentor, "paused", "Travelling", coordinator)
    set_status(db, mentor, "active", None, None)
    assert history(db, mentor) == [
        (None, "active", None, None),
        ("active", "paused", "Travelling", coordinator),
        ("paused", "active", None, None),
    ]


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


def test_log_cannot_be_changed_by_its_owner(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    before = history(db, mentor)
    for sql in (
        "update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = %s",
        "delete from public.peer_mentor_status_log where mentor_id = %s",
    ):
        error = fails_with(db, "42501", sql, (mentor,))
        assert "append-only" in str(error)
    error = fails_with(db, "42501", "truncate public.peer_mentor_status_log")
    assert "append-only: TRUNCATE is not allowed" in str(error)
    assert history(db, mentor) == before


def test_log_cannot_be_changed_even_with_triggers_switched_to_replica_mode(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    db.execute("set local session_replication_role = replica")
    fails_with(db, "42501", "delete from public.peer_mentor_status_log where mentor_id = %s", (mentor,))
    db.execute("set local session_replication_role = origin")


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
