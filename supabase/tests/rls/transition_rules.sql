-- GENERATED from tests/access/matrix.py by `./dev generate`; do not edit by hand.
-- The state machine and input rules, through the RPCs as an org admin (on m_peer).
--
-- Each case acts as one actor the way PostgREST runs a request: the actor's database role and request.jwt.claims,
-- transaction-local (pg_temp.authenticate_as), in a subtransaction that is rolled back afterwards. The owner sets the
-- case up before it (given => ...) and, for writes, checks afterwards what changed or that nothing did
-- (check_afterwards => ...). Statements name the world's rows: pg_temp.mentor('m_c'), pg_temp.chapter('A'),
-- pg_temp.user_id('coord_a'), pg_temp.world_ids('mentor'); the runner puts in the ids before acting, so the actor
-- runs exactly the statement pytest runs (tests/access/test_rls_matrix.py), and it reports rows by name.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;
select plan(48);

-- Helpers ---------------------------------------------------------------------------------------------------------
create temp table world_names (
  kind text not null,   -- mentor / chapter / user
  name text not null,   -- pg_temp.mentor('m_c'), pg_temp.chapter('A'), pg_temp.user_id('coord_a')
  id uuid not null unique,
  label text not null,  -- how outcomes name the row
  in_world boolean not null,  -- false: an id for a row a write case creates
  primary key (kind, name)
);
insert into pg_temp.world_names (kind, name, id, label, in_world) values
  ('mentor', 'm_self', 'f0000000-0000-4000-8000-000000000001', 'm_self', true),
  ('mentor', 'm_peer', 'f0000000-0000-4000-8000-000000000002', 'm_peer', true),
  ('mentor', 'm_dual', 'f0000000-0000-4000-8000-000000000003', 'm_dual', true),
  ('mentor', 'm_both', 'f0000000-0000-4000-8000-000000000004', 'm_both', true),
  ('mentor', 'm_direct', 'f0000000-0000-4000-8000-000000000005', 'm_direct', true),
  ('mentor', 'm_c', 'f0000000-0000-4000-8000-000000000006', 'm_c', true),
  ('mentor', 'm_paused', 'f0000000-0000-4000-8000-000000000007', 'm_paused', true),
  ('mentor', 'm_expired', 'f0000000-0000-4000-8000-000000000008', 'm_expired', true),
  ('mentor', 'm_lapsed', 'f0000000-0000-4000-8000-000000000009', 'm_lapsed', true),
  ('mentor', 'm_d', 'f0000000-0000-4000-8000-000000000010', 'm_d', true),
  ('mentor', 'm_coord', 'f0000000-0000-4000-8000-000000000011', 'm_coord', true),
  ('mentor', 'm_new', '90000000-0000-4000-8000-000000000002', 'm_new', false),
  ('chapter', 'A', 'e0000000-0000-4000-8000-000000000001', 'chapter A', true),
  ('chapter', 'B', 'e0000000-0000-4000-8000-000000000002', 'chapter B', true),
  ('chapter', 'C', 'e0000000-0000-4000-8000-000000000003', 'chapter C', true),
  ('chapter', 'D', 'e0000000-0000-4000-8000-000000000004', 'chapter D', true),
  ('chapter', 'E (empty)', 'e0000000-0000-4000-8000-000000000005', 'chapter E (empty)', true),
  ('chapter', 'new', '90000000-0000-4000-8000-000000000001', 'chapter new', false),
  ('user', 'admin', 'd0000000-0000-4000-8000-000000000001', 'admin', true),
  ('user', 'mentor_self', 'd0000000-0000-4000-8000-000000000002', 'mentor_self', true),
  ('user', 'stranger', 'd0000000-0000-4000-8000-000000000003', 'stranger', true),
  ('user', 'coord_a', 'd0000000-0000-4000-8000-000000000004', 'coord_a', true),
  ('user', 'coord_b', 'd0000000-0000-4000-8000-000000000005', 'coord_b', true),
  ('user', 'coord_direct', 'd0000000-0000-4000-8000-000000000006', 'coord_direct', true),
  ('user', 'coord_both', 'd0000000-0000-4000-8000-000000000007', 'coord_both', true),
  ('user', 'coord_other', 'd0000000-0000-4000-8000-000000000008', 'coord_other', true),
  ('user', 'coord_multi', 'd0000000-0000-4000-8000-000000000009', 'coord_multi', true),
  ('user', 'no_role', 'd0000000-0000-4000-8000-000000000010', 'no_role', true),
  ('user', 'claims_admin', 'd0000000-0000-4000-8000-000000000011', 'claims_admin', true),
  ('user', 'coord_mentor', 'd0000000-0000-4000-8000-000000000012', 'coord_mentor', true);

