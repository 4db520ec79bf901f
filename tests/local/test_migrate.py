"""Applying the bootstrap, migrations and seed like `supabase db reset`."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from mentor_pause.local.migrate import applied_versions, apply_bootstrap, apply_project, split_statements
from mentor_pause.local.project import SupabaseProject
from tests.support.db import Conn

SUPABASE_ROLES = ("supabase_admin", "supabase_auth_admin", "anon", "authenticated", "service_role", "authenticator")

# Everything the bootstrap creates or grants: roles (attributes, settings, memberships), owners and privileges of
# `auth`, `auth.users` and the `auth` functions, default privileges, and the rows of `auth.users`. Privileges are
# compared as sorted lists of ACL entries: their order inside an ACL says nothing.
CATALOG_SNAPSHOT = """
with acl(object, owner, entries) as (
  select 'schema ' || nspname, nspowner::regrole::text, nspacl
    from pg_namespace where nspname in ('auth', 'extensions', 'public')
  union all
  select 'relation ' || oid::regclass::text, relowner::regrole::text, relacl
    from pg_class where relnamespace = 'auth'::regnamespace
  union all
  select 'routine ' || oid::regprocedure::text || ' ' || md5(prosrc), proowner::regrole::text, proacl
    from pg_proc where pronamespace = 'auth'::regnamespace
  union all
  select 'default ' || defaclrole::regrole::text || ' ' || defaclnamespace::regnamespace::text || ' '
         || defaclobjtype::text, null, defaclacl
    from pg_default_acl where defaclnamespace in ('public'::regnamespace, 'auth'::regnamespace)
)
select
  (select array_agg(
            concat_ws(':', rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication,
                      rolbypassrls, rolconfig::text)
            order by rolname)
     from pg_roles where rolname = any(%(roles)s)),
  (select array_agg(m.roleid::regrole::text || '>' || m.member::regrole::text || ':' || m.admin_option
                    order by m.roleid::regrole::text, m.member::regrole::text)
     from pg_auth_members m
    where m.roleid::regrole::text = any(%(roles)s) or m.member::regrole::text = any(%(roles)s)),
  (select array_agg(
            object || ' owner ' || coalesce(owner, '-') || ' '
            || coalesce((select string_agg(e::text, ',' order by e::text) from unnest(entries) e), '(default)')
            order by object)
     from acl),
  (select count(*) from auth.users)
"""


def test_bootstrap_is_a_no_op_when_everything_exists(database_url: str) -> None:
    with psycopg.connect(database_url, autocommit=True) as conn:
        before = conn.execute(CATALOG_SNAPSHOT, {"roles": list(SUPABASE_ROLES)}).fetchone()
        apply_bootstrap(conn)
        apply_bootstrap(conn)
        assert conn.execute(CATALOG_SNAPSHOT, {"roles": list(SUPABASE_ROLES)}).fetchone() == before


def test_bootstrap_creates_supabase_roles_and_auth_helpers(db: Conn) -> None:
    """Attributes as on Supabase (the API roles were made INHERIT there in 2023); LOGIN is checked only for the
    roles PostgREST uses, since the platform's own roles are created NOLOGIN here (see the bootstrap's header)."""
    roles = {
        name: tuple(flags)
        for name, *flags in db.execute(
            "select rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls "
            "from pg_roles where rolname = any(%s)",
            (list(SUPABASE_ROLES),),
        ).fetchall()
    }
    # (superuser, inherit, createrole, createdb, replication, bypassrls)
    assert roles == {
        "supabase_admin": (True, True, True, True, True, True),
        "supabase_auth_admin": (False, False, True, False, False, False),
        "anon": (False, True, False, False, False, False),
        "authenticated": (False, True, False, False, False, False),
        "service_role": (False, True, False, False, False, True),
        "authenticator": (False, False, False, False, False, False),
    }
    can_login = {
        str(name): login
        for name, login in db.execute(
            "select rolname, rolcanlogin from pg_roles "
            "where rolname in ('anon', 'authenticated', 'service_role', 'authenticator')"
        ).fetchall()
    }
    assert can_login == {"anon": False, "authenticated": False, "service_role": False, "authenticator": True}
    settings = set(
        db.execute(
            "select rolname::text, setting from pg_roles, unnest(rolconfig) setting where rolname = any(%s)",
            (list(SUPABASE_ROLES),),
        ).fetchall()
    )
    assert settings >= {
        ("anon", "statement_timeout=3s"),
        ("authenticated", "statement_timeout=8s"),
        ("authenticator", "statement_timeout=8s"),
        ("authenticator", "lock_timeout=8s"),
        ("supabase_auth_admin", "search_path=auth"),
    }
    granted = set(
        db.execute(
            "select m.roleid::regrole::text, m.member::regrole::text from pg_auth_members m "
            "where m.member in ('authenticator'::regrole, 'postgres'::regrole)"
        ).fetchall()
    )
    assert granted >= {
        ("anon", "authenticator"),
        ("authenticated", "authenticator"),
        ("service_role", "authenticator"),
        ("anon", "postgres"),
        ("authenticated", "postgres"),
        ("service_role", "postgres"),
        ("supabase_auth_admin", "postgres"),
    }
    db.execute(
        "select set_config('request.jwt.claims', %s, true)",
        ('{"sub": "00000000-0000-4000-8000-000000000001", "role": "authenticated", "email": "a@b.c"}',),
    )
    row = db.execute("select auth.uid()::text, auth.role(), auth.email(), auth.jwt() ->> 'role'").fetchone()
    assert row == ("00000000-0000-4000-8000-000000000001", "authenticated", "a@b.c", "authenticated")


AUTH_HELPERS = ["auth.uid()", "auth.role()", "auth.email()", "auth.jwt()"]

AUTH_OWNERS = """
select
  (select nspowner::regrole::text from pg_namespace where nspname = 'auth'),
  (select relowner::regrole::text from pg_class where oid = 'auth.users'::regclass),
  (select array_agg(proowner::regrole::text order by oid::regprocedure::text)
     from pg_proc where oid = any(%s::regprocedure[]))
