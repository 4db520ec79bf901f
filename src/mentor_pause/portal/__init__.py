"""Keeping the organisation's public portal in step with mentors' availability.

Why a package of its own: the portal (Microsoft Dynamics 365 / Dataverse behind Power Pages) is someone else's
system, reached over the network with its own credentials, and may change or be absent. The sync worker depends
only on the small interface in :mod:`~mentor_pause.portal.base` (push one :class:`MentorAvailability`, get back
:class:`Delivered`, :class:`RetryLater` or :class:`Rejected`); :mod:`~mentor_pause.portal.noop` and
:mod:`~mentor_pause.portal.dynamics` implement it, :mod:`~mentor_pause.portal.settings` configures the Dynamics
client from ``MENTOR_PAUSE_DYNAMICS_*``, and the feature flag in :mod:`~mentor_pause.portal.factory`
(``MENTOR_PAUSE_PORTAL``: ``noop`` by default, or ``dynamics``) chooses::

    from contextlib import closing
    from mentor_pause.portal import portal_client

    with closing(portal_client()) as portal:     # NoOpPortalClient unless MENTOR_PAUSE_PORTAL=dynamics
        result = portal.push(availability)       # Delivered(), RetryLater(reason, after_seconds) or Rejected(reason)
"""

from mentor_pause.portal.base import (
    AsyncPortalClient,
    Delivered,
    MentorAvailability,
    PortalClient,
    PortalFailure,
    PushResult,
    Rejected,
    RetryLater,
)
from mentor_pause.portal.dynamics import AsyncDynamicsPortalClient, DynamicsPortalClient
from mentor_pause.portal.factory import PORTAL_ENV, async_portal_client, portal_client
from mentor_pause.portal.noop import AsyncNoOpPortalClient, NoOpPortalClient
from mentor_pause.portal.settings import DynamicsSettings, PortalConfigurationError
from mentor_pause.portal.worker import AsyncPortalSyncWorker, PortalSyncWorker, SyncReport, SyncSettings

__all__ = [
    "PORTAL_ENV",
    "AsyncDynamicsPortalClient",
    "AsyncNoOpPortalClient",
    "AsyncPortalClient",
    "AsyncPortalSyncWorker",
    "Delivered",
    "DynamicsPortalClient",
    "DynamicsSettings",
    "MentorAvailability",
    "NoOpPortalClient",
    "PortalClient",
    "PortalConfigurationError",
    "PortalFailure",
    "PortalSyncWorker",
    "PushResult",
    "Rejected",
    "RetryLater",
    "SyncReport",
    "SyncSettings",
    "async_portal_client",
    "portal_client",
]
