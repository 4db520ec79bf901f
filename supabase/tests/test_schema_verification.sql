-- Schema verification for peer_mentor_status and peer_mentor_status_log (the original task's six checks).
-- Runs with `supabase test db` and in our pytest suite; everything happens inside one transaction that is
-- rolled back. Observed results (plan line, error messages) are recorded in docs/schema-verification.md.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;

select plan(27);

-- (1) The columns of both tables ------------------------------------------------------------------------------
select columns_are(
  'public', 'peer_mentor_status',
  array['id', 'mentor_id', 'chapter_id', 'status', 'pause_reason', 'expected_return_date', 'activated_by',
        'paused_at', 'last_request_id', 'created_at', 'updated_at'],
  'peer_mentor_status has exactly the documented columns'
);
select col_not_null('public', 'peer_mentor_status', 'mentor_id', 'peer_mentor_status.mentor_id is NOT NULL');
select col_is_unique('public', 'peer_mentor_status', array['mentor_id'], 'peer_mentor_status.mentor_id is UNIQUE');
select fk_ok('public', 'peer_mentor_status', 'mentor_id', 'public', 'peer_mentors', 'id',
             'peer_mentor_status.mentor_id references peer_mentors');
select col_not_null('public', 'peer_mentor_status', 'chapter_id', 'peer_mentor_status.chapter_id is NOT NULL');
select fk_ok('public', 'peer_mentor_status', 'chapter_id', 'public', 'chapters', 'id',
             'peer_mentor_status.chapter_id references chapters');
select col_type_is('public', 'peer_mentor_status', 'expected_return_date', 'date', 'expected_return_date is a date');
select col_type_is('public', 'peer_mentor_status', 'paused_at', 'timestamp with time zone', 'paused_at is timestamptz');
select has_index('public', 'peer_mentor_status', 'peer_mentor_status_status_idx', array['status'],
                 'peer_mentor_status has an index on status');
select has_index('public', 'peer_mentor_status', 'peer_mentor_status_chapter_id_status_idx',
                 array['chapter_id', 'status'], 'peer_mentor_status has the composite (chapter_id, status) index');
select columns_are(
  'public', 'peer_mentor_status_log',
  array['id', 'mentor_id', 'chapter_id', 'previous_status', 'new_status', 'pause_reason', 'expected_return_date',
        'changed_by', 'changed_at', 'request_id'],
  'peer_mentor_status_log has exactly the documented columns'
);
select col_is_null('public', 'peer_mentor_status_log', 'previous_status', 'previous_status may be NULL (first row)');
select trigger_is('public', 'peer_mentor_status', 'trg_mentor_status_log', 'private', 'log_mentor_status_change',
                  'an AFTER UPDATE OF status trigger writes the log');
select trigger_is('public', 'peer_mentor_status', 'trg_mentor_status_log_insert', 'private',
                  'log_mentor_status_change', 'an AFTER INSERT trigger writes the first log row');
select ok(
  (select bool_and(relrowsecurity) from pg_class
    where oid in ('public.peer_mentor_status'::regclass, 'public.peer_mentor_status_log'::regclass)),
  'row level security is enabled on both tables'
);

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
  'new row for relation "peer_mentor_status" violates check constraint "peer_mentor_status_status_check"',
  '(3) status unknown_value is rejected by the CHECK constraint'
);

-- (4) A second row for the same mentor is rejected by UNIQUE ----------------------------------------------------
select throws_ok(
  $$ insert into public.peer_mentor_status (mentor_id, chapter_id, status)
     values ('f0000000-0000-4000-8000-000000000011', 'f0000000-0000-4000-8000-000000000001', 'active') $$,
  '23505',
  'duplicate key value violates unique constraint "peer_mentor_status_mentor_id_key"',
  '(4) a second status row for the same mentor_id is rejected by UNIQUE'
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

select is(
  (select count(*)::int from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000012'),
  1,
  '(6) the log row is still there, unchanged in number'
);
select is(
  (select new_status from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000012'),
  'active',
  '(6) and unchanged in content'
);

select * from finish();
rollback;
