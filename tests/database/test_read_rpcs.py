"""The read RPCs show exactly what the policies show, whichever query shape they pick for the caller's scope.

The RPCs write the scope out (so it can drive the query) instead of reading through the policies; these tests hold
the two to the same rows for callers of every size, including a coordinator of many chapters, whose listing takes
another path than the access matrix's small world exercises.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from mentor_pause.identity import Identity
from tests.support import roster
from tests.support.db import Conn, acting_as


def _visible_through_the_policy(db: Conn, caller: UUID, status: str | None, chapter: UUID | None) -> list[UUID]:
    with acting_as(db, Identity.user(caller)):
        rows = db.execute(
            "select s.mentor_id from public.peer_mentor_status s "
            "where (%(status)s::text is null or s.status = %(status)s) "
            "and (%(chapter)s::uuid is null or s.mentor_id in "
            "     (select m.mentor_id from public.chapter_memberships m where m.chapter_id = %(chapter)s)) "
            "order by s.mentor_id",
            {"status": status, "chapter": chapter},
        ).fetchall()
    return [r[0] for r in rows]


def _listed_by_the_rpc(db: Conn, caller: UUID, status: str | None, chapter: UUID | None) -> list[UUID]:
    listed: list[UUID] = []
    after: UUID | None = None
    with acting_as(db, Identity.user(caller)):
        while True:
            rows = db.execute(
                "select mentor_id from public.list_mentor_statuses(%s, %s, %s, 7)", (chapter, status, after)
            ).fetchall()
            listed += [r[0] for r in rows]
            if len(rows) < 7:
                return listed
            after = rows[-1][0]


@pytest.fixture
def organisation(db: Conn) -> dict[str, Any]:
    """40 chapters of 6 mentors (every 4th also in the next chapter); callers of every scope."""
    chapters = [roster.create_chapter(db) for _ in range(40)]
    mentors = []
    for index, chapter in enumerate(chapters):
        for n in range(6):
            extra = (chapters[(index + 1) % len(chapters)],) if n % 4 == 0 else ()
            status = "paused" if n % 3 == 0 else "active"
            reason = "Away" if status == "paused" else None
            mentors.append(roster.create_mentor(db, chapter, *extra, status=status, pause_reason=reason))
    regional, local, direct = (roster.create_user(db, "coordinator") for _ in range(3))
    for chapter in chapters[:35]:  # more than the 30 chapters above which the RPC walks the status index
        roster.assign_chapter(db, regional, chapter)
    roster.assign_chapter(db, local, chapters[36])
    for mentor in mentors[::9]:
        roster.assign_mentor(db, direct, mentor)
    roster.assign_mentor(db, regional, mentors[-1])
    mentor_user = roster.create_user(db, "peer_mentor")
    db.execute("update public.peer_mentors set user_id = %s where id = %s", (mentor_user, mentors[100]))
    # Assignments of a user without the coordinator role grant nothing, however many: only their own mentor row.
    former = roster.create_user(db, "peer_mentor")
    for chapter in chapters[:35]:
        roster.assign_chapter(db, former, chapter)
    db.execute("update public.peer_mentors set user_id = %s where id = %s", (former, mentors[-2]))
    # A regional coordinator who is also a mentor, outside the chapters they coordinate.
    db.execute("update public.peer_mentors set user_id = %s where id = %s", (regional, mentors[-7]))
    return {
        "chapters": chapters,
        "callers": {
            "regional": regional,
            "local": local,
            "direct": direct,
            "mentor": mentor_user,
            "former_coordinator": former,
            "admin": roster.create_user(db, "org_admin"),
        },
    }


@pytest.mark.parametrize("caller", ["regional", "local", "direct", "mentor", "former_coordinator", "admin"])
@pytest.mark.parametrize("status", [None, "paused"])
def test_a_listing_shows_what_the_policy_shows(db: Conn, organisation: dict[str, Any], caller: str, status) -> None:
    who = organisation["callers"][caller]
    chapters = organisation["chapters"]
    for chapter in (None, chapters[0], chapters[36], chapters[39]):
        expected = _visible_through_the_policy(db, who, status, chapter)
        listed = _listed_by_the_rpc(db, who, status, chapter)
        if caller == "admin" and chapter is None:  # the admin sees the whole database: compare this test's part
            listed = [m for m in listed if m in set(expected)]
            expected = [m for m in expected if m in set(listed)]
        assert listed == expected, (caller, status, chapter)
    if status is None:
        assert _visible_through_the_policy(db, who, status, None)  # every caller sees somebody
