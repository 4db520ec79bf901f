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