create function pg_temp.world_id(kind text, name text) returns uuid
language plpgsql stable
as $$
declare
  found uuid;
begin
  select w.id into strict found from pg_temp.world_names w where w.kind = world_id.kind and w.name = world_id.name;
  return found;
end;
$$;
create function pg_temp.mentor(name text) returns uuid language sql stable
  as $$ select pg_temp.world_id('mentor', name) $$;
create function pg_temp.chapter(name text) returns uuid language sql stable
  as $$ select pg_temp.world_id('chapter', name) $$;
create function pg_temp.user_id(name text) returns uuid language sql stable
  as $$ select pg_temp.world_id('user', name) $$;
create function pg_temp.world_ids(kind text) returns uuid[] language sql stable as $$
  select array_agg(w.id order by w.id) from pg_temp.world_names w where w.kind = world_ids.kind and w.in_world
$$;

-- The statement with every pg_temp.mentor('m_c')-style name replaced by the id it stands for, as a literal.
create function pg_temp.resolve_names(statement text) returns text
language plpgsql stable
as $$
declare
  call text[];
begin
  for call in
    select regexp_matches(statement, $re$pg_temp\.(mentor|chapter|user_id|world_ids)\('([^']*)'\)$re$, 'g')
  loop
    statement := replace(statement, format('pg_temp.%s(%L)', call[1], call[2]), case call[1]
      when 'world_ids' then
        (select 'array[' || string_agg(quote_literal(w.id::text), ', ' order by w.id::text collate "C") || ']::uuid[]'
           from pg_temp.world_names w where w.kind = call[2] and w.in_world)
      else quote_literal(pg_temp.world_id(case call[1] when 'user_id' then 'user' else call[1] end, call[2])::text)
    end);
  end loop;
  return statement;
end;
$$;

-- A value with the world's ids replaced by their labels (m_c, chapter A, coord_a).
create function pg_temp.names_in(value text) returns text
language plpgsql stable
as $$
declare
  w record;
begin
  for w in select id::text as id, label from pg_temp.world_names loop
    value := replace(value, w.id, w.label);
  end loop;
  return value;
end;
$$;

-- The actors: a request's database role and JWT claims (tests/access/actors.py).
create temp table actors (
  name text primary key,
  description text not null,
  db_role text not null,  -- the role PostgREST switches to
  claims text not null    -- request.jwt.claims
);
insert into pg_temp.actors (name, description, db_role, claims) values
  ('admin', 'org admin', 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}');

create function pg_temp.authenticate_as(actor_name text) returns void
language plpgsql
as $$
declare
  actor record;
begin
  select * into strict actor from pg_temp.actors a where a.name = actor_name;
  perform set_config('role', actor.db_role, true);
  perform set_config('request.jwt.claims', actor.claims, true);
end;
$$;

create function pg_temp.clear_authentication() returns void
language plpgsql
as $$
begin
  perform set_config('role', 'none', true);
  perform set_config('request.jwt.claims', '', true);
end;
$$;

