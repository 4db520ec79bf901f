-- peer_mentor_status_log: the append-only history of every transition.
--
-- Written only by the triggers below, in the same transaction as the status change: one row when a status
-- row is created, one row on every UPDATE that changes `status`, none for an update that leaves it unchanged,
-- and one row (new_status NULL) when a status row is deleted, so a mentor who leaves the roster (or is removed
-- and created again) leaves a trace. TRUNCATE, which would remove rows without row triggers, is refused.
-- Each row names who made *this* change (private.acting_user(): the signed-in user, NULL for service_role and
-- the system), derived by the trigger itself, never copied from the status row.
-- No foreign keys on purpose: history outlives roster changes (a deleted mentor's history stays readable).
-- Append-only for every role, the owner and service_role included: UPDATE, DELETE and TRUNCATE raise from a
-- trigger (not merely a missing grant), and the triggers are ENABLE ALWAYS so that
-- `session_replication_role = replica` does not switch them off either.

create table public.peer_mentor_status_log (
  id bigint generated always as identity primary key,
  mentor_id uuid not null,
  chapter_id uuid not null,
  previous_status public.mentor_status,
  new_status public.mentor_status,
  pause_reason text,
  expected_return_date date,
  note text,
  changed_by uuid,
  changed_at timestamptz not null default now(),
  request_id uuid,

  constraint peer_mentor_status_log_changes_something
    check (previous_status is not null or new_status is not null)
);

comment on table public.peer_mentor_status_log is 'Append-only history of peer mentor status transitions.';
comment on column public.peer_mentor_status_log.previous_status is 'NULL on the first row of a mentor.';
comment on column public.peer_mentor_status_log.new_status is 'NULL when the status row was deleted (the mentor left the roster).';
comment on column public.peer_mentor_status_log.note is
  'What else explains the change, derived by the trigger: "certification expired on <date>" for an expiry after '
  'the last valid day.';
comment on column public.peer_mentor_status_log.changed_by is 'Signed-in user who made the change; NULL for service_role and system changes (jobs, owner SQL).';
comment on column public.peer_mentor_status_log.request_id is 'Client request id: a retried write finds its first outcome here.';

-- History of one mentor, newest first (keyset pagination on id, which grows with every row).
create index peer_mentor_status_log_mentor_id_id_idx
  on public.peer_mentor_status_log (mentor_id, id);
-- A request id identifies exactly one transition.
create unique index peer_mentor_status_log_request_id_key
  on public.peer_mentor_status_log (request_id) where request_id is not null;

-- Writing the history ---------------------------------------------------------------------------------------------
-- SECURITY DEFINER: the log must be written whoever changed the status, while no API role may insert into the
-- log itself. search_path is empty so that no caller-controlled schema can shadow what the function uses.
create or replace function private.log_mentor_status_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' then
    insert into public.peer_mentor_status_log (mentor_id, chapter_id, previous_status, new_status, changed_by, changed_at)
    values (old.mentor_id, old.chapter_id, old.status, null, private.acting_user(), now());
    return old;
  end if;
  insert into public.peer_mentor_status_log (
    mentor_id, chapter_id, previous_status, new_status, pause_reason, expected_return_date, note,
    changed_by, changed_at, request_id
  ) values (
    new.mentor_id, new.chapter_id,
    case when tg_op = 'UPDATE' then old.status end,
    new.status, new.pause_reason, new.expected_return_date,
    case when new.status = 'certification_expired' and new.certification_expires_on < private.today()
         then 'certification expired on ' || new.certification_expires_on end,
    private.acting_user(), now(), new.last_request_id
  );
  return new;
end;
$$;
revoke all on function private.log_mentor_status_change() from public;

create trigger trg_mentor_status_log_insert
  after insert on public.peer_mentor_status
  for each row execute function private.log_mentor_status_change();

create trigger trg_mentor_status_log
  after update of status on public.peer_mentor_status
  for each row
  when (old.status is distinct from new.status)
  execute function private.log_mentor_status_change();

create trigger trg_mentor_status_log_delete
  after delete on public.peer_mentor_status
  for each row execute function private.log_mentor_status_change();

alter table public.peer_mentor_status enable always trigger trg_mentor_status_log_insert;
alter table public.peer_mentor_status enable always trigger trg_mentor_status_log;
alter table public.peer_mentor_status enable always trigger trg_mentor_status_log_delete;

-- Keeping it append-only ------------------------------------------------------------------------------------------
create or replace function private.forbid_log_mutation()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'peer_mentor_status_log is append-only: % is not allowed', tg_op
    using errcode = '42501',
          hint = 'History rows are written by triggers on peer_mentor_status and are never changed or removed.';
end;
$$;
revoke all on function private.forbid_log_mutation() from public;

create trigger trg_peer_mentor_status_log_no_update_delete
  before update or delete on public.peer_mentor_status_log
  for each row execute function private.forbid_log_mutation();

create trigger trg_peer_mentor_status_log_no_truncate
  before truncate on public.peer_mentor_status_log
  for each statement execute function private.forbid_log_mutation();

alter table public.peer_mentor_status_log enable always trigger trg_peer_mentor_status_log_no_update_delete;
alter table public.peer_mentor_status_log enable always trigger trg_peer_mentor_status_log_no_truncate;

-- TRUNCATE of the status table would remove rows without firing the deletion trigger above.
create or replace function private.forbid_status_truncate()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'peer_mentor_status cannot be truncated: delete the rows, so that the history records it'
    using errcode = '42501';
end;
$$;
revoke all on function private.forbid_status_truncate() from public;

create trigger trg_peer_mentor_status_no_truncate
  before truncate on public.peer_mentor_status
  for each statement execute function private.forbid_status_truncate();
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_no_truncate;

alter table public.peer_mentor_status_log enable row level security;

revoke all on table public.peer_mentor_status_log from anon, authenticated, service_role;
grant select on table public.peer_mentor_status_log to authenticated, service_role;
-- Supabase's default privileges also hand the identity sequence to the API roles; identity columns need no
-- sequence privilege to insert, and nobody else should be able to setval() it.
revoke all on sequence public.peer_mentor_status_log_id_seq from anon, authenticated, service_role;
