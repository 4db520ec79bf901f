-- Schema verification for peer_mentor_status and peer_mentor_status_log (the original task's six checks, numbered
-- (1)-(6) below). They live here only: `supabase test db` runs this file, and so does our pytest suite
-- (tests/database/test_pgtap.py). Everything happens inside one transaction that is rolled back. Observed results
-- (plan line, error messages) are recorded in docs/schema-verification.md.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;

select plan(25);

-- (1) The columns of both tables: exactly these, with these types and nullability ---------------------------------
-- (information_schema reports a domain column by its base type: status is public.mentor_status, a domain over text)
select set_eq(
  $$ select column_name::text, data_type::text, is_nullable::text from information_schema.columns
      where table_schema = 'public' and table_name = 'peer_mentor_status' $$,
  $$ values ('id', 'bigint', 'NO'),
            ('mentor_id', 'uuid', 'NO'),
            ('chapter_id', 'uuid', 'NO'),
            ('status', 'text', 'NO'),
            ('pause_reason', 'text', 'YES'),
            ('expected_return_date', 'date', 'YES'),
            ('activated_by', 'uuid', 'YES'),
            ('paused_at', 'timestamp with time zone', 'YES'),
            ('last_request_id', 'uuid', 'YES'),
            ('certification_expires_on', 'date', 'YES'),
            ('created_at', 'timestamp with time zone', 'NO'),
            ('updated_at', 'timestamp with time zone', 'NO') $$,
  '(1) peer_mentor_status has exactly the documented columns, types and nullability'
);
select col_is_unique('public', 'peer_mentor_status', array['mentor_id'], 'peer_mentor_status.mentor_id is UNIQUE');
select fk_ok('public', 'peer_mentor_status', 'mentor_id', 'public', 'peer_mentors', 'id',
             'peer_mentor_status.mentor_id references peer_mentors');
select fk_ok('public', 'peer_mentor_status', 'chapter_id', 'public', 'chapters', 'id',
             'peer_mentor_status.chapter_id references chapters');
select has_index('public', 'peer_mentor_status', 'peer_mentor_status_status_idx', array['status'],
                 'peer_mentor_status has an index on status');
select has_index('public', 'peer_mentor_status', 'peer_mentor_status_chapter_id_status_idx',
                 array['chapter_id', 'status'], 'peer_mentor_status has the composite (chapter_id, status) index');
select set_eq(
  $$ select column_name::text, data_type::text, is_nullable::text from information_schema.columns
      where table_schema = 'public' and table_name = 'peer_mentor_status_log' $$,
  $$ values ('id', 'bigint', 'NO'),
            ('mentor_id', 'uuid', 'NO'),
            ('chapter_id', 'uuid', 'NO'),
            ('previous_status', 'text', 'YES'),   -- NULL on a mentor's first row
            ('new_status', 'text', 'YES'),        -- NULL: the status row was deleted
            ('pause_reason', 'text', 'YES'),
            ('expected_return_date', 'date', 'YES'),
            ('note', 'text', 'YES'),              -- e.g. certification expired on 2026-10-31
            ('changed_by', 'uuid', 'YES'),
            ('changed_at', 'timestamp with time zone', 'NO'),
            ('request_id', 'uuid', 'YES') $$,
  '(1) peer_mentor_status_log has exactly the documented columns, types and nullability'
);
select trigger_is('public', 'peer_mentor_status', 'trg_mentor_status_log', 'private', 'log_mentor_status_change',
                  'an AFTER UPDATE OF status trigger writes the log');
select trigger_is('public', 'peer_mentor_status', 'trg_mentor_status_log_insert', 'private',
                  'log_mentor_status_change', 'an AFTER INSERT trigger writes the first log row');
select ok(
  (select bool_and(relrowsecurity) from pg_class
    where oid in ('public.peer_mentor_status'::regclass, 'public.peer_mentor_status_log'::regclass)),
  'row level security is enabled on both tables'
);

-- The SQLSTATE and the name of the constraint a statement violates ('' when it succeeds); it runs in a
-- subtransaction, so a statement that succeeds is undone too.
create function pg_temp.violated_constraint(statement text) returns text language plpgsql as $fn$
declare
  state text;
  name text;
begin
  execute statement;
  raise exception using errcode = 'VCRBK';
exception
  when sqlstate 'VCRBK' then
    return '';
  when others then
    get stacked diagnostics state = returned_sqlstate, name = constraint_name;
    return state || ' ' || name;
end;
$fn$;

-- Fixtures: one chapter, two mentors who belong to it -------------------------------------------------------
insert into public.chapters (id, name)
values ('f0000000-0000-4000-8000-000000000001', 'Schema verification chapter');
insert into public.peer_mentors (id, display_name) values
  ('f0000000-0000-4000-8000-000000000011', 'Verification mentor one'),
  ('f0000000-0000-4000-8000-000000000012', 'Verification mentor two');
insert into public.chapter_memberships (mentor_id, chapter_id) values
  ('f0000000-0000-4000-8000-000000000011', 'f0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000012', 'f0000000-0000-4000-8000-000000000001');

