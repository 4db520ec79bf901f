-- A small, realistic organisation for local development (`supabase db reset` / `mentor-pause db reset`).
-- Four chapters, an org admin, three coordinators (one of two chapters, one with a directly assigned
-- mentor from another chapter), and nine peer mentors, one of whom belongs to two chapters.
-- Identifiers are fixed so that documentation and examples can refer to them.
-- Dates are relative to the day the seed runs, so the roster stays plausible whenever it is loaded.

-- Users (auth.users as GoTrue would have created them) -------------------------------------------------------
insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
select '00000000-0000-0000-0000-000000000000', id::uuid, 'authenticated', 'authenticated', email,
       '{"provider": "email", "providers": ["email"]}'::jsonb, jsonb_build_object('full_name', full_name), now(), now()
from (values
  ('a0000000-0000-4000-8000-000000000001', 'ingrid.admin@hlf.example',       'Ingrid Solberg'),
  ('a0000000-0000-4000-8000-000000000002', 'kari.oslo@hlf.example',          'Kari Nordmann'),
  ('a0000000-0000-4000-8000-000000000003', 'lars.bergen@hlf.example',        'Lars Haugen'),
  ('a0000000-0000-4000-8000-000000000004', 'sigrid.nord@hlf.example',        'Sigrid Moen'),
  ('a0000000-0000-4000-8000-000000000011', 'astrid.berg@hlf.example',        'Astrid Berg'),
  ('a0000000-0000-4000-8000-000000000012', 'bjorn.dahl@hlf.example',         'Bjørn Dahl'),
  ('a0000000-0000-4000-8000-000000000015', 'eva.gran@hlf.example',           'Eva Gran')
) as u(id, email, full_name);

insert into public.user_roles (user_id, role) values
  ('a0000000-0000-4000-8000-000000000001', 'org_admin'),
  ('a0000000-0000-4000-8000-000000000002', 'coordinator'),
  ('a0000000-0000-4000-8000-000000000003', 'coordinator'),
  ('a0000000-0000-4000-8000-000000000004', 'coordinator'),
  ('a0000000-0000-4000-8000-000000000011', 'peer_mentor'),
  ('a0000000-0000-4000-8000-000000000012', 'peer_mentor'),
  ('a0000000-0000-4000-8000-000000000015', 'peer_mentor');

-- Chapters ---------------------------------------------------------------------------------------------------
insert into public.chapters (id, name) values
  ('c0000000-0000-4000-8000-000000000001', 'HLF Oslo'),
  ('c0000000-0000-4000-8000-000000000002', 'HLF Bergen'),
  ('c0000000-0000-4000-8000-000000000003', 'HLF Trondheim'),
  ('c0000000-0000-4000-8000-000000000004', 'HLF Tromsø');

-- Peer mentors -------------------------------------------------------------------------------------------------
insert into public.peer_mentors (id, user_id, display_name, certification_expires_on) values
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000011', 'Astrid Berg',     current_date + 400),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000012', 'Bjørn Dahl',      current_date + 200),
  ('b0000000-0000-4000-8000-000000000003', null,                                   'Camilla Eide',    current_date + 300),
  ('b0000000-0000-4000-8000-000000000004', null,                                   'David Fjeld',     current_date - 27),
  ('b0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000015', 'Eva Gran',        current_date + 150),
  ('b0000000-0000-4000-8000-000000000006', null,                                   'Frode Holm',      current_date + 500),
  ('b0000000-0000-4000-8000-000000000007', null,                                   'Guro Iversen',    current_date + 90),
  ('b0000000-0000-4000-8000-000000000008', null,                                   'Henrik Johansen', current_date + 10),
  ('b0000000-0000-4000-8000-000000000009', null,                                   'Ida Karlsen',     null);

insert into public.chapter_memberships (mentor_id, chapter_id) values
  ('b0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001'),
  ('b0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001'),
  ('b0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000002'),  -- Bjørn: Oslo and Bergen
  ('b0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002'),
  ('b0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000002'),
  ('b0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000003'),
  ('b0000000-0000-4000-8000-000000000006', 'c0000000-0000-4000-8000-000000000003'),
  ('b0000000-0000-4000-8000-000000000007', 'c0000000-0000-4000-8000-000000000004'),
  ('b0000000-0000-4000-8000-000000000008', 'c0000000-0000-4000-8000-000000000004'),
  ('b0000000-0000-4000-8000-000000000009', 'c0000000-0000-4000-8000-000000000001');

-- Coordination ---------------------------------------------------------------------------------------------------
insert into public.coordinator_chapters (coordinator_id, chapter_id) values
  ('a0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001'),  -- Kari: Oslo
  ('a0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002'),  -- Lars: Bergen
  ('a0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000003'),  -- Sigrid: Trondheim
  ('a0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000004');  --         and Tromsø

insert into public.coordinator_mentors (coordinator_id, mentor_id) values
  ('a0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000006');  -- Lars also follows Frode

-- Current status (the log trigger writes each mentor's first history row) --------------------------------------
-- (paused_at and activated_by are stamped by the transition trigger, like for every new row)
insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason, expected_return_date) values
  ('b0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'active', null, null),
  ('b0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'paused', 'Parental leave', current_date + 90),
  ('b0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000002', 'active', null, null),
  ('b0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000002', 'certification_expired', null, null),
  ('b0000000-0000-4000-8000-000000000005', 'c0000000-0000-4000-8000-000000000003', 'paused', 'Health reasons', null),
  ('b0000000-0000-4000-8000-000000000006', 'c0000000-0000-4000-8000-000000000003', 'active', null, null),
  ('b0000000-0000-4000-8000-000000000007', 'c0000000-0000-4000-8000-000000000004', 'active', null, null),
  ('b0000000-0000-4000-8000-000000000008', 'c0000000-0000-4000-8000-000000000004', 'active', null, null),
  ('b0000000-0000-4000-8000-000000000009', 'c0000000-0000-4000-8000-000000000001', 'active', null, null);
