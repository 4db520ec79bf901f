"""Settings of the Dynamics 365 / Dataverse portal client, read from ``MENTOR_PAUSE_DYNAMICS_*`` or given directly.

Why a settings class rather than constructor arguments only: the portal belongs to the organisation, not to us.
Which Dataverse environment, which app registration, which table, which columns the Power Pages list filters on and
which option values they take are the organisation's customisations, decided per deployment by whoever runs the
sync worker; none is hard-coded here. Everything is checked when the settings are built (names are OData
identifiers, URLs are https, the status map covers every state), so a misconfiguration fails at start-up with the
name of the environment variable to fix, not as a stream of refused pushes.

The client secret is a :class:`~pydantic.SecretStr`: ``repr()``, ``str()`` and validation errors show it masked
(``hide_input_in_errors``), and the client only unwraps it to hand it to MSAL.

TLS: nothing here can turn certificate verification off. ``ca_bundle`` replaces the system's trusted CAs with a
PEM file (a corporate proxy's CA, or a test double's), for both the Dataverse calls and the token endpoint.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from pydantic import Field, FilePath, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from mentor_pause.errors import InvalidInput
from mentor_pause.models import MentorStatusValue

#: Every setting's environment variable is this prefix plus the field name in capitals.
ENV_PREFIX: Final = "MENTOR_PAUSE_DYNAMICS_"
#: Entra ID's public-cloud login host (sovereign clouds have their own, e.g. ``https://login.microsoftonline.us``).
DEFAULT_AUTHORITY_HOST: Final = "https://login.microsoftonline.com"
#: The Dataverse Web API version the client speaks.
API_VERSION: Final = "v9.2"
#: The key of ``status_values`` used when the mentor left the roster (``MentorAvailability.status`` is None).
REMOVED: Final = "removed"
#: The states a status column must have a value for.
STATUS_KEYS: Final = (*(s.value for s in MentorStatusValue), REMOVED)

# Dataverse logical names, entity set names and key names are OData simple identifiers; checking them here keeps
# them safe to put in a URL or a JSON key.
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
_TENANT_OR_CLIENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")


class PortalConfigurationError(InvalidInput, ValueError):
    """The portal feature flag or the Dynamics settings are missing or invalid. The message names the environment
    variables to set or fix (never their values)."""


def env_name(field: str) -> str:
    """The environment variable of a :class:`DynamicsSettings` field."""
    return f"{ENV_PREFIX}{field.upper()}"


def _https_origin(value: str, what: str) -> str:
    """``https://host[:port]`` without a trailing slash; anything else (http, a path, a query) is refused."""
    text = value.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"{what} must be an https URL such as https://contoso.crm.dynamics.com")
    if parts.path or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{what} must be just the https origin (scheme, host, optional port), without a path")
    return text


