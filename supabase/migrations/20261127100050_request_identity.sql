-- Who the current statement acts for, decided once, here, for every trigger, RPC and job.
--
-- PostgREST switches to the database role named by the verified JWT (`set_config('role', <claim>, true)`) and
-- then publishes the claims (`request.jwt.claims`). The *database role* is the truth about what kind of caller
-- this is: anyone able to run SQL can write any claims they like into `request.jwt.claims`, but only a session
-- that may SET ROLE service_role is the service. The claims only say *which user* an `authenticated` request is.
--
--   kind        database role of the request                        acting user (changed_by, activated_by)
--   user        authenticated, with a `sub` claim                    that user (auth.uid())
--   service     service_role (whatever its claims say)               NULL: the service is not a user
--   system      the owner of this package's schema, a member of it,  NULL
--               or a superuser: migrations, pg_cron jobs, the
--               dashboard's SQL editor
--   anonymous   anything else (anon; authenticated without `sub`;     (may not act)
--               authenticator itself; other roles)
--
-- A claim such as `"role": "service_role"` or `app_metadata.role = "org_admin"` on an `authenticated` request
-- therefore grants nothing: roles come from the database role and from public.user_roles only.

-- The signed-in user the request's claims name: the value auth.uid() returns, computed the same way. Supabase's
-- auth.uid() is a LANGUAGE sql function with a SET clause, which PostgreSQL never inlines, so every call parses and
-- plans its body again; a transition asked it four or five times. This PL/pgSQL twin keeps its plan for the session.
-- The suite checks that both agree for every shape of claims (tests/database/test_request_identity.py).
create or replace function private.request_user()
returns uuid
language plpgsql
stable
set search_path = ''
as $$
begin
  return coalesce(
    nullif(pg_catalog.current_setting('request.jwt.claim.sub', true), ''),
    (nullif(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid;
end;
$$;
comment on function private.request_user() is 'auth.uid(), in PL/pgSQL so that it keeps its plan: the user the claims name.';

-- The database role this request runs as: the role PostgREST (or a test, or the SDK's Postgres transport)
-- switched to, else the login role. Read from the `role` setting rather than current_user, because inside a
-- SECURITY DEFINER function current_user is the function's owner.
--
-- These helpers, like the others every transition calls, are PL/pgSQL: a LANGUAGE sql function with a SET clause is
-- never inlined, so each call parsed and planned its body again; PL/pgSQL keeps both for the session.
create or replace function private.request_role()
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
  target text := pg_catalog.current_setting('role');
begin
  return case when target = 'none' then session_user::text else target end;
end;
$$;
comment on function private.request_role() is 'Database role of the current request (the SET ROLE target, else the login role).';

create or replace function private.caller_kind()
returns text
language plpgsql
stable
set search_path = ''
as $$
declare
  request_role text := private.request_role();
begin
  if request_role = 'authenticated' then
    return case when private.request_user() is not null then 'user' else 'anonymous' end;
  elsif request_role = 'service_role' then
    return 'service';
  elsif request_role in ('anon', 'authenticator') then
    return 'anonymous';
  elsif pg_catalog.pg_has_role(
          request_role,
          (select n.nspowner from pg_catalog.pg_namespace n where n.nspname = 'private'),
          'member') then
    return 'system';
  end if;
  return 'anonymous';
end;
$$;
comment on function private.caller_kind() is
  'user | service | system | anonymous: what kind of caller the current request is (see the migration header).';

-- The user a change is attributed to: the signed-in user for `authenticated` requests, NULL for everything
-- else (service_role and the system act for nobody in particular).
create or replace function private.acting_user()
returns uuid
language plpgsql
stable
set search_path = ''
as $$
begin
  return case when private.request_role() = 'authenticated' then private.request_user() end;
end;
$$;
comment on function private.acting_user() is
  'The signed-in user making the current change; NULL for service_role and system changes.';

revoke all on function
  private.request_user(), private.request_role(), private.caller_kind(), private.acting_user() from public, anon;
grant execute on function
  private.request_user(), private.request_role(), private.caller_kind(), private.acting_user()
  to authenticated, service_role;
