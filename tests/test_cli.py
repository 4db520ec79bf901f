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
    assert "Roster at the end of the day" in result.output