-- Starting points (run as the owner before the actor acts) and checks (run as the owner afterwards), by name.
create temp table givens (what text primary key, sql text not null);
create temp table checks (what text primary key, sql text not null);
insert into pg_temp.givens (what, sql) values
  ('m_peer is paused', $$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = pg_temp.mentor('m_peer');
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$$),
  ('m_peer is certification_expired', $$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = pg_temp.mentor('m_peer');
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$$);
insert into pg_temp.checks (what, sql) values
  ('status/history rows/last change of m_peer',
   $$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = pg_temp.mentor('m_peer')) || '/' || coalesce((select changed_by::text from public.peer_mentor_status_log where mentor_id = pg_temp.mentor('m_peer') order by id desc limit 1), 'system') from public.peer_mentor_status where mentor_id = pg_temp.mentor('m_peer')$$);

-- One case: set up as the owner, act as the actor, check as the owner, roll all of it back; report the outcome
-- ('rows: <labels>', 'no rows' or 'error <SQLSTATE>') and the check's value.
create function pg_temp.run_case(actor text, statement text, given text default null,
                                 check_afterwards text default null)
returns table (outcome text, afterwards text)
language plpgsql
as $$
declare
  keys text[] := '{}';
  key_row record;
begin
  begin
    if given is not null then
      execute pg_temp.resolve_names((select g.sql from pg_temp.givens g where g.what = given));
    end if;
    statement := pg_temp.resolve_names(statement);
    perform pg_temp.authenticate_as(actor);
    begin
      for key_row in execute statement loop
        keys := keys || (to_jsonb(key_row) ->> (select k from jsonb_object_keys(to_jsonb(key_row)) k limit 1));
      end loop;
    exception when others then
      outcome := 'error ' || sqlstate;
    end;
    -- Back to the owner: pg_temp.clear_authentication(), written out (the actor may not call functions in pg_temp).
    perform set_config('role', 'none', true);
    perform set_config('request.jwt.claims', '', true);
    if outcome is null then
      outcome := coalesce('rows: ' || (select string_agg(k, ', ' order by k collate "C")
                                         from (select distinct pg_temp.names_in(unnest(keys)) k) labels), 'no rows');
    end if;
    if check_afterwards is not null then
      execute pg_temp.resolve_names((select c.sql from pg_temp.checks c where c.what = check_afterwards))
        into afterwards;
      afterwards := pg_temp.names_in(afterwards);
    end if;
    raise exception using errcode = 'MXRBK', message = 'roll the case back';
  exception when sqlstate 'MXRBK' then
    return next;
  end;
end;
$$;

-- The world (tests/access/world.py) -------------------------------------------------------------------------------
insert into auth.users (id, aud, role, email, created_at, updated_at) values
  (pg_temp.user_id('admin'), 'authenticated', 'authenticated', 'admin@matrix.example', now(), now()),
  (pg_temp.user_id('mentor_self'), 'authenticated', 'authenticated', 'mentor_self@matrix.example', now(), now()),
  (pg_temp.user_id('stranger'), 'authenticated', 'authenticated', 'stranger@matrix.example', now(), now()),
  (pg_temp.user_id('coord_a'), 'authenticated', 'authenticated', 'coord_a@matrix.example', now(), now()),
  (pg_temp.user_id('coord_b'), 'authenticated', 'authenticated', 'coord_b@matrix.example', now(), now()),
  (pg_temp.user_id('coord_direct'), 'authenticated', 'authenticated', 'coord_direct@matrix.example', now(), now()),
  (pg_temp.user_id('coord_both'), 'authenticated', 'authenticated', 'coord_both@matrix.example', now(), now()),
  (pg_temp.user_id('coord_other'), 'authenticated', 'authenticated', 'coord_other@matrix.example', now(), now()),
  (pg_temp.user_id('coord_multi'), 'authenticated', 'authenticated', 'coord_multi@matrix.example', now(), now()),
  (pg_temp.user_id('no_role'), 'authenticated', 'authenticated', 'no_role@matrix.example', now(), now()),
  (pg_temp.user_id('claims_admin'), 'authenticated', 'authenticated', 'claims_admin@matrix.example', now(), now()),
  (pg_temp.user_id('coord_mentor'), 'authenticated', 'authenticated', 'coord_mentor@matrix.example', now(), now());
