-- Supabase platform bootstrap: the part of a Supabase project's database that our migrations rely on but do
-- not own. On a real Supabase database (hosted, or the Postgres of `supabase start`) everything here already
-- exists, and every statement is written to change nothing there: objects are created only when absent, and
-- grants that already exist are no-ops. On a plain PostgreSQL it makes the database behave like Supabase's for
-- the roles, `auth` functions and default privileges that PostgREST requests, RLS policies and the Supabase CLI
-- (`migration up`, `db advisors`, `db lint`, `gen types`) depend on.
--
-- Sources (Supabase's own definitions, mirrored here):
--   * roles, grants, default privileges, `extensions` schema, statement timeouts:
--     supabase/postgres  migrations/db/init-scripts/00000000000000-initial-schema.sql
--   * `auth` schema and `auth.users` columns:
--     supabase/postgres  migrations/db/init-scripts/00000000000001-auth-schema.sql
--     (plus `phone`, `deleted_at` and `is_anonymous`, added by later supabase/auth migrations)
--   * bodies of auth.uid(), auth.role(), auth.email(), auth.jwt():
--     supabase/auth      migrations/20240624145325_recreate_auth_functions.up.sql

-- Roles ---------------------------------------------------------------------------------------------------------
do $bootstrap$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
    alter role anon set statement_timeout = '3s';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
    alter role authenticated set statement_timeout = '8s';
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select from pg_catalog.pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
end
$bootstrap$;

do $bootstrap$
begin
  -- `grant ... to authenticator` on a role it already holds is a no-op, but on Supabase the `postgres` role
  -- may lack admin option on these roles: grant only what is missing.
  if not pg_catalog.pg_has_role('authenticator', 'anon', 'member') then
    grant anon to authenticator;
  end if;
  if not pg_catalog.pg_has_role('authenticator', 'authenticated', 'member') then
    grant authenticated to authenticator;
  end if;
  if not pg_catalog.pg_has_role('authenticator', 'service_role', 'member') then
    grant service_role to authenticator;
  end if;
end
$bootstrap$;

-- Schemas -------------------------------------------------------------------------------------------------------
create schema if not exists extensions;
create schema if not exists auth;

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
