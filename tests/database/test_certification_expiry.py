"""The nightly certification expiry core: which mentors lapse, batches that commit on their own, runs that resume,
runners that never collide, the run record, and the pg_cron job."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import psycopg
import pytest

from mentor_pause.identity import Identity, identity_context
from tests.support import roster
from tests.support.db import Conn, acting_as, fails_with

JOB_NAME = "mentor-pause-certification-expiry"


def _today(db: Conn) -> dt.date:
    row = db.execute("select private.today()").fetchone()
    assert row
    return row[0]


def _run_all(db: Conn, *, batch_size: int = 2, host: str = "manual") -> int:
    """The loop every host runs: start a run, then batches until done. Returns the run id."""
    run_id = db.execute("select public.start_certification_expiry_run(%s)", (host,)).fetchone()[0]  # type: ignore[index]
    after_date = after_mentor = None
    while True:
        row = db.execute(
            "select next_after_date, next_after_mentor, done from public.expire_certification_batch(%s, %s, %s, %s)",
            (run_id, after_date, after_mentor, batch_size),
        ).fetchone()
        assert row
        after_date, after_mentor, done = row
        if done:
            return int(run_id)


def _status(db: Conn, mentor: UUID) -> str:
    row = db.execute("select status from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone()
    assert row
    return str(row[0])


def _history(db: Conn, mentor: UUID) -> list[tuple[Any, ...]]:
    return db.execute(
        "select previous_status, new_status, pause_reason, note, changed_by from public.peer_mentor_status_log "
        "where mentor_id = %s order by id",
        (mentor,),
    ).fetchall()


def _off_utc_time_zone(db: Conn) -> str:
    """A time zone whose date differs from UTC's right now (so a rule that used the UTC date would be caught)."""
    hour = db.execute("select extract(hour from now() at time zone 'UTC')").fetchone()[0]  # type: ignore[index]
    return "Etc/GMT+12" if hour < 12 else "Etc/GMT-14"


# Which mentors lapse -------------------------------------------------------------------------------------------------
def test_the_lapsed_mentors_expire_by_the_organisations_date(db: Conn) -> None:
    """Expires today: still valid; expired yesterday: lapsed; NULL: never; all by the date in the organisation's
    time zone, here one where it is another day than in UTC."""
    time_zone = _off_utc_time_zone(db)
    db.execute("update private.organisation_settings set time_zone = %s", (time_zone,))
    today = _today(db)
    utc_today = db.execute("select (now() at time zone 'UTC')::date").fetchone()[0]  # type: ignore[index]
    assert today != utc_today
    chapter = roster.create_chapter(db)
    valid_today = roster.create_mentor(db, chapter, certification_expires_on=today)
    lapsed = roster.create_mentor(db, chapter, certification_expires_on=today - dt.timedelta(days=1))
    lapsed_long_ago = roster.create_mentor(db, chapter, certification_expires_on=today - dt.timedelta(days=400))
    untracked = roster.create_mentor(db, chapter)
    db.execute("update public.peer_mentors set certification_expires_on = null where id = %s", (untracked,))
    # Lapsed by the UTC date but not by the organisation's, or the other way round:
    by_utc_only = roster.create_mentor(db, chapter, certification_expires_on=utc_today - dt.timedelta(days=1))
    expected = {lapsed, lapsed_long_ago} | ({by_utc_only} if utc_today - dt.timedelta(days=1) < today else set())
    db.execute("set local timezone = 'Pacific/Kiritimati'")  # the session's zone must not matter either
    _run_all(db)
    mentors = [valid_today, lapsed, lapsed_long_ago, untracked, by_utc_only]
    expired = {m for m in mentors if _status(db, m) == "certification_expired"}
    assert expired == expected


