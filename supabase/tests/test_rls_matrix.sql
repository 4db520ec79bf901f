-- GENERATED from tests/access/matrix.py by `./dev generate`; do not edit by hand.
-- The RLS and RPC access matrix: every actor x table/RPC x operation, run as that actor the way
-- PostgREST runs a request (role + request.jwt.claims, transaction-local). Each case runs in a
-- subtransaction that is rolled back; for writes, a check as the owner proves what changed (or that
-- nothing did).
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;
select plan(1940);

create function pg_temp.matrix_case(given text, api_role text, claims text, statement text, effect text)
returns table (outcome text, effect_value text)
language plpgsql
as $runner$
declare
  keys text[] := '{}';
  key_row record;
begin
  begin
    if given <> '' then
      execute given;
    end if;
    perform set_config('role', api_role, true);
    perform set_config('request.jwt.claims', claims, true);
    begin
      for key_row in execute statement loop
        keys := keys || (to_jsonb(key_row) ->> (select k from jsonb_object_keys(to_jsonb(key_row)) k limit 1));
      end loop;
      outcome := 'rows:' || coalesce(
        (select string_agg(k, ',' order by k) from (select distinct unnest(keys) k) d), '');
    exception when others then
      outcome := 'error:' || sqlstate;
    end;
    perform set_config('role', 'none', true);
    perform set_config('request.jwt.claims', '', true);
    if effect <> '' then
      execute effect into effect_value;
    end if;
    raise exception using errcode = 'MXRBK', message = 'roll the case back';
  exception when sqlstate 'MXRBK' then
    return next;
  end;
end;
$runner$;

-- The world (see tests/access/world.py)
insert into auth.users (id, aud, role, email, created_at, updated_at) values
  ('d0000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated', 'admin@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated', 'mentor_self@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000003', 'authenticated', 'authenticated', 'stranger@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000004', 'authenticated', 'authenticated', 'coord_a@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000005', 'authenticated', 'authenticated', 'coord_b@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000006', 'authenticated', 'authenticated', 'coord_direct@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000007', 'authenticated', 'authenticated', 'coord_both@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000008', 'authenticated', 'authenticated', 'coord_other@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000009', 'authenticated', 'authenticated', 'coord_multi@matrix.example', now(), now()),
  ('d0000000-0000-4000-8000-000000000010', 'authenticated', 'authenticated', 'no_role@matrix.example', now(), now());
insert into public.user_roles (user_id, role) values
  ('d0000000-0000-4000-8000-000000000001', 'org_admin'),
  ('d0000000-0000-4000-8000-000000000002', 'peer_mentor'),
  ('d0000000-0000-4000-8000-000000000004', 'coordinator'),
  ('d0000000-0000-4000-8000-000000000005', 'coordinator'),
  ('d0000000-0000-4000-8000-000000000006', 'coordinator'),
  ('d0000000-0000-4000-8000-000000000007', 'coordinator'),
  ('d0000000-0000-4000-8000-000000000008', 'coordinator'),
  ('d0000000-0000-4000-8000-000000000009', 'coordinator');
insert into public.chapters (id, name) values
  ('e0000000-0000-4000-8000-000000000001', 'Matrix chapter A'),
  ('e0000000-0000-4000-8000-000000000002', 'Matrix chapter B'),
  ('e0000000-0000-4000-8000-000000000003', 'Matrix chapter C'),
  ('e0000000-0000-4000-8000-000000000004', 'Matrix chapter D'),
  ('e0000000-0000-4000-8000-000000000005', 'Matrix chapter E (empty)');
insert into public.peer_mentors (id, user_id, display_name, certification_expires_on) values
  ('f0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'Matrix m_self', current_date + 365),
  ('f0000000-0000-4000-8000-000000000002', null, 'Matrix m_peer', current_date + 365),
  ('f0000000-0000-4000-8000-000000000003', null, 'Matrix m_dual', current_date + 365),
  ('f0000000-0000-4000-8000-000000000004', null, 'Matrix m_both', current_date + 365),
  ('f0000000-0000-4000-8000-000000000005', null, 'Matrix m_direct', current_date + 365),
  ('f0000000-0000-4000-8000-000000000006', null, 'Matrix m_c', current_date + 365),
  ('f0000000-0000-4000-8000-000000000007', null, 'Matrix m_paused', current_date + 365),
  ('f0000000-0000-4000-8000-000000000008', null, 'Matrix m_expired', current_date + 365),
  ('f0000000-0000-4000-8000-000000000009', null, 'Matrix m_lapsed', current_date + -30),
  ('f0000000-0000-4000-8000-000000000010', null, 'Matrix m_d', current_date + 365);
insert into public.chapter_memberships (mentor_id, chapter_id) values
  ('f0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000002'),
  ('f0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000005', 'e0000000-0000-4000-8000-000000000003'),
  ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003'),
  ('f0000000-0000-4000-8000-000000000007', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000008', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000009', 'e0000000-0000-4000-8000-000000000001'),
  ('f0000000-0000-4000-8000-000000000010', 'e0000000-0000-4000-8000-000000000004');
insert into public.coordinator_chapters (coordinator_id, chapter_id) values
  ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000005', 'e0000000-0000-4000-8000-000000000002'),
  ('d0000000-0000-4000-8000-000000000007', 'e0000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000008', 'e0000000-0000-4000-8000-000000000004'),
  ('d0000000-0000-4000-8000-000000000009', 'e0000000-0000-4000-8000-000000000002'),
  ('d0000000-0000-4000-8000-000000000009', 'e0000000-0000-4000-8000-000000000003'),
  ('d0000000-0000-4000-8000-000000000010', 'e0000000-0000-4000-8000-000000000001');
insert into public.coordinator_mentors (coordinator_id, mentor_id) values
  ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000005'),
  ('d0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000004'),
  ('d0000000-0000-4000-8000-000000000010', 'f0000000-0000-4000-8000-000000000006');
insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason) values
  ('f0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000001', 'active', null),
  ('f0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000001', 'active', null),
  ('f0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000002', 'active', null),
  ('f0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000001', 'active', null),
  ('f0000000-0000-4000-8000-000000000005', 'e0000000-0000-4000-8000-000000000003', 'active', null),
  ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'active', null),
  ('f0000000-0000-4000-8000-000000000007', 'e0000000-0000-4000-8000-000000000001', 'paused', 'World pause'),
  ('f0000000-0000-4000-8000-000000000008', 'e0000000-0000-4000-8000-000000000001', 'certification_expired', null),
  ('f0000000-0000-4000-8000-000000000009', 'e0000000-0000-4000-8000-000000000001', 'certification_expired', null),
  ('f0000000-0000-4000-8000-000000000010', 'e0000000-0000-4000-8000-000000000004', 'active', null);

-- anon: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status select (all rows)');

-- anon: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: peer_mentor_status insert (one row) / effect');

-- anon: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'anon: peer_mentor_status update (one row) / effect');

-- anon: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: peer_mentor_status delete (one row) / effect');

-- anon: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status_log select (all rows)');

-- anon: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: peer_mentor_status_log insert (one row) / effect');

-- anon: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'anon: peer_mentor_status_log update (one row) / effect');

-- anon: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: peer_mentor_status_log delete (one row) / effect');

-- anon: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentors select (all rows)');

-- anon: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: peer_mentors insert (one row) / effect');

-- anon: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'anon: peer_mentors update (one row) / effect');

-- anon: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: peer_mentors delete (one row) / effect');

-- anon: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapter_memberships select (all rows)');

-- anon: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: chapter_memberships insert (one row) / effect');

-- anon: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'anon: chapter_memberships update (one row) / effect');

-- anon: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: chapter_memberships delete (one row) / effect');

-- anon: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapters select (all rows)');

-- anon: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: chapters insert (one row) / effect');

-- anon: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'anon: chapters update (one row) / effect');

-- anon: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: chapters delete (one row) / effect');

-- anon: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_chapters select (all rows)');

-- anon: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: coordinator_chapters insert (one row) / effect');

-- anon: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'anon: coordinator_chapters update (one row) / effect');

-- anon: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: coordinator_chapters delete (one row) / effect');

-- anon: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_mentors select (all rows)');

-- anon: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: coordinator_mentors insert (one row) / effect');

-- anon: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'anon: coordinator_mentors update (one row) / effect');

-- anon: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: coordinator_mentors delete (one row) / effect');

-- anon: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: user_roles select (all rows)');

-- anon: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'anon: user_roles insert (one row) / effect');

-- anon: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'anon: user_roles update (one row) / effect');

-- anon: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'anon: user_roles delete (one row) / effect');

-- anon: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_self)');

-- anon: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_self)');

-- anon: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_peer)');

-- anon: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_peer)');

-- anon: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_dual)');

-- anon: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_dual)');

-- anon: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_both)');

-- anon: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_both)');

-- anon: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_direct)');

-- anon: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_direct)');

-- anon: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_c)');

-- anon: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_c)');

-- anon: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_paused)');

-- anon: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_paused)');

-- anon: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_expired)');

-- anon: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_expired)');

-- anon: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_lapsed)');

-- anon: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_lapsed)');

-- anon: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_status() call (m_d)');

-- anon: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: get_mentor_history() call (m_d)');

-- anon: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: list_mentor_statuses() call (all)');

-- anon: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: list_mentor_statuses() call (chapter A)');

-- anon: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: list_mentor_statuses() call (paused)');

-- anon: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_self) / effect');

-- anon: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_peer) / effect');

-- anon: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_dual) / effect');

-- anon: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_both) / effect');

-- anon: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_direct) / effect');

-- anon: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_c) / effect');

-- anon: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'anon: pause_mentor() call (m_paused) / effect');

-- anon: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'anon: pause_mentor() call (m_expired) / effect');

-- anon: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'anon: pause_mentor() call (m_lapsed) / effect');

-- anon: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: pause_mentor() call (m_d) / effect');

-- anon: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_self) / effect');

-- anon: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_peer) / effect');

-- anon: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_dual) / effect');

-- anon: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_both) / effect');

-- anon: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_direct) / effect');

-- anon: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_c) / effect');

-- anon: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'anon: resume_mentor() call (m_paused) / effect');

-- anon: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_expired) / effect');

-- anon: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_lapsed) / effect');

-- anon: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'anon: resume_mentor() call (m_d) / effect');

-- anon: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_self) / effect');

-- anon: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_peer) / effect');

-- anon: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_dual) / effect');

-- anon: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_both) / effect');

-- anon: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_direct) / effect');

-- anon: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_c) / effect');

-- anon: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'anon: expire_mentor_certification() call (m_paused) / effect');

-- anon: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'anon: expire_mentor_certification() call (m_expired) / effect');

-- anon: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'anon: expire_mentor_certification() call (m_lapsed) / effect');

-- anon: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'anon: expire_mentor_certification() call (m_d) / effect');

-- anon: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_self) / effect');

-- anon: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_peer) / effect');

-- anon: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_dual) / effect');

-- anon: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_both) / effect');

-- anon: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_direct) / effect');

-- anon: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_c) / effect');

-- anon: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_paused) / effect');

-- anon: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'anon: reactivate_mentor() call (m_expired) / effect');

-- anon: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'anon: reactivate_mentor() call (m_lapsed) / effect');

-- anon: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'anon', '{"role": "anon"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'anon: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'anon: reactivate_mentor() call (m_d) / effect');

-- service_role: peer_mentor_status select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text from public.peer_mentor_status where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'service_role: peer_mentor_status select (world rows)');

-- service_role: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'service_role: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: peer_mentor_status insert (one row) / effect');

-- service_role: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'service_role: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'service_role: peer_mentor_status update (one row) / effect');

-- service_role: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'service_role: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: peer_mentor_status delete (one row) / effect');

-- service_role: peer_mentor_status_log select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text from public.peer_mentor_status_log where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'service_role: peer_mentor_status_log select (world rows)');

-- service_role: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'service_role: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: peer_mentor_status_log insert (one row) / effect');

-- service_role: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'service_role: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'service_role: peer_mentor_status_log update (one row) / effect');

-- service_role: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'service_role: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: peer_mentor_status_log delete (one row) / effect');

-- service_role: peer_mentors select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select id::text from public.peer_mentors where id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'service_role: peer_mentors select (world rows)');

-- service_role: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:90000000-0000-4000-8000-000000000002'::text, 'service_role: peer_mentors insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: peer_mentors insert (one row) / effect');

-- service_role: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'service_role: peer_mentors update (one row)');
select is(:'effect_value'::text, 'true'::text, 'service_role: peer_mentors update (one row) / effect');

