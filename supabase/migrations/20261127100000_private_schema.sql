-- The `private` schema holds what must never be reachable through the Data API: trigger functions and the
-- helpers that RLS policies call. PostgREST exposes only the schemas listed in config.toml ([api] schemas:
-- public, graphql_public), so nothing here gets an endpoint. Roles get USAGE later, function by function.
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
