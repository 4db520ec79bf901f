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
    # The same mentor reaches `local` twice over: a member of both their chapters (every 4th of chapter 35 is also in
    # 36), and a member of 36 assigned to them directly as well. Each must still be listed once.
    roster.assign_chapter(db, local, chapters[35])
    roster.assign_mentor(db, local, mentors[36 * 6])
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


def _named_through_the_policies(db: Conn, caller: UUID) -> list[tuple[UUID, str, str]]:
    """Each status the caller sees with the names the caller can read for it: peer_mentors and chapters through
    their own policies (an outer join, so a name the caller could not read shows as None)."""
    with acting_as(db, Identity.user(caller)):
        rows = db.execute(
            "select s.mentor_id, p.display_name, c.name from public.peer_mentor_status s "
            "left join public.peer_mentors p on p.id = s.mentor_id left join public.chapters c on c.id = s.chapter_id "
            "order by s.mentor_id"
        ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]  # type: ignore[misc]


@pytest.mark.parametrize("caller", ["regional", "local", "direct", "mentor", "admin"])
def test_the_names_are_those_the_caller_may_read_anyway(db: Conn, organisation: dict[str, Any], caller: str) -> None:
    """The RPCs add the mentor's and the chapter's names without revealing anything: every name they return is the
    one the caller reads through the roster tables' own policies, and none is missing. get_mentor_statuses, given
    every mentor's id, returns exactly the statuses the policy shows."""
    who = organisation["callers"][caller]
    expected = _named_through_the_policies(db, who)
    listed: list[tuple[Any, ...]] = []
    with acting_as(db, Identity.user(who)):
        while True:  # every page (the admin's may hold other tests' committed mentors too)
            page = db.execute(
                "select mentor_id, mentor_display_name, chapter_name "
                "from public.list_mentor_statuses(p_after => %s, p_limit => 1000)",
                (listed[-1][0] if listed else None,),
            ).fetchall()
            listed += page
            if len(page) < 1000:
                break
        single = [
            db.execute(
                "select mentor_id, mentor_display_name, chapter_name from public.get_mentor_status(%s)", (mentor,)
            ).fetchone()
            for mentor, _, _ in expected
        ]
    everyone = [r[0] for r in db.execute("select mentor_id from public.peer_mentor_status order by mentor_id")]
    by_id: list[tuple[Any, ...]] = []
    with acting_as(db, Identity.user(who)):
        for start in range(0, len(everyone), 1000):  # visible or not, 1000 ids per call
            by_id += db.execute(
                "select mentor_id, mentor_display_name, chapter_name from public.get_mentor_statuses(%s)",
                (everyone[start : start + 1000],),
            ).fetchall()
    if caller == "admin":  # the admin sees the whole database: compare this test's part
        mine = {m for m, _, _ in expected}
        listed = [row for row in listed if row[0] in mine]
    assert [tuple(r) for r in listed] == expected
    assert [tuple(r) for r in single if r] == expected
    assert [tuple(r) for r in by_id] == _named_through_the_policies(db, who)  # exactly the visible ones
    assert all(name and chapter for _, name, chapter in expected)


def test_a_listing_row_is_a_status_row_with_the_names(db: Conn) -> None:
    """public.mentor_status_listing has the columns of public.peer_mentor_status, in order and of the same types
    (status as text), then the two names: a column added to the table must be added to the listing too."""
    columns = (
        "select a.attname::text, format_type(coalesce(nullif(t.typbasetype, 0), a.atttypid), a.atttypmod) "
        "from pg_attribute a join pg_type t on t.oid = a.atttypid "
        "where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum"
    )
    table = db.execute(columns, ("public.peer_mentor_status",)).fetchall()
    listing = db.execute(columns, ("public.mentor_status_listing",)).fetchall()
    assert listing == [*table, ("mentor_display_name", "text"), ("chapter_name", "text")]


def test_a_page_looks_up_names_for_its_own_rows_only(db: Conn, organisation: dict[str, Any]) -> None:
    """The names cost one lookup of each roster table per returned row, whatever the caller's scope and the page's
    size: a page of n reads peer_mentors and chapters n times each (a probe per row, or for a tiny table a scan of
    its one page), never a scan of all of peer_mentors hashed for a large page."""
    db.execute("set local track_counts = on")
    who = organisation["callers"]["admin"]

    def lookups() -> tuple[int, int]:
        row = db.execute(
            "select coalesce(sum(coalesce(idx_scan, 0) + seq_scan) filter (where relname = 'peer_mentors'), 0)::int, "
            "coalesce(sum(coalesce(idx_scan, 0) + seq_scan) filter (where relname = 'chapters'), 0)::int "
            "from pg_stat_xact_user_tables where schemaname = 'public'"
        ).fetchone()
        assert row is not None
        return row[0], row[1]  # type: ignore[return-value]

    ids = [r[0] for r in db.execute("select mentor_id from public.peer_mentor_status order by mentor_id limit 200")]
    for size in (5, 200):
        for call, args in (
            ("list_mentor_statuses(p_limit => %s)", (size,)),
            ("get_mentor_statuses(%s)", (ids[:size],)),
        ):
            before = lookups()
            with acting_as(db, Identity.user(who)):
                assert len(db.execute(f"select * from public.{call}", args).fetchall()) == size
            after = lookups()
            assert (after[0] - before[0], after[1] - before[1]) == (size, size), (call, size)