-- service_role: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'service_role: peer_mentors delete (one row)');
select is(:'effect_value'::text, '0'::text, 'service_role: peer_mentors delete (one row) / effect');

-- service_role: chapter_memberships select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000010/e0000000-0000-4000-8000-000000000004'::text, 'service_role: chapter_memberships select (world rows)');

-- service_role: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'::text, 'service_role: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: chapter_memberships insert (one row) / effect');

-- service_role: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000003'::text, 'service_role: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000002,e0000000-0000-4000-8000-000000000003'::text, 'service_role: chapter_memberships update (one row) / effect');

-- service_role: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001'::text, 'service_role: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '0'::text, 'service_role: chapter_memberships delete (one row) / effect');

-- service_role: chapters select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select id::text from public.chapters where id = any(array['e0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000005']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002,e0000000-0000-4000-8000-000000000003,e0000000-0000-4000-8000-000000000004,e0000000-0000-4000-8000-000000000005'::text, 'service_role: chapters select (world rows)');

-- service_role: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:90000000-0000-4000-8000-000000000001'::text, 'service_role: chapters insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: chapters insert (one row) / effect');

-- service_role: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001'::text, 'service_role: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix renamed'::text, 'service_role: chapters update (one row) / effect');

-- service_role: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000005'::text, 'service_role: chapters delete (one row)');
select is(:'effect_value'::text, '0'::text, 'service_role: chapters delete (one row) / effect');

-- service_role: coordinator_chapters select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters where coordinator_id = any(array['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006', 'd0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001,d0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000002,d0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001,d0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000004,d0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000002,d0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000003,d0000000-0000-4000-8000-000000000010/e0000000-0000-4000-8000-000000000001'::text, 'service_role: coordinator_chapters select (world rows)');

-- service_role: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'::text, 'service_role: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: coordinator_chapters insert (one row) / effect');

-- service_role: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000004'::text, 'service_role: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000004'::text, 'service_role: coordinator_chapters update (one row) / effect');

-- service_role: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001'::text, 'service_role: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '0'::text, 'service_role: coordinator_chapters delete (one row) / effect');

-- service_role: coordinator_mentors select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors where coordinator_id = any(array['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006', 'd0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000005,d0000000-0000-4000-8000-000000000007/f0000000-0000-4000-8000-000000000004,d0000000-0000-4000-8000-000000000010/f0000000-0000-4000-8000-000000000006'::text, 'service_role: coordinator_mentors select (world rows)');

-- service_role: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'::text, 'service_role: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: coordinator_mentors insert (one row) / effect');

-- service_role: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000010'::text, 'service_role: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000010'::text, 'service_role: coordinator_mentors update (one row) / effect');

-- service_role: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000005'::text, 'service_role: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '0'::text, 'service_role: coordinator_mentors delete (one row) / effect');

-- service_role: user_roles select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select user_id::text || '/' || role::text from public.user_roles where user_id = any(array['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006', 'd0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000001/org_admin,d0000000-0000-4000-8000-000000000002/peer_mentor,d0000000-0000-4000-8000-000000000004/coordinator,d0000000-0000-4000-8000-000000000005/coordinator,d0000000-0000-4000-8000-000000000006/coordinator,d0000000-0000-4000-8000-000000000007/coordinator,d0000000-0000-4000-8000-000000000008/coordinator,d0000000-0000-4000-8000-000000000009/coordinator'::text, 'service_role: user_roles select (world rows)');

-- service_role: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000003/org_admin'::text, 'service_role: user_roles insert (one row)');
select is(:'effect_value'::text, '1'::text, 'service_role: user_roles insert (one row) / effect');

-- service_role: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000002/org_admin'::text, 'service_role: user_roles update (one row)');
select is(:'effect_value'::text, 'org_admin'::text, 'service_role: user_roles update (one row) / effect');

-- service_role: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000001/org_admin'::text, 'service_role: user_roles delete (one row)');
select is(:'effect_value'::text, '0'::text, 'service_role: user_roles delete (one row) / effect');

-- service_role: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'service_role: get_mentor_status() call (m_self)');

-- service_role: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'service_role: get_mentor_history() call (m_self)');

-- service_role: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'service_role: get_mentor_status() call (m_peer)');

-- service_role: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'service_role: get_mentor_history() call (m_peer)');

-- service_role: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'service_role: get_mentor_status() call (m_dual)');

-- service_role: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'service_role: get_mentor_history() call (m_dual)');

-- service_role: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'service_role: get_mentor_status() call (m_both)');

-- service_role: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'service_role: get_mentor_history() call (m_both)');

-- service_role: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'service_role: get_mentor_status() call (m_direct)');

-- service_role: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'service_role: get_mentor_history() call (m_direct)');

-- service_role: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'service_role: get_mentor_status() call (m_c)');

-- service_role: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'service_role: get_mentor_history() call (m_c)');

-- service_role: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'service_role: get_mentor_status() call (m_paused)');

-- service_role: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'service_role: get_mentor_history() call (m_paused)');

-- service_role: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'service_role: get_mentor_status() call (m_expired)');

-- service_role: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'service_role: get_mentor_history() call (m_expired)');

-- service_role: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'service_role: get_mentor_status() call (m_lapsed)');

-- service_role: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'service_role: get_mentor_history() call (m_lapsed)');

-- service_role: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'service_role: get_mentor_status() call (m_d)');

-- service_role: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'service_role: get_mentor_history() call (m_d)');

-- service_role: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000) where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'service_role: list_mentor_statuses() call (all)');

-- service_role: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000) where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'service_role: list_mentor_statuses() call (chapter A)');

-- service_role: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000) where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'service_role: list_mentor_statuses() call (paused)');

-- service_role: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:paused'::text, 'service_role: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_self) / effect');

-- service_role: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:paused'::text, 'service_role: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_peer) / effect');

-- service_role: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:paused'::text, 'service_role: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_dual) / effect');

-- service_role: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:paused'::text, 'service_role: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_both) / effect');

-- service_role: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:paused'::text, 'service_role: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_direct) / effect');

-- service_role: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:paused'::text, 'service_role: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_c) / effect');

-- service_role: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:paused'::text, 'service_role: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/3'::text, 'service_role: pause_mentor() call (m_paused) / effect');

-- service_role: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:paused'::text, 'service_role: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/3'::text, 'service_role: pause_mentor() call (m_expired) / effect');

-- service_role: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:paused'::text, 'service_role: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/3'::text, 'service_role: pause_mentor() call (m_lapsed) / effect');

-- service_role: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:paused'::text, 'service_role: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'service_role: pause_mentor() call (m_d) / effect');

-- service_role: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'service_role: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_self) / effect');

-- service_role: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'service_role: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_peer) / effect');

-- service_role: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'service_role: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_dual) / effect');

-- service_role: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'service_role: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_both) / effect');

-- service_role: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'service_role: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_direct) / effect');

-- service_role: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:active'::text, 'service_role: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_c) / effect');

-- service_role: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'service_role: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'service_role: resume_mentor() call (m_paused) / effect');

-- service_role: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'service_role: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_expired) / effect');

-- service_role: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:active'::text, 'service_role: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_lapsed) / effect');

-- service_role: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:active'::text, 'service_role: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: resume_mentor() call (m_d) / effect');

-- service_role: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_self) / effect');

-- service_role: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_peer) / effect');

-- service_role: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_dual) / effect');

-- service_role: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_both) / effect');

-- service_role: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_direct) / effect');

-- service_role: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_c) / effect');

-- service_role: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/3'::text, 'service_role: expire_mentor_certification() call (m_paused) / effect');

-- service_role: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/3'::text, 'service_role: expire_mentor_certification() call (m_expired) / effect');

-- service_role: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/3'::text, 'service_role: expire_mentor_certification() call (m_lapsed) / effect');

-- service_role: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:certification_expired'::text, 'service_role: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'service_role: expire_mentor_certification() call (m_d) / effect');

-- service_role: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'service_role: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_self) / effect');

-- service_role: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'service_role: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_peer) / effect');

-- service_role: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'service_role: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_dual) / effect');

-- service_role: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'service_role: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_both) / effect');

-- service_role: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'service_role: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_direct) / effect');

-- service_role: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:active'::text, 'service_role: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_c) / effect');

-- service_role: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'service_role: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_paused) / effect');

-- service_role: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'service_role: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'service_role: reactivate_mentor() call (m_expired) / effect');

-- service_role: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'service_role: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'service_role: reactivate_mentor() call (m_lapsed) / effect');

-- service_role: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'service_role', '{"role": "service_role"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:active'::text, 'service_role: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/3'::text, 'service_role: reactivate_mentor() call (m_d) / effect');

-- admin: peer_mentor_status select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'admin: peer_mentor_status select (world rows)');

-- admin: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: peer_mentor_status insert (one row) / effect');

-- admin: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'admin: peer_mentor_status update (one row) / effect');

-- admin: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: peer_mentor_status delete (one row) / effect');

-- admin: peer_mentor_status_log select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'admin: peer_mentor_status_log select (world rows)');

-- admin: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: peer_mentor_status_log insert (one row) / effect');

-- admin: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'admin: peer_mentor_status_log update (one row) / effect');

-- admin: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: peer_mentor_status_log delete (one row) / effect');

-- admin: peer_mentors select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors where id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'admin: peer_mentors select (world rows)');

-- admin: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: peer_mentors insert (one row) / effect');

-- admin: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'admin: peer_mentors update (one row) / effect');

-- admin: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: peer_mentors delete (one row) / effect');

-- admin: chapter_memberships select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000010/e0000000-0000-4000-8000-000000000004'::text, 'admin: chapter_memberships select (world rows)');

-- admin: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: chapter_memberships insert (one row) / effect');

-- admin: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'admin: chapter_memberships update (one row) / effect');

-- admin: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: chapter_memberships delete (one row) / effect');

-- admin: chapters select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select id::text from public.chapters where id = any(array['e0000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000005']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002,e0000000-0000-4000-8000-000000000003,e0000000-0000-4000-8000-000000000004,e0000000-0000-4000-8000-000000000005'::text, 'admin: chapters select (world rows)');

-- admin: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: chapters insert (one row) / effect');

-- admin: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'admin: chapters update (one row) / effect');

-- admin: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: chapters delete (one row) / effect');

-- admin: coordinator_chapters select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters where coordinator_id = any(array['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006', 'd0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001,d0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000002,d0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001,d0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000004,d0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000002,d0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000003,d0000000-0000-4000-8000-000000000010/e0000000-0000-4000-8000-000000000001'::text, 'admin: coordinator_chapters select (world rows)');

-- admin: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: coordinator_chapters insert (one row) / effect');

-- admin: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'admin: coordinator_chapters update (one row) / effect');

-- admin: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: coordinator_chapters delete (one row) / effect');

-- admin: coordinator_mentors select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors where coordinator_id = any(array['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006', 'd0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000005,d0000000-0000-4000-8000-000000000007/f0000000-0000-4000-8000-000000000004,d0000000-0000-4000-8000-000000000010/f0000000-0000-4000-8000-000000000006'::text, 'admin: coordinator_mentors select (world rows)');

-- admin: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: coordinator_mentors insert (one row) / effect');

-- admin: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'admin: coordinator_mentors update (one row) / effect');

-- admin: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: coordinator_mentors delete (one row) / effect');

-- admin: user_roles select (world rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles where user_id = any(array['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000006', 'd0000000-0000-4000-8000-000000000007', 'd0000000-0000-4000-8000-000000000008', 'd0000000-0000-4000-8000-000000000009', 'd0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000001/org_admin,d0000000-0000-4000-8000-000000000002/peer_mentor,d0000000-0000-4000-8000-000000000004/coordinator,d0000000-0000-4000-8000-000000000005/coordinator,d0000000-0000-4000-8000-000000000006/coordinator,d0000000-0000-4000-8000-000000000007/coordinator,d0000000-0000-4000-8000-000000000008/coordinator,d0000000-0000-4000-8000-000000000009/coordinator'::text, 'admin: user_roles select (world rows)');

-- admin: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'admin: user_roles insert (one row) / effect');

-- admin: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'admin: user_roles update (one row) / effect');

-- admin: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'admin: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'admin: user_roles delete (one row) / effect');

-- admin: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'admin: get_mentor_status() call (m_self)');

-- admin: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'admin: get_mentor_history() call (m_self)');

-- admin: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'admin: get_mentor_status() call (m_peer)');

-- admin: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'admin: get_mentor_history() call (m_peer)');

