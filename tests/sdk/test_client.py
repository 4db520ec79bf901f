"""The client's behaviour, identical for both transports and for the sync and async clients."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from mentor_pause import (
    Conflict,
    HistoryPage,
    Identity,
    InvalidInput,
    InvalidTransition,
    MentorStatus,
    MentorStatusValue,
    NotFound,
    PermissionDenied,
    StatusChange,
    StatusPage,
)
from tests.sdk.conftest import Org, log_count
from tests.support import roster


# Reads -------------------------------------------------------------------------------------------------------------
async def test_get_status_returns_a_typed_model(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    status = await client.get_status(org.mentor_a)
    assert isinstance(status, MentorStatus)
    assert status.mentor_id == org.mentor_a
    assert status.chapter_id == org.chapter_a
    assert status.status is MentorStatusValue.ACTIVE
    assert status.is_available
    assert status.created_at.tzinfo is not None and status.updated_at.utcoffset() == dt.timedelta(0)
    assert await client.get_status(str(org.mentor_a)) == status


async def test_reads_carry_the_mentor_and_chapter_names(client_for, org: Org) -> None:
    """get_status and the listings show a mentor by name in one request (the read RPCs add the names); the dual
    mentor's chapter is the one their status is filed under (B), even when listed as a member of A."""
    name_a, name_dual = f"Mentor {str(org.mentor_a)[:8]}", f"Mentor {str(org.mentor_dual)[:8]}"
    client = await client_for(Identity.user(org.coordinator_a))
    status = await client.get_status(org.mentor_a)
    assert (status.mentor_display_name, status.chapter_name) == (name_a, f"Chapter {org.chapter_a}")
    page = await client.list_statuses(chapter_id=org.chapter_a, page_size=1000)
    named = {s.mentor_id: (s.mentor_display_name, s.chapter_name) for s in page}
    assert named[org.mentor_a] == (name_a, f"Chapter {org.chapter_a}")
    assert named[org.mentor_dual] == (name_dual, f"Chapter {org.chapter_b}")
    assert [s.mentor_display_name async for s in client.iter_statuses(page_size=1)] == [
        s.mentor_display_name for s in page
    ]
    assert name_a in str(page) and name_a in page._repr_html_()


async def test_all_statuses_is_every_page_as_one(client_for, admin_db) -> None:
    chapter_name = f"All of {uuid.uuid4()}"
    chapter = roster.create_chapter(admin_db, name=chapter_name)
    coordinator = roster.create_user(admin_db, "coordinator")
    roster.assign_chapter(admin_db, coordinator, chapter)
    mentors = sorted(roster.create_mentor(admin_db, chapter) for _ in range(5))
    roster.create_mentor(admin_db, chapter, status="paused", pause_reason="Away")
    client = await client_for(Identity.user(coordinator))
    everyone = await client.all_statuses(chapter_id=chapter, page_size=2)
    assert isinstance(everyone, StatusPage) and everyone.next_cursor is None and len(everyone) == 6
    assert [s.mentor_id for s in everyone if s.status is MentorStatusValue.ACTIVE] == mentors
    paused = await client.all_statuses(chapter_id=chapter, status="paused", page_size=2)
    assert [s.pause_reason for s in paused] == ["Away"]
    frame = everyone.to_pandas()
    assert frame["chapter_name"].unique().tolist() == [chapter_name]
    assert str(frame["status"].dtype) == "category" and str(frame["mentor_id"].dtype) == "string"


async def test_get_status_of_a_mentor_out_of_scope_is_not_found(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(NotFound) as caught:
        await client.get_status(org.mentor_b)
    assert caught.value.code == "PT404"
    with pytest.raises(NotFound):
        await client.get_status(uuid.uuid4())


async def test_anon_may_read_nothing(client_for, org: Org) -> None:
    client = await client_for(Identity.anonymous())
    with pytest.raises(PermissionDenied) as caught:
        await client.get_status(org.mentor_a)
    assert caught.value.code == "42501"
    assert "permission denied" in caught.value.message
    with pytest.raises(PermissionDenied):
        await client.list_statuses()


async def test_mentor_sees_only_themselves(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.mentor_user))
    page = await client.list_statuses(page_size=1000)
    assert [s.mentor_id for s in page.items] == [org.mentor_a]
    assert [s.mentor_id for s in await client.get_statuses([org.mentor_a, org.mentor_b, org.mentor_dual])] == [
        org.mentor_a
    ]


