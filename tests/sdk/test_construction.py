"""Building clients: one underlying client per identity, context managers that close what they opened, and
wrapping a caller's own supabase-py client without touching it."""

from __future__ import annotations

import httpx
import pytest
from supabase import ClientOptions, acreate_client, create_client

from mentor_pause import AsyncMentorPauseClient, Identity, MentorPauseClient
from tests.sdk.conftest import Api, Org
from tests.support.db import authenticator_url
from tests.support.tokens import user_token


def test_connect_gives_each_identity_its_own_client(api: Api, org: Org) -> None:
    with (
        MentorPauseClient.connect(api.url, api.anon_key, access_token=user_token(org.coordinator_a)) as a,
        MentorPauseClient.connect(api.url, api.anon_key, access_token=user_token(org.coordinator_b)) as b,
    ):
        assert [s.mentor_id for s in a.get_statuses([org.mentor_a, org.mentor_b])] == [org.mentor_a]
        assert [s.mentor_id for s in b.get_statuses([org.mentor_a, org.mentor_b])] == [org.mentor_b]
        assert a.get_status(org.mentor_a).mentor_id == org.mentor_a  # a is not affected by b


def test_context_manager_closes_the_http_client(api: Api, org: Org) -> None:
    with MentorPauseClient.connect(api.url, api.anon_key, access_token=user_token(org.admin)) as client:
        client.get_status(org.mentor_a)
        http: httpx.Client = client._transport._http_client  # type: ignore[attr-defined]
    assert http.is_closed


async def test_async_context_manager_closes_the_pool(database_url: str, org: Org) -> None:
    async with AsyncMentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service()) as client:
        await client.get_status(org.mentor_a)
        pool = client._transport._pool  # type: ignore[attr-defined]
        assert not pool.closed
    assert pool.closed


def test_wrapping_an_existing_client_leaves_it_open(api: Api, org: Org) -> None:
    mine = create_client(
        api.url, api.anon_key, options=ClientOptions(headers={"Authorization": f"Bearer {user_token(org.admin)}"})
    )
    with MentorPauseClient.from_supabase(mine) as client:
        assert client.get_status(org.mentor_a).mentor_id == org.mentor_a
    # Still usable after the SDK client closed.
    assert mine.table("peer_mentor_status").select("mentor_id").eq("mentor_id", str(org.mentor_a)).execute().data


async def test_wrapping_an_existing_async_client(api: Api, org: Org) -> None:
    from supabase import AsyncClientOptions

    mine = await acreate_client(
        api.url, api.service_key, options=AsyncClientOptions(headers={"Authorization": f"Bearer {api.service_key}"})
    )
    async with AsyncMentorPauseClient.from_supabase(mine) as client:
        assert (await client.get_status(org.mentor_b)).mentor_id == org.mentor_b
    await mine.postgrest.aclose()


def test_postgres_transport_acts_as_the_given_identity(org: Org, database_url: str) -> None:
    """The URL logs in as authenticator; every call then acts as the identity given, never as the login role."""
    from mentor_pause import PermissionDenied

    # authenticator may switch to the API roles; it may not become postgres.
    with MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.user(org.admin)) as client:
        assert client.get_status(org.mentor_a).mentor_id == org.mentor_a
    with pytest.raises(ValueError, match="authenticated identity needs a user id"):
        Identity("authenticated")
    with (
        pytest.raises(PermissionDenied),
        MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.anonymous()) as anon,
    ):
        anon.get_status(org.mentor_a)
