"""`mentor-pause migrations copy`: mentor-pause's migrations into an existing Supabase project, never overwriting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mentor_pause.cli import app
from tests.support.paths import SUPABASE_DIR

OURS = sorted(path.name for path in (SUPABASE_DIR / "migrations").glob("*.sql"))


@pytest.fixture
def their_project(tmp_path: Path) -> Path:
    supabase = tmp_path / "supabase"
    (supabase / "migrations").mkdir(parents=True)
    (supabase / "config.toml").write_text('project_id = "theirs"\n')
    (supabase / "migrations" / "20200101000000_theirs.sql").write_text("create table public.theirs ();\n")
    return tmp_path


def test_copies_every_migration_then_nothing_the_second_time(runner: CliRunner, their_project: Path) -> None:
    result = runner.invoke(app, ["migrations", "copy", str(their_project), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["copied"] == OURS and report["unchanged"] == []
    folder = their_project / "supabase" / "migrations"
    assert sorted(p.name for p in folder.glob("*.sql")) == sorted([*OURS, "20200101000000_theirs.sql"])
    for name in OURS:
        assert (folder / name).read_bytes() == (SUPABASE_DIR / "migrations" / name).read_bytes()
    again = runner.invoke(app, ["migrations", "copy", str(their_project / "supabase")])
    assert again.exit_code == 0
    assert f"0 copied, {len(OURS)} already there" in again.stdout


def test_refuses_to_overwrite_a_different_file_and_copies_nothing(runner: CliRunner, their_project: Path) -> None:
    folder = their_project / "supabase" / "migrations"
    (folder / OURS[0]).write_text("-- edited by them\n")
    (folder / f"{OURS[1].split('_', 1)[0]}_their_name.sql").write_text("select 1;\n")
    result = runner.invoke(app, ["migrations", "copy", str(their_project)])
    assert result.exit_code == 5
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and line.startswith("error (conflict)")
    assert f"{OURS[0]} (different contents)" in line and "same version as" in line
    assert (folder / OURS[0]).read_text() == "-- edited by them\n"
    assert not (folder / OURS[2]).exists()  # all or nothing


def test_needs_an_existing_supabase_project(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["migrations", "copy", str(tmp_path)])
    assert result.exit_code == 2
    assert "has no config.toml" in result.stderr
