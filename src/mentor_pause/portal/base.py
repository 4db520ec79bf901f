"""The portal interface: what the sync worker pushes, and what a portal client answers.

The organisation's public portal (Microsoft Dynamics 365 / Dataverse with Power Pages for HLF) lists the available
mentors; each change of a mentor's status must reach it so that a paused or expired mentor stops being listed and an
active one reappears. Its API may be undocumented or change, so everything else depends only on this small
interface: push one mentor's current availability, and hear back whether it was delivered, should be retried (with
the delay the portal asked for), or was refused for good. :mod:`mentor_pause.portal.noop` and
:mod:`mentor_pause.portal.dynamics` implement it; the feature flag in :mod:`mentor_pause.portal.factory` chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from mentor_pause.models import MentorAvailability, PortalFailure


@dataclass(frozen=True)
class Delivered:
    """The portal has the mentor's state."""


@dataclass(frozen=True)
class RetryLater:
    """Not now (throttled, unavailable, a network failure): try again, not before ``after_seconds`` if given."""

    reason: str
    after_seconds: float | None = None


@dataclass(frozen=True)
class Rejected:
    """Refused for good (no such record, no permission, a malformed request): retrying would not help."""

    reason: str


PushResult = Delivered | RetryLater | Rejected

__all__ = [
    "AsyncPortalClient",
    "Delivered",
    "MentorAvailability",
    "PortalClient",
    "PortalFailure",
    "PushResult",
    "Rejected",
    "RetryLater",
]


class PortalClient(Protocol):
    """A portal the sync worker can push to (blocking)."""

    def push(self, availability: MentorAvailability) -> PushResult:
        """Send one mentor's current availability. Never raises for the portal's answers: they are results."""
        ...

    def close(self) -> None:
        """Release what the client opened."""
        ...


class AsyncPortalClient(Protocol):
    """A portal the sync worker can push to (asyncio)."""

    async def push(self, availability: MentorAvailability) -> PushResult:
        """Send one mentor's current availability. Never raises for the portal's answers: they are results."""
        ...

    async def aclose(self) -> None:
        """Release what the client opened."""
        ...
