"""The portal sync worker: keeps the portal in step with the outbox, losing nothing.

Each round claims a batch of mentors the portal is behind on (under a lease: no other worker takes them), pushes
each one's current availability through a :class:`~mentor_pause.portal.base.PortalClient`, then records the
outcome in two calls: the deliveries (``complete_portal_sync``) and the failures (``fail_portal_sync``, with the
delay the portal asked for, or a backoff that grows with the mentor's failed attempts; after ``max_attempts``, or a
refusal that retrying cannot fix, the outbox makes the mentor a dead letter). Several workers may run at once; a
worker that dies mid-batch only delays its mentors until their lease runs out.

``drain()`` works until nothing is due (for cron, tests and the demo); ``run(stop)`` keeps going, polling while
idle, until ``stop`` is set (the CLI sets it on SIGTERM/SIGINT): the batch in hand is finished and recorded first,
so a clean shutdown leaves no mentor waiting for a lease.

Both flavours share everything but the I/O: :class:`AsyncPortalSyncWorker` pushes a batch concurrently with
asyncio, :class:`PortalSyncWorker` with a thread pool (a sync portal client must be safe to share between threads;
httpx's and the no-op client are).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from mentor_pause._async.client import AsyncMentorPauseClient
from mentor_pause._sync.client import MentorPauseClient
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

logger = logging.getLogger("mentor_pause.portal")


@dataclass(frozen=True)
class SyncSettings:
    """How a worker works: claim size, pushes in flight, lease, attempts before a dead letter, backoff bounds."""

    batch_size: int = 100
    concurrency: int = 8
    lease_seconds: int = 60
    max_attempts: int = 10
    first_backoff: float = 1.0
    max_backoff: float = 300.0


@dataclass
class SyncReport:
    """What a worker did (so far): batches claimed, and pushes delivered, to be retried, and refused."""

    batches: int = 0
    delivered: int = 0
    retried: int = 0
    refused: int = 0
    last_errors: list[str] = field(default_factory=list)

    def add(self, other: SyncReport) -> None:
        self.batches += other.batches
        self.delivered += other.delivered
        self.retried += other.retried
        self.refused += other.refused
        self.last_errors = (self.last_errors + other.last_errors)[-5:]


def default_worker_name() -> str:
    """``host:pid``: unique among the workers of one outbox, and readable in ``locked_by``."""
    return f"{socket.gethostname()}:{os.getpid()}"


def backoff_seconds(attempts: int, settings: SyncSettings) -> float:
    """Exponential backoff with full jitter, by the mentor's failed attempts so far (0 for the first failure)."""
    ceiling = min(settings.max_backoff, settings.first_backoff * 2.0**attempts)
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not cryptography


def sort_outcomes(
    batch: Sequence[MentorAvailability], results: Sequence[PushResult], settings: SyncSettings
) -> tuple[list[MentorAvailability], list[PortalFailure], SyncReport]:
    """Split a batch's push results into deliveries and failures (with their delay and permanence)."""
    delivered: list[MentorAvailability] = []
    failed: list[PortalFailure] = []
    report = SyncReport(batches=1)
    for availability, result in zip(batch, results, strict=True):
        if isinstance(result, Delivered):
            delivered.append(availability)
            report.delivered += 1
        elif isinstance(result, Rejected):
            failed.append(PortalFailure(availability, result.reason, permanent=True))
            report.refused += 1
            report.last_errors.append(result.reason)
        else:
            delay = result.after_seconds
            if delay is None:
                delay = backoff_seconds(availability.attempts, settings)
            failed.append(PortalFailure(availability, result.reason, retry_after_seconds=delay))
            report.retried += 1
            report.last_errors.append(result.reason)
    report.last_errors = report.last_errors[-5:]
    return delivered, failed, report


def _log(report: SyncReport, claimed: int) -> None:
    logger.info(
        "portal sync batch: %d claimed, %d delivered, %d to retry, %d refused",
        claimed,
        report.delivered,
        report.retried,
        report.refused,
    )