async def test_coordinator_sees_chapter_members_once_including_a_mentor_filed_elsewhere(
    client_for, org: Org, admin_db
) -> None:
    roster.assign_mentor(admin_db, org.coordinator_a, org.mentor_dual)  # also assigned directly: still listed once
    client = await client_for(Identity.user(org.coordinator_a))
    listed = [s.mentor_id async for s in client.iter_statuses(page_size=2)]
    assert sorted(listed) == sorted([org.mentor_a, org.mentor_dual, org.mentor_expired])
    assert len(listed) == len(set(listed))


async def test_get_statuses_reads_many_ids_in_chunks(client_for, org: Org, requests_sent) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    unknown = [uuid.uuid4() for _ in range(1000)]
    before = requests_sent(client)
    statuses = await client.get_statuses([*unknown, org.mentor_b, org.mentor_a, org.mentor_dual])
    assert [s.mentor_id for s in statuses] == sorted([org.mentor_a, org.mentor_dual])
    assert requests_sent(client) - before == 2  # 1003 ids, at most 1000 per call (get_mentor_statuses' limit)
    assert statuses[0].mentor_display_name == f"Mentor {str(statuses[0].mentor_id)[:8]}"


async def test_get_statuses_reads_several_in_one_call(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.admin))
    wanted = [org.mentor_b, org.mentor_a, str(org.mentor_dual), org.mentor_a]
    statuses = await client.get_statuses(wanted)
    assert [s.mentor_id for s in statuses] == sorted({org.mentor_a, org.mentor_b, org.mentor_dual})
    assert await client.get_statuses([]) == []


# Listing and pagination ---------------------------------------------------------------------------------------------
async def test_list_statuses_pages_by_mentor_id(client_for, admin_db) -> None:
    chapter = roster.create_chapter(admin_db)
    coordinator = roster.create_user(admin_db, "coordinator")
    roster.assign_chapter(admin_db, coordinator, chapter)
    mentors = sorted(roster.create_mentor(admin_db, chapter) for _ in range(7))
    client = await client_for(Identity.user(coordinator))

    first = await client.list_statuses(chapter_id=chapter, page_size=3)
    assert isinstance(first, StatusPage)
    assert [s.mentor_id for s in first.items] == mentors[:3]
    assert first.next_cursor == mentors[2]
    second = await client.list_statuses(chapter_id=chapter, page_size=3, after=first.next_cursor)
    assert [s.mentor_id for s in second.items] == mentors[3:6]
    third = await client.list_statuses(chapter_id=chapter, page_size=3, after=second.next_cursor)
    assert [s.mentor_id for s in third.items] == mentors[6:]
    assert third.next_cursor is None
    assert [s.mentor_id async for s in client.iter_statuses(chapter_id=chapter, page_size=3)] == mentors


async def test_list_statuses_without_a_chapter_pages_too(client_for, admin_db) -> None:
    chapter = roster.create_chapter(admin_db)
    coordinator = roster.create_user(admin_db, "coordinator")
    roster.assign_chapter(admin_db, coordinator, chapter)
    mentors = sorted(roster.create_mentor(admin_db, chapter) for _ in range(5))
    client = await client_for(Identity.user(coordinator))
    first = await client.list_statuses(page_size=2)
    assert [s.mentor_id for s in first.items] == mentors[:2]
    assert first.next_cursor == mentors[1]
    assert [s.mentor_id async for s in client.iter_statuses(page_size=2)] == mentors