def test_an_expiry_is_one_history_row_through_the_state_machine(db: Conn) -> None:
    """A paused mentor expires too; the pause stays in the history, the new row says why, and the system made it."""
    chapter = roster.create_chapter(db)
    yesterday = _today(db) - dt.timedelta(days=1)
    mentor = roster.create_mentor(db, chapter, certification_expires_on=yesterday + dt.timedelta(days=30))
    db.execute(
        "update public.peer_mentor_status set status = 'paused', pause_reason = 'Surgery' where mentor_id = %s",
        (mentor,),
    )
    db.execute("update public.peer_mentors set certification_expires_on = %s where id = %s", (yesterday, mentor))
    _run_all(db)
    assert _history(db, mentor) == [
        (None, "active", None, None, None),
        ("active", "paused", "Surgery", None, None),
        ("paused", "certification_expired", None, f"certification expired on {yesterday.isoformat()}", None),
    ]
    row = db.execute(
        "select pause_reason, paused_at, activated_by from public.peer_mentor_status where mentor_id = %s", (mentor,)
    ).fetchone()
    assert row == (None, None, None)


def test_a_second_run_the_same_night_expires_nothing(db: Conn) -> None:
    chapter = roster.create_chapter(db)
    roster.create_mentor(db, chapter, certification_expires_on=_today(db) - dt.timedelta(days=3))
    first = _run_all(db)
    second = _run_all(db)
    runs = db.execute(
        "select id, expired, finished_at is not null from public.certification_expiry_runs where id in (%s, %s) "
        "order by id",
        (first, second),
    ).fetchall()
    assert runs[0][1] >= 1 and runs[0][2]
    assert runs[1][1:] == (0, True)


def test_reactivation_uses_the_same_date_rule(db: Conn) -> None:
    db.execute("update private.organisation_settings set time_zone = %s", (_off_utc_time_zone(db),))
    today = _today(db)
    chapter = roster.create_chapter(db)
    admin = roster.create_user(db, "org_admin")
    valid = roster.create_mentor(db, chapter, status="certification_expired", certification_expires_on=today)
    lapsed = roster.create_mentor(
        db, chapter, status="certification_expired", certification_expires_on=today - dt.timedelta(days=1)
    )
    with acting_as(db, Identity.user(admin)):
        db.execute("select public.reactivate_mentor(%s)", (valid,))
        fails_with(db, "PT409", "select public.reactivate_mentor(%s)", (lapsed,))


def test_a_time_zone_that_does_not_exist_is_refused(db: Conn) -> None:
    fails_with(db, "23514", "update private.organisation_settings set time_zone = 'Europe/Atlantis'")


def test_an_empty_night_is_one_index_probe(db: Conn) -> None:
    """The batch finds lapsed mentors through the partial index, so its cost does not grow with the roster."""
    plan = "\n".join(
        str(r[0])
        for r in db.execute(
            "explain (costs off) select mentor_id from public.peer_mentor_status s "
            "where s.status <> 'certification_expired' and s.certification_expires_on < private.today() "
            "and (s.certification_expires_on, s.mentor_id) "
            "> ('-infinity'::date, '00000000-0000-0000-0000-000000000000') "
            "order by s.certification_expires_on, s.mentor_id limit 500 for update skip locked"
        )
    )
    assert "peer_mentor_status_lapse_idx" in plan, plan


# The run record ------------------------------------------------------------------------------------------------------
def test_the_run_record_says_what_was_committed(db: Conn) -> None:
    chapter = roster.create_chapter(db)
    lapsed = [
        roster.create_mentor(db, chapter, certification_expires_on=dt.date(1999, 1, 1) + dt.timedelta(days=n))
        for n in range(5)
    ]
    with acting_as(db, Identity.service()):
        run_id = _run_all(db, batch_size=2, host="python")
    row = db.execute(
        "select host, started_by, run_date = private.today(), batches >= 3, expired >= 5, finished_at is not null, "
        "error from public.certification_expiry_runs where id = %s",
        (run_id,),
    ).fetchone()
    assert row == ("python", None, True, True, True, True, None)
    assert all(_status(db, m) == "certification_expired" for m in lapsed)


def test_a_finished_run_takes_no_more_batches_and_an_unknown_one_is_not_found(db: Conn) -> None:
    run_id = _run_all(db)
    fails_with(db, "PT409", "select * from public.expire_certification_batch(%s)", (run_id,))
    fails_with(db, "PT404", "select * from public.expire_certification_batch(-1)")
    fails_with(db, "22023", "select * from public.expire_certification_batch(%s, p_limit => 0)", (run_id,))
    fails_with(db, "22023", "select public.start_certification_expiry_run('cron-ish')")