insert into public.user_roles (user_id, role) values
  (pg_temp.user_id('admin'), 'org_admin'),
  (pg_temp.user_id('mentor_self'), 'peer_mentor'),
  (pg_temp.user_id('coord_a'), 'coordinator'),
  (pg_temp.user_id('coord_b'), 'coordinator'),
  (pg_temp.user_id('coord_direct'), 'coordinator'),
  (pg_temp.user_id('coord_both'), 'coordinator'),
  (pg_temp.user_id('coord_other'), 'coordinator'),
  (pg_temp.user_id('coord_multi'), 'coordinator'),
  (pg_temp.user_id('coord_mentor'), 'coordinator'),
  (pg_temp.user_id('coord_mentor'), 'peer_mentor');
insert into public.chapters (id, name) values
  (pg_temp.chapter('A'), 'Matrix chapter A'),
  (pg_temp.chapter('B'), 'Matrix chapter B'),
  (pg_temp.chapter('C'), 'Matrix chapter C'),
  (pg_temp.chapter('D'), 'Matrix chapter D'),
  (pg_temp.chapter('E (empty)'), 'Matrix chapter E (empty)');
insert into public.peer_mentors (id, user_id, display_name, certification_expires_on) values
  (pg_temp.mentor('m_self'), pg_temp.user_id('mentor_self'), 'Matrix m_self', current_date + 365),
  (pg_temp.mentor('m_peer'), null, 'Matrix m_peer', current_date + 365),
  (pg_temp.mentor('m_dual'), null, 'Matrix m_dual', current_date + 365),
  (pg_temp.mentor('m_both'), null, 'Matrix m_both', current_date + 365),
  (pg_temp.mentor('m_direct'), null, 'Matrix m_direct', current_date + 365),
  (pg_temp.mentor('m_c'), null, 'Matrix m_c', current_date + 365),
  (pg_temp.mentor('m_paused'), null, 'Matrix m_paused', current_date + 365),
  (pg_temp.mentor('m_expired'), null, 'Matrix m_expired', current_date + 365),
  (pg_temp.mentor('m_lapsed'), null, 'Matrix m_lapsed', current_date + -30),
  (pg_temp.mentor('m_d'), null, 'Matrix m_d', current_date + 365),
  (pg_temp.mentor('m_coord'), pg_temp.user_id('coord_mentor'), 'Matrix m_coord', current_date + 365);
insert into public.chapter_memberships (mentor_id, chapter_id) values
  (pg_temp.mentor('m_self'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_peer'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_dual'), pg_temp.chapter('B')),
  (pg_temp.mentor('m_dual'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_both'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_direct'), pg_temp.chapter('C')),
  (pg_temp.mentor('m_c'), pg_temp.chapter('C')),
  (pg_temp.mentor('m_paused'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_expired'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_lapsed'), pg_temp.chapter('A')),
  (pg_temp.mentor('m_d'), pg_temp.chapter('D')),
  (pg_temp.mentor('m_coord'), pg_temp.chapter('D'));
insert into public.coordinator_chapters (coordinator_id, chapter_id) values
  (pg_temp.user_id('coord_a'), pg_temp.chapter('A')),
  (pg_temp.user_id('coord_b'), pg_temp.chapter('B')),
  (pg_temp.user_id('coord_both'), pg_temp.chapter('A')),
  (pg_temp.user_id('coord_other'), pg_temp.chapter('D')),
  (pg_temp.user_id('coord_multi'), pg_temp.chapter('B')),
  (pg_temp.user_id('coord_multi'), pg_temp.chapter('C')),
  (pg_temp.user_id('no_role'), pg_temp.chapter('A')),
  (pg_temp.user_id('coord_mentor'), pg_temp.chapter('C'));
