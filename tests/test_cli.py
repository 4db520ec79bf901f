"""The `mentor-pause` command line: the local database lifecycle, pgTAP, and the demo."""

from __future__ import annotations

import tempfile
from pathlib import Path

from typer.testing import CliRunner

from mentor_pause.cli import app
from tests.support.paths import REPO_ROOT

runner = CliRunner()


def test_db_lifecycle_and_pgtap() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="mentor-pause-cli-test-"))
    common = ["--project", str(REPO_ROOT / "supabase"), "--data-dir", str(data_dir)]
    try:
        started = runner.invoke(app, ["db", "start", *common])
        assert started.exit_code == 0, started.output
        assert "seeded  seed.sql" in started.output
        url = runner.invoke(app, ["db", "url", *common])
        assert url.exit_code == 0
        assert url.output.startswith("postgresql://postgres:postgres@127.0.0.1:")
        tested = runner.invoke(app, ["db", "test", *common])
        assert tested.exit_code == 0, tested.output
        assert "test_schema_verification.sql: 25/25 ok" in tested.output
        assert runner.invoke(app, ["db", "stop", *common]).exit_code == 0
        stopped = runner.invoke(app, ["db", "url", *common])
        assert stopped.exit_code == 1
        assert "not running" in stopped.output
    finally:
        runner.invoke(app, ["db", "stop", *common])
        import shutil

        shutil.rmtree(data_dir, ignore_errors=True)


def test_demo_runs_the_scenario() -> None:
    result = runner.invoke(app, ["demo", "--project", str(REPO_ROOT / "supabase")])
    assert result.exit_code == 0, result.output
    assert "Roster after seeding" in result.output
    assert "NotFound" in result.output  # a coordinator cannot touch another chapter's mentor
    assert "expires lapsed certifications: ExpiryRun(" in result.output  # the nightly run
    assert "certification expired on" in result.output
    assert "What the portal sync would send" in result.output  # the outbox drained through the no-op portal
    assert "Roster at the end of the day" in result.output


def test_jobs_certification_expiry_runs_as_the_service(database_url: str) -> None:
    """Piped output (not a terminal) gets one plain line per batch, then the run's summary."""
    import datetime as dt

    import psycopg

    from tests.support import roster

    with psycopg.connect(database_url, autocommit=True) as db:
        chapter = roster.create_chapter(db)
        mentor = roster.create_mentor(db, chapter, certification_expires_on=dt.date(1998, 6, 1))
        result = runner.invoke(
            app, ["jobs", "certification-expiry", "--database-url", database_url, "--batch-size", "5"]
        )
        assert result.exit_code == 0, result.output
        assert "batch processed=" in result.output
        assert "finished:" in result.output and "expired in" in result.output
        status = db.execute("select status from public.peer_mentor_status where mentor_id = %s", (mentor,)).fetchone()
        assert status == ("certification_expired",)


def test_jobs_need_a_database_url_or_a_project() -> None:
    result = runner.invoke(app, ["jobs", "certification-expiry"], env={"MENTOR_PAUSE_DATABASE_URL": ""})
    assert result.exit_code == 2
    assert "--database-url" in result.output


def test_portal_sync_once_drains_through_the_default_no_op_portal(database_url: str) -> None:
    result = runner.invoke(
        app, ["portal", "sync", "--once", "--database-url", database_url], env={"MENTOR_PAUSE_PORTAL": ""}
    )
    assert result.exit_code == 0, result.output
    assert "done:" in result.output and "pending 0" in result.output
    status = runner.invoke(app, ["portal", "status", "--database-url", database_url])
    assert status.exit_code == 0 and "pending 0" in status.output
    requeued = runner.invoke(app, ["portal", "requeue", "--database-url", database_url])
    assert requeued.exit_code == 0 and "requeued" in requeued.output


def test_portal_sync_stops_cleanly_on_sigterm(database_url: str) -> None:
    """A continuous worker (no --once) finishes the batch in hand and exits 0 when the platform stops it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    env = os.environ | {"MENTOR_PAUSE_DATABASE_URL": database_url, "MENTOR_PAUSE_PORTAL": "noop"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mentor_pause.cli", "portal", "sync", "--poll-seconds", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    time.sleep(3)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert "SIGTERM: finishing the batch in hand" in output
    assert "done:" in output
