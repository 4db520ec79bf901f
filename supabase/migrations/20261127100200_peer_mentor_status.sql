-- peer_mentor_status: exactly one row per mentor, updated in place on each transition. Lookups never have
-- to find "the latest record"; the full history lives in peer_mentor_status_log (next migration), written by
-- triggers so it cannot drift from this table whichever client changes it.

-- The three states of a mentor, as one type: the status table, its history and the state machine's table all use
-- it, so the values are written once (the SDK's MentorStatusValue is checked against it by the suite). A domain
-- over text, not an enum: a value outside the list is refused by a named CHECK (23514, mentor_status_check),
-- and PostgREST, supabase-js and the generated types see plain text.
create domain public.mentor_status as text
  constraint mentor_status_check check (value in ('active', 'paused', 'certification_expired'));
comment on domain public.mentor_status is 'active | paused | certification_expired';

create table public.peer_mentor_status (
  id bigint generated always as identity primary key,
  mentor_id uuid not null references public.peer_mentors (id) on delete cascade,
  chapter_id uuid not null references public.chapters (id),
  status public.mentor_status not null default 'active',
  pause_reason text,
  expected_return_date date,
  activated_by uuid references auth.users (id) on delete set null,
  paused_at timestamptz,
  last_request_id uuid,
  certification_expires_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),

  constraint peer_mentor_status_mentor_id_key unique (mentor_id),
  -- The chapter a status row is filed under must be one the mentor belongs to.
  constraint peer_mentor_status_membership_fkey
    foreign key (mentor_id, chapter_id) references public.chapter_memberships (mentor_id, chapter_id),
  -- A coherent row: pause details exist exactly while the mentor is paused.
  constraint peer_mentor_status_paused_requires_reason
    check (status <> 'paused' or coalesce(private.trim_whitespace(pause_reason), '') <> ''),
  constraint peer_mentor_status_reason_only_when_paused
    check (status = 'paused' or pause_reason is null),
  constraint peer_mentor_status_reason_max_length
    check (char_length(pause_reason) <= 500),
  constraint peer_mentor_status_return_date_only_when_paused
    check (status = 'paused' or expected_return_date is null),
  constraint peer_mentor_status_paused_at_only_when_paused
    check ((status = 'paused') = (paused_at is not null))
);

comment on table public.peer_mentor_status is 'Current availability of each peer mentor (one row per mentor).';
comment on column public.peer_mentor_status.chapter_id is 'The chapter this status is filed under; one of the mentor''s chapters.';
comment on column public.peer_mentor_status.activated_by is 'Signed-in user who made the last transition (set by the transition trigger); NULL for service_role and system changes.';
comment on column public.peer_mentor_status.last_request_id is 'Client request id of the last transition (idempotent retries).';
comment on column public.peer_mentor_status.certification_expires_on is
  'Copy of peer_mentors.certification_expires_on, kept by triggers, so lapsed mentors are found by an index.';
call private.require_supported_times(
  'public.peer_mentor_status', 'expected_return_date', 'paused_at', 'certification_expires_on', 'created_at', 'updated_at');

-- Indexes: mentor_id is served by the UNIQUE constraint's index; status alone for org-wide counts and jobs;
-- (chapter_id, status) for "paused mentors of chapter X", which also covers the chapter_id foreign key.
create index peer_mentor_status_status_idx on public.peer_mentor_status (status);
create index peer_mentor_status_chapter_id_status_idx on public.peer_mentor_status (chapter_id, status);
create index peer_mentor_status_activated_by_idx on public.peer_mentor_status (activated_by);
create index peer_mentor_status_mentor_id_chapter_id_idx on public.peer_mentor_status (mentor_id, chapter_id);
-- The nightly certification expiry: mentors who could still lapse (not expired yet, certification tracked), by the
-- day their certification ends. Partial, so a night's work costs what lapsed that night, not the roster: expired
-- mentors leave the index, and a night with nothing to do is one probe.
create index peer_mentor_status_lapse_idx on public.peer_mentor_status (certification_expires_on, mentor_id)
  where status <> 'certification_expired' and certification_expires_on is not null;

-- The copy of the certification date follows peer_mentors, whoever writes either table. SECURITY DEFINER: the
-- writer of peer_mentors (service_role) may not update status rows itself, and the status writer may not read
-- every mentor.
create or replace function private.copy_certification_date()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'peer_mentor_status' then
    new.certification_expires_on :=
      (select p.certification_expires_on from public.peer_mentors p where p.id = new.mentor_id);
    return new;
  end if;
  update public.peer_mentor_status s
     set certification_expires_on = new.certification_expires_on
   where s.mentor_id = new.id and s.certification_expires_on is distinct from new.certification_expires_on;
  return new;
end;
$$;
revoke all on function private.copy_certification_date() from public;

create trigger trg_peer_mentor_status_certification_date
  before insert or update of certification_expires_on on public.peer_mentor_status
  for each row execute function private.copy_certification_date();
create trigger trg_peer_mentors_certification_date
  after update of certification_expires_on on public.peer_mentors
  for each row execute function private.copy_certification_date();
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_certification_date;
alter table public.peer_mentors enable always trigger trg_peer_mentors_certification_date;

create trigger trg_peer_mentor_status_updated_at
  before update on public.peer_mentor_status
  for each row execute function private.touch_updated_at();

alter table public.peer_mentor_status enable row level security;

-- Nobody changes a status row directly except its owner: transitions go through the RPCs (access-control
-- migrations). service_role may create the row when a mentor joins the roster.
revoke all on table public.peer_mentor_status from anon, authenticated, service_role;
grant select on table public.peer_mentor_status to authenticated;
grant select, insert on table public.peer_mentor_status to service_role;
-- Supabase's default privileges also hand the identity sequence to the API roles; identity columns need no
-- sequence privilege to insert, and nobody else should be able to setval() it.
revoke all on sequence public.peer_mentor_status_id_seq from anon, authenticated, service_role;