def test_an_org_admin_may_run_it_and_is_named_as_its_starter(db: Conn) -> None:
    admin = roster.create_user(db, "org_admin")
    coordinator = roster.create_user(db, "coordinator")
    with acting_as(db, Identity.user(admin)):
        run_id = db.execute("select public.start_certification_expiry_run('manual')").fetchone()[0]  # type: ignore[index]
    assert db.execute(
        "select started_by from public.certification_expiry_runs where id = %s", (run_id,)
    ).fetchone() == (admin,)
    with acting_as(db, Identity.user(coordinator)):
        fails_with(db, "42501", "select public.start_certification_expiry_run('manual')")
        fails_with(db, "42501", "select * from public.expire_certification_batch(%s)", (run_id,))


# Committed batches: kills, concurrency, failures, pg_cron (real parallel connections) ------------------------------
@pytest.fixture
def admin_db(database_url: str) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        yield conn


def _old_lapsed_mentors(db: psycopg.Connection[tuple[Any, ...]], count: int, year: int) -> list[UUID]:
    """Mentors whose certification ended long ago, so they come first in the keyset order of every run."""
    chapter = roster.create_chapter(db)
    return [
        roster.create_mentor(db, chapter, certification_expires_on=dt.date(year, 1, 1) + dt.timedelta(days=n))
        for n in range(count)
    ]


def _expiry_rows(db: psycopg.Connection[tuple[Any, ...]], mentors: list[UUID]) -> dict[UUID, int]:
    rows = db.execute(
        "select mentor_id, count(*) from public.peer_mentor_status_log "
        "where mentor_id = any(%s) and new_status = 'certification_expired' group by mentor_id",
        (mentors,),
    ).fetchall()
    return {m: 0 for m in mentors} | {r[0]: int(r[1]) for r in rows}


def test_a_run_killed_between_batches_stays_unfinished_and_the_next_one_resumes(admin_db) -> None:
    mentors = _old_lapsed_mentors(admin_db, 7, 1990)
    killed = admin_db.execute("select public.start_certification_expiry_run('python')").fetchone()[0]  # type: ignore[index]
    first = admin_db.execute("select * from public.expire_certification_batch(%s, p_limit => 3)", (killed,)).fetchone()
    assert first and first[1] == 3  # expired 3, committed; then the process dies
    resumed = _run_all(admin_db, batch_size=3, host="python")  # type: ignore[arg-type]
    assert set(_expiry_rows(admin_db, mentors).values()) == {1}  # each exactly once
    runs = {
        row[0]: row[1:]
        for row in admin_db.execute(
            "select id, batches, expired, finished_at is null, error from public.certification_expiry_runs "
            "where id in (%s, %s)",
            (killed, resumed),
        ).fetchall()
    }
    assert runs[killed] == (1, 3, True, None)  # visible as unfinished
    assert runs[resumed][1] >= 4 and runs[resumed][2] is False


def test_a_second_runner_skips_what_the_first_holds_instead_of_waiting(admin_db, database_url: str) -> None:
    """FOR UPDATE SKIP LOCKED: while one runner's batch is uncommitted, another takes the next mentors at once."""
    mentors = _old_lapsed_mentors(admin_db, 10, 1991)
    runs = [admin_db.execute("select public.start_certification_expiry_run('manual')").fetchone()[0] for _ in (1, 2)]  # type: ignore[index]
    with psycopg.connect(database_url) as first, psycopg.connect(database_url) as second:
        taken = first.execute(
            "select expired from public.expire_certification_batch(%s, p_limit => 5)", (runs[0],)
        ).fetchone()  # transaction left open: five mentors locked
        second.execute("set lock_timeout = '2s'")
        started = time.monotonic()
        other = second.execute(
            "select expired from public.expire_certification_batch(%s, p_limit => 5)", (runs[1],)
        ).fetchone()
        assert time.monotonic() - started < 1.5
        second.commit()
        first.commit()
    assert taken == (5,) and other == (5,)
    assert set(_expiry_rows(admin_db, mentors).values()) == {1}


