"""The real Supabase CLI applies our migrations and finds nothing wrong with them.

The CLI cannot start Supabase here (no Docker), but it works against any Postgres with `--remote=<url>` once the
Supabase roles and `auth` schema exist, which the platform bootstrap provides.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from mentor_pause.local.migrate import apply_bootstrap
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


def test_advisors_report_nothing_at_warn_or_above(cli_migrated_database: str) -> None:
    findings = advisors(cli_migrated_database, "warn")
    assert findings == [], "\n".join(f"{f['level']} {f['name']}: {f['detail']}" for f in findings)


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
    unexplained = [f for f in findings if f["name"] not in EXPLAINED_INFO_FINDINGS]
    assert unexplained == [], "\n".join(f"{f['level']} {f['name']}: {f['detail']}" for f in unexplained)
