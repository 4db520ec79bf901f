-- The status state machine, declared once as data and enforced for every writer.
--
-- private.status_transitions lists each action, the status it starts from, the status it leads to, and who may
-- take it. The write RPCs (next migration) look up the caller's action here; the trigger below checks every
-- UPDATE of peer_mentor_status against the same rows, so even SQL run from the dashboard as the table owner
-- cannot put a mentor into a state the rules do not allow.
--
--   pause                 active                -> paused                 the mentor, a coordinator in scope, an org admin, service_role
--   resume                paused                -> active                 the mentor, a coordinator in scope, an org admin, service_role
--   expire_certification  active | paused       -> certification_expired  an org admin, service_role (the nightly job)
--   reactivate            certification_expired -> active                 a coordinator in scope, an org admin, service_role;
--                                                                          only while the certification is valid
--
-- Guards that belong to the transition, not to the row, are checked by the trigger too:
--   * entering `paused`: expected_return_date, when given, is between today and five years from today;
--   * being `active` or `paused` needs a valid certification (peer_mentors.certification_expires_on today or
--     later, or NULL: not tracked) when leaving `certification_expired`, and when the row is created;
-- "Today" is private.today(), never `current_date` (which follows the session's TimeZone).
-- Derived fields follow the status, whoever writes: the trigger stamps activated_by with the acting user
-- (private.acting_user(): NULL for service_role and the system), entering `paused` stamps paused_at, leaving it
-- clears the pause details. A new row obeys the same rules as a transition (it is the mentor's first one): its
-- return date is checked, its certification too, and it cannot carry a request id (those identify RPC calls).
--
-- The trigger function is SECURITY DEFINER: it reads private.status_transitions and public.peer_mentors,
-- which the writing roles may not read. Running it with the writer's rights would work only by accident: for
-- its first executions PostgreSQL plans each query with the real TG_OP and drops the branch that reads the
-- private table, but after five executions on one connection it may switch to a generic plan, which checks
-- privileges on every table of the statement, and the write then fails with "permission denied".

create table private.status_transitions (
  action text not null,
  from_status public.mentor_status not null,
  to_status public.mentor_status not null,
  actors text[] not null,
  primary key (action, from_status),
  constraint status_transitions_statuses_check check (from_status <> to_status),
  constraint status_transitions_actors_check check (
    actors <@ array['self', 'coordinator', 'org_admin', 'service_role']
  )
);
comment on table private.status_transitions is 'Allowed status transitions and who may make them.';

insert into private.status_transitions (action, from_status, to_status, actors) values
  ('pause',                'active',                'paused',                array['self', 'coordinator', 'org_admin', 'service_role']),
  ('resume',               'paused',                'active',                array['self', 'coordinator', 'org_admin', 'service_role']),
  ('expire_certification', 'active',                'certification_expired', array['org_admin', 'service_role']),
  ('expire_certification', 'paused',                'certification_expired', array['org_admin', 'service_role']),
  ('reactivate',           'certification_expired', 'active',                array['coordinator', 'org_admin', 'service_role']);

revoke all on table private.status_transitions from public, anon, authenticated, service_role;

-- How far ahead an expected return date may lie. Longer absences happen, but a return date further out is a
-- typo or a stand-in for "unknown", which is what leaving it empty (NULL) says.
create or replace function private.latest_return_date(p_today date)
returns date
language plpgsql
immutable
set search_path = ''
as $$
begin
  return (p_today + interval '5 years')::date;
end;
$$;
revoke all on function private.latest_return_date(date) from public;

-- Whether a mentor's certification is valid on p_today: it expires at the end of certification_expires_on;
-- NULL means it is not tracked, and never lapses.
create or replace function private.certification_is_valid(p_mentor_id uuid, p_today date)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce(
    (select p.certification_expires_on is null or p.certification_expires_on >= p_today
       from public.peer_mentors p where p.id = p_mentor_id),
    true);  -- no such mentor: the foreign key reports that
end;
$$;
revoke all on function private.certification_is_valid(uuid, date) from public;

create or replace function private.enforce_status_transition()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  today date;  -- read only by the checks that need it: most transitions need none
  certified_until date;
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return new;
  end if;

  if tg_op = 'UPDATE' and not exists (
    select 1 from private.status_transitions t
     where t.from_status = old.status and t.to_status = new.status
  ) then
    raise exception 'invalid status transition for peer mentor %: % -> %', new.mentor_id, old.status, new.status
      using errcode = 'PT409',
            hint = 'Allowed: active -> paused -> active; active|paused -> certification_expired -> active.';
  end if;

  -- Who made this change: never what the writer put in the row.
  new.activated_by := private.acting_user();

  if tg_op = 'INSERT' then
    if new.last_request_id is not null then
      raise exception 'a new status row cannot carry a request id (request ids identify calls of the write RPCs)'
        using errcode = '22023';
    end if;
    new.created_at := now();
    new.updated_at := now();
  end if;

  if new.status = 'paused' then
    if new.expected_return_date is not null then
      today := private.today();
    end if;
    if new.expected_return_date < today or new.expected_return_date > private.latest_return_date(today) then
      raise exception 'expected return date % is not between today (%) and %', new.expected_return_date, today,
        private.latest_return_date(today)
        using errcode = '22023',
              hint = 'Leave the expected return date empty when it is not known.';
    end if;
    new.paused_at := now();
  elsif tg_op = 'UPDATE' and old.status = 'paused' then
    new.pause_reason := null;
    new.expected_return_date := null;
    new.paused_at := null;
  end if;

  if new.status <> 'certification_expired'
     and (tg_op = 'INSERT' or old.status = 'certification_expired')
     and not private.certification_is_valid(new.mentor_id, coalesce(today, private.today())) then
    select p.certification_expires_on into certified_until from public.peer_mentors p where p.id = new.mentor_id;
    raise exception 'peer mentor % cannot be %: the certification expired on %', new.mentor_id,
      case when tg_op = 'INSERT' then 'created as ' || new.status else 'reactivated' end, certified_until
      using errcode = 'PT409',
            hint = 'Renew the certification (peer_mentors.certification_expires_on) first.';
  end if;

  -- A transition made without a request id must not inherit the previous one's (it identifies one transition).
  if tg_op = 'UPDATE' and new.last_request_id is not distinct from old.last_request_id then
    new.last_request_id := null;
  end if;

  return new;
end;
$$;
revoke all on function private.enforce_status_transition() from public;

create trigger trg_peer_mentor_status_transition
  before insert or update of status on public.peer_mentor_status
  for each row execute function private.enforce_status_transition();
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;
