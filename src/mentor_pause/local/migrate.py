"""Apply a Supabase project to a database the way ``supabase db reset`` does, without Docker.

Order: the platform bootstrap (roles, ``auth``, default grants: a no-op on a real Supabase database), then each
pending migration in version order, each in its own transaction and recorded in
``supabase_migrations.schema_migrations`` exactly as the Supabase CLI records it (``version``, ``name``,
``statements``), then the seed files. A database prepared here can later be driven by the real CLI
(``supabase migration up --remote=<url>`` sees the recorded versions and applies only newer ones).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

import psycopg
import sqlparse

from mentor_pause.local.project import Migration, SupabaseProject

# The history table as the Supabase CLI (3.x) creates it on first `migration up`.
_HISTORY_DDL = """
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
alter table supabase_migrations.schema_migrations add column if not exists statements text[];
alter table supabase_migrations.schema_migrations add column if not exists name text;
"""


def bootstrap_sql() -> str:
    """The Supabase platform bootstrap shipped with the package (see the file's header for its sources)."""
    return resources.files("mentor_pause.local").joinpath("supabase_bootstrap.sql").read_text(encoding="utf-8")


def split_statements(sql: str) -> list[str]:
    """Statements of a migration as the CLI stores them: split on top-level ``;``, trimmed, no trailing ``;``."""
    return [s.strip() for s in sqlparse.split(sql, strip_semicolon=True) if s.strip()]


@dataclass
class ApplyReport:
    """What one ``apply_project`` call did, for the CLI to print."""

    applied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seeded: list[str] = field(default_factory=list)


def apply_bootstrap(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """Create the Supabase roles, ``auth`` schema and grants that are absent (one transaction)."""
    with conn.transaction():
        conn.execute(bootstrap_sql().encode())


def applied_versions(conn: psycopg.Connection[tuple[object, ...]]) -> set[str]:
    exists = conn.execute("select to_regclass('supabase_migrations.schema_migrations') is not null").fetchone()
    if not exists or not exists[0]:
        return set()
    return {str(row[0]) for row in conn.execute("select version from supabase_migrations.schema_migrations")}


def apply_migration(conn: psycopg.Connection[tuple[object, ...]], migration: Migration) -> None:
    """Run one migration file and record it, atomically: a failing file leaves no trace."""
    sql = migration.sql
    with conn.transaction():
        conn.execute(_HISTORY_DDL.encode())
        conn.execute(sql.encode())
        conn.execute(
            "insert into supabase_migrations.schema_migrations (version, name, statements) values (%s, %s, %s)",
            (migration.version, migration.name, split_statements(sql)),
        )


def apply_project(url: str, project: SupabaseProject, *, seed: bool = True) -> ApplyReport:
    """Bootstrap, apply pending migrations, then seed. Re-running applies only what is new (and seeds again
    only when ``seed`` is true, as ``supabase db reset`` would on a fresh database)."""
    report = ApplyReport()
    with psycopg.connect(url, autocommit=True) as conn:
        apply_bootstrap(conn)
        done = applied_versions(conn)
        for migration in project.migrations():
            if migration.version in done:
                report.skipped.append(migration.path.name)
                continue
            apply_migration(conn, migration)
            report.applied.append(migration.path.name)
        if seed:
            for path in project.seed_files():
                with conn.transaction():
                    conn.execute(path.read_text(encoding="utf-8").encode())
                report.seeded.append(path.name)
    return report