async def test_list_statuses_filters_by_status_and_chapter_membership(client_for, org: Org, admin_db) -> None:
    admin = await client_for(Identity.user(org.admin))
    await admin.pause(org.mentor_dual, "Study leave")
    paused_in_a = await admin.list_statuses(chapter_id=org.chapter_a, status="paused", page_size=1000)
    assert [s.mentor_id for s in paused_in_a.items] == [org.mentor_dual]  # filed under B, member of A
    expired = await admin.list_statuses(chapter_id=org.chapter_a, status=MentorStatusValue.CERTIFICATION_EXPIRED)
    assert [s.mentor_id for s in expired.items] == [org.mentor_expired]


async def test_history_is_newest_first_and_paginated(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    await client.pause(org.mentor_a, "One")
    await client.resume(org.mentor_a)
    await client.pause(org.mentor_a, "Two")
    page = await client.history(org.mentor_a, page_size=2)
    assert isinstance(page, HistoryPage) and all(isinstance(c, StatusChange) for c in page.items)
    assert [(c.previous_status, c.new_status) for c in page.items] == [
        (MentorStatusValue.ACTIVE, MentorStatusValue.PAUSED),
        (MentorStatusValue.PAUSED, MentorStatusValue.ACTIVE),
    ]
    assert page.items[0].pause_reason == "Two" and page.items[0].changed_by == org.coordinator_a
    older = await client.history(org.mentor_a, page_size=2, before=page.next_cursor)
    assert [(c.previous_status, c.new_status) for c in older.items] == [
        (MentorStatusValue.ACTIVE, MentorStatusValue.PAUSED),
        (None, MentorStatusValue.ACTIVE),
    ]
    with pytest.raises(NotFound):
        await client.history(org.mentor_b)


# Transitions --------------------------------------------------------------------------------------------------------
async def test_mentor_pauses_and_resumes_themselves(client_for, org: Org, admin_db) -> None:
    client = await client_for(Identity.user(org.mentor_user))
    back = dt.date.today() + dt.timedelta(days=30)
    paused = await client.pause(org.mentor_a, "  Holiday abroad  ", expected_return=back)
    assert paused.status is MentorStatusValue.PAUSED
    assert paused.pause_reason == "Holiday abroad"
    assert paused.expected_return_date == back
    assert paused.activated_by == org.mentor_user
    assert paused.paused_at is not None
    resumed = await client.resume(org.mentor_a)
    assert resumed.status is MentorStatusValue.ACTIVE
    assert resumed.pause_reason is None and resumed.expected_return_date is None and resumed.paused_at is None
    assert log_count(admin_db, org.mentor_a) == 3


async def test_coordinator_reactivates_and_admin_expires(client_for, org: Org) -> None:
    coordinator = await client_for(Identity.user(org.coordinator_a))
    assert (await coordinator.reactivate(org.mentor_expired)).status is MentorStatusValue.ACTIVE
    admin = await client_for(Identity.user(org.admin))
    expired = await admin.expire_certification(org.mentor_a)
    assert expired.status is MentorStatusValue.CERTIFICATION_EXPIRED


async def test_service_role_transitions_are_recorded_without_a_user(client_for, org: Org) -> None:
    service = await client_for(Identity.service())
    paused = await service.pause(org.mentor_b, "Certification course")
    assert paused.activated_by is None
    history = await service.history(org.mentor_b)
    assert history.items[0].changed_by is None


async def test_invalid_transition(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(InvalidTransition) as caught:
        await client.resume(org.mentor_a)
    assert caught.value.code == "PT409"
    assert "status is active" in caught.value.message


async def test_permission_denied_for_an_action_the_caller_may_not_take(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.mentor_user))
    with pytest.raises(PermissionDenied) as caught:
        await client.expire_certification(org.mentor_a)
    assert caught.value.code == "42501"


async def test_out_of_scope_write_is_not_found_and_changes_nothing(client_for, org: Org, admin_db) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(NotFound):
        await client.pause(org.mentor_b, "Not mine")
    assert log_count(admin_db, org.mentor_b) == 1


async def test_reactivation_needs_a_valid_certification(client_for, admin_db) -> None:
    chapter = roster.create_chapter(admin_db)
    admin = roster.create_user(admin_db, "org_admin")
    lapsed = roster.create_mentor(
        admin_db,
        chapter,
        status="certification_expired",
        certification_expires_on=dt.date.today() - dt.timedelta(days=1),
    )
    client = await client_for(Identity.user(admin))
    with pytest.raises(InvalidTransition) as caught:
        await client.reactivate(lapsed)
    assert "certification expired on" in caught.value.message
    assert caught.value.hint
    assert "Renew the certification" in caught.value.hint  # the server's hint survives both transports


# Input checks ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("reason", "expected_return"),
    [
        ("", None),
        ("   ", None),
        ("\t\u00a0\u3000\n", None),
        ("x" * 501, None),
        ("Holiday", dt.date.today() - dt.timedelta(days=2)),  # yesterday is still today west of UTC
        ("Holiday", dt.date.today() + dt.timedelta(days=6 * 366)),
        ("Holiday", dt.datetime.now(dt.UTC)),
    ],
    ids=["empty", "blank", "unicode-blank", "too-long", "past-date", "far-date", "datetime-not-date"],
)
async def test_bad_input_is_refused_before_any_call(
    client_for, org: Org, admin_db, requests_sent, reason, expected_return
) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    await client.get_status(org.mentor_a)
    before = requests_sent(client)
    with pytest.raises(InvalidInput):
        await client.pause(org.mentor_a, reason, expected_return=expected_return)
    assert requests_sent(client) == before  # refused by the SDK: nothing left the client
    assert log_count(admin_db, org.mentor_a) == 1


