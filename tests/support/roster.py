"""Build roster data for a test with fresh identifiers, so tests never depend on each other or on the seed.

Everything is inserted as the connection's user (the superuser in tests), the way an administrator or the
seed would, never through the API roles.
"""

from __future__ import annotations

import datetime as dt
import uuid
from uuid import UUID

from tests.support.db import Conn


def create_user(conn: Conn, *roles: str, email: str | None = None) -> UUID:
    user_id = uuid.uuid4()
    conn.execute(
        "insert into auth.users (id, aud, role, email, created_at, updated_at) "
        "values (%s, 'authenticated', 'authenticated', %s, now(), now())",
        (user_id, email or f"{user_id}@test.example"),
    )
    for role in roles:
        conn.execute("insert into public.user_roles (user_id, role) values (%s, %s)", (user_id, role))
    return user_id


def create_chapter(conn: Conn, name: str | None = None) -> UUID:
    chapter_id = uuid.uuid4()
    conn.execute(
        "insert into public.chapters (id, name) values (%s, %s)", (chapter_id, name or f"Chapter {chapter_id}")
    )
    return chapter_id


def create_mentor(
    conn: Conn,
    *chapters: UUID,
    user_id: UUID | None = None,
    certification_expires_on: dt.date | None = None,
    status: str = "active",
    pause_reason: str | None = None,
    expected_return_date: dt.date | None = None,
    with_status: bool = True,
) -> UUID:
    """A mentor in ``chapters`` (the status row is filed under the first one).

    An ``active`` or ``paused`` mentor whose certification has lapsed cannot be created (a new status row obeys the
    rules of a transition); such a mentor is one whose certification ran out since, so the date is set after the
    status row, as time passing would.
    """
    assert chapters, "a mentor belongs to at least one chapter"
    mentor_id = uuid.uuid4()
    expires = certification_expires_on or dt.date.today() + dt.timedelta(days=365)
    lapses_later = (
        with_status and status != "certification_expired" and expires < dt.date.today() + dt.timedelta(days=2)
    )
    conn.execute(
        "insert into public.peer_mentors (id, user_id, display_name, certification_expires_on) values (%s, %s, %s, %s)",
        (mentor_id, user_id, f"Mentor {str(mentor_id)[:8]}", None if lapses_later else expires),
    )
    for chapter_id in chapters:
        conn.execute(
            "insert into public.chapter_memberships (mentor_id, chapter_id) values (%s, %s)", (mentor_id, chapter_id)
        )
    if with_status:
        conn.execute(
            "insert into public.peer_mentor_status "
            "(mentor_id, chapter_id, status, pause_reason, expected_return_date, paused_at) "
            "values (%s, %s, %s, %s, %s, case when %s = 'paused' then now() end)",
            (mentor_id, chapters[0], status, pause_reason, expected_return_date, status),
        )
    if lapses_later:
        conn.execute("update public.peer_mentors set certification_expires_on = %s where id = %s", (expires, mentor_id))
    return mentor_id


def assign_chapter(conn: Conn, coordinator_id: UUID, chapter_id: UUID) -> None:
    conn.execute(
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) values (%s, %s)",
        (coordinator_id, chapter_id),
    )


def assign_mentor(conn: Conn, coordinator_id: UUID, mentor_id: UUID) -> None:
    conn.execute(
        "insert into public.coordinator_mentors (coordinator_id, mentor_id) values (%s, %s)",
        (coordinator_id, mentor_id),
    )
