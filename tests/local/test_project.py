"""Finding the Supabase project and reading it the way the Supabase CLI does."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_pause.local.project import ProjectNotFound, SupabaseProject
from tests.support.paths import REPO_ROOT


def test_discovers_the_project_from_a_subfolder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MENTOR_PAUSE_SUPABASE_DIR", raising=False)
    found = SupabaseProject.discover(start=REPO_ROOT / "src" / "mentor_pause")
    assert found.directory == REPO_ROOT / "supabase"
    assert found.project_id == "mentor-pause"


def test_explicit_path_must_hold_a_config(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound):
        SupabaseProject.discover(tmp_path)


def test_migrations_are_ordered_and_named_by_version(project: SupabaseProject) -> None:
    migrations = project.migrations()
    assert migrations, "the project has migrations"
    assert [m.version for m in migrations] == sorted(m.version for m in migrations)
    assert all(len(m.version) == 14 and m.version.isdigit() for m in migrations)
    assert migrations[0].name == "private_schema"


def test_seed_files_come_from_config(project: SupabaseProject) -> None:
    assert project.seed_files() == [project.directory / "seed.sql"]


def test_seed_paths_accept_globs_and_can_be_disabled(tmp_path: Path) -> None:
    supabase = tmp_path / "supabase"
    (supabase / "seeds").mkdir(parents=True)
    for name in ("b.sql", "a.sql"):
        (supabase / "seeds" / name).write_text("select 1;")
    (supabase / "config.toml").write_text('project_id = "x"\n[db.seed]\nsql_paths = ["./seeds/*.sql"]\n')
    assert [p.name for p in SupabaseProject.discover(tmp_path).seed_files()] == ["a.sql", "b.sql"]
    (supabase / "config.toml").write_text('project_id = "x"\n[db.seed]\nenabled = false\n')
    assert SupabaseProject.discover(tmp_path).seed_files() == []


def test_own_project_and_the_enclosing_one_are_told_apart(tmp_path: Path) -> None:
    own = SupabaseProject.own()
    assert own.directory == REPO_ROOT / "supabase"  # running from the checkout
    assert own.is_own
    assert SupabaseProject.enclosing(tmp_path) is None
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "config.toml").write_text('project_id = "theirs"\n')
    theirs = SupabaseProject.enclosing(tmp_path / "supabase")
    assert theirs is not None and theirs.directory == tmp_path / "supabase"
    assert not theirs.is_own


def test_chosen_never_walks_up_but_honours_a_named_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MENTOR_PAUSE_SUPABASE_DIR", raising=False)
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "config.toml").write_text('project_id = "theirs"\n')
    monkeypatch.chdir(tmp_path / "supabase")
    assert SupabaseProject.discover().directory == tmp_path / "supabase"  # the Supabase CLI's rule
    assert SupabaseProject.chosen() == SupabaseProject.own()  # the mentor-pause CLI's rule
    assert SupabaseProject.chosen(tmp_path).directory == tmp_path / "supabase"
    monkeypatch.setenv("MENTOR_PAUSE_SUPABASE_DIR", str(tmp_path))
    assert SupabaseProject.chosen().directory == tmp_path / "supabase"