-- admin: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'admin: get_mentor_status() call (m_dual)');

-- admin: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'admin: get_mentor_history() call (m_dual)');

-- admin: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'admin: get_mentor_status() call (m_both)');

-- admin: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'admin: get_mentor_history() call (m_both)');

-- admin: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'admin: get_mentor_status() call (m_direct)');

-- admin: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'admin: get_mentor_history() call (m_direct)');

-- admin: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'admin: get_mentor_status() call (m_c)');

-- admin: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'admin: get_mentor_history() call (m_c)');

-- admin: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'admin: get_mentor_status() call (m_paused)');

-- admin: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'admin: get_mentor_history() call (m_paused)');

-- admin: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'admin: get_mentor_status() call (m_expired)');

-- admin: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'admin: get_mentor_history() call (m_expired)');

-- admin: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'admin: get_mentor_status() call (m_lapsed)');

-- admin: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'admin: get_mentor_history() call (m_lapsed)');

-- admin: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'admin: get_mentor_status() call (m_d)');

-- admin: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'admin: get_mentor_history() call (m_d)');

-- admin: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000) where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009,f0000000-0000-4000-8000-000000000010'::text, 'admin: list_mentor_statuses() call (all)');

-- admin: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000) where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'admin: list_mentor_statuses() call (chapter A)');

-- admin: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000) where mentor_id = any(array['f0000000-0000-4000-8000-000000000001', 'f0000000-0000-4000-8000-000000000002', 'f0000000-0000-4000-8000-000000000003', 'f0000000-0000-4000-8000-000000000004', 'f0000000-0000-4000-8000-000000000005', 'f0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000007', 'f0000000-0000-4000-8000-000000000008', 'f0000000-0000-4000-8000-000000000009', 'f0000000-0000-4000-8000-000000000010']::uuid[])$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'admin: list_mentor_statuses() call (paused)');

-- admin: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:paused'::text, 'admin: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_self) / effect');

-- admin: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:paused'::text, 'admin: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_peer) / effect');

-- admin: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:paused'::text, 'admin: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_dual) / effect');

-- admin: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:paused'::text, 'admin: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_both) / effect');

-- admin: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:paused'::text, 'admin: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_direct) / effect');

-- admin: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:paused'::text, 'admin: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_c) / effect');

-- admin: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:paused'::text, 'admin: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/3'::text, 'admin: pause_mentor() call (m_paused) / effect');

-- admin: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:paused'::text, 'admin: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/3'::text, 'admin: pause_mentor() call (m_expired) / effect');

-- admin: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:paused'::text, 'admin: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/3'::text, 'admin: pause_mentor() call (m_lapsed) / effect');

-- admin: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:paused'::text, 'admin: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: pause_mentor() call (m_d) / effect');

-- admin: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'admin: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_self) / effect');

-- admin: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'admin: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_peer) / effect');

-- admin: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'admin: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_dual) / effect');

-- admin: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'admin: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_both) / effect');

-- admin: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'admin: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_direct) / effect');

-- admin: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:active'::text, 'admin: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_c) / effect');

-- admin: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'admin: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'admin: resume_mentor() call (m_paused) / effect');

-- admin: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'admin: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_expired) / effect');

-- admin: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:active'::text, 'admin: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_lapsed) / effect');

-- admin: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:active'::text, 'admin: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: resume_mentor() call (m_d) / effect');

-- admin: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:certification_expired'::text, 'admin: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_self) / effect');

-- admin: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:certification_expired'::text, 'admin: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_peer) / effect');

-- admin: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:certification_expired'::text, 'admin: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_dual) / effect');

-- admin: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:certification_expired'::text, 'admin: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_both) / effect');

-- admin: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:certification_expired'::text, 'admin: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_direct) / effect');

-- admin: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:certification_expired'::text, 'admin: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_c) / effect');

-- admin: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:certification_expired'::text, 'admin: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/3'::text, 'admin: expire_mentor_certification() call (m_paused) / effect');

-- admin: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:certification_expired'::text, 'admin: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/3'::text, 'admin: expire_mentor_certification() call (m_expired) / effect');

-- admin: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:certification_expired'::text, 'admin: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/3'::text, 'admin: expire_mentor_certification() call (m_lapsed) / effect');

-- admin: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:certification_expired'::text, 'admin: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: expire_mentor_certification() call (m_d) / effect');

-- admin: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'admin: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_self) / effect');

-- admin: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'admin: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_peer) / effect');

-- admin: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'admin: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_dual) / effect');

-- admin: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'admin: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_both) / effect');

-- admin: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'admin: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_direct) / effect');

-- admin: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:active'::text, 'admin: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_c) / effect');

-- admin: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'admin: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_paused) / effect');

-- admin: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'admin: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'admin: reactivate_mentor() call (m_expired) / effect');

-- admin: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'admin: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'admin: reactivate_mentor() call (m_lapsed) / effect');

-- admin: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:active'::text, 'admin: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/3'::text, 'admin: reactivate_mentor() call (m_d) / effect');

-- mentor_self: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: peer_mentor_status select (all rows)');

-- mentor_self: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: peer_mentor_status insert (one row) / effect');

-- mentor_self: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'mentor_self: peer_mentor_status update (one row) / effect');

-- mentor_self: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: peer_mentor_status delete (one row) / effect');

-- mentor_self: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: peer_mentor_status_log select (all rows)');

-- mentor_self: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: peer_mentor_status_log insert (one row) / effect');

-- mentor_self: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'mentor_self: peer_mentor_status_log update (one row) / effect');

-- mentor_self: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: peer_mentor_status_log delete (one row) / effect');

-- mentor_self: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: peer_mentors select (all rows)');

-- mentor_self: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: peer_mentors insert (one row) / effect');

-- mentor_self: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'mentor_self: peer_mentors update (one row) / effect');

-- mentor_self: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: peer_mentors delete (one row) / effect');

-- mentor_self: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001/e0000000-0000-4000-8000-000000000001'::text, 'mentor_self: chapter_memberships select (all rows)');

-- mentor_self: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: chapter_memberships insert (one row) / effect');

-- mentor_self: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'mentor_self: chapter_memberships update (one row) / effect');

-- mentor_self: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: chapter_memberships delete (one row) / effect');

-- mentor_self: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001'::text, 'mentor_self: chapters select (all rows)');

-- mentor_self: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: chapters insert (one row) / effect');

-- mentor_self: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'mentor_self: chapters update (one row) / effect');

-- mentor_self: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: chapters delete (one row) / effect');

-- mentor_self: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'mentor_self: coordinator_chapters select (all rows)');

-- mentor_self: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: coordinator_chapters insert (one row) / effect');

-- mentor_self: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'mentor_self: coordinator_chapters update (one row) / effect');

-- mentor_self: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: coordinator_chapters delete (one row) / effect');

-- mentor_self: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'mentor_self: coordinator_mentors select (all rows)');

-- mentor_self: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: coordinator_mentors insert (one row) / effect');

-- mentor_self: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'mentor_self: coordinator_mentors update (one row) / effect');

-- mentor_self: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: coordinator_mentors delete (one row) / effect');

-- mentor_self: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000002/peer_mentor'::text, 'mentor_self: user_roles select (all rows)');

-- mentor_self: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'mentor_self: user_roles insert (one row) / effect');

-- mentor_self: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'mentor_self: user_roles update (one row) / effect');

-- mentor_self: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'mentor_self: user_roles delete (one row) / effect');

-- mentor_self: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: get_mentor_status() call (m_self)');

-- mentor_self: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: get_mentor_history() call (m_self)');

-- mentor_self: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_peer)');

-- mentor_self: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_peer)');

-- mentor_self: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_dual)');

-- mentor_self: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_dual)');

-- mentor_self: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_both)');

-- mentor_self: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_both)');

-- mentor_self: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_direct)');

-- mentor_self: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_direct)');

-- mentor_self: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_c)');

-- mentor_self: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_c)');

-- mentor_self: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_paused)');

-- mentor_self: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_paused)');

-- mentor_self: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_expired)');

-- mentor_self: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_expired)');

-- mentor_self: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_lapsed)');

-- mentor_self: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_lapsed)');

-- mentor_self: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_status() call (m_d)');

-- mentor_self: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: get_mentor_history() call (m_d)');

-- mentor_self: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: list_mentor_statuses() call (all)');

-- mentor_self: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'mentor_self: list_mentor_statuses() call (chapter A)');

-- mentor_self: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'mentor_self: list_mentor_statuses() call (paused)');

-- mentor_self: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:paused'::text, 'mentor_self: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: pause_mentor() call (m_self) / effect');

-- mentor_self: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: pause_mentor() call (m_peer) / effect');

-- mentor_self: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: pause_mentor() call (m_dual) / effect');

-- mentor_self: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: pause_mentor() call (m_both) / effect');

-- mentor_self: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: pause_mentor() call (m_direct) / effect');

-- mentor_self: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: pause_mentor() call (m_c) / effect');

-- mentor_self: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'mentor_self: pause_mentor() call (m_paused) / effect');

-- mentor_self: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'mentor_self: pause_mentor() call (m_expired) / effect');

-- mentor_self: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'mentor_self: pause_mentor() call (m_lapsed) / effect');

-- mentor_self: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: pause_mentor() call (m_d) / effect');

-- mentor_self: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'mentor_self: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'mentor_self: resume_mentor() call (m_self) / effect');

-- mentor_self: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_peer) / effect');

-- mentor_self: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_dual) / effect');

-- mentor_self: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_both) / effect');

-- mentor_self: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_direct) / effect');

-- mentor_self: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_c) / effect');

-- mentor_self: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'mentor_self: resume_mentor() call (m_paused) / effect');

-- mentor_self: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_expired) / effect');

-- mentor_self: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_lapsed) / effect');

-- mentor_self: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'mentor_self: resume_mentor() call (m_d) / effect');

-- mentor_self: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_self) / effect');

-- mentor_self: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_peer) / effect');

-- mentor_self: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_dual) / effect');

-- mentor_self: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_both) / effect');

-- mentor_self: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_direct) / effect');

-- mentor_self: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_c) / effect');

-- mentor_self: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'mentor_self: expire_mentor_certification() call (m_paused) / effect');

-- mentor_self: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'mentor_self: expire_mentor_certification() call (m_expired) / effect');

-- mentor_self: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'mentor_self: expire_mentor_certification() call (m_lapsed) / effect');

-- mentor_self: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'mentor_self: expire_mentor_certification() call (m_d) / effect');

-- mentor_self: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'mentor_self: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_self) / effect');

-- mentor_self: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_peer) / effect');

-- mentor_self: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_dual) / effect');

-- mentor_self: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_both) / effect');

-- mentor_self: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_direct) / effect');

-- mentor_self: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_c) / effect');

-- mentor_self: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_paused) / effect');

-- mentor_self: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'mentor_self: reactivate_mentor() call (m_expired) / effect');

-- mentor_self: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'mentor_self: reactivate_mentor() call (m_lapsed) / effect');

-- mentor_self: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000002", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'mentor_self: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'mentor_self: reactivate_mentor() call (m_d) / effect');

-- stranger: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: peer_mentor_status select (all rows)');

-- stranger: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: peer_mentor_status insert (one row) / effect');

-- stranger: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'stranger: peer_mentor_status update (one row) / effect');

-- stranger: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: peer_mentor_status delete (one row) / effect');

-- stranger: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: peer_mentor_status_log select (all rows)');

-- stranger: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: peer_mentor_status_log insert (one row) / effect');

-- stranger: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'stranger: peer_mentor_status_log update (one row) / effect');

-- stranger: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: peer_mentor_status_log delete (one row) / effect');

-- stranger: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: peer_mentors select (all rows)');

-- stranger: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: peer_mentors insert (one row) / effect');

-- stranger: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'stranger: peer_mentors update (one row) / effect');

-- stranger: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: peer_mentors delete (one row) / effect');

-- stranger: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: chapter_memberships select (all rows)');

-- stranger: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: chapter_memberships insert (one row) / effect');

-- stranger: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'stranger: chapter_memberships update (one row) / effect');

-- stranger: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: chapter_memberships delete (one row) / effect');

-- stranger: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: chapters select (all rows)');

-- stranger: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: chapters insert (one row) / effect');

-- stranger: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'stranger: chapters update (one row) / effect');

-- stranger: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: chapters delete (one row) / effect');

-- stranger: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: coordinator_chapters select (all rows)');

-- stranger: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: coordinator_chapters insert (one row) / effect');

-- stranger: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'stranger: coordinator_chapters update (one row) / effect');

