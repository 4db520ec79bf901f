"""`mentor-pause jobs ...` and `portal ...`: operator jobs as the service by default, on any connection."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from typer.testing import CliRunner

from mentor_pause.cli import app
from tests.support import roster
from tests.support.db import Conn


def test_jobs_certification_expiry_runs_as_the_service(runner: CliRunner, database_url: str, admin_db: Conn) -> None:
    """Piped output (not a terminal) gets one plain line per batch, then the run's summary."""
    chapter = roster.create_chapter(admin_db)
    mentor = roster.create_mentor(admin_db, chapter, certification_expires_on=dt.date(1998, 6, 1))
    result = runner.invoke(app, ["jobs", "certification-expiry", "--database-url", database_url, "--batch-size", "5"])
    assert result.exit_code == 0, result.output
    assert "batch processed=" in result.output
    assert "finished:" in result.output and "expired in" in result.output
    status = admin_db.execute("select status from public.peer_mentor_status where mentor_id = %s", (mentor,))
    assert status.fetchone() == ("certification_expired",)


def test_jobs_certification_expiry_in_json(runner: CliRunner, database_url: str) -> None:
    result = runner.invoke(app, ["jobs", "certification-expiry", "--database-url", database_url, "--json"])
    assert result.exit_code == 0, result.output
    run = json.loads(result.stdout)
    assert run["host"] == "python" and run["error"] is None and run["finished_at"]
    assert "batch processed=" in result.stderr  # progress lines stay off stdout


def test_without_a_database_the_jobs_say_how_to_get_one(runner: CliRunner) -> None:
    """No URL and no running local database: exit 6 (unavailable) and one line naming both ways out."""
    empty = Path(tempfile.mkdtemp(prefix="mentor-pause-cli-test-"))
    try:
        result = runner.invoke(app, ["jobs", "certification-expiry", "--data-dir", str(empty)])
    finally:
        empty.rmdir()
    assert result.exit_code == 6
    assert "--database-url" in result.stderr and "mentor-pause db start" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_portal_sync_once_drains_through_the_default_no_op_portal(runner: CliRunner, database_url: str) -> None:
    result = runner.invoke(app, ["portal", "sync", "--once", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert "done:" in result.output and "pending 0" in result.output
    status = runner.invoke(app, ["portal", "status", "--database-url", database_url])
    assert status.exit_code == 0 and "pending 0" in status.output
    state = runner.invoke(app, ["portal", "status", "--database-url", database_url, "--json"])
    assert json.loads(state.stdout)["pending"] == 0
    requeued = runner.invoke(app, ["portal", "requeue", "--database-url", database_url, "--json"])
    assert requeued.exit_code == 0 and json.loads(requeued.stdout) == {"requeued": 0}


def test_portal_sync_stops_cleanly_on_sigterm(database_url: str) -> None:
    """A continuous worker (no --once) finishes the batch in hand and exits 0 when the platform stops it."""
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
