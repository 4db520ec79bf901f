"""The Dynamics settings: read from ``MENTOR_PAUSE_DYNAMICS_*`` or given directly, checked up front, and never
showing the client secret."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from mentor_pause.errors import InvalidInput
from mentor_pause.models import MentorStatusValue
from mentor_pause.portal import DynamicsSettings, PortalConfigurationError
from mentor_pause.portal.settings import DEFAULT_AUTHORITY_HOST, load_dynamics_settings

SECRET = "s3cr3t~value.that-must-not-show"
REQUIRED = {
    "MENTOR_PAUSE_DYNAMICS_ENVIRONMENT_URL": "https://hlf.crm4.dynamics.com/",
    "MENTOR_PAUSE_DYNAMICS_TENANT_ID": "7f1c2a9e-4b6d-4e1a-9c3f-2d8e5b7a1c60",
    "MENTOR_PAUSE_DYNAMICS_CLIENT_ID": "3c9e7b12-5a4f-4d8e-b1c2-9f6a0e4d2b71",
    "MENTOR_PAUSE_DYNAMICS_CLIENT_SECRET": SECRET,
    "MENTOR_PAUSE_DYNAMICS_ENTITY_SET": "contacts",
    "MENTOR_PAUSE_DYNAMICS_AVAILABLE_COLUMN": "hlf_available",
}


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    def set_env(**values: str) -> None:
        for name, value in {**REQUIRED, **values}.items():
            monkeypatch.setenv(name, value)

    return set_env


def direct(**overrides: Any) -> DynamicsSettings:
    values: dict[str, Any] = {
        "environment_url": "https://hlf.crm4.dynamics.com",
        "tenant_id": "contoso.onmicrosoft.com",
        "client_id": "3c9e7b12-5a4f-4d8e-b1c2-9f6a0e4d2b71",
        "client_secret": SECRET,
        "entity_set": "contacts",
        "available_column": "hlf_available",
        **overrides,
    }
    return DynamicsSettings(**values)


def test_settings_are_read_from_the_environment(environ: Callable[..., None]) -> None:
    environ(
        MENTOR_PAUSE_DYNAMICS_RECORD_KEY="hlf_mentorid",
        MENTOR_PAUSE_DYNAMICS_STATUS_COLUMN="hlf_status",
        MENTOR_PAUSE_DYNAMICS_STATUS_VALUES='{"active": 1, "paused": 2, "certification_expired": 3, "removed": 4}',
        MENTOR_PAUSE_DYNAMICS_RETURN_DATE_COLUMN="hlf_expectedreturn",
        MENTOR_PAUSE_DYNAMICS_CHANGED_AT_COLUMN="hlf_statuschangedon",
        MENTOR_PAUSE_DYNAMICS_TIMEOUT_SECONDS="12.5",
    )

    settings = load_dynamics_settings()

    assert settings.environment_url == "https://hlf.crm4.dynamics.com"
    assert settings.client_secret.get_secret_value() == SECRET
    assert settings.record_key == "hlf_mentorid"
    assert settings.status_values == {"active": 1, "paused": 2, "certification_expired": 3, "removed": 4}
    assert settings.timeout_seconds == 12.5
    assert settings.authority_host == DEFAULT_AUTHORITY_HOST
    assert settings.authority == f"{DEFAULT_AUTHORITY_HOST}/7f1c2a9e-4b6d-4e1a-9c3f-2d8e5b7a1c60"
    assert settings.scope == "https://hlf.crm4.dynamics.com/.default"
    assert settings.api_url == "https://hlf.crm4.dynamics.com/api/data/v9.2"
    assert settings.status_value(None) == 4


def test_missing_settings_name_every_missing_variable() -> None:
    with pytest.raises(PortalConfigurationError) as caught:
        load_dynamics_settings()

    message = str(caught.value)
    for name in REQUIRED:
        assert name in message
    assert "MENTOR_PAUSE_DYNAMICS_RECORD_KEY" not in message  # optional
    assert isinstance(caught.value, InvalidInput)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("variable", "value", "complaint"),
    [
        ("MENTOR_PAUSE_DYNAMICS_ENVIRONMENT_URL", "http://hlf.crm4.dynamics.com", "https"),
        ("MENTOR_PAUSE_DYNAMICS_ENVIRONMENT_URL", "https://hlf.crm4.dynamics.com/api/data/v9.2", "without a path"),
        ("MENTOR_PAUSE_DYNAMICS_AUTHORITY_HOST", "http://login.microsoftonline.com", "https"),
        ("MENTOR_PAUSE_DYNAMICS_ENTITY_SET", "contacts?$top=1", "logical name"),
        ("MENTOR_PAUSE_DYNAMICS_AVAILABLE_COLUMN", "hlf available", "logical name"),
        ("MENTOR_PAUSE_DYNAMICS_TENANT_ID", "a/b", "GUID"),
        ("MENTOR_PAUSE_DYNAMICS_STATUS_VALUES", '{"active": 1}', "missing"),
        ("MENTOR_PAUSE_DYNAMICS_TIMEOUT_SECONDS", "0", "greater than 0"),
        ("MENTOR_PAUSE_DYNAMICS_CA_BUNDLE", "/nonexistent/ca.pem", "file"),
        ("MENTOR_PAUSE_DYNAMICS_CLIENT_SECRET", "  ", "empty"),
    ],
)
def test_invalid_settings_name_the_variable_and_never_the_secret(
    environ: Callable[..., None], variable: str, value: str, complaint: str
) -> None:
    environ(MENTOR_PAUSE_DYNAMICS_STATUS_COLUMN="hlf_status", **{variable: value})

    with pytest.raises(PortalConfigurationError) as caught:
        load_dynamics_settings()

    message = str(caught.value)
    assert variable in message
    assert complaint in message
    assert SECRET not in message
    assert caught.value.__cause__ is None


def test_status_values_need_a_status_column(environ: Callable[..., None]) -> None:
    environ(MENTOR_PAUSE_DYNAMICS_STATUS_VALUES='{"active": 1, "paused": 2, "certification_expired": 3, "removed": 4}')

    with pytest.raises(PortalConfigurationError, match="MENTOR_PAUSE_DYNAMICS_STATUS_COLUMN"):
        load_dynamics_settings()


def test_columns_must_differ() -> None:
    with pytest.raises(ValidationError, match="must be different columns"):
        direct(status_column="hlf_available")


def test_unknown_states_are_refused() -> None:
    with pytest.raises(ValidationError, match="unknown states"):
        direct(
            status_column="hlf_status",
            status_values={"active": 1, "paused": 2, "certification_expired": 3, "removed": 4, "retired": 5},
        )


def test_without_a_value_map_the_status_names_are_the_values() -> None:
    settings = direct(status_column="hlf_status")

    assert [settings.status_value(s) for s in MentorStatusValue] == ["active", "paused", "certification_expired"]
    assert settings.status_value(None) == "removed"


def test_a_ca_bundle_must_exist(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")

    assert direct(ca_bundle=bundle).ca_bundle == bundle
    with pytest.raises(ValidationError):
        direct(ca_bundle=tmp_path / "missing.pem")


def test_the_secret_is_masked_in_repr_str_and_validation_errors() -> None:
    settings = direct()

    assert SECRET not in repr(settings)
    assert SECRET not in str(settings)
    assert SECRET not in repr(settings.model_dump())
    with pytest.raises(ValidationError) as caught:
        direct(environment_url="http://plain", tenant_id="a/b")
    assert SECRET not in str(caught.value)