-- stranger: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: coordinator_chapters delete (one row) / effect');

-- stranger: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: coordinator_mentors select (all rows)');

-- stranger: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: coordinator_mentors insert (one row) / effect');

-- stranger: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'stranger: coordinator_mentors update (one row) / effect');

-- stranger: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: coordinator_mentors delete (one row) / effect');

-- stranger: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: user_roles select (all rows)');

-- stranger: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'stranger: user_roles insert (one row) / effect');

-- stranger: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'stranger: user_roles update (one row) / effect');

-- stranger: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'stranger: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'stranger: user_roles delete (one row) / effect');

-- stranger: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_self)');

-- stranger: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_self)');

-- stranger: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_peer)');

-- stranger: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_peer)');

-- stranger: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_dual)');

-- stranger: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_dual)');

-- stranger: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_both)');

-- stranger: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_both)');

-- stranger: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_direct)');

-- stranger: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_direct)');

-- stranger: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_c)');

-- stranger: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_c)');

-- stranger: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_paused)');

-- stranger: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_paused)');

-- stranger: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_expired)');

-- stranger: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_expired)');

-- stranger: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_lapsed)');

-- stranger: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_lapsed)');

-- stranger: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_status() call (m_d)');

-- stranger: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: get_mentor_history() call (m_d)');

-- stranger: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: list_mentor_statuses() call (all)');

-- stranger: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: list_mentor_statuses() call (chapter A)');

-- stranger: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'stranger: list_mentor_statuses() call (paused)');

-- stranger: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_self) / effect');

-- stranger: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_peer) / effect');

-- stranger: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_dual) / effect');

-- stranger: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_both) / effect');

-- stranger: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_direct) / effect');

-- stranger: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_c) / effect');

-- stranger: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'stranger: pause_mentor() call (m_paused) / effect');

-- stranger: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'stranger: pause_mentor() call (m_expired) / effect');

-- stranger: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'stranger: pause_mentor() call (m_lapsed) / effect');

-- stranger: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: pause_mentor() call (m_d) / effect');

-- stranger: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_self) / effect');

-- stranger: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_peer) / effect');

-- stranger: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_dual) / effect');

-- stranger: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_both) / effect');

-- stranger: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_direct) / effect');

-- stranger: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_c) / effect');

-- stranger: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'stranger: resume_mentor() call (m_paused) / effect');

-- stranger: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_expired) / effect');

-- stranger: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_lapsed) / effect');

-- stranger: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'stranger: resume_mentor() call (m_d) / effect');

-- stranger: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_self) / effect');

-- stranger: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_peer) / effect');

-- stranger: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_dual) / effect');

-- stranger: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_both) / effect');

-- stranger: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_direct) / effect');

-- stranger: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_c) / effect');

-- stranger: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'stranger: expire_mentor_certification() call (m_paused) / effect');

-- stranger: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'stranger: expire_mentor_certification() call (m_expired) / effect');

-- stranger: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'stranger: expire_mentor_certification() call (m_lapsed) / effect');

-- stranger: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'stranger: expire_mentor_certification() call (m_d) / effect');

-- stranger: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_self) / effect');

-- stranger: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_peer) / effect');

-- stranger: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_dual) / effect');

-- stranger: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_both) / effect');

-- stranger: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_direct) / effect');

-- stranger: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_c) / effect');

-- stranger: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_paused) / effect');

-- stranger: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'stranger: reactivate_mentor() call (m_expired) / effect');

-- stranger: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'stranger: reactivate_mentor() call (m_lapsed) / effect');

-- stranger: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000003", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'stranger: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'stranger: reactivate_mentor() call (m_d) / effect');

-- coord_a: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_a: peer_mentor_status select (all rows)');

-- coord_a: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: peer_mentor_status insert (one row) / effect');

-- coord_a: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_a: peer_mentor_status update (one row) / effect');

-- coord_a: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: peer_mentor_status delete (one row) / effect');

-- coord_a: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_a: peer_mentor_status_log select (all rows)');

-- coord_a: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: peer_mentor_status_log insert (one row) / effect');

-- coord_a: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_a: peer_mentor_status_log update (one row) / effect');

-- coord_a: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: peer_mentor_status_log delete (one row) / effect');

-- coord_a: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_a: peer_mentors select (all rows)');

-- coord_a: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: peer_mentors insert (one row) / effect');

-- coord_a: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'coord_a: peer_mentors update (one row) / effect');

-- coord_a: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: peer_mentors delete (one row) / effect');

-- coord_a: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000001'::text, 'coord_a: chapter_memberships select (all rows)');

-- coord_a: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: chapter_memberships insert (one row) / effect');

-- coord_a: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_a: chapter_memberships update (one row) / effect');

-- coord_a: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: chapter_memberships delete (one row) / effect');

-- coord_a: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_a: chapters select (all rows)');

-- coord_a: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: chapters insert (one row) / effect');

-- coord_a: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'coord_a: chapters update (one row) / effect');

-- coord_a: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: chapters delete (one row) / effect');

-- coord_a: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001'::text, 'coord_a: coordinator_chapters select (all rows)');

-- coord_a: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: coordinator_chapters insert (one row) / effect');

-- coord_a: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'coord_a: coordinator_chapters update (one row) / effect');

-- coord_a: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: coordinator_chapters delete (one row) / effect');

-- coord_a: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_a: coordinator_mentors select (all rows)');

-- coord_a: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: coordinator_mentors insert (one row) / effect');

-- coord_a: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'coord_a: coordinator_mentors update (one row) / effect');

-- coord_a: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: coordinator_mentors delete (one row) / effect');

-- coord_a: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000004/coordinator'::text, 'coord_a: user_roles select (all rows)');

-- coord_a: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_a: user_roles insert (one row) / effect');

-- coord_a: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'coord_a: user_roles update (one row) / effect');

-- coord_a: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_a: user_roles delete (one row) / effect');

-- coord_a: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'coord_a: get_mentor_status() call (m_self)');

-- coord_a: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'coord_a: get_mentor_history() call (m_self)');

-- coord_a: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'coord_a: get_mentor_status() call (m_peer)');

-- coord_a: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'coord_a: get_mentor_history() call (m_peer)');

-- coord_a: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_a: get_mentor_status() call (m_dual)');

-- coord_a: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_a: get_mentor_history() call (m_dual)');

-- coord_a: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'coord_a: get_mentor_status() call (m_both)');

-- coord_a: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'coord_a: get_mentor_history() call (m_both)');

-- coord_a: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: get_mentor_status() call (m_direct)');

-- coord_a: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: get_mentor_history() call (m_direct)');

-- coord_a: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: get_mentor_status() call (m_c)');

-- coord_a: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: get_mentor_history() call (m_c)');

-- coord_a: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'coord_a: get_mentor_status() call (m_paused)');

-- coord_a: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'coord_a: get_mentor_history() call (m_paused)');

-- coord_a: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'coord_a: get_mentor_status() call (m_expired)');

-- coord_a: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'coord_a: get_mentor_history() call (m_expired)');

-- coord_a: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'coord_a: get_mentor_status() call (m_lapsed)');

-- coord_a: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'coord_a: get_mentor_history() call (m_lapsed)');

-- coord_a: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: get_mentor_status() call (m_d)');

-- coord_a: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: get_mentor_history() call (m_d)');

-- coord_a: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_a: list_mentor_statuses() call (all)');

-- coord_a: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_a: list_mentor_statuses() call (chapter A)');

-- coord_a: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'coord_a: list_mentor_statuses() call (paused)');

-- coord_a: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:paused'::text, 'coord_a: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: pause_mentor() call (m_self) / effect');

-- coord_a: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:paused'::text, 'coord_a: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: pause_mentor() call (m_peer) / effect');

-- coord_a: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:paused'::text, 'coord_a: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: pause_mentor() call (m_dual) / effect');

-- coord_a: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:paused'::text, 'coord_a: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: pause_mentor() call (m_both) / effect');

-- coord_a: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: pause_mentor() call (m_direct) / effect');

-- coord_a: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: pause_mentor() call (m_c) / effect');

-- coord_a: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:paused'::text, 'coord_a: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/3'::text, 'coord_a: pause_mentor() call (m_paused) / effect');

-- coord_a: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:paused'::text, 'coord_a: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/3'::text, 'coord_a: pause_mentor() call (m_expired) / effect');

-- coord_a: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:paused'::text, 'coord_a: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/3'::text, 'coord_a: pause_mentor() call (m_lapsed) / effect');

-- coord_a: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: pause_mentor() call (m_d) / effect');

-- coord_a: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'coord_a: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: resume_mentor() call (m_self) / effect');

-- coord_a: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'coord_a: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: resume_mentor() call (m_peer) / effect');

-- coord_a: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_a: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: resume_mentor() call (m_dual) / effect');

-- coord_a: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'coord_a: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: resume_mentor() call (m_both) / effect');

-- coord_a: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: resume_mentor() call (m_direct) / effect');

-- coord_a: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: resume_mentor() call (m_c) / effect');

-- coord_a: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'coord_a: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_a: resume_mentor() call (m_paused) / effect');

-- coord_a: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'coord_a: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: resume_mentor() call (m_expired) / effect');

-- coord_a: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:active'::text, 'coord_a: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: resume_mentor() call (m_lapsed) / effect');

-- coord_a: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_a: resume_mentor() call (m_d) / effect');

-- coord_a: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_self) / effect');

-- coord_a: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_peer) / effect');

-- coord_a: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_dual) / effect');

-- coord_a: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_both) / effect');

-- coord_a: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_direct) / effect');

-- coord_a: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_c) / effect');

-- coord_a: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_a: expire_mentor_certification() call (m_paused) / effect');

-- coord_a: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_a: expire_mentor_certification() call (m_expired) / effect');

-- coord_a: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_a: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_a: expire_mentor_certification() call (m_lapsed) / effect');

-- coord_a: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_a: expire_mentor_certification() call (m_d) / effect');

-- coord_a: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'coord_a: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: reactivate_mentor() call (m_self) / effect');

-- coord_a: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'coord_a: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: reactivate_mentor() call (m_peer) / effect');

-- coord_a: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_a: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: reactivate_mentor() call (m_dual) / effect');

-- coord_a: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'coord_a: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: reactivate_mentor() call (m_both) / effect');

-- coord_a: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_a: reactivate_mentor() call (m_direct) / effect');

-- coord_a: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_a: reactivate_mentor() call (m_c) / effect');

-- coord_a: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'coord_a: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_a: reactivate_mentor() call (m_paused) / effect');

-- coord_a: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'coord_a: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_a: reactivate_mentor() call (m_expired) / effect');

-- coord_a: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'coord_a: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_a: reactivate_mentor() call (m_lapsed) / effect');

-- coord_a: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000004", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_a: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_a: reactivate_mentor() call (m_d) / effect');

-- coord_b: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: peer_mentor_status select (all rows)');

-- coord_b: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: peer_mentor_status insert (one row) / effect');

-- coord_b: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_b: peer_mentor_status update (one row) / effect');

-- coord_b: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: peer_mentor_status delete (one row) / effect');

-- coord_b: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: peer_mentor_status_log select (all rows)');

-- coord_b: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: peer_mentor_status_log insert (one row) / effect');

-- coord_b: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_b: peer_mentor_status_log update (one row) / effect');

-- coord_b: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: peer_mentor_status_log delete (one row) / effect');

-- coord_b: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: peer_mentors select (all rows)');

-- coord_b: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: peer_mentors insert (one row) / effect');

-- coord_b: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'coord_b: peer_mentors update (one row) / effect');

-- coord_b: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: peer_mentors delete (one row) / effect');

-- coord_b: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000002'::text, 'coord_b: chapter_memberships select (all rows)');

-- coord_b: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: chapter_memberships insert (one row) / effect');

-- coord_b: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_b: chapter_memberships update (one row) / effect');

-- coord_b: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: chapter_memberships delete (one row) / effect');

-- coord_b: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_b: chapters select (all rows)');

-- coord_b: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: chapters insert (one row) / effect');

-- coord_b: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'coord_b: chapters update (one row) / effect');

-- coord_b: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: chapters delete (one row) / effect');

-- coord_b: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000002'::text, 'coord_b: coordinator_chapters select (all rows)');

-- coord_b: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: coordinator_chapters insert (one row) / effect');

-- coord_b: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'coord_b: coordinator_chapters update (one row) / effect');

-- coord_b: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: coordinator_chapters delete (one row) / effect');

-- coord_b: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_b: coordinator_mentors select (all rows)');

