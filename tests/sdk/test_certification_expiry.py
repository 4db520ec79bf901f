"""The Python host of the nightly certification expiry: ``run_certification_expiry`` over every client kind."""

from __future__ import annotations

import datetime as dt

import pytest

from mentor_pause import ExpiryBatch, ExpiryHost, ExpiryRun, Identity, MentorPauseError, PermissionDenied
from tests.sdk.conftest import Org
from tests.support import roster


def _lapsed(admin_db, org: Org, count: int, year: int) -> list:
    """Mentors whose certification ended long ago (so every run reaches them in its first batches)."""
    return [
        roster.create_mentor(admin_db, org.chapter_a, certification_expires_on=dt.date(year, 3, 1) + dt.timedelta(n))
        for n in range(count)
    ]


def _statuses(admin_db, mentors) -> set[str]:
    rows = admin_db.execute(
        "select distinct status from public.peer_mentor_status where mentor_id = any(%s)", (mentors,)
    ).fetchall()
    return {r[0] for r in rows}


async def test_the_service_runs_it_in_batches_and_gets_the_run_record(client_for, org: Org, admin_db) -> None:
    mentors = _lapsed(admin_db, org, 5, 1995)
    client = await client_for(Identity.service())
    batches: list[ExpiryBatch] = []
    run = await client.run_certification_expiry(batch_size=2, on_batch=batches.append)
    assert isinstance(run, ExpiryRun)
    assert run.host is ExpiryHost.PYTHON and run.succeeded and run.started_by is None
    assert run.batches == len(batches) >= 3
    assert run.expired == sum(b.expired for b in batches) >= 5
    assert batches[-1].done and not any(b.done for b in batches[:-1])
    assert _statuses(admin_db, mentors) == {"certification_expired"}
    assert (await client.expiry_runs(limit=1))[0].id == run.id


async def test_an_org_admin_may_run_it_a_coordinator_may_not(client_for, org: Org, admin_db) -> None:
    mentors = _lapsed(admin_db, org, 1, 1996)
    coordinator = await client_for(Identity.user(org.coordinator_a))
    with pytest.raises(PermissionDenied):
        await coordinator.run_certification_expiry()
    assert await coordinator.expiry_runs() == []  # the run records are for org admins (RLS shows them nothing)
    admin = await client_for(Identity.user(org.admin))
    run = await admin.run_certification_expiry(host=ExpiryHost.MANUAL)
    assert run.host is ExpiryHost.MANUAL and run.started_by == org.admin
    assert _statuses(admin_db, mentors) == {"certification_expired"}


async def test_a_failed_run_is_recorded_and_raised(client_for, org: Org, admin_db) -> None:
    mentor = _lapsed(admin_db, org, 1, 1997)[0]
    admin_db.execute(
        f"""
        create function public.test_refuse_expiry_sdk() returns trigger language plpgsql as $$
        begin
          if new.mentor_id = '{mentor}' then raise exception 'planted failure'; end if;
          return new;
        end $$;
        create trigger test_refuse_expiry_sdk before update on public.peer_mentor_status
          for each row execute function public.test_refuse_expiry_sdk();
        """
    )
    client = await client_for(Identity.service())
    try:
        with pytest.raises(MentorPauseError, match="planted failure"):
            await client.run_certification_expiry(batch_size=50)
    finally:
        admin_db.execute("drop trigger test_refuse_expiry_sdk on public.peer_mentor_status")
        admin_db.execute("drop function public.test_refuse_expiry_sdk()")
        admin_db.execute("update public.peer_mentors set certification_expires_on = null where id = %s", (mentor,))
    latest = (await client.expiry_runs(limit=1))[0]
    assert latest.error is not None and "planted failure" in latest.error
    assert latest.finished_at is not None and not latest.succeeded
