"""`mentor-pause db ...`: the local database's lifecycle, a port that survives restarts, which project it builds,
and one-line errors (exit 6) when it is stopped, its port is taken or PostgreSQL is missing."""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mentor_pause.cli import app
from mentor_pause.local.cluster import SUPABASE_CLI_PORTS
from tests.support.paths import REPO_ROOT


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A cluster folder under /tmp (the unprivileged server user must reach it), stopped and removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="mentor-pause-cli-test-"))
    folder.chmod(0o755)
    try:
        yield folder / "cluster"
    finally:
        CliRunner().invoke(app, ["db", "stop", "--data-dir", str(folder / "cluster")])
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def other_project(tmp_path: Path) -> Path:
    """Someone else's Supabase project, with a migration of its own."""
    supabase = tmp_path / "their-app" / "supabase"
    (supabase / "migrations").mkdir(parents=True)
    (supabase / "config.toml").write_text('project_id = "their-app"\n')
    (supabase / "migrations" / "20200101000000_their_table.sql").write_text("create table public.their_table ();\n")
    return supabase.parent


def one_line_error(stderr: str, kind: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error ({kind})"), stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_lifecycle_inside_another_project_keeps_its_port_and_builds_our_schema(
    runner: CliRunner, data_dir: Path, other_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(other_project / "supabase" / "migrations")
    common = ["--data-dir", str(data_dir)]
    started = runner.invoke(app, ["db", "start", *common])
    assert started.exit_code == 0, started.output
    # Our own migrations and seed, not the project the working directory is in; and it says so.
    assert f"project: mentor-pause's own migrations ({REPO_ROOT / 'supabase'})" in started.output
    assert f"not using the Supabase project at {other_project / 'supabase'}" in started.output
    assert "applied 20261127130000_portal_outbox.sql" in started.output
    assert "their_table" not in started.output
    assert "seeded  seed.sql" in started.output

    url = runner.invoke(app, ["db", "url", *common])
    assert url.exit_code == 0
    assert url.stdout.startswith("postgresql://postgres:postgres@127.0.0.1:")
    port = int(url.stdout.strip().rsplit(":", 1)[1].split("/")[0])
    assert port not in SUPABASE_CLI_PORTS

    tested = runner.invoke(app, ["db", "test", *common])
    assert tested.exit_code == 0, tested.output
    assert "test_schema_verification.sql: 25/25 ok" in tested.output

    assert runner.invoke(app, ["db", "stop", *common]).exit_code == 0
    stopped = runner.invoke(app, ["db", "url", *common])
    assert stopped.exit_code == 6
    assert "start it with `mentor-pause db start`" in one_line_error(stderr=stopped.stderr, kind="database not running")
    # A mentor command on the stopped default database: the same one line, no pool waiting.
    status = runner.invoke(app, ["status", "b0000000-0000-4000-8000-000000000001", "--service", *common])
    assert status.exit_code == 6
    one_line_error(status.stderr, "database not running")
    described = runner.invoke(app, ["db", "status", *common, "--json"])
    assert described.exit_code == 0
    assert '"running": false' in described.stdout and f'"port": {port}' in described.stdout

    # The same URL after a restart: an exported URL stays valid.
    restarted = runner.invoke(app, ["db", "start", *common, "--json"])
    assert restarted.exit_code == 0, restarted.output
    again = runner.invoke(app, ["db", "url", *common])
    assert again.stdout == url.stdout
    # ... and the mentor commands use it by default.
    seeded = runner.invoke(app, ["status", "b0000000-0000-4000-8000-000000000001", "--service", *common, "--json"])
    assert seeded.exit_code == 0, seeded.output
    assert '"status": "active"' in seeded.stdout


def test_explicit_project_is_used_and_named(runner: CliRunner, data_dir: Path, other_project: Path) -> None:
    described = runner.invoke(app, ["db", "status", "--project", str(other_project), "--data-dir", str(data_dir)])
    assert described.exit_code == 0
    assert f"project:  {other_project / 'supabase'}" in described.stdout


def test_a_taken_port_is_one_line(runner: CliRunner, data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["db", "start", "--data-dir", str(data_dir), "--port", str(port)])
    assert result.exit_code == 6
    assert f"port {port} on 127.0.0.1 is already in use" in one_line_error(result.stderr, "local database")


def test_missing_postgres_is_one_line(runner: CliRunner, data_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["db", "start", "--data-dir", str(data_dir)], env={"MENTOR_PAUSE_PG_BINDIR": str(tmp_path)}
    )
    assert result.exit_code == 6
    assert "apt-get install postgresql" in one_line_error(result.stderr, "postgres not installed")


def test_debug_shows_the_traceback_of_an_expected_failure(runner: CliRunner, data_dir: Path) -> None:
    result = runner.invoke(app, ["--debug", "db", "url", "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert type(result.exception).__name__ == "ClusterNotRunning"
