"""Fixtures for the portal clients: a fresh Dataverse + Entra double per test, settings pointing at it, and the sync
and async Dynamics clients behind one awaitable interface, so each behaviour is checked for both twins."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from uuid import UUID, uuid4

import pytest

from mentor_pause.models import MentorStatusValue
from mentor_pause.portal import (
    AsyncDynamicsPortalClient,
    DynamicsPortalClient,
    DynamicsSettings,
    MentorAvailability,
    PushResult,
)
from tests.dataverse_server.server import DataverseTestServer

ALTERNATE_KEY = "hlf_mentorid"
#: The portal's option values for the status column in these tests (a choice column).
STATUS_OPTIONS = {"active": 100000000, "paused": 100000001, "certification_expired": 100000002, "removed": 100000003}
CHANGED_AT = dt.datetime(2026, 11, 27, 9, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(autouse=True)
def _no_portal_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing from the machine's environment leaks into the settings or the feature flag."""
    for name in list(os.environ):
        if name.startswith("MENTOR_PAUSE_PORTAL") or name.startswith("MENTOR_PAUSE_DYNAMICS_"):
            monkeypatch.delenv(name)


@pytest.fixture
def dataverse() -> Iterator[DataverseTestServer]:
    with DataverseTestServer(alternate_keys={ALTERNATE_KEY}) as server:
        yield server


@pytest.fixture
def make_settings(dataverse: DataverseTestServer) -> Callable[..., DynamicsSettings]:
    """Settings for the double: an availability column only, unless overridden."""

    def make(**overrides: Any) -> DynamicsSettings:
        values: dict[str, Any] = {**dataverse.settings_values(), "available_column": "hlf_available", **overrides}
        return DynamicsSettings(**values)

    return make


def availability(
    mentor_id: UUID,
    status: MentorStatusValue | None = MentorStatusValue.ACTIVE,
    *,
    expected_return_date: dt.date | None = None,
    changed_at: dt.datetime = CHANGED_AT,
    version: int = 1,
) -> MentorAvailability:
    return MentorAvailability(
        mentor_id=mentor_id,
        status=status,
        expected_return_date=expected_return_date,
        changed_at=changed_at,
        version=version,
    )


class Portal:
    """Either twin, awaited the same way."""

    def __init__(self, client: DynamicsPortalClient | AsyncDynamicsPortalClient) -> None:
        self.client = client

    async def push(self, item: MentorAvailability) -> PushResult:
        if isinstance(self.client, AsyncDynamicsPortalClient):
            return await self.client.push(item)
        return self.client.push(item)

    async def close(self) -> None:
        if isinstance(self.client, AsyncDynamicsPortalClient):
            await self.client.aclose()
        else:
            self.client.close()


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_portal(
    flavour: str, make_settings: Callable[..., DynamicsSettings]
) -> AsyncIterator[Callable[..., Portal]]:
    """A Dynamics client of the test's flavour for settings built from the overrides; closed after the test."""
    made: list[Portal] = []

    def make(**overrides: Any) -> Portal:
        settings = make_settings(**overrides)
        client = DynamicsPortalClient(settings) if flavour == "sync" else AsyncDynamicsPortalClient(settings)
        made.append(Portal(client))
        return made[-1]

    yield make
    for portal in made:
        await portal.close()


@pytest.fixture
def mentor(dataverse: DataverseTestServer) -> UUID:
    """A mentor whose record (primary key = the mentor id) the portal holds, listed as available."""
    mentor_id = uuid4()
    dataverse.seed({mentor_id: {"fullname": "Kari Nordmann", "hlf_available": True}})
    return mentor_id