-- coord_b: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: coordinator_mentors insert (one row) / effect');

-- coord_b: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'coord_b: coordinator_mentors update (one row) / effect');

-- coord_b: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: coordinator_mentors delete (one row) / effect');

-- coord_b: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000005/coordinator'::text, 'coord_b: user_roles select (all rows)');

-- coord_b: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_b: user_roles insert (one row) / effect');

-- coord_b: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'coord_b: user_roles update (one row) / effect');

-- coord_b: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_b: user_roles delete (one row) / effect');

-- coord_b: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_self)');

-- coord_b: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_self)');

-- coord_b: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_peer)');

-- coord_b: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_peer)');

-- coord_b: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: get_mentor_status() call (m_dual)');

-- coord_b: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: get_mentor_history() call (m_dual)');

-- coord_b: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_both)');

-- coord_b: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_both)');

-- coord_b: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_direct)');

-- coord_b: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_direct)');

-- coord_b: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_c)');

-- coord_b: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_c)');

-- coord_b: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_paused)');

-- coord_b: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_paused)');

-- coord_b: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_expired)');

-- coord_b: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_expired)');

-- coord_b: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_lapsed)');

-- coord_b: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_lapsed)');

-- coord_b: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_status() call (m_d)');

-- coord_b: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: get_mentor_history() call (m_d)');

-- coord_b: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: list_mentor_statuses() call (all)');

-- coord_b: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_b: list_mentor_statuses() call (chapter A)');

-- coord_b: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_b: list_mentor_statuses() call (paused)');

-- coord_b: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: pause_mentor() call (m_self) / effect');

-- coord_b: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: pause_mentor() call (m_peer) / effect');

-- coord_b: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:paused'::text, 'coord_b: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: pause_mentor() call (m_dual) / effect');

-- coord_b: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: pause_mentor() call (m_both) / effect');

-- coord_b: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: pause_mentor() call (m_direct) / effect');

-- coord_b: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: pause_mentor() call (m_c) / effect');

-- coord_b: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_b: pause_mentor() call (m_paused) / effect');

-- coord_b: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_b: pause_mentor() call (m_expired) / effect');

-- coord_b: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_b: pause_mentor() call (m_lapsed) / effect');

-- coord_b: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: pause_mentor() call (m_d) / effect');

-- coord_b: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_self) / effect');

-- coord_b: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_peer) / effect');

-- coord_b: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_b: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_b: resume_mentor() call (m_dual) / effect');

-- coord_b: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_both) / effect');

-- coord_b: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_direct) / effect');

-- coord_b: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_c) / effect');

-- coord_b: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'coord_b: resume_mentor() call (m_paused) / effect');

-- coord_b: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_expired) / effect');

-- coord_b: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_lapsed) / effect');

-- coord_b: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_b: resume_mentor() call (m_d) / effect');

-- coord_b: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_self) / effect');

-- coord_b: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_peer) / effect');

-- coord_b: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_b: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_dual) / effect');

-- coord_b: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_both) / effect');

-- coord_b: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_direct) / effect');

-- coord_b: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_c) / effect');

-- coord_b: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_b: expire_mentor_certification() call (m_paused) / effect');

-- coord_b: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_b: expire_mentor_certification() call (m_expired) / effect');

-- coord_b: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_b: expire_mentor_certification() call (m_lapsed) / effect');

-- coord_b: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_b: expire_mentor_certification() call (m_d) / effect');

-- coord_b: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_self) / effect');

-- coord_b: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_peer) / effect');

-- coord_b: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_b: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_b: reactivate_mentor() call (m_dual) / effect');

-- coord_b: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_both) / effect');

-- coord_b: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_direct) / effect');

-- coord_b: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_c) / effect');

-- coord_b: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_paused) / effect');

-- coord_b: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_b: reactivate_mentor() call (m_expired) / effect');

-- coord_b: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_b: reactivate_mentor() call (m_lapsed) / effect');

-- coord_b: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000005", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_b: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_b: reactivate_mentor() call (m_d) / effect');

-- coord_direct: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: peer_mentor_status select (all rows)');

-- coord_direct: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: peer_mentor_status insert (one row) / effect');

-- coord_direct: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_direct: peer_mentor_status update (one row) / effect');

-- coord_direct: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: peer_mentor_status delete (one row) / effect');

-- coord_direct: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: peer_mentor_status_log select (all rows)');

-- coord_direct: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: peer_mentor_status_log insert (one row) / effect');

-- coord_direct: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_direct: peer_mentor_status_log update (one row) / effect');

-- coord_direct: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: peer_mentor_status_log delete (one row) / effect');

-- coord_direct: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: peer_mentors select (all rows)');

-- coord_direct: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: peer_mentors insert (one row) / effect');

-- coord_direct: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'coord_direct: peer_mentors update (one row) / effect');

-- coord_direct: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: peer_mentors delete (one row) / effect');

-- coord_direct: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000003'::text, 'coord_direct: chapter_memberships select (all rows)');

-- coord_direct: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: chapter_memberships insert (one row) / effect');

-- coord_direct: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_direct: chapter_memberships update (one row) / effect');

-- coord_direct: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: chapter_memberships delete (one row) / effect');

-- coord_direct: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000003'::text, 'coord_direct: chapters select (all rows)');

-- coord_direct: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: chapters insert (one row) / effect');

-- coord_direct: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'coord_direct: chapters update (one row) / effect');

-- coord_direct: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: chapters delete (one row) / effect');

-- coord_direct: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_direct: coordinator_chapters select (all rows)');

-- coord_direct: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: coordinator_chapters insert (one row) / effect');

-- coord_direct: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'coord_direct: coordinator_chapters update (one row) / effect');

-- coord_direct: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: coordinator_chapters delete (one row) / effect');

-- coord_direct: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: coordinator_mentors select (all rows)');

-- coord_direct: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: coordinator_mentors insert (one row) / effect');

-- coord_direct: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: coordinator_mentors update (one row) / effect');

-- coord_direct: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: coordinator_mentors delete (one row) / effect');

-- coord_direct: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000006/coordinator'::text, 'coord_direct: user_roles select (all rows)');

-- coord_direct: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_direct: user_roles insert (one row) / effect');

-- coord_direct: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'coord_direct: user_roles update (one row) / effect');

-- coord_direct: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_direct: user_roles delete (one row) / effect');

-- coord_direct: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_self)');

-- coord_direct: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_self)');

-- coord_direct: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_peer)');

-- coord_direct: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_peer)');

-- coord_direct: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_dual)');

-- coord_direct: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_dual)');

-- coord_direct: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_both)');

-- coord_direct: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_both)');

-- coord_direct: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: get_mentor_status() call (m_direct)');

-- coord_direct: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: get_mentor_history() call (m_direct)');

-- coord_direct: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_c)');

-- coord_direct: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_c)');

-- coord_direct: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_paused)');

-- coord_direct: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_paused)');

-- coord_direct: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_expired)');

-- coord_direct: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_expired)');

-- coord_direct: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_lapsed)');

-- coord_direct: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_lapsed)');

-- coord_direct: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_status() call (m_d)');

-- coord_direct: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: get_mentor_history() call (m_d)');

-- coord_direct: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_direct: list_mentor_statuses() call (all)');

-- coord_direct: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_direct: list_mentor_statuses() call (chapter A)');

-- coord_direct: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_direct: list_mentor_statuses() call (paused)');

-- coord_direct: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: pause_mentor() call (m_self) / effect');

-- coord_direct: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: pause_mentor() call (m_peer) / effect');

-- coord_direct: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: pause_mentor() call (m_dual) / effect');

-- coord_direct: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: pause_mentor() call (m_both) / effect');

-- coord_direct: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:paused'::text, 'coord_direct: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: pause_mentor() call (m_direct) / effect');

-- coord_direct: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: pause_mentor() call (m_c) / effect');

-- coord_direct: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_direct: pause_mentor() call (m_paused) / effect');

-- coord_direct: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_direct: pause_mentor() call (m_expired) / effect');

-- coord_direct: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_direct: pause_mentor() call (m_lapsed) / effect');

-- coord_direct: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: pause_mentor() call (m_d) / effect');

-- coord_direct: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_self) / effect');

-- coord_direct: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_peer) / effect');

-- coord_direct: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_dual) / effect');

-- coord_direct: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_both) / effect');

-- coord_direct: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'coord_direct: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_direct: resume_mentor() call (m_direct) / effect');

-- coord_direct: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_c) / effect');

-- coord_direct: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'coord_direct: resume_mentor() call (m_paused) / effect');

-- coord_direct: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_expired) / effect');

-- coord_direct: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_lapsed) / effect');

-- coord_direct: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_direct: resume_mentor() call (m_d) / effect');

-- coord_direct: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_self) / effect');

-- coord_direct: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_peer) / effect');

-- coord_direct: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_dual) / effect');

-- coord_direct: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_both) / effect');

-- coord_direct: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_direct: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_direct) / effect');

-- coord_direct: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_c) / effect');

-- coord_direct: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_direct: expire_mentor_certification() call (m_paused) / effect');

-- coord_direct: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_direct: expire_mentor_certification() call (m_expired) / effect');

-- coord_direct: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_direct: expire_mentor_certification() call (m_lapsed) / effect');

-- coord_direct: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_direct: expire_mentor_certification() call (m_d) / effect');

-- coord_direct: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_self) / effect');

-- coord_direct: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_peer) / effect');

-- coord_direct: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_dual) / effect');

-- coord_direct: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_both) / effect');

-- coord_direct: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'coord_direct: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_direct: reactivate_mentor() call (m_direct) / effect');

-- coord_direct: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_c) / effect');

-- coord_direct: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_paused) / effect');

-- coord_direct: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_direct: reactivate_mentor() call (m_expired) / effect');

-- coord_direct: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_direct: reactivate_mentor() call (m_lapsed) / effect');

-- coord_direct: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000006", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_direct: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_direct: reactivate_mentor() call (m_d) / effect');

-- coord_both: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_both: peer_mentor_status select (all rows)');

-- coord_both: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: peer_mentor_status insert (one row) / effect');

-- coord_both: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_both: peer_mentor_status update (one row) / effect');

-- coord_both: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: peer_mentor_status delete (one row) / effect');

-- coord_both: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_both: peer_mentor_status_log select (all rows)');

-- coord_both: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: peer_mentor_status_log insert (one row) / effect');

-- coord_both: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_both: peer_mentor_status_log update (one row) / effect');

-- coord_both: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: peer_mentor_status_log delete (one row) / effect');

-- coord_both: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_both: peer_mentors select (all rows)');

-- coord_both: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: peer_mentors insert (one row) / effect');

-- coord_both: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'coord_both: peer_mentors update (one row) / effect');

-- coord_both: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: peer_mentors delete (one row) / effect');

-- coord_both: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000001'::text, 'coord_both: chapter_memberships select (all rows)');

-- coord_both: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: chapter_memberships insert (one row) / effect');

-- coord_both: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_both: chapter_memberships update (one row) / effect');

-- coord_both: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: chapter_memberships delete (one row) / effect');

-- coord_both: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_both: chapters select (all rows)');

-- coord_both: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: chapters insert (one row) / effect');

-- coord_both: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'coord_both: chapters update (one row) / effect');

-- coord_both: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: chapters delete (one row) / effect');

-- coord_both: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000007/e0000000-0000-4000-8000-000000000001'::text, 'coord_both: coordinator_chapters select (all rows)');

-- coord_both: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: coordinator_chapters insert (one row) / effect');

-- coord_both: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'coord_both: coordinator_chapters update (one row) / effect');

-- coord_both: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: coordinator_chapters delete (one row) / effect');

-- coord_both: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000007/f0000000-0000-4000-8000-000000000004'::text, 'coord_both: coordinator_mentors select (all rows)');

-- coord_both: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: coordinator_mentors insert (one row) / effect');

-- coord_both: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'coord_both: coordinator_mentors update (one row) / effect');

-- coord_both: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: coordinator_mentors delete (one row) / effect');

-- coord_both: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000007/coordinator'::text, 'coord_both: user_roles select (all rows)');

-- coord_both: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_both: user_roles insert (one row) / effect');

-- coord_both: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'coord_both: user_roles update (one row) / effect');

-- coord_both: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_both: user_roles delete (one row) / effect');

-- coord_both: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'coord_both: get_mentor_status() call (m_self)');

-- coord_both: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001'::text, 'coord_both: get_mentor_history() call (m_self)');

-- coord_both: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'coord_both: get_mentor_status() call (m_peer)');

