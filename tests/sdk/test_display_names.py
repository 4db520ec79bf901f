"""``display_names``: the roster names of mentors the caller may see (what the CLI's roster shows beside ids)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from mentor_pause import Identity, MentorPauseClient
from tests.postgrest_server.server import PostgrestTestServer
from tests.sdk.conftest import Org
from tests.support import roster
from tests.support.db import authenticator_url
from tests.support.tokens import jwt_secret, project_key, user_token


def name_of(mentor: uuid.UUID) -> str:
    return f"Mentor {str(mentor)[:8]}"  # tests.support.roster's naming


async def test_names_of_the_mentors_in_scope_only(client_for, org: Org) -> None:
    client = await client_for(Identity.user(org.coordinator_a))
    names = await client.display_names([org.mentor_a, org.mentor_b, org.mentor_dual, uuid.uuid4()])
    assert names == {org.mentor_a: name_of(org.mentor_a), org.mentor_dual: name_of(org.mentor_dual)}


async def test_the_service_sees_every_name(client_for, org: Org) -> None:
    client = await client_for(Identity.service())
    names = await client.display_names([str(org.mentor_a), org.mentor_b, org.mentor_b])
    assert names == {org.mentor_a: name_of(org.mentor_a), org.mentor_b: name_of(org.mentor_b)}
    assert await client.display_names([]) == {}


@pytest.fixture(scope="module")
def capped(database_url: str) -> Iterator[PostgrestTestServer]:
    """PostgREST's max-rows below the number of names asked for."""
    server = PostgrestTestServer(authenticator_url(database_url), jwt_secret(), max_rows=3).start()
    yield server
    server.stop()


def test_names_beyond_max_rows_are_all_returned(capped: PostgrestTestServer, admin_db) -> None:
    chapter = roster.create_chapter(admin_db)
    coordinator = roster.create_user(admin_db, "coordinator")
    roster.assign_chapter(admin_db, coordinator, chapter)
    mentors = [roster.create_mentor(admin_db, chapter) for _ in range(8)]
    with MentorPauseClient.connect(capped.url, project_key("anon"), access_token=user_token(coordinator)) as client:
        assert client.display_names(mentors) == {m: name_of(m) for m in mentors}