class DynamicsSettings(BaseSettings):
    """Where and how to push availability to Dataverse.

    ``environment_url``: the environment's origin (``https://<org>.crm<n>.dynamics.com``); the token scope is
    ``<environment_url>/.default``. ``tenant_id``/``client_id``/``client_secret``: the Entra app registration that
    has an application user in the environment. ``entity_set``: the table's entity set name (``contacts``).
    ``record_key``: an alternate key column holding the mentor id (records are then addressed as
    ``<entity_set>(<record_key>='<mentor id>')``); unset, the record's primary key (GUID) is the mentor id.
    ``available_column``: a boolean column, true only for active mentors (what the portal's list view filters on).
    ``status_column`` with ``status_values``: a column for the status itself, mapped from ``active``, ``paused``,
    ``certification_expired`` and ``removed`` to the portal's option values (integers) or text; without
    ``status_values`` the status names are written as text. ``return_date_column``: a date-only column for the
    expected return date (null when none). ``changed_at_column``: a date-time column for when the status changed.
    ``authority_host``: the Entra login host. ``timeout_seconds``: per request, for Dataverse and the token
    endpoint. ``ca_bundle``: a PEM file of CAs to trust instead of the system's.
    """

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        case_sensitive=False,
        frozen=True,
        extra="forbid",
        hide_input_in_errors=True,
    )

    environment_url: str
    tenant_id: str
    client_id: str
    client_secret: SecretStr
    entity_set: str
    available_column: str
    record_key: str | None = None
    status_column: str | None = None
    status_values: dict[str, int | str] | None = None
    return_date_column: str | None = None
    changed_at_column: str | None = None
    authority_host: str = DEFAULT_AUTHORITY_HOST
    timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    ca_bundle: FilePath | None = None

    # -- checks --------------------------------------------------------------------------------------------------------

    @field_validator("environment_url")
    @classmethod
    def _environment_url(cls, value: str) -> str:
        return _https_origin(value, "the environment URL")

    @field_validator("authority_host")
    @classmethod
    def _authority_host(cls, value: str) -> str:
        return _https_origin(value, "the authority host")

    @field_validator("tenant_id", "client_id")
    @classmethod
    def _directory_name(cls, value: str) -> str:
        text = value.strip()
        if not _TENANT_OR_CLIENT.match(text):
            raise ValueError("must be a GUID (or, for the tenant, its domain name such as contoso.onmicrosoft.com)")
        return text

    @field_validator("client_secret")
    @classmethod
    def _secret(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().strip():
            raise ValueError("must not be empty")
        return value

    @field_validator(
        "entity_set", "available_column", "record_key", "status_column", "return_date_column", "changed_at_column"
    )
    @classmethod
    def _identifier(cls, value: str | None) -> str | None:
        if value is None:
            return None
        text = value.strip()
        if not _IDENTIFIER.match(text):
            raise ValueError("must be a Dataverse logical name (letters, digits and underscores)")
        return text

    @field_validator("status_values")
    @classmethod
    def _status_values(cls, value: dict[str, int | str] | None) -> dict[str, int | str] | None:
        if value is None:
            return None
        unknown = sorted(set(value) - set(STATUS_KEYS))
        missing = [key for key in STATUS_KEYS if key not in value]
        if unknown:
            raise ValueError(f"unknown states {unknown}: the states are {list(STATUS_KEYS)}")
        if missing:
            raise ValueError(f"needs a value for every state; missing {missing}")
        return dict(value)

    @model_validator(mode="after")
    def _columns(self) -> DynamicsSettings:
        if self.status_values is not None and self.status_column is None:
            raise ValueError(f"{env_name('status_values')} is set but {env_name('status_column')} is not")
        columns = [
            c
            for c in (self.available_column, self.status_column, self.return_date_column, self.changed_at_column)
            if c is not None
        ]
        if len(set(columns)) != len(columns):
            raise ValueError("the availability, status, return-date and changed-at columns must be different columns")
        return self

    # -- derived values ------------------------------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """The Web API's service root."""
        return f"{self.environment_url}/api/data/{API_VERSION}"

    @property
    def authority(self) -> str:
        """The Entra authority MSAL talks to (``<authority_host>/<tenant_id>``)."""
        return f"{self.authority_host}/{self.tenant_id}"

    @property
    def scope(self) -> str:
        """The client-credentials scope for Dataverse: the environment URL with ``/.default``."""
        return f"{self.environment_url}/.default"

    def status_value(self, status: MentorStatusValue | None) -> int | str:
        """What the status column gets for ``status`` (None: the mentor left the roster)."""
        key = status.value if status is not None else REMOVED
        return self.status_values[key] if self.status_values is not None else key


def describe_validation_error(error: ValidationError) -> str:
    """A message naming the environment variables that are missing or invalid, without any value."""
    missing: list[str] = []
    invalid: list[str] = []
    for item in error.errors(include_input=False, include_url=False):
        location = item["loc"]
        field = str(location[0]) if location else ""
        if item["type"] == "missing":
            missing.append(env_name(field))
        else:
            name = env_name(field) if field else "settings"
            message = str(item["msg"]).removeprefix("Value error, ")
            invalid.append(f"{name}: {message}")
    parts: list[str] = []
    if missing:
        parts.append("missing " + ", ".join(missing))
    if invalid:
        parts.append("invalid " + "; ".join(invalid))
    return "Dynamics portal settings: " + "; ".join(parts)


def load_dynamics_settings() -> DynamicsSettings:
    """:class:`DynamicsSettings` from the environment, or a :class:`PortalConfigurationError` naming the variables
    that are missing or invalid."""
    try:
        return DynamicsSettings()
    except ValidationError as exc:
        raise PortalConfigurationError(describe_validation_error(exc)) from None