-- coord_both: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002'::text, 'coord_both: get_mentor_history() call (m_peer)');

-- coord_both: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_both: get_mentor_status() call (m_dual)');

-- coord_both: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_both: get_mentor_history() call (m_dual)');

-- coord_both: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'coord_both: get_mentor_status() call (m_both)');

-- coord_both: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004'::text, 'coord_both: get_mentor_history() call (m_both)');

-- coord_both: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: get_mentor_status() call (m_direct)');

-- coord_both: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: get_mentor_history() call (m_direct)');

-- coord_both: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: get_mentor_status() call (m_c)');

-- coord_both: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: get_mentor_history() call (m_c)');

-- coord_both: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'coord_both: get_mentor_status() call (m_paused)');

-- coord_both: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'coord_both: get_mentor_history() call (m_paused)');

-- coord_both: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'coord_both: get_mentor_status() call (m_expired)');

-- coord_both: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008'::text, 'coord_both: get_mentor_history() call (m_expired)');

-- coord_both: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'coord_both: get_mentor_status() call (m_lapsed)');

-- coord_both: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009'::text, 'coord_both: get_mentor_history() call (m_lapsed)');

-- coord_both: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: get_mentor_status() call (m_d)');

-- coord_both: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: get_mentor_history() call (m_d)');

-- coord_both: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_both: list_mentor_statuses() call (all)');

-- coord_both: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000004,f0000000-0000-4000-8000-000000000007,f0000000-0000-4000-8000-000000000008,f0000000-0000-4000-8000-000000000009'::text, 'coord_both: list_mentor_statuses() call (chapter A)');

-- coord_both: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007'::text, 'coord_both: list_mentor_statuses() call (paused)');

-- coord_both: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:paused'::text, 'coord_both: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: pause_mentor() call (m_self) / effect');

-- coord_both: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:paused'::text, 'coord_both: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: pause_mentor() call (m_peer) / effect');

-- coord_both: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:paused'::text, 'coord_both: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: pause_mentor() call (m_dual) / effect');

-- coord_both: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:paused'::text, 'coord_both: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: pause_mentor() call (m_both) / effect');

-- coord_both: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: pause_mentor() call (m_direct) / effect');

-- coord_both: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: pause_mentor() call (m_c) / effect');

-- coord_both: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:paused'::text, 'coord_both: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/3'::text, 'coord_both: pause_mentor() call (m_paused) / effect');

-- coord_both: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:paused'::text, 'coord_both: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/3'::text, 'coord_both: pause_mentor() call (m_expired) / effect');

-- coord_both: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:paused'::text, 'coord_both: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/3'::text, 'coord_both: pause_mentor() call (m_lapsed) / effect');

-- coord_both: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: pause_mentor() call (m_d) / effect');

-- coord_both: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'coord_both: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: resume_mentor() call (m_self) / effect');

-- coord_both: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'coord_both: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: resume_mentor() call (m_peer) / effect');

-- coord_both: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_both: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: resume_mentor() call (m_dual) / effect');

-- coord_both: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'coord_both: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: resume_mentor() call (m_both) / effect');

-- coord_both: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: resume_mentor() call (m_direct) / effect');

-- coord_both: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: resume_mentor() call (m_c) / effect');

-- coord_both: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'coord_both: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_both: resume_mentor() call (m_paused) / effect');

-- coord_both: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'coord_both: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: resume_mentor() call (m_expired) / effect');

-- coord_both: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000009:active'::text, 'coord_both: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: resume_mentor() call (m_lapsed) / effect');

-- coord_both: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_both: resume_mentor() call (m_d) / effect');

-- coord_both: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_self) / effect');

-- coord_both: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_peer) / effect');

-- coord_both: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_dual) / effect');

-- coord_both: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_both) / effect');

-- coord_both: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_direct) / effect');

-- coord_both: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_c) / effect');

-- coord_both: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_both: expire_mentor_certification() call (m_paused) / effect');

-- coord_both: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_both: expire_mentor_certification() call (m_expired) / effect');

-- coord_both: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_both: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_both: expire_mentor_certification() call (m_lapsed) / effect');

-- coord_both: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_both: expire_mentor_certification() call (m_d) / effect');

-- coord_both: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000001:active'::text, 'coord_both: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: reactivate_mentor() call (m_self) / effect');

-- coord_both: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000002:active'::text, 'coord_both: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: reactivate_mentor() call (m_peer) / effect');

-- coord_both: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_both: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: reactivate_mentor() call (m_dual) / effect');

-- coord_both: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000004:active'::text, 'coord_both: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: reactivate_mentor() call (m_both) / effect');

-- coord_both: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_both: reactivate_mentor() call (m_direct) / effect');

-- coord_both: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_both: reactivate_mentor() call (m_c) / effect');

-- coord_both: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000007:active'::text, 'coord_both: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_both: reactivate_mentor() call (m_paused) / effect');

-- coord_both: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000008:active'::text, 'coord_both: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_both: reactivate_mentor() call (m_expired) / effect');

-- coord_both: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'coord_both: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_both: reactivate_mentor() call (m_lapsed) / effect');

-- coord_both: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000007", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_both: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_both: reactivate_mentor() call (m_d) / effect');

-- coord_other: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'coord_other: peer_mentor_status select (all rows)');

-- coord_other: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: peer_mentor_status insert (one row) / effect');

-- coord_other: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_other: peer_mentor_status update (one row) / effect');

-- coord_other: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: peer_mentor_status delete (one row) / effect');

-- coord_other: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'coord_other: peer_mentor_status_log select (all rows)');

-- coord_other: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: peer_mentor_status_log insert (one row) / effect');

-- coord_other: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_other: peer_mentor_status_log update (one row) / effect');

-- coord_other: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: peer_mentor_status_log delete (one row) / effect');

-- coord_other: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'coord_other: peer_mentors select (all rows)');

-- coord_other: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: peer_mentors insert (one row) / effect');

-- coord_other: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'coord_other: peer_mentors update (one row) / effect');

-- coord_other: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: peer_mentors delete (one row) / effect');

-- coord_other: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010/e0000000-0000-4000-8000-000000000004'::text, 'coord_other: chapter_memberships select (all rows)');

-- coord_other: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: chapter_memberships insert (one row) / effect');

-- coord_other: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_other: chapter_memberships update (one row) / effect');

-- coord_other: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: chapter_memberships delete (one row) / effect');

-- coord_other: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000004'::text, 'coord_other: chapters select (all rows)');

-- coord_other: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: chapters insert (one row) / effect');

-- coord_other: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'coord_other: chapters update (one row) / effect');

-- coord_other: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: chapters delete (one row) / effect');

-- coord_other: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000008/e0000000-0000-4000-8000-000000000004'::text, 'coord_other: coordinator_chapters select (all rows)');

-- coord_other: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: coordinator_chapters insert (one row) / effect');

-- coord_other: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'coord_other: coordinator_chapters update (one row) / effect');

-- coord_other: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: coordinator_chapters delete (one row) / effect');

-- coord_other: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_other: coordinator_mentors select (all rows)');

-- coord_other: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: coordinator_mentors insert (one row) / effect');

-- coord_other: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'coord_other: coordinator_mentors update (one row) / effect');

-- coord_other: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: coordinator_mentors delete (one row) / effect');

-- coord_other: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000008/coordinator'::text, 'coord_other: user_roles select (all rows)');

-- coord_other: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_other: user_roles insert (one row) / effect');

-- coord_other: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'coord_other: user_roles update (one row) / effect');

-- coord_other: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_other: user_roles delete (one row) / effect');

-- coord_other: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_self)');

-- coord_other: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_self)');

-- coord_other: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_peer)');

-- coord_other: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_peer)');

-- coord_other: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_dual)');

-- coord_other: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_dual)');

-- coord_other: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_both)');

-- coord_other: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_both)');

-- coord_other: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_direct)');

-- coord_other: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_direct)');

-- coord_other: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_c)');

-- coord_other: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_c)');

-- coord_other: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_paused)');

-- coord_other: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_paused)');

-- coord_other: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_expired)');

-- coord_other: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_expired)');

-- coord_other: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_status() call (m_lapsed)');

-- coord_other: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: get_mentor_history() call (m_lapsed)');

-- coord_other: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'coord_other: get_mentor_status() call (m_d)');

-- coord_other: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'coord_other: get_mentor_history() call (m_d)');

-- coord_other: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010'::text, 'coord_other: list_mentor_statuses() call (all)');

-- coord_other: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_other: list_mentor_statuses() call (chapter A)');

-- coord_other: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_other: list_mentor_statuses() call (paused)');

-- coord_other: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: pause_mentor() call (m_self) / effect');

-- coord_other: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: pause_mentor() call (m_peer) / effect');

-- coord_other: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: pause_mentor() call (m_dual) / effect');

-- coord_other: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: pause_mentor() call (m_both) / effect');

-- coord_other: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: pause_mentor() call (m_direct) / effect');

-- coord_other: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: pause_mentor() call (m_c) / effect');

-- coord_other: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_other: pause_mentor() call (m_paused) / effect');

-- coord_other: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_other: pause_mentor() call (m_expired) / effect');

-- coord_other: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_other: pause_mentor() call (m_lapsed) / effect');

-- coord_other: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:paused'::text, 'coord_other: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: pause_mentor() call (m_d) / effect');

-- coord_other: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_self) / effect');

-- coord_other: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_peer) / effect');

-- coord_other: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_dual) / effect');

-- coord_other: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_both) / effect');

-- coord_other: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_direct) / effect');

-- coord_other: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_c) / effect');

-- coord_other: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'coord_other: resume_mentor() call (m_paused) / effect');

-- coord_other: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_expired) / effect');

-- coord_other: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_other: resume_mentor() call (m_lapsed) / effect');

-- coord_other: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:active'::text, 'coord_other: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_other: resume_mentor() call (m_d) / effect');

-- coord_other: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_self) / effect');

-- coord_other: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_peer) / effect');

-- coord_other: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_dual) / effect');

-- coord_other: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_both) / effect');

-- coord_other: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_direct) / effect');

-- coord_other: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_c) / effect');

-- coord_other: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_other: expire_mentor_certification() call (m_paused) / effect');

-- coord_other: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_other: expire_mentor_certification() call (m_expired) / effect');

-- coord_other: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_other: expire_mentor_certification() call (m_lapsed) / effect');

-- coord_other: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_other: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_other: expire_mentor_certification() call (m_d) / effect');

-- coord_other: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_self) / effect');

-- coord_other: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_peer) / effect');

-- coord_other: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_dual) / effect');

-- coord_other: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_both) / effect');

-- coord_other: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_direct) / effect');

-- coord_other: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_c) / effect');

-- coord_other: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_other: reactivate_mentor() call (m_paused) / effect');

-- coord_other: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_other: reactivate_mentor() call (m_expired) / effect');

-- coord_other: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_other: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_other: reactivate_mentor() call (m_lapsed) / effect');

-- coord_other: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000008", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000010:active'::text, 'coord_other: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_other: reactivate_mentor() call (m_d) / effect');

-- coord_multi: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006'::text, 'coord_multi: peer_mentor_status select (all rows)');

-- coord_multi: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: peer_mentor_status insert (one row) / effect');

-- coord_multi: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_multi: peer_mentor_status update (one row) / effect');

-- coord_multi: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: peer_mentor_status delete (one row) / effect');

-- coord_multi: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006'::text, 'coord_multi: peer_mentor_status_log select (all rows)');

-- coord_multi: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: peer_mentor_status_log insert (one row) / effect');

-- coord_multi: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'coord_multi: peer_mentor_status_log update (one row) / effect');

-- coord_multi: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: peer_mentor_status_log delete (one row) / effect');

-- coord_multi: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006'::text, 'coord_multi: peer_mentors select (all rows)');

-- coord_multi: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: peer_mentors insert (one row) / effect');

-- coord_multi: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'coord_multi: peer_mentors update (one row) / effect');

-- coord_multi: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: peer_mentors delete (one row) / effect');

-- coord_multi: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000001,f0000000-0000-4000-8000-000000000003/e0000000-0000-4000-8000-000000000002,f0000000-0000-4000-8000-000000000005/e0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000003'::text, 'coord_multi: chapter_memberships select (all rows)');

-- coord_multi: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: chapter_memberships insert (one row) / effect');

-- coord_multi: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'coord_multi: chapter_memberships update (one row) / effect');

-- coord_multi: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: chapter_memberships delete (one row) / effect');

