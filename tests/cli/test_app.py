"""The command line as a whole: --version, help, usage errors, and the demo."""

from __future__ import annotations

from importlib import metadata

from typer.testing import CliRunner

from mentor_pause.cli import app


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"mentor-pause {metadata.version('mentor-pause')}"


def test_help_lists_the_commands(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("status", "history", "roster", "pause", "resume", "reactivate", "token", "db", "jobs", "portal"):
        assert command in result.stdout


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(app, ["pause", "b0000000-0000-4000-8000-000000000001"]).exit_code == 2  # no --reason
    assert runner.invoke(app, ["no-such-command"]).exit_code == 2


def test_demo_runs_the_scenario(runner: CliRunner) -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Roster after seeding" in result.output
    assert "NotFound" in result.output  # a coordinator cannot touch another chapter's mentor
    assert "expires lapsed certifications: ExpiryRun(" in result.output  # the nightly run
    assert "certification expired on" in result.output
    assert "What the portal sync would send" in result.output  # the outbox drained through the no-op portal
    assert "Roster at the end of the day" in result.output


def test_the_installed_entry_point_prints_one_line_for_an_expected_failure(tmp_path) -> None:
    """Through the real entry point (typer's own error display, not the test runner): one line, exit 6."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("MENTOR_PAUSE_", "SUPABASE_"))}
    result = subprocess.run(
        [sys.executable, "-c", "from mentor_pause.cli import main; main()", "db", "url", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 6
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error (database not running)")


def test_a_bug_keeps_its_traceback(runner: CliRunner, monkeypatch) -> None:
    """Only expected failures become one line; anything else propagates (typer prints its traceback)."""
    from mentor_pause._cli import local_db

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(local_db, "local_stack", broken)
    result = runner.invoke(app, ["db", "status"])
    assert result.exit_code == 1
    assert isinstance(result.exception, ZeroDivisionError)
    assert "error (" not in result.output
