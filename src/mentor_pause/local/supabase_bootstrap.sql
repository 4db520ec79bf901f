-- Supabase platform bootstrap: the part of a Supabase project's database that our migrations rely on but do
-- not own. On a real Supabase database (hosted, or the Postgres of `supabase start`) everything here already
-- exists, and every statement is written to change nothing there: objects are created only when absent, and
-- grants that already exist are no-ops. On a plain PostgreSQL it makes the database behave like Supabase's for
-- the roles, `auth` functions and default privileges that PostgREST requests, RLS policies and the Supabase CLI
-- (`migration up`, `db reset --remote`, `db advisors`, `db lint`, `gen types`) depend on.
--
-- Ownership mirrors Supabase's, because the Supabase CLI relies on it: `supabase db reset --remote=<url>` drops
-- (with cascade) every schema that is neither on its keep list nor owned by `supabase_admin`, then re-applies
-- the migrations and seed. So `auth` belongs to `supabase_admin`, and `auth.users` and the `auth.*` functions
-- to `supabase_auth_admin`, as on Supabase; `extensions` belongs to the connecting user (`postgres`), as on
-- Supabase. `postgres` gets Supabase's grants on `auth` (all on the schema, its tables and routines, and the
-- default privileges for what `supabase_auth_admin` creates there), which is what the migrations' foreign keys
-- to `auth.users` (REFERENCES) and the seed's inserts need when `postgres` is not a superuser.
--
-- Deliberate differences from Supabase (none of them matters to the CLI, PostgREST requests or the migrations):
--   * `supabase_admin` and `supabase_auth_admin` are created NOLOGIN: on Supabase the platform and GoTrue log
--     in as them with their own passwords; here nothing does, and a password-less superuser (or CREATEROLE
--     role) that may log in would be an extra door on a server that trusts local connections.
--   * `postgres` stays whatever it is (the local cluster's superuser; NOSUPERUSER on hosted Supabase).
--   * only `auth.users` and the four request helpers of `auth` are created (no refresh tokens, sessions...).
--   * `supabase_admin`'s search_path and its default privileges in `public` are not set: nothing acts as it here.
--   * a connecting user that may not act as `supabase_admin` (a non-superuser outside that role, such as
--     `postgres` on Supabase's own server bootstrapping a database other than the project's) creates `auth`
--     itself and keeps it; likewise `auth.users` and the helpers when it may not act as `supabase_auth_admin`.
--
-- Upgrading a database bootstrapped by an earlier version of this file (which left `auth`, `auth.users` and
-- the `auth.*` functions owned by the connecting user, so that `db reset --remote` dropped `auth`): each of
-- those objects that is owned by the connecting user is handed to its Supabase owner and given Supabase's
-- grants. Nothing owned by anyone else is ever re-owned, so on Supabase (where `postgres` owns none of them)
-- this changes nothing. Role attributes and settings are applied only to roles created here; roles belong to
-- the cluster and outlive `mentor-pause db reset`, so an older local cluster keeps its API roles NOINHERIT and
-- `authenticator` without timeouts until the cluster is recreated (none of that matters to the CLI's reset).
--
-- Sources (Supabase's own definitions, mirrored here):
--   * roles, grants, default privileges, `extensions` schema, statement timeouts, `supabase_admin`'s
--     attributes:
--     supabase/postgres  migrations/db/init-scripts/00000000000000-initial-schema.sql
--   * `auth` schema (AUTHORIZATION supabase_admin), `auth.users` columns, `supabase_auth_admin` (its
--     attributes, its grants on `auth`, its search_path, its ownership of `auth.users`):
--     supabase/postgres  migrations/db/init-scripts/00000000000001-auth-schema.sql
--     (plus `phone`, `deleted_at` and `is_anonymous`, added by later supabase/auth migrations)
--   * `postgres`'s grants on `auth` and its default privileges there:
--     supabase/postgres  migrations/db/migrations/10000000000000_demote-postgres.sql
--     supabase/postgres  migrations/db/migrations/20211115181400_update-auth-permissions.sql
--   * `supabase_auth_admin` owns auth.uid()/role()/email():
--     supabase/postgres  migrations/db/migrations/20211124212715_update-auth-owner.sql
--     (auth.jwt() is created by supabase/auth, which connects as `supabase_auth_admin`)
--   * memberships of `postgres`:
--     supabase/postgres  migrations/db/migrations/20220609081115_grant-supabase-auth-admin-and-supabase-storage-admin-to-postgres.sql
--     supabase/postgres  migrations/db/migrations/20230201083204_grant_auth_roles_to_postgres.sql
--   * `anon`, `authenticated`, `service_role` are INHERIT:
--     supabase/postgres  migrations/db/migrations/20230529180330_alter_api_roles_for_inherit.sql
--   * `authenticator`'s statement_timeout and lock_timeout (8s):
--     supabase/postgres  migrations/db/migrations/20221028101028_set_authenticator_timeout.sql
--     supabase/postgres  migrations/db/migrations/20231130133139_set_lock_timeout_to_authenticator_role.sql
--   * bodies of auth.uid(), auth.role(), auth.email(), auth.jwt():
--     supabase/auth      migrations/20240624145325_recreate_auth_functions.up.sql
--   * what `db reset --remote` drops and keeps:
--     supabase/cli       apps/cli-go/pkg/migration/queries/drop.sql

-- Roles ---------------------------------------------------------------------------------------------------------
do $bootstrap$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_admin') then
    create role supabase_admin nologin superuser createdb createrole replication bypassrls;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'supabase_auth_admin') then
    create role supabase_auth_admin nologin noinherit createrole noreplication;
    alter role supabase_auth_admin set search_path = 'auth';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin inherit;
    alter role anon set statement_timeout = '3s';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin inherit;
    alter role authenticated set statement_timeout = '8s';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'service_role') then
    create role service_role nologin inherit bypassrls;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
    alter role authenticator set statement_timeout = '8s';
    alter role authenticator set lock_timeout = '8s';
  end if;
end
$bootstrap$;

do $bootstrap$
declare
  membership text[];
begin
  -- `grant ... to authenticator` on a role it already holds is a no-op, but on Supabase the `postgres` role
  -- may lack admin option on these roles: grant only what is missing. A superuser is a member of every role
  -- without a grant; it gets the explicit grant Supabase's `postgres` has.
  foreach membership slice 1 in array array[
    ['anon', 'authenticator'],
    ['authenticated', 'authenticator'],
    ['service_role', 'authenticator'],
    ['anon', 'postgres'],
    ['authenticated', 'postgres'],
    ['service_role', 'postgres'],
    ['supabase_auth_admin', 'postgres']
  ] loop
    if not exists (
      select from pg_catalog.pg_auth_members m
      where m.roleid = membership[1]::regrole and m.member = membership[2]::regrole
    ) and (
      not pg_catalog.pg_has_role(membership[2], membership[1], 'member')
      or (select rolsuper from pg_catalog.pg_roles where rolname = membership[2])
    ) then
      execute format('grant %I to %I', membership[1], membership[2]);
    end if;
  end loop;
end
$bootstrap$;

-- Schemas -------------------------------------------------------------------------------------------------------
create schema if not exists extensions;

do $bootstrap$
declare
  owner_oid oid := (select nspowner from pg_catalog.pg_namespace where nspname = 'auth');
  -- False only for a non-superuser that is not a member of `supabase_admin` (`postgres` on Supabase's own
  -- server, bootstrapping a database other than the project's): `auth` then stays with that user.
  may_hand_over boolean := pg_catalog.pg_has_role('supabase_admin', 'member');
begin
  if owner_oid is null then
    if may_hand_over then
      create schema auth authorization supabase_admin;
    else
      create schema auth;
    end if;
  elsif owner_oid = current_user::regrole and current_user <> 'supabase_admin' and may_hand_over then
    -- Created by an earlier version of this bootstrap: give it to its Supabase owner (see the header).
    alter schema auth owner to supabase_admin;
  else
    return;  -- `auth` as Supabase made it (or as it must stay): leave it, and its grants, alone
  end if;
  grant all on schema auth to supabase_auth_admin;
  grant all on schema auth to postgres;
  if pg_catalog.pg_has_role('supabase_auth_admin', 'member') then
    alter default privileges for role supabase_auth_admin in schema auth grant all on tables to postgres;
    alter default privileges for role supabase_auth_admin in schema auth grant all on sequences to postgres;
    alter default privileges for role supabase_auth_admin in schema auth grant all on routines to postgres;
  end if;
end
$bootstrap$;

-- auth.users (the columns GoTrue creates that seeds and foreign keys touch) -------------------------------------
do $bootstrap$
begin
  if to_regclass('auth.users') is null then
    create table auth.users (
      instance_id uuid null,
      id uuid not null primary key,
      aud varchar(255) null,
      "role" varchar(255) null,
      email varchar(255) null,
      encrypted_password varchar(255) null,
      email_confirmed_at timestamptz null,
      invited_at timestamptz null,
      confirmation_token varchar(255) null,
      confirmation_sent_at timestamptz null,
      recovery_token varchar(255) null,
      recovery_sent_at timestamptz null,
      email_change_token_new varchar(255) null,
      email_change varchar(255) null,
      email_change_sent_at timestamptz null,
      last_sign_in_at timestamptz null,
      raw_app_meta_data jsonb null,
      raw_user_meta_data jsonb null,
      is_super_admin bool null,
      created_at timestamptz null,
      updated_at timestamptz null,
      phone text null,
      deleted_at timestamptz null,
      is_anonymous boolean not null default false
    );
    comment on table auth.users is 'Auth: Stores user login data within a secure schema.';
  end if;
end
$bootstrap$;

-- auth.* request helpers: the same bodies as Supabase's, created only when absent -----------------------------
do $bootstrap$
begin
  if to_regprocedure('auth.uid()') is null then
    create function auth.uid() returns uuid
      language sql stable
      set search_path to ''
    as $func$
      select
        coalesce(
          nullif(current_setting('request.jwt.claim.sub', true), ''),
          (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
        )::uuid
    $func$;
  end if;

  if to_regprocedure('auth.role()') is null then
    create function auth.role() returns text
      language sql stable
      set search_path to ''
    as $func$
      select
        coalesce(
          nullif(current_setting('request.jwt.claim.role', true), ''),
          (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
        )::text
    $func$;
  end if;

  if to_regprocedure('auth.email()') is null then
    create function auth.email() returns text
      language sql stable
      set search_path to ''
    as $func$
      select
        coalesce(
          nullif(current_setting('request.jwt.claim.email', true), ''),
          (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
        )::text
    $func$;
  end if;

  if to_regprocedure('auth.jwt()') is null then
    create function auth.jwt() returns jsonb
      language sql stable
      set search_path to ''
    as $func$
      select
        coalesce(
          nullif(current_setting('request.jwt.claim', true), ''),
          nullif(current_setting('request.jwt.claims', true), '')
        )::jsonb
    $func$;
  end if;
end
$bootstrap$;

-- Owners of what this file creates in `auth`, as on Supabase ---------------------------------------------------
-- Only objects owned by the connecting user change hands: those just created above, or left by an earlier
-- version of this file. On Supabase `supabase_auth_admin` already owns them and nothing happens.
do $bootstrap$
declare
  helper regprocedure;
begin
  if not pg_catalog.pg_has_role('supabase_auth_admin', 'member') then
    return;  -- cannot act as `supabase_auth_admin` (see the `auth` schema above): leave the owners as they are
  end if;
  if (select relowner from pg_catalog.pg_class where oid = 'auth.users'::regclass) = current_user::regrole then
    alter table auth.users owner to supabase_auth_admin;
    grant all on table auth.users to postgres;
  end if;
  foreach helper in array array['auth.uid()', 'auth.role()', 'auth.email()', 'auth.jwt()']::regprocedure[] loop
    if (select proowner from pg_catalog.pg_proc where oid = helper) = current_user::regrole then
      execute format('alter function %s owner to supabase_auth_admin', helper);
      execute format('grant all on function %s to postgres', helper);
    end if;
  end loop;
end
$bootstrap$;

-- Grants and default privileges (Supabase's defaults: the API roles get everything created in `public`) -------
do $bootstrap$
declare
  api_role text;
begin
  -- On Supabase these grants exist and `postgres` may not own `auth`: grant only what is missing.
  foreach api_role in array array['anon', 'authenticated', 'service_role'] loop
    if not has_schema_privilege(api_role, 'auth', 'usage') then
      execute format('grant usage on schema auth to %I', api_role);
    end if;
    if not has_schema_privilege(api_role, 'extensions', 'usage') then
      execute format('grant usage on schema extensions to %I', api_role);
    end if;
    if not has_schema_privilege(api_role, 'public', 'usage') then
      execute format('grant usage on schema public to %I', api_role);
    end if;
  end loop;
end
$bootstrap$;
alter default privileges in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to postgres, anon, authenticated, service_role;