"""


def test_auth_is_owned_as_on_supabase(db: Conn) -> None:
    """`supabase db reset --remote` keeps only the schemas `supabase_admin` owns (besides its own short list)."""
    assert db.execute(AUTH_OWNERS, (AUTH_HELPERS,)).fetchone() == (
        "supabase_admin",
        "supabase_auth_admin",
        ["supabase_auth_admin"] * len(AUTH_HELPERS),
    )


def explicit_privileges(db: Conn, acl_query: str, grantee: str) -> set[str]:
    return {
        str(row[0])
        for row in db.execute(
            f"select a.privilege_type from ({acl_query}) o(acl), aclexplode(o.acl) a where a.grantee = %s::regrole",
            (grantee,),
        )
    }


def test_postgres_gets_supabases_grants_on_auth(db: Conn) -> None:
    """As on Supabase, where `postgres` is no superuser: foreign keys to auth.users need REFERENCES, the seed
    INSERT, and everything else comes with GRANT ALL."""
    schema = "select nspacl from pg_namespace where nspname = 'auth'"
    users = "select relacl from pg_class where oid = 'auth.users'::regclass"
    assert explicit_privileges(db, schema, "postgres") == {"USAGE", "CREATE"}
    assert explicit_privileges(db, users, "postgres") == {
        "SELECT",
        "INSERT",
        "UPDATE",
        "DELETE",
        "TRUNCATE",
        "REFERENCES",
        "TRIGGER",
    }
    assert explicit_privileges(db, schema, "supabase_auth_admin") == {"USAGE", "CREATE"}
    for helper in AUTH_HELPERS:
        helper_acl = f"select proacl from pg_proc where oid = '{helper}'::regprocedure"
        assert explicit_privileges(db, helper_acl, "postgres") == {"EXECUTE"}, helper
    defaults = {
        str(row[0])
        for row in db.execute(
            "select d.defaclobjtype::text from pg_default_acl d, aclexplode(d.defaclacl) a "
            "where d.defaclrole = 'supabase_auth_admin'::regrole and d.defaclnamespace = 'auth'::regnamespace "
            "and a.grantee = 'postgres'::regrole"
        )
    }
    assert defaults == {"r", "S", "f"}


def test_bootstrap_hands_auth_left_by_an_older_bootstrap_to_its_supabase_owners(scratch_database: str) -> None:
    """Earlier versions left `auth` and its objects owned by the connecting user (so the CLI's reset dropped
    `auth`); bootstrapping again gives them Supabase's owners and grants, exactly as a fresh bootstrap would."""
    with psycopg.connect(scratch_database, autocommit=True) as conn:
        if conn.execute("select pg_has_role('supabase_admin', 'member')").fetchone() != (True,):
            pytest.skip("the connecting user cannot act as supabase_admin (a real Supabase server)")
        apply_bootstrap(conn)
        fresh = conn.execute(CATALOG_SNAPSHOT, {"roles": list(SUPABASE_ROLES)}).fetchone()
        conn.execute(
            """
            alter default privileges for role supabase_auth_admin in schema auth revoke all on tables from postgres;
            alter default privileges for role supabase_auth_admin in schema auth revoke all on sequences from postgres;
            alter default privileges for role supabase_auth_admin in schema auth revoke all on routines from postgres;
            revoke all on schema auth from supabase_auth_admin, postgres;
            alter schema auth owner to current_user;
            revoke all on table auth.users from postgres;
            alter table auth.users owner to current_user;
            """
        )
        for helper in AUTH_HELPERS:
            conn.execute(f"revoke all on function {helper} from postgres")
            conn.execute(f"alter function {helper} owner to current_user")
        assert conn.execute(AUTH_OWNERS, (AUTH_HELPERS,)).fetchone() == (
            "postgres",
            "postgres",
            ["postgres"] * len(AUTH_HELPERS),
        )
        apply_bootstrap(conn)
        assert conn.execute(AUTH_OWNERS, (AUTH_HELPERS,)).fetchone() == (
            "supabase_admin",
            "supabase_auth_admin",
            ["supabase_auth_admin"] * len(AUTH_HELPERS),
        )
        assert conn.execute(CATALOG_SNAPSHOT, {"roles": list(SUPABASE_ROLES)}).fetchone() == fresh


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