-- (2) A row with status 'active' is accepted --------------------------------------------------------------------
select lives_ok(
  $$ insert into public.peer_mentor_status (mentor_id, chapter_id, status)
     values ('f0000000-0000-4000-8000-000000000011', 'f0000000-0000-4000-8000-000000000001', 'active') $$,
  '(2) inserting a row with status active succeeds'
);
select is(
  (select status::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000011'),
  'active',
  '(2) the row reads back as active'
);
select is(
  (select count(*)::int from public.peer_mentor_status_log
    where mentor_id = 'f0000000-0000-4000-8000-000000000011' and previous_status is null and new_status = 'active'),
  1,
  '(2) the insert wrote the first history row'
);

-- (3) An unknown status is rejected by the CHECK constraint ---------------------------------------------------
select throws_ok(
  $$ insert into public.peer_mentor_status (mentor_id, chapter_id, status)
     values ('f0000000-0000-4000-8000-000000000012', 'f0000000-0000-4000-8000-000000000001', 'unknown_value') $$,
  '23514',
  'value for domain mentor_status violates check constraint "mentor_status_check"',
  '(3) status unknown_value is rejected by the CHECK constraint'
);
select is(
  pg_temp.violated_constraint(
    $$ insert into public.peer_mentor_status (mentor_id, chapter_id, status)
       values ('f0000000-0000-4000-8000-000000000012', 'f0000000-0000-4000-8000-000000000001', 'unknown_value') $$),
  '23514 mentor_status_check',
  '(3) the constraint that refuses it is mentor_status_check (the CHECK of the status domain)'
);

-- (4) A second row for the same mentor is rejected by UNIQUE ----------------------------------------------------
select throws_ok(
  $$ insert into public.peer_mentor_status (mentor_id, chapter_id, status)
     values ('f0000000-0000-4000-8000-000000000011', 'f0000000-0000-4000-8000-000000000001', 'active') $$,
  '23505',
  'duplicate key value violates unique constraint "peer_mentor_status_mentor_id_key"',
  '(4) a second status row for the same mentor_id is rejected by UNIQUE'
);
select is(
  pg_temp.violated_constraint(
    $$ insert into public.peer_mentor_status (mentor_id, chapter_id, status)
       values ('f0000000-0000-4000-8000-000000000011', 'f0000000-0000-4000-8000-000000000001', 'active') $$),
  '23505 peer_mentor_status_mentor_id_key',
  '(4) the constraint that refuses it is peer_mentor_status_mentor_id_key'
);
select is(
  (select count(*)::int from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000011'),
  1,
  '(4) the mentor still has exactly one status row'
);

-- (5) The composite index serves chapter_id + status on a table large enough for the planner to want it --------
-- 200 chapters x 100 mentors, every seventh one paused.
insert into public.chapters (id, name)
select ('f1000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Verification chapter ' || g
from generate_series(1, 200) g;
insert into public.peer_mentors (id, display_name)
select ('f2000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Verification mentor ' || g
from generate_series(1, 20000) g;
insert into public.chapter_memberships (mentor_id, chapter_id)
select ('f2000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       ('f1000000-0000-4000-8000-' || lpad((1 + g % 200)::text, 12, '0'))::uuid
from generate_series(1, 20000) g;
insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, paused_at)
select ('f2000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       ('f1000000-0000-4000-8000-' || lpad((1 + g % 200)::text, 12, '0'))::uuid,
       case when g % 7 = 0 then 'paused' else 'active' end,
       case when g % 7 = 0 then 'Verification pause' end,
       case when g % 7 = 0 then now() end
from generate_series(1, 20000) g;
analyze public.peer_mentor_status;

create function pg_temp.plan_of(query text) returns setof text language plpgsql as $fn$
begin
  return query execute 'explain (analyze, costs off, timing off, summary off) ' || query;
end;
$fn$;

select matches(
  (select string_agg(line, E'\n') from pg_temp.plan_of(
    $$ select mentor_id from public.peer_mentor_status
        where chapter_id = 'f1000000-0000-4000-8000-000000000007' and status = 'paused' $$) as line),
  '(Index|Bitmap Index) Scan (using|on) peer_mentor_status_chapter_id_status_idx',
  '(5) EXPLAIN ANALYZE of a chapter_id + status query uses the composite index'
);

-- (6) The log is append-only --------------------------------------------------------------------------------------
insert into public.peer_mentor_status_log (mentor_id, chapter_id, previous_status, new_status, changed_by)
values ('f0000000-0000-4000-8000-000000000012', 'f0000000-0000-4000-8000-000000000001', null, 'active', null);
create temp table log_before as
  select * from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000012';

select throws_ok(
  $$ update public.peer_mentor_status_log set new_status = 'paused'
      where mentor_id = 'f0000000-0000-4000-8000-000000000012' $$,
  '42501',
  'peer_mentor_status_log is append-only: UPDATE is not allowed',
  '(6) UPDATE of a log row is blocked'
);
select throws_ok(
  $$ delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000012' $$,
  '42501',
  'peer_mentor_status_log is append-only: DELETE is not allowed',
  '(6) DELETE of a log row is blocked'
);
select throws_ok(
  $$ truncate public.peer_mentor_status_log $$,
  '42501',
  'peer_mentor_status_log is append-only: TRUNCATE is not allowed',
  '(6) TRUNCATE of the log is blocked'
);

set local role service_role;
select throws_ok(
  $$ update public.peer_mentor_status_log set new_status = 'paused'
      where mentor_id = 'f0000000-0000-4000-8000-000000000012' $$,
  '42501',
  null,
  '(6) service_role cannot UPDATE the log either'
);
select throws_ok(
  $$ insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status)
     values ('f0000000-0000-4000-8000-000000000012', 'f0000000-0000-4000-8000-000000000001', 'paused') $$,
  '42501',
  'permission denied for table peer_mentor_status_log',
  '(6) service_role cannot write history rows by hand'
);
reset role;

select results_eq(
  $$ select * from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000012' order by id $$,
  $$ select * from pg_temp.log_before order by id $$,
  '(6) the log rows are all still there, unchanged in every column'
);

select * from finish();
rollback;
