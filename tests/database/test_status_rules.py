"""Rules the transition trigger and RPCs keep whatever the session looks like."""

from __future__ import annotations

import datetime as dt

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as, fails_with
from tests.support.roster import create_chapter, create_mentor, create_user


def utc_today(db: Conn) -> dt.date:
    row = db.execute("select (now() at time zone 'UTC')::date").fetchone()
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