-- coord_multi: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002,e0000000-0000-4000-8000-000000000003'::text, 'coord_multi: chapters select (all rows)');

-- coord_multi: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: chapters insert (one row) / effect');

-- coord_multi: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'coord_multi: chapters update (one row) / effect');

-- coord_multi: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: chapters delete (one row) / effect');

-- coord_multi: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000002,d0000000-0000-4000-8000-000000000009/e0000000-0000-4000-8000-000000000003'::text, 'coord_multi: coordinator_chapters select (all rows)');

-- coord_multi: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: coordinator_chapters insert (one row) / effect');

-- coord_multi: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'coord_multi: coordinator_chapters update (one row) / effect');

-- coord_multi: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: coordinator_chapters delete (one row) / effect');

-- coord_multi: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_multi: coordinator_mentors select (all rows)');

-- coord_multi: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: coordinator_mentors insert (one row) / effect');

-- coord_multi: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'coord_multi: coordinator_mentors update (one row) / effect');

-- coord_multi: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: coordinator_mentors delete (one row) / effect');

-- coord_multi: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000009/coordinator'::text, 'coord_multi: user_roles select (all rows)');

-- coord_multi: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'coord_multi: user_roles insert (one row) / effect');

-- coord_multi: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'coord_multi: user_roles update (one row) / effect');

-- coord_multi: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'coord_multi: user_roles delete (one row) / effect');

-- coord_multi: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_self)');

-- coord_multi: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_self)');

-- coord_multi: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_peer)');

-- coord_multi: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_peer)');

-- coord_multi: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_multi: get_mentor_status() call (m_dual)');

-- coord_multi: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_multi: get_mentor_history() call (m_dual)');

-- coord_multi: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_both)');

-- coord_multi: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_both)');

-- coord_multi: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_multi: get_mentor_status() call (m_direct)');

-- coord_multi: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005'::text, 'coord_multi: get_mentor_history() call (m_direct)');

-- coord_multi: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'coord_multi: get_mentor_status() call (m_c)');

-- coord_multi: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006'::text, 'coord_multi: get_mentor_history() call (m_c)');

-- coord_multi: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_paused)');

-- coord_multi: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_paused)');

-- coord_multi: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_expired)');

-- coord_multi: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_expired)');

-- coord_multi: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_lapsed)');

-- coord_multi: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_lapsed)');

-- coord_multi: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_status() call (m_d)');

-- coord_multi: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: get_mentor_history() call (m_d)');

-- coord_multi: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003,f0000000-0000-4000-8000-000000000005,f0000000-0000-4000-8000-000000000006'::text, 'coord_multi: list_mentor_statuses() call (all)');

-- coord_multi: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003'::text, 'coord_multi: list_mentor_statuses() call (chapter A)');

-- coord_multi: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'coord_multi: list_mentor_statuses() call (paused)');

-- coord_multi: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: pause_mentor() call (m_self) / effect');

-- coord_multi: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: pause_mentor() call (m_peer) / effect');

-- coord_multi: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:paused'::text, 'coord_multi: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: pause_mentor() call (m_dual) / effect');

-- coord_multi: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: pause_mentor() call (m_both) / effect');

-- coord_multi: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:paused'::text, 'coord_multi: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: pause_mentor() call (m_direct) / effect');

-- coord_multi: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:paused'::text, 'coord_multi: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: pause_mentor() call (m_c) / effect');

-- coord_multi: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_multi: pause_mentor() call (m_paused) / effect');

-- coord_multi: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_multi: pause_mentor() call (m_expired) / effect');

-- coord_multi: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_multi: pause_mentor() call (m_lapsed) / effect');

-- coord_multi: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: pause_mentor() call (m_d) / effect');

-- coord_multi: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: resume_mentor() call (m_self) / effect');

-- coord_multi: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: resume_mentor() call (m_peer) / effect');

-- coord_multi: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_multi: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_multi: resume_mentor() call (m_dual) / effect');

-- coord_multi: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: resume_mentor() call (m_both) / effect');

-- coord_multi: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'coord_multi: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_multi: resume_mentor() call (m_direct) / effect');

-- coord_multi: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:active'::text, 'coord_multi: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_multi: resume_mentor() call (m_c) / effect');

-- coord_multi: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'coord_multi: resume_mentor() call (m_paused) / effect');

-- coord_multi: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: resume_mentor() call (m_expired) / effect');

-- coord_multi: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: resume_mentor() call (m_lapsed) / effect');

-- coord_multi: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'coord_multi: resume_mentor() call (m_d) / effect');

-- coord_multi: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_self) / effect');

-- coord_multi: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_peer) / effect');

-- coord_multi: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_dual) / effect');

-- coord_multi: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_both) / effect');

-- coord_multi: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_direct) / effect');

-- coord_multi: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'coord_multi: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_c) / effect');

-- coord_multi: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_multi: expire_mentor_certification() call (m_paused) / effect');

-- coord_multi: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_multi: expire_mentor_certification() call (m_expired) / effect');

-- coord_multi: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'coord_multi: expire_mentor_certification() call (m_lapsed) / effect');

-- coord_multi: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'coord_multi: expire_mentor_certification() call (m_d) / effect');

-- coord_multi: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_multi: reactivate_mentor() call (m_self) / effect');

-- coord_multi: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_multi: reactivate_mentor() call (m_peer) / effect');

-- coord_multi: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000003:active'::text, 'coord_multi: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_multi: reactivate_mentor() call (m_dual) / effect');

-- coord_multi: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_multi: reactivate_mentor() call (m_both) / effect');

-- coord_multi: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000005:active'::text, 'coord_multi: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_multi: reactivate_mentor() call (m_direct) / effect');

-- coord_multi: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'rows:f0000000-0000-4000-8000-000000000006:active'::text, 'coord_multi: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/3'::text, 'coord_multi: reactivate_mentor() call (m_c) / effect');

-- coord_multi: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_multi: reactivate_mentor() call (m_paused) / effect');

-- coord_multi: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_multi: reactivate_mentor() call (m_expired) / effect');

-- coord_multi: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'coord_multi: reactivate_mentor() call (m_lapsed) / effect');

-- coord_multi: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000009", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'coord_multi: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'coord_multi: reactivate_mentor() call (m_d) / effect');

-- no_role: peer_mentor_status select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: peer_mentor_status select (all rows)');

-- no_role: peer_mentor_status insert (one row)
select * from pg_temp.matrix_case($q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006';$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentor_status insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: peer_mentor_status insert (one row) / effect');

-- no_role: peer_mentor_status update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select status from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentor_status update (one row)');
select is(:'effect_value'::text, 'active'::text, 'no_role: peer_mentor_status update (one row) / effect');

-- no_role: peer_mentor_status delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentor_status delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: peer_mentor_status delete (one row) / effect');

-- no_role: peer_mentor_status_log select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text from public.peer_mentor_status_log$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: peer_mentor_status_log select (all rows)');

-- no_role: peer_mentor_status_log insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000003', 'paused') returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id::text = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentor_status_log insert (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: peer_mentor_status_log insert (one row) / effect');

-- no_role: peer_mentor_status_log update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.peer_mentor_status_log set new_status = 'paused' where mentor_id = 'f0000000-0000-4000-8000-000000000001' returning mentor_id::text$q$,
  $q$select string_agg(new_status, ',') from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentor_status_log update (one row)');
select is(:'effect_value'::text, 'active'::text, 'no_role: peer_mentor_status_log update (one row) / effect');

-- no_role: peer_mentor_status_log delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006' returning mentor_id::text$q$,
  $q$select count(*)::text from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentor_status_log delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: peer_mentor_status_log delete (one row) / effect');

-- no_role: peer_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select id::text from public.peer_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: peer_mentors select (all rows)');

-- no_role: peer_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.peer_mentors (id, display_name) values ('90000000-0000-4000-8000-000000000002', 'Matrix newcomer') returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id::text = '90000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: peer_mentors insert (one row) / effect');

-- no_role: peer_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.peer_mentors set certification_expires_on = current_date + 3650 where id = 'f0000000-0000-4000-8000-000000000009' returning id::text$q$,
  $q$select (certification_expires_on > current_date)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentors update (one row)');
select is(:'effect_value'::text, 'false'::text, 'no_role: peer_mentors update (one row) / effect');

-- no_role: peer_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006' returning id::text$q$,
  $q$select count(*)::text from public.peer_mentors where id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: peer_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: peer_mentors delete (one row) / effect');

-- no_role: chapter_memberships select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || '/' || chapter_id::text from public.chapter_memberships$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: chapter_memberships select (all rows)');

-- no_role: chapter_memberships insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.chapter_memberships (mentor_id, chapter_id) values ('f0000000-0000-4000-8000-000000000006', 'e0000000-0000-4000-8000-000000000001') returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id::text || '/' || chapter_id::text = 'f0000000-0000-4000-8000-000000000006/e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: chapter_memberships insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: chapter_memberships insert (one row) / effect');

-- no_role: chapter_memberships update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.chapter_memberships set chapter_id = 'e0000000-0000-4000-8000-000000000003' where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: chapter_memberships update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001,e0000000-0000-4000-8000-000000000002'::text, 'no_role: chapter_memberships update (one row) / effect');

-- no_role: chapter_memberships delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001' returning mentor_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.chapter_memberships where mentor_id = 'f0000000-0000-4000-8000-000000000003' and chapter_id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: chapter_memberships delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: chapter_memberships delete (one row) / effect');

-- no_role: chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select id::text from public.chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: chapters select (all rows)');

-- no_role: chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.chapters (id, name) values ('90000000-0000-4000-8000-000000000001', 'Matrix new chapter') returning id::text$q$,
  $q$select count(*)::text from public.chapters where id::text = '90000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: chapters insert (one row) / effect');

-- no_role: chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.chapters set name = 'Matrix renamed' where id = 'e0000000-0000-4000-8000-000000000001' returning id::text$q$,
  $q$select name from public.chapters where id = 'e0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: chapters update (one row)');
select is(:'effect_value'::text, 'Matrix chapter A'::text, 'no_role: chapters update (one row) / effect');

-- no_role: chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.chapters where id = 'e0000000-0000-4000-8000-000000000005' returning id::text$q$,
  $q$select count(*)::text from public.chapters where id = 'e0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: chapters delete (one row) / effect');

-- no_role: coordinator_chapters select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || chapter_id::text from public.coordinator_chapters$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000010/e0000000-0000-4000-8000-000000000001'::text, 'no_role: coordinator_chapters select (all rows)');

-- no_role: coordinator_chapters insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.coordinator_chapters (coordinator_id, chapter_id) values ('d0000000-0000-4000-8000-000000000004', 'e0000000-0000-4000-8000-000000000003') returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id::text || '/' || chapter_id::text = 'd0000000-0000-4000-8000-000000000004/e0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: coordinator_chapters insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: coordinator_chapters insert (one row) / effect');

-- no_role: coordinator_chapters update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.coordinator_chapters set chapter_id = 'e0000000-0000-4000-8000-000000000004' where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select string_agg(chapter_id::text, ',') from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: coordinator_chapters update (one row)');
select is(:'effect_value'::text, 'e0000000-0000-4000-8000-000000000001'::text, 'no_role: coordinator_chapters update (one row) / effect');

-- no_role: coordinator_chapters delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004' returning coordinator_id::text || '/' || chapter_id::text$q$,
  $q$select count(*)::text from public.coordinator_chapters where coordinator_id = 'd0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: coordinator_chapters delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: coordinator_chapters delete (one row) / effect');

-- no_role: coordinator_mentors select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select coordinator_id::text || '/' || mentor_id::text from public.coordinator_mentors$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:d0000000-0000-4000-8000-000000000010/f0000000-0000-4000-8000-000000000006'::text, 'no_role: coordinator_mentors select (all rows)');

-- no_role: coordinator_mentors insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.coordinator_mentors (coordinator_id, mentor_id) values ('d0000000-0000-4000-8000-000000000006', 'f0000000-0000-4000-8000-000000000006') returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id::text || '/' || mentor_id::text = 'd0000000-0000-4000-8000-000000000006/f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: coordinator_mentors insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: coordinator_mentors insert (one row) / effect');

-- no_role: coordinator_mentors update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.coordinator_mentors set mentor_id = 'f0000000-0000-4000-8000-000000000010' where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select string_agg(mentor_id::text, ',') from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: coordinator_mentors update (one row)');
select is(:'effect_value'::text, 'f0000000-0000-4000-8000-000000000005'::text, 'no_role: coordinator_mentors update (one row) / effect');

