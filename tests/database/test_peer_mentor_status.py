"""peer_mentor_status: the shape and rules of the one-row-per-mentor status table (original checks 1-5)."""

from __future__ import annotations

import datetime as dt

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as, fails_with
from tests.support.roster import create_chapter, create_mentor

STATUS_COLUMNS = {
    "id": ("bigint", "NO"),
    "mentor_id": ("uuid", "NO"),
    "chapter_id": ("uuid", "NO"),
    "status": ("text", "NO"),
    "pause_reason": ("text", "YES"),
    "expected_return_date": ("date", "YES"),
    "activated_by": ("uuid", "YES"),
    "paused_at": ("timestamp with time zone", "YES"),
    "last_request_id": ("uuid", "YES"),
    "created_at": ("timestamp with time zone", "NO"),
    "updated_at": ("timestamp with time zone", "NO"),
}


def columns_of(db: Conn, table: str) -> dict[str, tuple[str, str]]:
    rows = db.execute(
        "select column_name, data_type, is_nullable from information_schema.columns "
        "where table_schema = 'public' and table_name = %s",
        (table,),
    ).fetchall()
    return {str(name): (str(kind), str(nullable)) for name, kind, nullable in rows}


def test_columns_are_as_documented(db: Conn) -> None:
    assert columns_of(db, "peer_mentor_status") == STATUS_COLUMNS


def test_foreign_keys_and_their_indexes(db: Conn) -> None:
    """Every foreign key is covered by an index whose leading columns are the key's columns."""
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
                    and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
        """
    ).fetchall()
    assert uncovered == []


def test_active_row_is_accepted(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    db.execute(
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status) values (%s, %s, 'active')",
        (mentor, chapter),
    )
    row = db.execute("select status from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone()
    assert row == ("active",)


def test_unknown_status_is_rejected_by_check(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    error = fails_with(
        db,
        "23514",
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status) values (%s, %s, 'unknown_value')",
        (mentor, chapter),
    )
    assert error.diag.constraint_name == "peer_mentor_status_status_check"


def test_second_row_for_a_mentor_is_rejected_by_unique(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    error = fails_with(
        db,
        "23505",
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status) values (%s, %s, 'active')",
        (mentor, chapter),
    )
    assert error.diag.constraint_name == "peer_mentor_status_mentor_id_key"
    assert db.execute("select count(*) from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone() == (
        1,
    )


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


def test_composite_index_serves_chapter_and_status_queries(db: Conn) -> None:
    """With 20,000 rows over 200 chapters the planner picks (chapter_id, status) for the chapter listing."""
    chapters = [create_chapter(db) for _ in range(200)]
    db.execute(
        """
        with m as (
          insert into public.peer_mentors (display_name)
          select 'Bulk mentor ' || g from generate_series(1, 20000) g
          returning id
        ), numbered as (
          select id, row_number() over (order by id) as n from m
        ), ms as (
          insert into public.chapter_memberships (mentor_id, chapter_id)
          select numbered.id, (%s::uuid[])[1 + numbered.n %% 200] from numbered
          returning mentor_id, chapter_id
        )
        insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, paused_at)
        select ms.mentor_id, ms.chapter_id,
               case when n %% 10 = 0 then 'paused' else 'active' end,
               case when n %% 10 = 0 then 'Bulk pause' end,
               case when n %% 10 = 0 then now() end
          from ms join numbered on numbered.id = ms.mentor_id
        """,
        (chapters,),
    )
    db.execute("analyze public.peer_mentor_status")
    plan = "\n".join(
        str(row[0])
        for row in db.execute(
            "explain (analyze, costs off, timing off, summary off) "
            "select mentor_id from public.peer_mentor_status where chapter_id = %s and status = 'paused'",
            (chapters[7],),
        )
    )
    assert "peer_mentor_status_chapter_id_status_idx" in plan, plan


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