insert into public.coordinator_mentors (coordinator_id, mentor_id) values
  (pg_temp.user_id('coord_direct'), pg_temp.mentor('m_direct')),
  (pg_temp.user_id('coord_both'), pg_temp.mentor('m_both')),
  (pg_temp.user_id('no_role'), pg_temp.mentor('m_c'));
insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason) values
  (pg_temp.mentor('m_self'), pg_temp.chapter('A'), 'active', null),
  (pg_temp.mentor('m_peer'), pg_temp.chapter('A'), 'active', null),
  (pg_temp.mentor('m_dual'), pg_temp.chapter('B'), 'active', null),
  (pg_temp.mentor('m_both'), pg_temp.chapter('A'), 'active', null),
  (pg_temp.mentor('m_direct'), pg_temp.chapter('C'), 'active', null),
  (pg_temp.mentor('m_c'), pg_temp.chapter('C'), 'active', null),
  (pg_temp.mentor('m_paused'), pg_temp.chapter('A'), 'paused', 'World pause'),
  (pg_temp.mentor('m_expired'), pg_temp.chapter('A'), 'certification_expired', null),
  (pg_temp.mentor('m_lapsed'), pg_temp.chapter('A'), 'certification_expired', null),
  (pg_temp.mentor('m_d'), pg_temp.chapter('D'), 'active', null),
  (pg_temp.mentor('m_coord'), pg_temp.chapter('D'), 'active', null);
insert into public.certification_expiry_runs (id, host, run_date) overriding system value values
  (900001, 'python', current_date);

-- As admin: org admin ---------------------------------------------------------------------------------------------

select * from pg_temp.run_case('admin', $$select status from public.resume_mentor(pg_temp.mentor('m_peer'))$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT409', 'as admin (org admin): resume an active mentor -> invalid transition (PT409)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): resume an active mentor -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Again')$$,
  given => 'm_peer is paused', check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT409', 'as admin (org admin): pause a paused mentor -> invalid transition (PT409)');
select is(:'afterwards'::text, 'paused/2/system', 'as admin (org admin): pause a paused mentor -> afterwards status/history rows/last change of m_peer: paused/2/system');

select * from pg_temp.run_case('admin', $$select status from public.reactivate_mentor(pg_temp.mentor('m_peer'))$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT409', 'as admin (org admin): reactivate an active mentor -> invalid transition (PT409)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): reactivate an active mentor -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.expire_mentor_certification(pg_temp.mentor('m_peer'))$$,
  given => 'm_peer is certification_expired', check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT409', 'as admin (org admin): expire an expired certification -> invalid transition (PT409)');
select is(:'afterwards'::text, 'certification_expired/2/system', 'as admin (org admin): expire an expired certification -> afterwards status/history rows/last change of m_peer: certification_expired/2/system');

