"""Rules the transition trigger and RPCs keep whatever the session looks like."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as, fails_with
from tests.support.roster import create_chapter, create_mentor, create_user


def utc_today(db: Conn) -> dt.date:
    """The database's today (private.today(): the organisation's time zone, UTC unless set)."""
    row = db.execute("select private.today()").fetchone()
    assert row
    return row[0]


def test_today_is_utc_whatever_time_zone_the_request_asks_for(db: Conn) -> None:
    """PostgREST lets a client choose the session TimeZone (Prefer: timezone=...); the rules use the UTC date."""
    chapter = create_chapter(db)
    admin = create_user(db, "org_admin")
    yesterday = utc_today(db) - dt.timedelta(days=1)
    lapsed = create_mentor(db, chapter, status="certification_expired", certification_expires_on=yesterday)
    active = create_mentor(db, chapter)
    db.execute("set local timezone = 'Etc/GMT+12'")  # where it is still "yesterday" for half of every UTC day
    with acting_as(db, Identity.user(admin)):
        fails_with(db, "PT409", "select * from public.reactivate_mentor(%s)", (lapsed,))
        fails_with(db, "22023", "select * from public.pause_mentor(%s, 'Trip', %s)", (active, yesterday))


def test_api_roles_cannot_touch_the_identity_sequences(db: Conn) -> None:
    for identity in (Identity.anonymous(), Identity.user("00000000-0000-4000-8000-0000000000ab"), Identity.service()):
        with acting_as(db, identity):
            fails_with(db, "42501", "select setval('public.peer_mentor_status_log_id_seq', 1)")
            fails_with(db, "42501", "select nextval('public.peer_mentor_status_id_seq')")


def test_service_role_still_creates_status_rows_without_sequence_privileges(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    with acting_as(db, Identity.service()):
        db.execute("insert into public.peer_mentor_status (mentor_id, chapter_id) values (%s, %s)", (mentor, chapter))
    assert db.execute("select status from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone() == (
        "active",
    )


# Dates: "today" is the database's, on both sides of the date line -------------------------------------------------
@pytest.mark.parametrize("session_time_zone", ["Etc/GMT+12", "Etc/GMT-14"])
def test_date_rules_ignore_the_session_time_zone(db: Conn, session_time_zone: str) -> None:
    """At any hour of the UTC day, one of these two zones is on another date than UTC, so a rule that used
    current_date would move with one of them."""
    chapter = create_chapter(db)
    admin = create_user(db, "org_admin")
    today = utc_today(db)
    yesterday = today - dt.timedelta(days=1)
    expires_today = create_mentor(db, chapter, status="certification_expired", certification_expires_on=today)
    lapsed = create_mentor(db, chapter, status="certification_expired", certification_expires_on=yesterday)
    back_today, back_yesterday = create_mentor(db, chapter), create_mentor(db, chapter)
    db.execute(f"set local timezone = '{session_time_zone}'")
    with acting_as(db, Identity.user(admin)):
        db.execute("select public.reactivate_mentor(%s)", (expires_today,))  # still valid on its last day
        fails_with(db, "PT409", "select * from public.reactivate_mentor(%s)", (lapsed,))
        db.execute("select public.pause_mentor(%s, 'Back today', %s)", (back_today, today))
        fails_with(db, "22023", "select * from public.pause_mentor(%s, 'Trip', %s)", (back_yesterday, yesterday))


def test_a_certification_that_is_not_tracked_never_lapses(db: Conn) -> None:
    chapter = create_chapter(db)
    admin = create_user(db, "org_admin")
    untracked = create_mentor(db, chapter, status="certification_expired")
    db.execute("update public.peer_mentors set certification_expires_on = null where id = %s", (untracked,))
    with acting_as(db, Identity.user(admin)):
        db.execute("select public.reactivate_mentor(%s)", (untracked,))


# Values every client can read back ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["infinity", "10000-01-01", "2999-12-31"])
def test_return_dates_beyond_five_years_are_refused_by_the_rpc(db: Conn, value: str) -> None:
    chapter = create_chapter(db)
    admin = create_user(db, "org_admin")
    mentor = create_mentor(db, chapter)
    with acting_as(db, Identity.user(admin)):
        error = fails_with(db, "22023", "select * from public.pause_mentor(%s, 'Forever', %s::date)", (mentor, value))
    assert "Leave the expected return date empty" in (error.diag.message_hint or "")
    row = db.execute("select status from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone()
    assert row == ("active",)


def _client_settable_time_columns(db: Conn) -> list[tuple[str, str, str]]:
    """Every date and timestamptz column of our tables that an API role may write (the history and the run
    records are written by our own functions only)."""
    rows = db.execute(
        """
        select c.table_name, c.column_name, c.data_type from information_schema.columns c
         where c.table_schema = 'public' and c.data_type in ('date', 'timestamp with time zone')
           and exists (
                 select 1 from unnest(array['anon', 'authenticated', 'service_role']) r(role),
                               unnest(array['INSERT', 'UPDATE']) p(privilege)
                  where has_column_privilege(r.role, format('public.%I', c.table_name), c.column_name, p.privilege))
         order by 1, 2
        """
    ).fetchall()
    return [(str(t), str(c), str(d)) for t, c, d in rows]


def test_every_date_and_timestamp_column_refuses_what_clients_cannot_hold(db: Conn) -> None:
    """'infinity' and five-digit years break Python clients (psycopg: "date too large"); every column a client
    can set refuses them with a CHECK, whoever writes (the owner included)."""
    columns = _client_settable_time_columns(db)
    assert len(columns) >= 12
    for table, column, kind in columns:
        row = db.execute(
            "select pg_get_constraintdef(oid) from pg_constraint where conrelid = %s::regclass and conname = %s",
            (f"public.{table}", f"{table}_{column}_supported"),
        ).fetchone()
        definition = str(row[0]) if row else ""
        low, high = ("'1900-01-01'::date", "'3000-01-01'::date") if kind == "date" else ("'1900-01-01", "'3000-01-01")
        assert f"({column} >= {low}" in definition and f"({column} < {high}" in definition, (table, column, row)


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("infinity", False),
        ("-infinity", False),
        ("10000-01-01", False),
        ("1899-12-31", False),
        ("1900-01-01", True),
        ("2999-12-31", True),
    ],
)
def test_the_bounds_refuse_infinity_and_far_years_and_accept_plausible_values(
    db: Conn, value: str, accepted: bool
) -> None:
    """The same bounds for a date column and a timestamptz column (a timestamp as at midnight UTC)."""
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter)
    for statement, params in (
        ("update public.peer_mentors set certification_expires_on = %s::date where id = %s", (value, mentor)),
        (
            "update public.chapters set created_at = (%s::date)::timestamp at time zone 'UTC' where id = %s",
            (value, chapter),
        )
        if "infinity" not in value
        else ("update public.chapters set created_at = %s::timestamptz where id = %s", (value, chapter)),
    ):
        if accepted:
            db.execute(statement, params)
        else:
            fails_with(db, "23514", statement, params)


def test_owner_sql_cannot_store_infinity_either(db: Conn) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, status="paused", pause_reason="Away")
    fails_with(
        db,
        "23514",
        "update public.peer_mentor_status set expected_return_date = 'infinity' where mentor_id = %s",
        (mentor,),
    )
    fails_with(
        db, "23514", "update public.peer_mentors set certification_expires_on = 'infinity' where id = %s", (mentor,)
    )
    fails_with(db, "23514", "update public.chapters set created_at = '10000-01-01' where id = %s", (chapter,))


# Request ids ---------------------------------------------------------------------------------------------------------
def test_a_transition_without_a_request_id_does_not_inherit_the_previous_one(db: Conn) -> None:
    """After an RPC call with a request id, a transition that names none (an RPC call without one, or owner SQL
    that does not touch last_request_id) records none: the id identifies the first transition only."""
    chapter = create_chapter(db)
    admin = create_user(db, "org_admin")
    mentor = create_mentor(db, chapter)
    first, second = uuid.uuid4(), uuid.uuid4()
    with acting_as(db, Identity.user(admin)):
        db.execute("select public.pause_mentor(%s, 'With an id', null, %s)", (mentor, first))
        db.execute("select public.resume_mentor(%s)", (mentor,))
        db.execute("select public.pause_mentor(%s, 'With another id', null, %s)", (mentor, second))
    db.execute("update public.peer_mentor_status set status = 'active' where mentor_id = %s", (mentor,))
    row = db.execute("select last_request_id from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone()
    assert row == (None,)
    logged = db.execute(
        "select request_id from public.peer_mentor_status_log where mentor_id = %s order by id", (mentor,)
    ).fetchall()
    assert logged == [(None,), (first,), (None,), (second,), (None,)]


def test_a_replay_with_another_return_date_is_a_conflict(db: Conn) -> None:
    chapter = create_chapter(db)
    admin = create_user(db, "org_admin")
    mentor = create_mentor(db, chapter)
    request_id = uuid.uuid4()
    today = utc_today(db)
    with acting_as(db, Identity.user(admin)):
        db.execute("select public.pause_mentor(%s, 'Trip', %s, %s)", (mentor, today, request_id))
        fails_with(
            db,
            "23505",
            "select public.pause_mentor(%s, 'Trip', %s, %s)",
            (mentor, today + dt.timedelta(days=1), request_id),
        )
        fails_with(db, "23505", "select public.pause_mentor(%s, 'Trip', null, %s)", (mentor, request_id))


# The row a mentor starts with obeys the rules of a transition ----------------------------------------------------
def test_a_new_status_row_is_stamped_by_the_trigger_not_by_the_writer(db: Conn) -> None:
    chapter = create_chapter(db)
    someone = create_user(db, "coordinator")
    mentor = create_mentor(db, chapter, with_status=False)
    with acting_as(db, Identity.service()):
        db.execute(
            "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, activated_by, "
            "paused_at, created_at) values (%s, %s, 'paused', 'Imported', %s, now() + interval '1 year', "
            "now() - interval '1 year')",
            (mentor, chapter, someone),
        )
    row = db.execute(
        "select activated_by, paused_at = now(), created_at = now() "
        "from public.peer_mentor_status where mentor_id = %s",
        (mentor,),
    ).fetchone()
    assert row == (None, True, True)


@pytest.mark.parametrize(
    ("columns", "values", "sqlstate"),
    [
        ("status, pause_reason, expected_return_date", "'paused', 'Imported', current_date - 1", "22023"),
        ("status, pause_reason, expected_return_date", "'paused', 'Imported', current_date + 3650", "22023"),
        ("last_request_id", "'11111111-1111-4111-8111-111111111111'", "22023"),
    ],
)
def test_a_new_status_row_refuses_what_a_transition_would(db: Conn, columns: str, values: str, sqlstate: str) -> None:
    chapter = create_chapter(db)
    mentor = create_mentor(db, chapter, with_status=False)
    with acting_as(db, Identity.service()):
        fails_with(
            db,
            sqlstate,
            f"insert into public.peer_mentor_status (mentor_id, chapter_id, {columns}) values (%s, %s, {values})",
            (mentor, chapter),
        )
    assert db.execute(
        "select count(*) from public.peer_mentor_status_log where mentor_id = %s", (mentor,)
    ).fetchone() == (0,)


def test_a_mentor_whose_certification_lapsed_cannot_start_active(db: Conn) -> None:
    chapter = create_chapter(db)
    yesterday = utc_today(db) - dt.timedelta(days=1)
    mentor = create_mentor(db, chapter, with_status=False, certification_expires_on=yesterday)
    for status in ("active", "paused"):
        fails_with(
            db,
            "PT409",
            "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason) "
            "values (%s, %s, %s, case when %s = 'paused' then 'Away' end)",
            (mentor, chapter, status, status),
        )
    db.execute(
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status) "
        "values (%s, %s, 'certification_expired')",
        (mentor, chapter),
    )


def test_deleting_and_recreating_an_expired_mentor_does_not_skip_reactivation(db: Conn) -> None:
    chapter = create_chapter(db)
    yesterday = utc_today(db) - dt.timedelta(days=1)
    mentor = create_mentor(db, chapter, status="certification_expired", certification_expires_on=yesterday)
    with acting_as(db, Identity.service()):
        db.execute("delete from public.peer_mentors where id = %s", (mentor,))  # cascades to the status row
        db.execute(
            "insert into public.peer_mentors (id, display_name, certification_expires_on) values (%s, 'Again', %s)",
            (mentor, yesterday),
        )
        db.execute("insert into public.chapter_memberships (mentor_id, chapter_id) values (%s, %s)", (mentor, chapter))
        fails_with(
            db,
            "PT409",
            "insert into public.peer_mentor_status (mentor_id, chapter_id, status) values (%s, %s, 'active')",
            (mentor, chapter),
        )
    history = db.execute(
        "select previous_status, new_status from public.peer_mentor_status_log where mentor_id = %s order by id",
        (mentor,),
    ).fetchall()
    assert history == [(None, "certification_expired"), ("certification_expired", None)]
