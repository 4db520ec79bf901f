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

-- Text without leading and trailing whitespace and invisible characters, so that a reason with nothing to see counts
-- as blank everywhere. Whitespace is every character Unicode calls white space (what Python's str.isspace() says):
-- not only the ASCII space that btrim() removes, but tabs, newlines, no-break spaces. Invisible are the Unicode
-- default-ignorable characters that stand alone: soft hyphen (U+00AD), combining grapheme joiner (U+034F), Arabic
-- letter mark (U+061C), Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), Khmer inherent vowels (U+17B4, U+17B5),
-- Mongolian vowel separator (U+180E), zero-width space, non-joiner, joiner and the direction marks (U+200B-U+200F),
-- bidi embeddings and overrides (U+202A-U+202E), word joiner and invisible operators (U+2060-U+2064), bidi isolates
-- and deprecated format controls (U+2066-U+206F), byte-order mark / zero-width no-break space (U+FEFF), shorthand
-- format controls (U+1BCA0-U+1BCA3), musical format controls (U+1D173-U+1D17A); and the braille blank (U+2800).
-- Variation selectors and tag characters stay: they belong to the character before them (an emoji, a flag).
-- The SDK trims the very same set (mentor_pause.validation.TRIMMED_CHARACTERS; tests/sdk/test_failing_well.py
-- compares the two character by character).
--
-- PL/pgSQL, like the other small helpers on the write path: a LANGUAGE sql function that cannot be inlined (one with
-- a SET clause cannot) is parsed, analysed and planned again in every statement that calls it, while PL/pgSQL keeps
-- its compiled body and plans for the session (docs/performance.md, "Writes").
create or replace function private.trim_whitespace(value text)
returns text
language plpgsql
immutable
strict
parallel safe
set search_path = ''
as $$
begin
  return pg_catalog.regexp_replace(
    value,
    '^[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u200f\u2028\u2029\u202a-\u202f\u205f-\u2064\u2066-\u206f\u2800\u3000\u3164\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a]+|[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u200f\u2028\u2029\u202a-\u202f\u205f-\u2064\u2066-\u206f\u2800\u3000\u3164\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a]+$',
    '',
    'g'
  );
end;
$$;
revoke all on function private.trim_whitespace(text) from public;

-- The dates and times this package stores must be ones every client can hold. Python's datetime ends at year
-- 9999 and psycopg refuses 'infinity' (so one such value would break every read of the rows around it, and the
-- append-only history would keep it forever); a timestamp near that limit also overflows once shown in a time
-- zone east of UTC. Values outside 1900-2999 are typos, or stand-ins for "unknown", which is what NULL says.
-- Every date or timestamp column a client can set gets a CHECK named <table>_<column>_supported from this procedure
-- (NULL passes). The bounds are written into each CHECK as literals, not behind a function: a function in a CHECK
-- is looked up and inlined again in every write statement, which cost a transition about a tenth of its time.
create or replace procedure private.require_supported_times(p_table regclass, variadic p_columns name[])
language plpgsql
set search_path = ''
as $$
declare
  col name;
  col_type regtype;
  lower_bound text;
  upper_bound text;
begin
  foreach col in array p_columns loop
    select a.atttypid::regtype into col_type
      from pg_catalog.pg_attribute a
     where a.attrelid = p_table and a.attname = col and a.attnum > 0 and not a.attisdropped;
    if col_type = 'date'::regtype then
      lower_bound := 'date ''1900-01-01''';
      upper_bound := 'date ''3000-01-01''';
    elsif col_type = 'timestamptz'::regtype then
      lower_bound := 'timestamptz ''1900-01-01 00:00:00+00''';
      upper_bound := 'timestamptz ''3000-01-01 00:00:00+00''';
    else
      raise exception 'column %.% is %, not date or timestamptz', p_table, col, coalesce(col_type::text, 'missing');
    end if;
    execute pg_catalog.format(
      'alter table %s add constraint %I check (%I >= %s and %I < %s)',
      p_table,
      (select c.relname from pg_catalog.pg_class c where c.oid = p_table) || '_' || col || '_supported',
      col, lower_bound, col, upper_bound);
  end loop;
end;
$$;
revoke all on procedure private.require_supported_times(regclass, name[]) from public;
grant usage on schema private to authenticated, service_role;
-- CHECK constraints call this with the writer's rights.
grant execute on function private.trim_whitespace(text) to authenticated, service_role;