select * from pg_temp.run_case('admin', $$select status from public.resume_mentor(pg_temp.mentor('m_peer'))$$,
  given => 'm_peer is certification_expired', check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT409', 'as admin (org admin): resume a mentor whose certification expired -> invalid transition (PT409)');
select is(:'afterwards'::text, 'certification_expired/2/system', 'as admin (org admin): resume a mentor whose certification expired -> afterwards status/history rows/last change of m_peer: certification_expired/2/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), null)$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23514', 'as admin (org admin): pause without a reason -> check violation (23514)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause without a reason -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), '   ')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23514', 'as admin (org admin): pause with a blank reason -> check violation (23514)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a blank reason -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), E'\t\n\u00a0\u3000')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23514', 'as admin (org admin): pause with a reason of tabs, newlines and no-break spaces -> check violation (23514)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a reason of tabs, newlines and no-break spaces -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), E'\u200b\u2060\ufeff\u200d')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23514', 'as admin (org admin): pause with a reason of invisible characters (zero-width space, word joiner, byte-order mark, joiner) -> check violation (23514)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a reason of invisible characters (zero-width space, word joiner, byte-order mark, joiner) -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), repeat('x', 501))$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23514', 'as admin (org admin): pause with a 501-character reason -> check violation (23514)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a 501-character reason -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Holiday', current_date - 1)$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 22023', 'as admin (org admin): pause with a return date in the past -> invalid input (22023)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a return date in the past -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status || ':' || (expected_return_date = current_date)::text from public.pause_mentor(pg_temp.mentor('m_peer'), 'Holiday', current_date)$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'rows: paused:true', 'as admin (org admin): pause with a return date today -> returns paused:true');
select is(:'afterwards'::text, 'paused/2/admin', 'as admin (org admin): pause with a return date today -> afterwards status/history rows/last change of m_peer: paused/2/admin');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Retry', null, '11111111-1111-4111-8111-111111111111') union all select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Retry', null, '11111111-1111-4111-8111-111111111111')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'rows: paused', 'as admin (org admin): the same request id twice makes one transition -> returns paused');
select is(:'afterwards'::text, 'paused/2/admin', 'as admin (org admin): the same request id twice makes one transition -> afterwards status/history rows/last change of m_peer: paused/2/admin');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_self'), 'First', null, '11111111-1111-4111-8111-111111111111') union all select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Second', null, '11111111-1111-4111-8111-111111111111')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23505', 'as admin (org admin): a request id reused for another mentor is a conflict -> conflict (23505)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): a request id reused for another mentor is a conflict -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Holiday', current_date + 5 * 366)$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 22023', 'as admin (org admin): pause with a return date more than five years ahead -> invalid input (22023)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a return date more than five years ahead -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Forever', 'infinity')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 22023', 'as admin (org admin): pause with a return date of infinity -> invalid input (22023)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): pause with a return date of infinity -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Retry', current_date + 1, '11111111-1111-4111-8111-111111111111') union all select status from public.pause_mentor(pg_temp.mentor('m_peer'), 'Retry', current_date + 2, '11111111-1111-4111-8111-111111111111')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 23505', 'as admin (org admin): a request id replayed with another return date is a conflict -> conflict (23505)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): a request id replayed with another return date is a conflict -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select status from public.pause_mentor('00000000-0000-4000-8000-00000000dead', 'Nobody')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT404', 'as admin (org admin): unknown mentor -> not found (PT404)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): unknown mentor -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select mentor_id::text from public.get_mentor_status('00000000-0000-4000-8000-00000000dead')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT404', 'as admin (org admin): the status of an unknown mentor -> not found (PT404)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): the status of an unknown mentor -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select mentor_id::text from public.get_mentor_history('00000000-0000-4000-8000-00000000dead')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error PT404', 'as admin (org admin): the history of an unknown mentor -> not found (PT404)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): the history of an unknown mentor -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select mentor_id::text from public.get_mentor_history(pg_temp.mentor('m_peer'), p_before => 1)$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'no rows', 'as admin (org admin): a history page past the oldest row is empty, not a 404 -> returns no rows');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): a history page past the oldest row is empty, not a 404 -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select mentor_id::text from public.list_mentor_statuses(p_limit => 1001)$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 22023', 'as admin (org admin): page size above 1000 is refused -> invalid input (22023)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): page size above 1000 is refused -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select mentor_id::text from public.list_mentor_statuses(p_status => 'away')$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 22023', 'as admin (org admin): unknown status filter is refused -> invalid input (22023)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): unknown status filter is refused -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from pg_temp.run_case('admin', $$select mentor_id::text from public.get_mentor_statuses(array_fill(gen_random_uuid(), array[1001]))$$,
  check_afterwards => 'status/history rows/last change of m_peer') \gset
select is(:'outcome'::text, 'error 22023', 'as admin (org admin): more than 1000 ids at once are refused -> invalid input (22023)');
select is(:'afterwards'::text, 'active/1/system', 'as admin (org admin): more than 1000 ids at once are refused -> afterwards status/history rows/last change of m_peer: active/1/system');

select * from finish();
rollback;
