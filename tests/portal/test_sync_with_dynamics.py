"""The whole path, database to portal: transitions through the SDK fill the outbox, workers push it through the
Dynamics client to the Dataverse double, through outages, throttling and expiring tokens.

The double is the only stand-in (Dataverse and Entra cannot run here); the database, the outbox and the worker are
the real ones.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import psycopg
import pytest

from mentor_pause import Identity, MentorPauseClient
from mentor_pause.portal import DynamicsPortalClient, DynamicsSettings
from mentor_pause.portal.worker import PortalSyncWorker, SyncSettings
from tests.dataverse_server.server import DataverseTestServer
from tests.support import roster
from tests.support.db import authenticator_url

FAST = SyncSettings(batch_size=10, concurrency=4, first_backoff=0.05, max_backoff=0.2, max_attempts=50)


@pytest.fixture
def admin_db(database_url: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        # Everything other tests queued counts as delivered: these tests see only their own mentors.
        conn.execute(
            "update private.portal_outbox set delivered_version = version, dead_at = null, locked_until = null, "
            "locked_by = null, pending_since = null"
        )
        yield conn


@pytest.fixture
def service(database_url: str) -> Iterator[MentorPauseClient]:
    with MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service()) as client:
        yield client


def _mentors(admin_db, dataverse: DataverseTestServer, count: int) -> list[UUID]:
    """Mentors in the roster, each with a portal record whose GUID is the mentor id, listed as available."""
    chapter = roster.create_chapter(admin_db)
    mentors = [roster.create_mentor(admin_db, chapter) for _ in range(count)]
    dataverse.seed({m: {"hlf_available": True} for m in mentors})
    return mentors


def _settings(dataverse: DataverseTestServer) -> DynamicsSettings:
    return DynamicsSettings(**dataverse.settings_values(), available_column="hlf_available", status_column="hlf_status")


def _drain_until_in_step(worker: PortalSyncWorker, service: MentorPauseClient, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while service.portal_sync_status().pending and time.monotonic() < deadline:
        worker.drain()
        time.sleep(0.05)
    assert service.portal_sync_status().pending == 0


def test_an_outage_then_recovery_delivers_every_latest_state_once(admin_db, service) -> None:
    with DataverseTestServer() as dataverse, DynamicsPortalClient(_settings(dataverse)) as portal:
        mentors = _mentors(admin_db, dataverse, 12)
        worker = PortalSyncWorker(service, portal, settings=FAST)
        worker.drain()  # the new mentors reach the portal
        dataverse.outage(True)
        for mentor in mentors[:6]:
            service.pause(mentor, "Away during the outage")
        for mentor in mentors[:3]:
            service.resume(mentor)  # the latest state is active again
        report = worker.drain()  # every push fails: rescheduled, nothing lost
        assert report.retried >= 6 and report.delivered == 0
        assert service.portal_sync_status().pending == 6
        dataverse.outage(False)
        _drain_until_in_step(worker, service)
        before = len(dataverse.patches)
        worker.drain()
        assert len(dataverse.patches) == before  # nothing is sent again after a success
    for mentor in mentors:
        record = dataverse.record(mentor)
        assert record is not None
        paused_now = mentor in mentors[3:6]
        assert record["hlf_available"] is (not paused_now)
        assert record["hlf_status"] == ("paused" if paused_now else "active")


def test_throttling_is_honoured_and_survived(admin_db, service) -> None:
    with DataverseTestServer() as dataverse, DynamicsPortalClient(_settings(dataverse)) as portal:
        mentors = _mentors(admin_db, dataverse, 4)
        dataverse.fail_next(429, times=2, retry_after=0.3)
        worker = PortalSyncWorker(service, portal, settings=SyncSettings(batch_size=10, concurrency=1))
        report = worker.drain()
        assert report.retried == 2  # rescheduled for Retry-After, not retried at once
        waits = admin_db.execute(
            "select count(*) from private.portal_outbox where mentor_id = any(%s) and due_at > now()", (mentors,)
        ).fetchone()
        assert waits == (2,)
        time.sleep(0.4)
        _drain_until_in_step(worker, service)
        assert all(dataverse.record(m) == {"hlf_available": True, "hlf_status": "active"} for m in mentors)


def test_a_token_that_expires_mid_run_is_replaced(admin_db, service) -> None:
    with DataverseTestServer() as dataverse, DynamicsPortalClient(_settings(dataverse)) as portal:
        mentors = _mentors(admin_db, dataverse, 6)
        worker = PortalSyncWorker(service, portal, settings=SyncSettings(batch_size=3, concurrency=1))
        worker.run_batch()
        dataverse.expire_all_tokens()  # Dataverse now answers 401 to the token the client holds
        report = worker.drain()
        assert report.delivered == 3 and report.retried == 0
        assert len(dataverse.token_requests) == 2
        assert all(dataverse.record(m) is not None and dataverse.received(m) for m in mentors)


def test_a_missing_portal_record_becomes_a_dead_letter_and_is_not_retried(admin_db, service) -> None:
    with DataverseTestServer() as dataverse, DynamicsPortalClient(_settings(dataverse)) as portal:
        chapter = roster.create_chapter(admin_db)
        orphan = roster.create_mentor(admin_db, chapter)  # no record in the portal: 404 under If-Match: *
        worker = PortalSyncWorker(service, portal, settings=FAST)
        report = worker.drain()
        assert report.refused == 1 and dataverse.record(orphan) is None  # never created by an upsert
        state = service.portal_sync_status()
        assert state.dead_letters >= 1 and state.pending == 0
        assert worker.drain().refused == 0


def test_several_workers_keep_the_portal_in_step_without_double_sends(admin_db, database_url: str) -> None:
    with DataverseTestServer(latency=0.01) as dataverse:
        mentors = _mentors(admin_db, dataverse, 40)
        errors: list[BaseException] = []

        def work(name: str) -> None:
            try:
                with (
                    MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.service()) as client,
                    DynamicsPortalClient(_settings(dataverse)) as portal,
                ):
                    PortalSyncWorker(client, portal, settings=FAST, name=name).drain()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(f"worker-{n}",)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        assert all(len(dataverse.received(m)) == 1 for m in mentors)  # each mentor's one change, once
