-- The organisation's own settings, kept in the database (one row), so that every rule reads the same value
-- whichever client asks: never a session setting, which a PostgREST client may choose per request
-- (`Prefer: timezone=...`).
--
--   time_zone  The organisation's IANA time zone (default UTC; an organisation in Norway sets Europe/Oslo).
--              "Today" for every date rule is the date there: a return date from today on, a certification
--              valid through its last day (expires today: still valid; expired yesterday: lapsed).
--
-- Change it as the owner (the dashboard's SQL editor, or a migration of your own):
--   update private.organisation_settings set time_zone = 'Europe/Oslo';

create or replace function private.is_time_zone(p_name text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select 1 from pg_catalog.pg_timezone_names z where z.name = p_name);
$$;
revoke all on function private.is_time_zone(text) from public;

create table private.organisation_settings (
  singleton boolean primary key default true check (singleton),
  time_zone text not null default 'UTC' check (private.is_time_zone(time_zone)),
  updated_at timestamptz not null default now()
);
comment on table private.organisation_settings is 'The organisation''s settings: one row, changed by the owner.';
insert into private.organisation_settings default values;
revoke all on table private.organisation_settings from public, anon, authenticated, service_role;

create trigger trg_organisation_settings_updated_at
  before update on private.organisation_settings
  for each row execute function private.touch_updated_at();

-- "Today" for every date rule: the date in the organisation's time zone, never `current_date` (which follows the
-- session's TimeZone). SECURITY DEFINER: it reads the settings, which no API role may read.
create or replace function private.today()
returns date
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  -- PL/pgSQL rather than SQL: the transition trigger calls this on every write (see private.request_role).
  return (pg_catalog.now() at time zone coalesce(
    (select s.time_zone from private.organisation_settings s), 'UTC'))::date;
end;
$$;
comment on function private.today() is 'Today in the organisation''s time zone (private.organisation_settings).';
revoke all on function private.today() from public, anon;
grant execute on function private.today() to authenticated, service_role;