async def test_a_return_date_of_today_is_sent_and_accepted(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    today = dt.datetime.now(dt.UTC).date()  # the database's today (UTC)
    paused = await client.pause(org.mentor_a, "Back today", expected_return=today)
    assert paused.expected_return_date == today


@pytest.mark.parametrize("bad_id", ["not-a-uuid", "", 42, None])
async def test_bad_ids_are_invalid_input(client_for, org: Org, bad_id) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(InvalidInput):
        await client.get_status(bad_id)
    with pytest.raises(InvalidInput):
        await client.resume(bad_id)


@pytest.mark.parametrize("size", [0, 1001, -5, True])
async def test_page_size_is_bounded(client_for, org: Org, size) -> None:
    client = await client_for(Identity.user(org.admin))
    with pytest.raises(InvalidInput):
        await client.list_statuses(page_size=size)
    with pytest.raises(InvalidInput):
        await client.list_statuses(status="away")


# Idempotent writes ----------------------------------------------------------------------------------------------------
async def test_same_request_id_twice_makes_one_transition(client_for, org: Org, admin_db) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    request_id = uuid.uuid4()
    first = await client.pause(org.mentor_a, "Retry me", request_id=request_id)
    again = await client.pause(org.mentor_a, "Retry me", request_id=request_id)
    assert again == first
    assert first.last_request_id == request_id
    assert log_count(admin_db, org.mentor_a) == 2
    # Later transitions do not change what the first request's retry returns.
    await client.resume(org.mentor_a)
    assert await client.pause(org.mentor_a, "Retry me", request_id=request_id) == first
    assert log_count(admin_db, org.mentor_a) == 3


async def test_request_id_reused_for_another_call_is_a_conflict(client_for, org: Org, admin_db) -> None:
    client = await client_for(Identity.user(org.admin))
    request_id = uuid.uuid4()
    await client.pause(org.mentor_a, "First", request_id=request_id)
    with pytest.raises(Conflict) as caught:
        await client.pause(org.mentor_b, "Second", request_id=request_id)  # another mentor
    assert caught.value.code == "23505"
    with pytest.raises(Conflict):
        await client.pause(org.mentor_a, "A different reason", request_id=request_id)  # another payload
    with pytest.raises(Conflict):
        await client.resume(org.mentor_a, request_id=request_id)  # another action
    assert log_count(admin_db, org.mentor_b) == 1
    assert log_count(admin_db, org.mentor_a) == 2


async def test_every_write_carries_a_request_id(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.admin))
    paused = await client.pause(org.mentor_a, "Generated id")
    assert isinstance(paused.last_request_id, uuid.UUID)