-- no_role: coordinator_mentors delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006' returning coordinator_id::text || '/' || mentor_id::text$q$,
  $q$select count(*)::text from public.coordinator_mentors where coordinator_id = 'd0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: coordinator_mentors delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: coordinator_mentors delete (one row) / effect');

-- no_role: user_roles select (all rows)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select user_id::text || '/' || role::text from public.user_roles$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: user_roles select (all rows)');

-- no_role: user_roles insert (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$insert into public.user_roles (user_id, role) values ('d0000000-0000-4000-8000-000000000003', 'org_admin') returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id::text || '/' || role::text = 'd0000000-0000-4000-8000-000000000003/org_admin'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: user_roles insert (one row)');
select is(:'effect_value'::text, '0'::text, 'no_role: user_roles insert (one row) / effect');

-- no_role: user_roles update (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$update public.user_roles set role = 'org_admin' where user_id = 'd0000000-0000-4000-8000-000000000002' returning user_id::text || '/' || role::text$q$,
  $q$select string_agg(role::text, ',') from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: user_roles update (one row)');
select is(:'effect_value'::text, 'peer_mentor'::text, 'no_role: user_roles update (one row) / effect');

-- no_role: user_roles delete (one row)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$delete from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001' returning user_id::text || '/' || role::text$q$,
  $q$select count(*)::text from public.user_roles where user_id = 'd0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:42501'::text, 'no_role: user_roles delete (one row)');
select is(:'effect_value'::text, '1'::text, 'no_role: user_roles delete (one row) / effect');

-- no_role: get_mentor_status() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_self)');

-- no_role: get_mentor_history() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000001')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_self)');

-- no_role: get_mentor_status() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_peer)');

-- no_role: get_mentor_history() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000002')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_peer)');

-- no_role: get_mentor_status() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_dual)');

-- no_role: get_mentor_history() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000003')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_dual)');

-- no_role: get_mentor_status() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_both)');

-- no_role: get_mentor_history() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000004')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_both)');

-- no_role: get_mentor_status() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_direct)');

-- no_role: get_mentor_history() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000005')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_direct)');

-- no_role: get_mentor_status() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_c)');

-- no_role: get_mentor_history() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000006')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_c)');

-- no_role: get_mentor_status() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_paused)');

-- no_role: get_mentor_history() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000007')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_paused)');

-- no_role: get_mentor_status() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_expired)');

-- no_role: get_mentor_history() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000008')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_expired)');

-- no_role: get_mentor_status() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_lapsed)');

-- no_role: get_mentor_history() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000009')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_lapsed)');

-- no_role: get_mentor_status() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_status('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_status() call (m_d)');

-- no_role: get_mentor_history() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select distinct mentor_id::text from public.get_mentor_history('f0000000-0000-4000-8000-000000000010')$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: get_mentor_history() call (m_d)');

-- no_role: list_mentor_statuses() call (all)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: list_mentor_statuses() call (all)');

-- no_role: list_mentor_statuses() call (chapter A)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_chapter_id => 'e0000000-0000-4000-8000-000000000001', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: list_mentor_statuses() call (chapter A)');

-- no_role: list_mentor_statuses() call (paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'paused', p_limit => 1000)$q$,
  $q$$q$) \gset
select is(:'outcome'::text, 'rows:'::text, 'no_role: list_mentor_statuses() call (paused)');

-- no_role: pause_mentor() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_self) / effect');

-- no_role: pause_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_peer) / effect');

-- no_role: pause_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000003', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_dual) / effect');

-- no_role: pause_mentor() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000004', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_both) / effect');

-- no_role: pause_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000005', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_direct) / effect');

-- no_role: pause_mentor() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000006', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_c) / effect');

-- no_role: pause_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000007', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'no_role: pause_mentor() call (m_paused) / effect');

-- no_role: pause_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000008', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'no_role: pause_mentor() call (m_expired) / effect');

-- no_role: pause_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000009', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'no_role: pause_mentor() call (m_lapsed) / effect');

-- no_role: pause_mentor() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.pause_mentor('f0000000-0000-4000-8000-000000000010', 'Matrix pause')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: pause_mentor() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: pause_mentor() call (m_d) / effect');

-- no_role: resume_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_self)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_self) / effect');

-- no_role: resume_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_peer)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_peer) / effect');

-- no_role: resume_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_dual)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_dual) / effect');

-- no_role: resume_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_both)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_both) / effect');

-- no_role: resume_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_direct)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_direct) / effect');

-- no_role: resume_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_c)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_c) / effect');

-- no_role: resume_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_paused)');
select is(:'effect_value'::text, 'paused/1'::text, 'no_role: resume_mentor() call (m_paused) / effect');

-- no_role: resume_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_expired)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_expired) / effect');

-- no_role: resume_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_lapsed) / effect');

-- no_role: resume_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.resume_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: resume_mentor() call (m_d)');
select is(:'effect_value'::text, 'paused/2'::text, 'no_role: resume_mentor() call (m_d) / effect');

-- no_role: expire_mentor_certification() call (m_self)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_self)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_self) / effect');

-- no_role: expire_mentor_certification() call (m_peer)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_peer)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_peer) / effect');

-- no_role: expire_mentor_certification() call (m_dual)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_dual)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_dual) / effect');

-- no_role: expire_mentor_certification() call (m_both)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_both)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_both) / effect');

-- no_role: expire_mentor_certification() call (m_direct)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_direct)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_direct) / effect');

-- no_role: expire_mentor_certification() call (m_c)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_c)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_c) / effect');

-- no_role: expire_mentor_certification() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_paused)');
select is(:'effect_value'::text, 'active/2'::text, 'no_role: expire_mentor_certification() call (m_paused) / effect');

-- no_role: expire_mentor_certification() call (m_expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000008';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_expired)');
select is(:'effect_value'::text, 'active/2'::text, 'no_role: expire_mentor_certification() call (m_expired) / effect');

-- no_role: expire_mentor_certification() call (m_lapsed)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'active', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000009';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_lapsed)');
select is(:'effect_value'::text, 'active/2'::text, 'no_role: expire_mentor_certification() call (m_lapsed) / effect');

-- no_role: expire_mentor_certification() call (m_d)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: expire_mentor_certification() call (m_d)');
select is(:'effect_value'::text, 'active/1'::text, 'no_role: expire_mentor_certification() call (m_d) / effect');

-- no_role: reactivate_mentor() call (m_self)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000001';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000001')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000001') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000001'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_self)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_self) / effect');

-- no_role: reactivate_mentor() call (m_peer)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_peer)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_peer) / effect');

-- no_role: reactivate_mentor() call (m_dual)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000003';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000003')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000003') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000003'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_dual)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_dual) / effect');

-- no_role: reactivate_mentor() call (m_both)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000004';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000004')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000004') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000004'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_both)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_both) / effect');

-- no_role: reactivate_mentor() call (m_direct)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000005';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000005')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000005') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000005'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_direct)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_direct) / effect');

-- no_role: reactivate_mentor() call (m_c)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000006';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000006')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000006') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000006'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_c)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_c) / effect');

-- no_role: reactivate_mentor() call (m_paused)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000007';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000007')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000007') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000007'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_paused)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_paused) / effect');

-- no_role: reactivate_mentor() call (m_expired)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000008')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000008') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000008'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_expired)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'no_role: reactivate_mentor() call (m_expired) / effect');

-- no_role: reactivate_mentor() call (m_lapsed)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000009')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000009') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000009'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_lapsed)');
select is(:'effect_value'::text, 'certification_expired/1'::text, 'no_role: reactivate_mentor() call (m_lapsed) / effect');

-- no_role: reactivate_mentor() call (m_d)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000010';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000010", "aud": "authenticated"}',
  $q$select mentor_id::text || ':' || status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000010')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000010') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000010'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'no_role: reactivate_mentor() call (m_d)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'no_role: reactivate_mentor() call (m_d) / effect');

-- admin: transition rules call (resume an active mentor)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'admin: transition rules call (resume an active mentor)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (resume an active mentor) / effect');

-- admin: transition rules call (pause a paused mentor)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'paused', pause_reason = 'Given pause', expected_return_date = null, paused_at = now() where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Again')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'admin: transition rules call (pause a paused mentor)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: transition rules call (pause a paused mentor) / effect');

-- admin: transition rules call (reactivate an active mentor)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.reactivate_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'admin: transition rules call (reactivate an active mentor)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (reactivate an active mentor) / effect');

-- admin: transition rules call (expire an expired certification)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.expire_mentor_certification('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'admin: transition rules call (expire an expired certification)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: transition rules call (expire an expired certification) / effect');

-- admin: transition rules call (resume a mentor whose certification expired)
select * from pg_temp.matrix_case($q$alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;
update public.peer_mentor_status set status = 'certification_expired', pause_reason = null, expected_return_date = null, paused_at = null where mentor_id = 'f0000000-0000-4000-8000-000000000002';
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.resume_mentor('f0000000-0000-4000-8000-000000000002')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT409'::text, 'admin: transition rules call (resume a mentor whose certification expired)');
select is(:'effect_value'::text, 'certification_expired/2'::text, 'admin: transition rules call (resume a mentor whose certification expired) / effect');

-- admin: transition rules call (pause without a reason)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', null)$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:23514'::text, 'admin: transition rules call (pause without a reason)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (pause without a reason) / effect');

-- admin: transition rules call (pause with a blank reason)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', '   ')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:23514'::text, 'admin: transition rules call (pause with a blank reason)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (pause with a blank reason) / effect');

-- admin: transition rules call (pause with a reason of tabs, newlines and no-break spaces)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', E'\t\n\u00a0\u3000')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:23514'::text, 'admin: transition rules call (pause with a reason of tabs, newlines and no-break spaces)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (pause with a reason of tabs, newlines and no-break spaces) / effect');

-- admin: transition rules call (pause with a 501-character reason)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', repeat('x', 501))$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:23514'::text, 'admin: transition rules call (pause with a 501-character reason)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (pause with a 501-character reason) / effect');

-- admin: transition rules call (pause with a return date in the past)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Holiday', current_date - 1)$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:22023'::text, 'admin: transition rules call (pause with a return date in the past)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (pause with a return date in the past) / effect');

-- admin: transition rules call (pause with a return date today)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status || ':' || (expected_return_date = current_date)::text from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Holiday', current_date)$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:paused:true'::text, 'admin: transition rules call (pause with a return date today)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: transition rules call (pause with a return date today) / effect');

-- admin: transition rules call (the same request id twice makes one transition)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Retry', null, '11111111-1111-4111-8111-111111111111') union all select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Retry', null, '11111111-1111-4111-8111-111111111111')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'rows:paused'::text, 'admin: transition rules call (the same request id twice makes one transition)');
select is(:'effect_value'::text, 'paused/2'::text, 'admin: transition rules call (the same request id twice makes one transition) / effect');

-- admin: transition rules call (a request id reused for another mentor is a conflict)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('f0000000-0000-4000-8000-000000000001', 'First', null, '11111111-1111-4111-8111-111111111111') union all select status from public.pause_mentor('f0000000-0000-4000-8000-000000000002', 'Second', null, '11111111-1111-4111-8111-111111111111')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:23505'::text, 'admin: transition rules call (a request id reused for another mentor is a conflict)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (a request id reused for another mentor is a conflict) / effect');

-- admin: transition rules call (unknown mentor)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select status from public.pause_mentor('00000000-0000-4000-8000-00000000dead', 'Nobody')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:PT404'::text, 'admin: transition rules call (unknown mentor)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (unknown mentor) / effect');

-- admin: transition rules call (page size above 1000 is refused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_limit => 1001)$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:22023'::text, 'admin: transition rules call (page size above 1000 is refused)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (page size above 1000 is refused) / effect');

-- admin: transition rules call (unknown status filter is refused)
select * from pg_temp.matrix_case($q$$q$, 'authenticated', '{"role": "authenticated", "sub": "d0000000-0000-4000-8000-000000000001", "aud": "authenticated"}',
  $q$select mentor_id::text from public.list_mentor_statuses(p_status => 'away')$q$,
  $q$select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = 'f0000000-0000-4000-8000-000000000002') from public.peer_mentor_status where mentor_id = 'f0000000-0000-4000-8000-000000000002'$q$) \gset
select is(:'outcome'::text, 'error:22023'::text, 'admin: transition rules call (unknown status filter is refused)');
select is(:'effect_value'::text, 'active/1'::text, 'admin: transition rules call (unknown status filter is refused) / effect');

select * from finish();
rollback;
