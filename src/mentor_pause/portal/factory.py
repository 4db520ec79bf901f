"""The feature flag: which portal the sync worker pushes to.

Why a flag: the portal integration must be deployable dark. Until an organisation has its Dynamics app registration,
table and columns ready (and after, whenever it wants the sync off), everything else runs with the no-op portal,
which needs no settings at all. ``MENTOR_PAUSE_PORTAL`` (or an explicit ``kind``) chooses:

* ``noop`` (the default, also when the variable is unset or empty): :class:`~mentor_pause.portal.noop.NoOpPortalClient`.
* ``dynamics``: :class:`~mentor_pause.portal.dynamics.DynamicsPortalClient` with
  :class:`~mentor_pause.portal.settings.DynamicsSettings` read from ``MENTOR_PAUSE_DYNAMICS_*`` (unless ``settings`` is
  given); missing or invalid settings raise :class:`~mentor_pause.portal.settings.PortalConfigurationError` naming
  the variables, at start-up rather than at the first push.

Any other value is a :class:`PortalConfigurationError` (an :class:`~mentor_pause.errors.InvalidInput` and a
``ValueError``) naming the allowed values: a typo must not silently turn the sync off.
"""

from __future__ import annotations

import os
from typing import Final, Literal

from mentor_pause.portal.base import AsyncPortalClient, PortalClient
from mentor_pause.portal.dynamics import AsyncDynamicsPortalClient, DynamicsPortalClient
from mentor_pause.portal.noop import AsyncNoOpPortalClient, NoOpPortalClient
from mentor_pause.portal.settings import DynamicsSettings, PortalConfigurationError, load_dynamics_settings

#: The environment variable of the feature flag.
PORTAL_ENV: Final = "MENTOR_PAUSE_PORTAL"
#: The portals the flag can choose, the default first.
PORTAL_KINDS: Final = ("noop", "dynamics")

PortalKind = Literal["noop", "dynamics"]


def portal_kind(kind: str | None = None) -> PortalKind:
    """``kind``, or else ``MENTOR_PAUSE_PORTAL``, normalised; unset or empty means ``noop``."""
    raw = kind if kind is not None else os.environ.get(PORTAL_ENV, "")
    value = raw.strip().lower() or "noop"
    if value == "noop":
        return "noop"
    if value == "dynamics":
        return "dynamics"
    source = "kind" if kind is not None else PORTAL_ENV
    allowed = ", ".join(PORTAL_KINDS)
    raise PortalConfigurationError(f"{source}={raw.strip()!r} is not a portal; the portals are: {allowed}")


def portal_client(kind: str | None = None, *, settings: DynamicsSettings | None = None) -> PortalClient:
    """The blocking portal client the flag chooses."""
    if portal_kind(kind) == "noop":
        return NoOpPortalClient()
    return DynamicsPortalClient(settings if settings is not None else load_dynamics_settings())


def async_portal_client(kind: str | None = None, *, settings: DynamicsSettings | None = None) -> AsyncPortalClient:
    """The asyncio portal client the flag chooses."""
    if portal_kind(kind) == "noop":
        return AsyncNoOpPortalClient()
    return AsyncDynamicsPortalClient(settings if settings is not None else load_dynamics_settings())
