"""The feature flag: ``MENTOR_PAUSE_PORTAL`` (or ``kind=``) chooses the no-op portal (the default, needing no
settings) or Dynamics (needing its settings, and saying which are missing)."""

from __future__ import annotations

import datetime as dt
from uuid import uuid4

import pytest

from mentor_pause.errors import InvalidInput
from mentor_pause.models import MentorStatusValue
from mentor_pause.portal import (
    PORTAL_ENV,
    AsyncDynamicsPortalClient,
    AsyncNoOpPortalClient,
    Delivered,
    DynamicsPortalClient,
    DynamicsSettings,
    NoOpPortalClient,
    PortalConfigurationError,
    async_portal_client,
    portal_client,
)
from tests.dataverse_server.server import DataverseTestServer
from tests.portal.conftest import availability


def test_the_default_is_the_noop_portal_and_needs_no_settings() -> None:
    client = portal_client()
    aclient = async_portal_client()

    assert isinstance(client, NoOpPortalClient)
    assert isinstance(aclient, AsyncNoOpPortalClient)
    assert client.push(availability(uuid4())) == Delivered()


@pytest.mark.parametrize("value", ["", "  ", "noop", " NoOp "])
def test_an_empty_or_noop_flag_is_the_noop_portal(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(PORTAL_ENV, value)

    assert isinstance(portal_client(), NoOpPortalClient)


def test_dynamics_without_settings_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PORTAL_ENV, "dynamics")

    for make in (portal_client, async_portal_client):
        with pytest.raises(PortalConfigurationError) as caught:
            make()
        message = str(caught.value)
        for name in ("ENVIRONMENT_URL", "TENANT_ID", "CLIENT_ID", "CLIENT_SECRET", "ENTITY_SET", "AVAILABLE_COLUMN"):
            assert f"MENTOR_PAUSE_DYNAMICS_{name}" in message


async def test_dynamics_with_settings_from_the_environment_pushes_to_dataverse(
    monkeypatch: pytest.MonkeyPatch, dataverse: DataverseTestServer
) -> None:
    mentor = uuid4()
    dataverse.seed({mentor: {"hlf_available": True}})
    monkeypatch.setenv(PORTAL_ENV, "Dynamics")
    environment = dataverse.environment(
        available_column="hlf_available",
        status_column="hlf_status",
        status_values={"active": 1, "paused": 2, "certification_expired": 3, "removed": 4},
    )
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    client = portal_client()
    aclient = async_portal_client()
    try:
        assert isinstance(client, DynamicsPortalClient)
        assert isinstance(aclient, AsyncDynamicsPortalClient)
        paused = availability(mentor, MentorStatusValue.PAUSED, changed_at=dt.datetime.now(dt.UTC))
        assert client.push(paused) == Delivered()
        assert await aclient.push(availability(mentor, MentorStatusValue.ACTIVE, version=2)) == Delivered()
    finally:
        client.close()
        await aclient.aclose()

    assert dataverse.received(mentor) == [
        {"hlf_available": False, "hlf_status": 2},
        {"hlf_available": True, "hlf_status": 1},
    ]


def test_explicit_settings_are_used_as_given(dataverse: DataverseTestServer) -> None:
    settings = DynamicsSettings(**dataverse.settings_values(), available_column="hlf_available")

    client = portal_client("dynamics", settings=settings)
    try:
        assert isinstance(client, DynamicsPortalClient)
        assert client.settings is settings
    finally:
        client.close()


def test_the_kind_argument_overrides_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PORTAL_ENV, "dynamics")

    assert isinstance(portal_client("noop"), NoOpPortalClient)


@pytest.mark.parametrize("value", ["dynamic", "d365", "true", "on"])
def test_an_unknown_portal_is_refused_naming_the_allowed_ones(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(PORTAL_ENV, value)

    with pytest.raises(PortalConfigurationError) as caught:
        portal_client()

    message = str(caught.value)
    assert PORTAL_ENV in message
    assert repr(value) in message
    assert "noop, dynamics" in message
    assert isinstance(caught.value, InvalidInput)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(PortalConfigurationError, match="kind='sharepoint'"):
        async_portal_client("sharepoint")
