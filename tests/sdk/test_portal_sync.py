"""The portal sync worker over the outbox, through every client kind, with the no-op portal (the default) and the
Dataverse test double: latest state only, nothing lost, nothing sent twice, several workers, a worker that dies."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from mentor_pause import Identity, MentorPauseClient, MentorStatusValue, PermissionDenied
from mentor_pause.portal.base import MentorAvailability
from mentor_pause.portal.noop import AsyncNoOpPortalClient, NoOpPortalClient
from mentor_pause.portal.worker import AsyncPortalSyncWorker, PortalSyncWorker, SyncSettings
from tests.sdk.conftest import FAST_RETRY, Org, SyncAsAsync
from tests.support import roster
from tests.support.db import authenticator_url


@pytest.fixture
def quiet_outbox(admin_db) -> None:
    """Everything other tests queued counts as delivered, so a drain sees only this test's changes."""
    admin_db.execute(
        "update private.portal_outbox set delivered_version = version, dead_at = null, locked_until = null, "
        "locked_by = null, pending_since = null"
    )


def _worker(client: Any, portal: Any, **settings: Any) -> Any:
    """The worker flavour that matches the client (the suite's sync clients are wrapped to look async)."""
    if isinstance(client, SyncAsAsync):
        return PortalSyncWorker(client.sync, portal, settings=SyncSettings(**settings))
    return AsyncPortalSyncWorker(client, portal, settings=SyncSettings(**settings))


async def _drain(worker: Any) -> Any:
    result = worker.drain()
    return await result if asyncio.iscoroutine(result) else result


def _portal_for(client: Any) -> Any:
    return NoOpPortalClient() if isinstance(client, SyncAsAsync) else AsyncNoOpPortalClient()


async def test_a_drain_sends_each_changed_mentors_latest_state_once(client_for, org: Org, quiet_outbox) -> None:
    admin = await client_for(Identity.user(org.admin))
    await admin.pause(org.mentor_a, "Parental leave")
    await admin.resume(org.mentor_a)
    await admin.pause(org.mentor_a, "Back to leave")  # three changes, one state to send
    await admin.expire_certification(org.mentor_b)
    service = await client_for(Identity.service())
    portal = _portal_for(service)
    report = await _drain(_worker(service, portal, batch_size=1))
    sent = {a.mentor_id: a for a in portal.sent}
    assert set(sent) == {org.mentor_a, org.mentor_b}
    assert len(portal.sent) == 2 and report.delivered == 2 and report.batches == 2
    assert sent[org.mentor_a].status is MentorStatusValue.PAUSED and not sent[org.mentor_a].available
    assert sent[org.mentor_b].status is MentorStatusValue.CERTIFICATION_EXPIRED
    assert (await _drain(_worker(service, portal))).delivered == 0  # nothing is sent again after a success
    state = await service.portal_sync_status()
    assert state.pending == 0 and state.last_delivered_at is not None


async def test_only_service_role_works_the_outbox(client_for, org: Org) -> None:
    admin = await client_for(Identity.user(org.admin))
    with pytest.raises(PermissionDenied):
        await admin.claim_portal_sync("admin")
    assert (await admin.portal_sync_status()).pending >= 0  # the state is theirs to see
    coordinator = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(PermissionDenied):
        await coordinator.portal_sync_status()


def test_two_workers_at_once_never_send_the_same_change(database_url: str, admin_db, quiet_outbox) -> None:
    chapter = roster.create_chapter(admin_db)
    mentors = [roster.create_mentor(admin_db, chapter) for _ in range(60)]
    portals = [NoOpPortalClient(), NoOpPortalClient()]
    barrier = threading.Barrier(2)

    def work(portal: NoOpPortalClient, name: str) -> None:
        with MentorPauseClient.from_database_url(
            authenticator_url(database_url), Identity.service(), retry=FAST_RETRY
        ) as client:
            barrier.wait()
            PortalSyncWorker(client, portal, settings=SyncSettings(batch_size=5, concurrency=2), name=name).drain()

    threads = [threading.Thread(target=work, args=(p, f"w{i}")) for i, p in enumerate(portals)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    sent = [(a.mentor_id, a.version) for p in portals for a in p.sent]
    assert len(sent) == len(set(sent))  # no change went out twice
    assert {m for m, _ in sent} >= set(mentors)
    assert all(p.sent for p in portals)  # both really worked


def test_a_worker_that_dies_mid_batch_leaves_its_mentors_to_the_next(database_url: str, admin_db, quiet_outbox) -> None:
    chapter = roster.create_chapter(admin_db)
    mentors = set(roster.create_mentor(admin_db, chapter) for _ in range(3))
    with MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service()) as client:
        claimed = client.claim_portal_sync("doomed", lease_seconds=1)  # ... and the process is killed here
        assert {a.mentor_id for a in claimed} == mentors
        portal = NoOpPortalClient()
        assert PortalSyncWorker(client, portal).drain().delivered == 0  # still leased to the dead worker
        time.sleep(1.2)
        assert PortalSyncWorker(client, portal).drain().delivered == 3
    assert {a.mentor_id for a in portal.sent} == mentors


def test_availability_says_who_is_listed() -> None:
    import datetime as dt
    import uuid

    base = {
        "mentor_id": uuid.uuid4(),
        "expected_return_date": None,
        "changed_at": dt.datetime.now(dt.UTC),
        "version": 1,
    }
    assert MentorAvailability(status=MentorStatusValue.ACTIVE, **base).available
    assert not MentorAvailability(status=MentorStatusValue.PAUSED, **base).available
    assert not MentorAvailability(status=None, **base).available
