"""The no-op portal: the default. It sends nothing and remembers what it would have sent.

Chosen when the feature flag is off (``MENTOR_PAUSE_PORTAL`` unset or ``noop``), so everything else works, and can
be tested and demonstrated, without a portal or any portal settings.
"""

from __future__ import annotations

from mentor_pause.portal.base import Delivered, MentorAvailability, PushResult


class NoOpPortalClient:
    """Sends nothing; ``sent`` lists what it would have sent, in order."""

    def __init__(self) -> None:
        self.sent: list[MentorAvailability] = []

    def push(self, availability: MentorAvailability) -> PushResult:
        self.sent.append(availability)
        return Delivered()

    def close(self) -> None:
        """Nothing to release."""


class AsyncNoOpPortalClient:
    """The asyncio twin of :class:`NoOpPortalClient`."""

    def __init__(self) -> None:
        self.sent: list[MentorAvailability] = []

    async def push(self, availability: MentorAvailability) -> PushResult:
        self.sent.append(availability)
        return Delivered()

    async def aclose(self) -> None:
        """Nothing to release."""
