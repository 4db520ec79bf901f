"""The real Supabase CLI applies our migrations and finds nothing wrong with them.

The CLI cannot start Supabase here (no Docker), but it works against any Postgres with `--remote=<url>` once the
Supabase roles and `auth` schema exist, which the platform bootstrap provides. That includes `db reset`: the local
stack's random port never matches config.toml's `[db] port`, so the CLI takes its remote path (drop what the
project made, keeping the schemas `supabase_admin` owns such as `auth`, then migrations and seed).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import psycopg
import pytest

from mentor_pause.local.migrate import apply_bootstrap, apply_project
from mentor_pause.local.project import SupabaseProject
from tests.support.supabase_cli import advisors, cli_url, run_supabase

pytestmark = pytest.mark.supabase_cli


@pytest.fixture(scope="module")
def cli_migrated_database(new_database: Callable[[], str]) -> str:
    """A fresh database: our bootstrap, then `supabase migration up --remote=<url> --yes`."""
    scratch_database = new_database()
    with psycopg.connect(scratch_database, autocommit=True) as conn:
        apply_bootstrap(conn)
    result = run_supabase("migration", "up", f"--remote={cli_url(scratch_database)}", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    return scratch_database


def history(url: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "select version, name, cardinality(statements) from supabase_migrations.schema_migrations order by 1"
        ).fetchall()


def test_cli_applies_every_migration(cli_migrated_database: str, project: SupabaseProject) -> None:
    recorded = history(cli_migrated_database)
    assert [(v, n) for v, n, _ in recorded] == [(m.version, m.name) for m in project.migrations()]


def test_local_stack_records_migrations_like_the_cli(cli_migrated_database: str, database_url: str) -> None:
    """Our docker-free `db reset` leaves the same history as the CLI: versions, names, statement counts."""
    assert history(database_url)[: len(history(cli_migrated_database))] == history(cli_migrated_database)


def test_cli_sees_nothing_pending_after_the_local_stack(database_url: str) -> None:
    result = run_supabase("migration", "up", f"--remote={cli_url(database_url)}", "--yes")
    assert result.returncode == 0, result.stderr
    assert "Applying migration" not in result.stdout + result.stderr


#: The one WARN finding, explained: the pg_cron host private.run_certification_expiry is a procedure that COMMITs
#: after each batch, and PostgreSQL forbids transaction control in a procedure with a SET clause (so it cannot pin
#: its search_path) or with SECURITY DEFINER. It runs with its caller's rights, names every object with its schema,
#: and nobody but the owner may call it (checked below), so a caller's search_path gains nobody anything.
EXPLAINED_WARNINGS = {("function_search_path_mutable", "private.run_certification_expiry")}


def _explained_warning(finding: dict[str, object]) -> bool:
    metadata = finding.get("metadata")
    where = f"{metadata.get('schema')}.{metadata.get('name')}" if isinstance(metadata, dict) else ""
    return (finding["name"], where) in EXPLAINED_WARNINGS


def test_advisors_report_nothing_at_warn_or_above(cli_migrated_database: str) -> None:
    findings = advisors(cli_migrated_database, "warn")
    unexplained = [f for f in findings if not _explained_warning(f)]
    assert unexplained == [], "\n".join(f"{f['level']} {f['name']}: {f['detail']}" for f in unexplained)
    with psycopg.connect(cli_migrated_database) as conn:
        row = conn.execute(
            "select p.prosecdef, has_function_privilege('service_role', p.oid, 'execute'), "
            "has_function_privilege('authenticated', p.oid, 'execute'), "
            "has_function_privilege('anon', p.oid, 'execute') "
            "from pg_proc p where p.oid = 'private.run_certification_expiry'::regproc"
        ).fetchone()
    assert row == (False, False, False, False)


def test_plpgsql_check_lint_finds_no_errors(cli_migrated_database: str) -> None:
    result = run_supabase(
        "db", "lint", f"--remote={cli_url(cli_migrated_database)}", "--schema", "public,private", "--fail-on", "warning"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No schema errors found" in result.stdout + result.stderr


# INFO findings that are expected and explained in docs/access-control.md ("Advisors").
EXPLAINED_INFO_FINDINGS = {"unused_index"}


def test_advisors_at_info_report_only_explained_findings(cli_migrated_database: str) -> None:
    findings = advisors(cli_migrated_database, "info")
    unexplained = [f for f in findings if f["name"] not in EXPLAINED_INFO_FINDINGS and not _explained_warning(f)]
    assert unexplained == [], "\n".join(f"{f['level']} {f['name']}: {f['detail']}" for f in unexplained)


# What supabase/seed.sql creates.
SEEDED_CHAPTERS = {"HLF Oslo", "HLF Bergen", "HLF Trondheim", "HLF Tromsø"}
SEEDED_USERS = 7
SEEDED_MENTORS = 9


@pytest.fixture(scope="module")
def cli_reset(
    new_database: Callable[[], str], project: SupabaseProject
) -> tuple[str, subprocess.CompletedProcess[str]]:
    """A database built by the local stack (bootstrap, migrations, seed), changed a little, then reset by the real
    CLI: `supabase db reset --remote=<url> --yes`. A scratch database of its own, since the reset would also drop
    pg_cron and pgTAP (nothing else uses it)."""
    url = new_database()
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("select pg_has_role('supabase_admin', 'member')").fetchone() != (True,):
            pytest.skip("the connecting user cannot act as supabase_admin (a real Supabase server)")
    apply_project(url, project)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("insert into public.chapters (name) values ('Gone after the reset')")
        conn.execute("create table private.gone_after_the_reset (id int)")
    return url, run_supabase("db", "reset", f"--remote={cli_url(url)}", "--yes")


def test_cli_db_reset_reapplies_every_migration_and_the_seed(
    cli_reset: tuple[str, subprocess.CompletedProcess[str]], project: SupabaseProject
) -> None:
    url, result = cli_reset
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for migration in project.migrations():
        assert f"Applying migration {migration.path.name}" in output
    assert "Seeding data from supabase/seed.sql" in output
    assert [(v, n) for v, n, _ in history(url)] == [(m.version, m.name) for m in project.migrations()]


def test_cli_db_reset_leaves_the_seed_and_nothing_else(cli_reset: tuple[str, subprocess.CompletedProcess[str]]) -> None:
    url, result = cli_reset
    assert result.returncode == 0, result.stdout + result.stderr
    with psycopg.connect(url) as conn:
        chapters = {str(row[0]) for row in conn.execute("select name from public.chapters")}
        counts = conn.execute(
            "select (select count(*) from auth.users), (select count(*) from public.peer_mentors),"
            " to_regclass('private.gone_after_the_reset')"
        ).fetchone()
    assert chapters == SEEDED_CHAPTERS
    assert counts == (SEEDED_USERS, SEEDED_MENTORS, None)


def test_cli_db_reset_keeps_the_platforms_auth(cli_reset: tuple[str, subprocess.CompletedProcess[str]]) -> None:
    url, result = cli_reset
    assert result.returncode == 0, result.stdout + result.stderr
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "select (select nspowner::regrole::text from pg_namespace where nspname = 'auth'),"
            " (select relowner::regrole::text from pg_class where oid = to_regclass('auth.users')),"
            " array(select to_regprocedure(f)::text from unnest(%s::text[]) f)",
            (["auth.uid()", "auth.role()", "auth.email()", "auth.jwt()"],),
        ).fetchone()
    assert row == ("supabase_admin", "supabase_auth_admin", ["auth.uid()", "auth.role()", "auth.email()", "auth.jwt()"])


def test_local_stack_sees_nothing_pending_after_the_cli_reset(
    cli_reset: tuple[str, subprocess.CompletedProcess[str]], project: SupabaseProject
) -> None:
    url, result = cli_reset
    assert result.returncode == 0, result.stdout + result.stderr
    report = apply_project(url, project, seed=False)
    assert report.applied == []
    assert report.skipped == [m.path.name for m in project.migrations()]