class AsyncPortalSyncWorker:
    """Pushes the outbox to the portal with an :class:`AsyncMentorPauseClient` acting as ``service_role``."""

    def __init__(
        self,
        client: AsyncMentorPauseClient,
        portal: AsyncPortalClient,
        *,
        settings: SyncSettings | None = None,
        name: str | None = None,
    ) -> None:
        self.client = client
        self.portal = portal
        self.settings = settings or SyncSettings()
        self.name = name or default_worker_name()

    async def _push(self, availability: MentorAvailability, limit: asyncio.Semaphore) -> PushResult:
        async with limit:
            try:
                return await self.portal.push(availability)
            except Exception as exc:  # a portal client must not raise; if one does, retry later
                logger.warning("portal client raised instead of answering: %r", exc)
                return RetryLater(f"portal client error: {type(exc).__name__}: {exc}")

    async def run_batch(self) -> tuple[int, SyncReport]:
        """Claim one batch, push it, record the outcomes; returns how many were claimed and what happened."""
        batch = await self.client.claim_portal_sync(
            self.name, limit=self.settings.batch_size, lease_seconds=self.settings.lease_seconds
        )
        if not batch:
            return 0, SyncReport()
        limit = asyncio.Semaphore(self.settings.concurrency)
        results = await asyncio.gather(*(self._push(a, limit) for a in batch))
        delivered, failed, report = sort_outcomes(batch, results, self.settings)
        if delivered:
            await self.client.complete_portal_sync(self.name, delivered)
        if failed:
            await self.client.fail_portal_sync(self.name, failed, max_attempts=self.settings.max_attempts)
        _log(report, len(batch))
        return len(batch), report

    async def drain(self, on_batch: Callable[[SyncReport], object] | None = None) -> SyncReport:
        """Work until no mentor is due (failures rescheduled for later are left for a later run)."""
        total = SyncReport()
        while True:
            claimed, report = await self.run_batch()
            if not claimed:
                return total
            total.add(report)
            if on_batch is not None:
                on_batch(report)

    async def run(
        self,
        stop: asyncio.Event,
        *,
        poll_seconds: float = 5.0,
        on_batch: Callable[[SyncReport], object] | None = None,
    ) -> SyncReport:
        """Work until ``stop`` is set, polling every ``poll_seconds`` while nothing is due."""
        total = SyncReport()
        while not stop.is_set():
            claimed, report = await self.run_batch()
            if claimed:
                total.add(report)
                if on_batch is not None:
                    on_batch(report)
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
        return total


class PortalSyncWorker:
    """Pushes the outbox to the portal with a :class:`MentorPauseClient` acting as ``service_role``."""

    def __init__(
        self,
        client: MentorPauseClient,
        portal: PortalClient,
        *,
        settings: SyncSettings | None = None,
        name: str | None = None,
    ) -> None:
        self.client = client
        self.portal = portal
        self.settings = settings or SyncSettings()
        self.name = name or default_worker_name()

    def _push(self, availability: MentorAvailability) -> PushResult:
        try:
            return self.portal.push(availability)
        except Exception as exc:  # a portal client must not raise; if one does, retry later
            logger.warning("portal client raised instead of answering: %r", exc)
            return RetryLater(f"portal client error: {type(exc).__name__}: {exc}")

    def run_batch(self) -> tuple[int, SyncReport]:
        """Claim one batch, push it, record the outcomes; returns how many were claimed and what happened."""
        batch = self.client.claim_portal_sync(
            self.name, limit=self.settings.batch_size, lease_seconds=self.settings.lease_seconds
        )
        if not batch:
            return 0, SyncReport()
        if self.settings.concurrency > 1:
            with ThreadPoolExecutor(self.settings.concurrency) as pool:
                results = list(pool.map(self._push, batch))
        else:
            results = [self._push(a) for a in batch]
        delivered, failed, report = sort_outcomes(batch, results, self.settings)
        if delivered:
            self.client.complete_portal_sync(self.name, delivered)
        if failed:
            self.client.fail_portal_sync(self.name, failed, max_attempts=self.settings.max_attempts)
        _log(report, len(batch))
        return len(batch), report

    def drain(self, on_batch: Callable[[SyncReport], object] | None = None) -> SyncReport:
        """Work until no mentor is due (failures rescheduled for later are left for a later run)."""
        total = SyncReport()
        while True:
            claimed, report = self.run_batch()
            if not claimed:
                return total
            total.add(report)
            if on_batch is not None:
                on_batch(report)

    def run(
        self,
        stop: threading.Event,
        *,
        poll_seconds: float = 5.0,
        on_batch: Callable[[SyncReport], object] | None = None,
    ) -> SyncReport:
        """Work until ``stop`` is set, polling every ``poll_seconds`` while nothing is due."""
        total = SyncReport()
        while not stop.is_set():
            claimed, report = self.run_batch()
            if claimed:
                total.add(report)
                if on_batch is not None:
                    on_batch(report)
                continue
            stop.wait(poll_seconds)
        return total
