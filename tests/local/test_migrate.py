"""Applying the bootstrap, migrations and seed like `supabase db reset`."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from mentor_pause.local.migrate import applied_versions, apply_bootstrap, apply_project, split_statements
from mentor_pause.local.project import SupabaseProject
from tests.support.db import Conn

CATALOG_SNAPSHOT = """
select
  (select array_agg(rolname || ':' || rolinherit || rolcanlogin || rolbypassrls order by rolname)
     from pg_roles where rolname in ('anon', 'authenticated', 'service_role', 'authenticator')),
  (select array_agg(p.oid::regprocedure::text || md5(p.prosrc) order by 1)
     from pg_proc p where p.pronamespace = 'auth'::regnamespace),
  (select array_agg(defaclrole::regrole::text || defaclobjtype::text || defaclacl::text order by 1)
     from pg_default_acl where defaclnamespace = 'public'::regnamespace),
  (select count(*) from auth.users)
"""


def test_bootstrap_is_a_no_op_when_everything_exists(database_url: str) -> None:
    with psycopg.connect(database_url, autocommit=True) as conn:
        before = conn.execute(CATALOG_SNAPSHOT).fetchone()
        apply_bootstrap(conn)
        apply_bootstrap(conn)
        assert conn.execute(CATALOG_SNAPSHOT).fetchone() == before


def test_bootstrap_creates_supabase_roles_and_auth_helpers(db: Conn) -> None:
    roles = {
        name: flags
        for name, *flags in db.execute(
            "select rolname, rolinherit, rolcanlogin, rolbypassrls from pg_roles "
            "where rolname in ('anon', 'authenticated', 'service_role', 'authenticator')"
        ).fetchall()
    }
    assert roles == {
        "anon": [False, False, False],
        "authenticated": [False, False, False],
        "service_role": [False, False, True],
        "authenticator": [False, True, False],
    }
    db.execute(
        "select set_config('request.jwt.claims', %s, true)",
        ('{"sub": "00000000-0000-4000-8000-000000000001", "role": "authenticated", "email": "a@b.c"}',),
    )
    row = db.execute("select auth.uid()::text, auth.role(), auth.email(), auth.jwt() ->> 'role'").fetchone()
    assert row == ("00000000-0000-4000-8000-000000000001", "authenticated", "a@b.c", "authenticated")


def test_every_migration_is_recorded(db: Conn, project: SupabaseProject) -> None:
    assert applied_versions(db) >= {m.version for m in project.migrations()}


def test_statements_are_split_like_the_cli() -> None:
    sql = "create table t (id int);\ncreate function f() returns int language sql as $$ select 1; $$;\n-- done\n"
    assert split_statements(sql) == [
        "create table t (id int)",
        "create function f() returns int language sql as $$ select 1; $$",
        "-- done",
    ]


def test_a_failing_migration_leaves_no_trace(scratch_database: str, tmp_path: Path) -> None:
    supabase = tmp_path / "supabase"
    (supabase / "migrations").mkdir(parents=True)
    (supabase / "config.toml").write_text('project_id = "broken"\n')
    (supabase / "migrations" / "20260101000000_good.sql").write_text("create table public.good (id int);")
    (supabase / "migrations" / "20260102000000_bad.sql").write_text("create table public.half (id int);\nselect 1/0;")
    with pytest.raises(psycopg.errors.DivisionByZero):
        apply_project(scratch_database, SupabaseProject(supabase), seed=False)
    with psycopg.connect(scratch_database) as conn:
        assert applied_versions(conn) == {"20260101000000"}
        assert conn.execute("select to_regclass('public.good') is not null, to_regclass('public.half')").fetchone() == (
            True,
            None,
        )
