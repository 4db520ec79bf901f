-- The `private` schema holds what must never be reachable through the Data API: trigger functions and the
-- helpers that RLS policies call. PostgREST exposes only the schemas listed in config.toml ([api] schemas:
-- public, graphql_public), so nothing here gets an endpoint. EXECUTE is granted function by function.
create schema if not exists private;
revoke all on schema private from public;
comment on schema private is 'Internal functions for mentor-pause; not exposed through the Data API.';

-- Generic BEFORE UPDATE trigger: keep `updated_at` truthful whichever client changed the row.
create or replace function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

revoke all on function private.touch_updated_at() from public;

-- Text without leading and trailing whitespace, where whitespace is every character Unicode calls white space
-- (the same set as Python's str.strip(), which the SDK uses): not only the ASCII space that btrim() removes,
-- so a reason of tabs, newlines or no-break spaces counts as blank everywhere.
create or replace function private.trim_whitespace(value text)
returns text
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select regexp_replace(
    value,
    '^[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$',
    '',
    'g'
  );
$$;
revoke all on function private.trim_whitespace(text) from public;

-- The dates and times this package stores must be ones every client can hold. Python's datetime ends at year
-- 9999 and psycopg refuses 'infinity' (so one such value would break every read of the rows around it, and the
-- append-only history would keep it forever); a timestamp near that limit also overflows once shown in a time
-- zone east of UTC. Values outside 1900-2999 are typos, or stand-ins for "unknown", which is what NULL says.
-- Every date or timestamp column a client can set has a CHECK that calls one of these (NULL passes).
create or replace function private.is_supported_timestamp(value timestamptz)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select value >= timestamptz '1900-01-01 00:00:00+00' and value < timestamptz '3000-01-01 00:00:00+00';
$$;

create or replace function private.is_supported_date(value date)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select private.is_supported_timestamp(value::timestamp at time zone 'UTC');
$$;

revoke all on function private.is_supported_date(date), private.is_supported_timestamp(timestamptz) from public;
grant usage on schema private to authenticated, service_role;
-- CHECK constraints call these with the writer's rights.
grant execute on function
  private.trim_whitespace(text), private.is_supported_date(date), private.is_supported_timestamp(timestamptz)
  to authenticated, service_role;
