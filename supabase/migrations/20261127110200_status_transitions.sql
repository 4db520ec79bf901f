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
--   * entering `paused`: expected_return_date, when given, is today or later;
--   * leaving `certification_expired`: peer_mentors.certification_expires_on is today or later.
-- "Today" is the UTC date, never `current_date`: that follows the session's TimeZone, which a PostgREST client
-- may set per request (Prefer: timezone=...), and the rules must not move with it.
-- Derived fields follow the status: entering `paused` stamps paused_at; leaving it clears the pause details.

create table private.status_transitions (
  action text not null,
  from_status text not null,
  to_status text not null,
  actors text[] not null,
  primary key (action, from_status),
  constraint status_transitions_statuses_check check (
    from_status in ('active', 'paused', 'certification_expired')
    and to_status in ('active', 'paused', 'certification_expired')
    and from_status <> to_status
  ),
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

create or replace function private.enforce_status_transition()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  certified_until date;
  today date := (now() at time zone 'UTC')::date;
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

  if new.status = 'paused' then
    if tg_op = 'UPDATE' and new.expected_return_date < today then
      raise exception 'expected return date % is in the past (today is % UTC)', new.expected_return_date, today
        using errcode = '22023';
    end if;
    new.paused_at := case when tg_op = 'INSERT' then coalesce(new.paused_at, now()) else now() end;
  elsif tg_op = 'UPDATE' and old.status = 'paused' then
    new.pause_reason := null;
    new.expected_return_date := null;
    new.paused_at := null;
  end if;

  if tg_op = 'UPDATE' and old.status = 'certification_expired' then
    select p.certification_expires_on into certified_until from public.peer_mentors p where p.id = new.mentor_id;
    if certified_until is null or certified_until < today then
      raise exception 'peer mentor % cannot be reactivated: the certification %', new.mentor_id,
        coalesce('expired on ' || certified_until::text, 'is not recorded')
        using errcode = 'PT409',
              hint = 'Renew the certification (peer_mentors.certification_expires_on) first.';
    end if;
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
