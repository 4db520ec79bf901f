"""peer_mentor_status: the rules of the one-row-per-mentor status table.

The original task's checks (1)-(5) (columns, an active row accepted, an unknown status refused by the CHECK, a second
row refused by UNIQUE, the composite index used) live in supabase/tests/test_schema_verification.sql, which
tests/database/test_pgtap.py runs; the tests here cover the rest."""

from __future__ import annotations

import datetime as dt

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as, fails_with
from tests.support.roster import create_chapter, create_mentor


def test_foreign_keys_and_their_indexes(db: Conn) -> None:
    """Every foreign key is covered by an index whose leading columns are the key's columns, and which searches by
    the key's first column. Included columns count for the rest, as Supabase's unindexed-foreign-key advisor counts
    them: the unique mentor_id index, which includes chapter_id, covers (mentor_id, chapter_id)."""
    uncovered = db.execute(
        """
        select c.conname
          from pg_constraint c
         where c.contype = 'f'
           and c.conrelid in ('public.peer_mentor_status'::regclass, 'public.chapter_memberships'::regclass,
                              'public.coordinator_chapters'::regclass, 'public.coordinator_mentors'::regclass,
                              'public.peer_mentors'::regclass, 'public.user_roles'::regclass)
           and not exists (
                 select 1 from pg_index i
                  where i.indrelid = c.conrelid
                    and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                    and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
                    and i.indkey[0] = c.conkey[1])
        """
    ).fetchall()
    assert uncovered == []


def test_status_must_be_filed_under_one_of_the_mentors_chapters(db: Conn) -> None:
    home, elsewhere = create_chapter(db), create_chapter(db)
    mentor = create_mentor(db, home, with_status=False)
    error = fails_with(
        db,
        "23503",
        "insert into public.peer_mentor_status (mentor_id, chapter_id) values (%s, %s)",
        (mentor, elsewhere),
    )
    assert error.diag.constraint_name == "peer_mentor_status_membership_fkey"


def test_paused_row_needs_a_non_blank_reason(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    for reason in (None, "", "   "):
        error = fails_with(
            db,
            "23514",
            "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, paused_at) "
            "values (%s, %s, 'paused', %s, now())",
            (mentor, chapter, reason),
        )
        assert error.diag.constraint_name == "peer_mentor_status_paused_requires_reason"


def test_reason_has_a_maximum_length(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    error = fails_with(
        db,
        "23514",
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, paused_at) "
        "values (%s, %s, 'paused', %s, now())",
        (mentor, chapter, "x" * 501),
    )
    assert error.diag.constraint_name == "peer_mentor_status_reason_max_length"


def test_return_date_only_on_a_paused_row(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    error = fails_with(
        db,
        "23514",
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status, expected_return_date) "
        "values (%s, %s, 'active', %s)",
        (mentor, chapter, dt.date.today()),
    )
    assert error.diag.constraint_name == "peer_mentor_status_return_date_only_when_paused"


def test_updated_at_moves_on_update(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    db.execute(
        "update public.peer_mentor_status set updated_at = now() - interval '1 day' where mentor_id = %s", (mentor,)
    )
    db.execute(
        "update public.peer_mentor_status set status = 'paused', pause_reason = 'Holiday', paused_at = now() "
        "where mentor_id = %s",
        (mentor,),
    )
    moved = db.execute(
        "select updated_at = now() and created_at <= updated_at from public.peer_mentor_status where mentor_id = %s",
        (mentor,),
    ).fetchone()
    assert moved == (True,)


def test_api_roles_cannot_write_status_rows_directly(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    for identity in (Identity.anonymous(), Identity.user("00000000-0000-4000-8000-0000000000aa"), Identity.service()):
        with acting_as(db, identity):
            fails_with(
                db, "42501", "update public.peer_mentor_status set status = 'paused' where mentor_id = %s", (mentor,)
            )
            fails_with(db, "42501", "delete from public.peer_mentor_status where mentor_id = %s", (mentor,))
            fails_with(db, "42501", "truncate public.peer_mentor_status")