def test_two_runners_at_once_expire_each_mentor_once(admin_db, database_url: str) -> None:
    mentors = _old_lapsed_mentors(admin_db, 40, 1992)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def runner() -> None:
        try:
            with psycopg.connect(database_url, autocommit=True) as conn:
                barrier.wait()
                with conn.transaction():
                    conn.execute(*identity_context(Identity.service()))
                _run_all(conn, batch_size=3, host="python")  # type: ignore[arg-type]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=runner) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert set(_expiry_rows(admin_db, mentors).values()) == {1}


@pytest.fixture
def failing_mentor(admin_db) -> Iterator[UUID]:
    """A lapsed mentor whose expiry fails (a trigger planted for this test, dropped afterwards)."""
    mentor = _old_lapsed_mentors(admin_db, 1, 1993)[0]
    admin_db.execute(
        f"""
        create function public.test_refuse_expiry() returns trigger language plpgsql as $$
        begin
          if new.mentor_id = '{mentor}' then raise exception 'planted failure'; end if;
          return new;
        end $$;
        create trigger test_refuse_expiry before update on public.peer_mentor_status
          for each row execute function public.test_refuse_expiry();
        """
    )
    try:
        yield mentor
    finally:
        admin_db.execute("drop trigger test_refuse_expiry on public.peer_mentor_status")
        admin_db.execute("drop function public.test_refuse_expiry()")
        admin_db.execute("update public.peer_mentors set certification_expires_on = null where id = %s", (mentor,))


def test_a_failed_run_is_recorded_with_its_error(admin_db, failing_mentor: UUID) -> None:
    with pytest.raises(psycopg.Error, match="planted failure"):
        admin_db.execute("call private.run_certification_expiry('manual', 50)")
    row = admin_db.execute(
        "select error, finished_at is not null from public.certification_expiry_runs order by id desc limit 1"
    ).fetchone()
    assert row is not None and "planted failure" in row[0] and row[1] is True
    assert _status(admin_db, failing_mentor) == "active"  # type: ignore[arg-type]


def test_the_nightly_job_is_registered_and_its_command_expires_the_lapsed(admin_db) -> None:
    """The migration scheduled the job with pg_cron (preloaded by the local stack, as on Supabase); running its
    command is what pg_cron does each night."""
    job = admin_db.execute("select schedule, command from cron.job where jobname = %s", (JOB_NAME,)).fetchone()
    assert job is not None
    schedule, command = job
    assert schedule == "5 0 * * *"
    assert command == "call private.run_certification_expiry('pg_cron')"
    mentors = _old_lapsed_mentors(admin_db, 3, 1994)
    admin_db.execute(command)
    assert set(_expiry_rows(admin_db, mentors).values()) == {1}
    row = admin_db.execute(
        "select host, error, finished_at is not null from public.certification_expiry_runs order by id desc limit 1"
    ).fetchone()
    assert row == ("pg_cron", None, True)


def test_the_schedule_migration_is_idempotent(admin_db) -> None:
    from tests.support.paths import SUPABASE_DIR

    sql = (SUPABASE_DIR / "migrations" / "20261127120100_certification_expiry_schedule.sql").read_text()
    admin_db.execute(sql.encode())
    count = admin_db.execute("select count(*) from cron.job where jobname = %s", (JOB_NAME,)).fetchone()
    assert count == (1,)


def test_without_pg_cron_the_schedule_is_skipped_with_a_notice(new_database) -> None:
    """In a database pg_cron does not run in, the migration says so and leaves the schedule out."""
    from tests.support.paths import SUPABASE_DIR

    url = new_database()
    notices: list[str] = []
    with psycopg.connect(url, autocommit=True) as conn:
        conn.add_notice_handler(lambda diag: notices.append(str(diag.message_primary)))
        conn.execute((SUPABASE_DIR / "migrations" / "20261127120100_certification_expiry_schedule.sql").read_bytes())
        installed = conn.execute("select count(*) from pg_extension where extname = 'pg_cron'").fetchone()
    assert installed == (0,)
    assert any("not scheduled" in n for n in notices), notices
