-- Write RPCs: the only way API clients change a mentor's status.
--
-- Shape (the pattern Supabase recommends for privileged functions): the public functions PostgREST exposes
-- are thin SECURITY INVOKER wrappers (PL/pgSQL, which keeps its plan for the session, where a SQL wrapper with a
-- SET clause would be parsed and planned on every call); the work happens in private.transition_mentor_status, a SECURITY DEFINER
-- function with an empty search_path in the unexposed `private` schema, which checks authorization itself
-- before it touches anything. EXECUTE is revoked from PUBLIC and `anon` and granted to `authenticated` and
-- `service_role` only.
--
-- Order of checks (each failure changes nothing):
--   1. the caller is signed in (`authenticated` with a user id), `service_role` or the system
--      (private.caller_kind(): decided by the database role, never by a JWT claim alone)     -> 42501
--   2. the mentor exists and the caller may see them (self, coordinator in scope, admin)   -> PT404 (HTTP 404);
--      an out-of-scope mentor is reported exactly like a missing one, so scope never leaks
--   3. the caller's relationship to the mentor is allowed to take this action              -> 42501 (HTTP 403)
--   4. a request id that already produced a transition returns that first outcome again; one used for a
--      different mentor, action, reason or return date is a conflict                        -> 23505 (HTTP 409)
--   5. the action starts from the mentor's current status                                  -> PT409 (HTTP 409)
--   6. the row changes; the transition trigger enforces the state machine and its guards   -> PT409 / 22023;
--      CHECK constraints enforce a coherent row (non-blank reason of at most 500 chars)     -> 23514 (HTTP 400)
-- Once the caller may see the mentor, the status row is locked (SELECT ... FOR UPDATE), so concurrent
-- transitions of one mentor, and concurrent retries of one request, run one after the other.

create or replace function private.transition_mentor_status(
  p_action text,
  p_mentor_id uuid,
  p_reason text default null,
  p_expected_return_date date default null,
  p_request_id uuid default null
)
returns public.peer_mentor_status
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  current_row public.peer_mentor_status;
  first_outcome public.peer_mentor_status_log;
  rules private.status_transitions[];
  rule private.status_transitions;
  relationships text[];
  allowed boolean := false;
  replayable boolean := false;
begin
  if p_mentor_id is null then
    raise exception 'mentor id is required' using errcode = '22023';
  end if;
  -- The action's rules, read once: every later check looks at this array instead of querying the table again.
  select pg_catalog.array_agg(t) into rules from private.status_transitions t where t.action = p_action;
  if rules is null then
    raise exception 'unknown action %', p_action using errcode = '22023';
  end if;

  -- 1. who is calling, and how they relate to this mentor (one query; empty: they may not see the mentor)
  relationships := private.relationships_to(p_mentor_id);
  if relationships is null then
    raise exception 'sign in to change a peer mentor''s status' using errcode = '42501';
  end if;

  -- 2. the mentor exists and the caller may see them; only then is the row locked, so nobody can hold a lock
  --    on (or time the locking of) a mentor outside their scope
  if relationships <> array[]::text[] then
    select * into current_row from public.peer_mentor_status s where s.mentor_id = p_mentor_id for update;
  end if;
  if current_row.mentor_id is null then
    raise exception 'peer mentor % not found', p_mentor_id using errcode = 'PT404';
  end if;

  -- 3. may this caller take this action at all?
  foreach rule in array rules loop
    allowed := allowed or rule.actors && relationships;
  end loop;
  if not allowed then
    raise exception 'not allowed to % peer mentor %', replace(p_action, '_', ' '), p_mentor_id
      using errcode = '42501';
  end if;

  -- 4. an idempotent retry returns the first outcome
  if p_request_id is not null then
    select * into first_outcome from public.peer_mentor_status_log l where l.request_id = p_request_id;
    if found then
      foreach rule in array rules loop
        replayable := replayable or (rule.from_status = first_outcome.previous_status
                                     and rule.to_status = first_outcome.new_status);
      end loop;
      if first_outcome.mentor_id <> p_mentor_id
         or not replayable
         or (first_outcome.new_status = 'paused'
             and (first_outcome.pause_reason is distinct from private.trim_whitespace(p_reason)
                  or first_outcome.expected_return_date is distinct from p_expected_return_date))
      then
        raise exception 'request id % was already used for another transition', p_request_id
          using errcode = '23505';
      end if;
      current_row.chapter_id := first_outcome.chapter_id;
      current_row.status := first_outcome.new_status;
      current_row.pause_reason := first_outcome.pause_reason;
      current_row.expected_return_date := first_outcome.expected_return_date;
      current_row.activated_by := first_outcome.changed_by;
      current_row.paused_at := case when first_outcome.new_status = 'paused' then first_outcome.changed_at end;
      current_row.last_request_id := first_outcome.request_id;
      current_row.updated_at := first_outcome.changed_at;
      return current_row;
    end if;
  end if;

  -- 5. does the action start from the current status?
  allowed := false;
  foreach rule in array rules loop
    if rule.from_status = current_row.status then
      allowed := true;
      exit;
    end if;
  end loop;
  if not allowed then
    raise exception 'cannot % peer mentor %: status is %', replace(p_action, '_', ' '), p_mentor_id, current_row.status
      using errcode = 'PT409';
  end if;

  -- 6. transition
  update public.peer_mentor_status s
     set status = rule.to_status,
         pause_reason = case when rule.to_status = 'paused' then private.trim_whitespace(p_reason) end,
         expected_return_date = case when rule.to_status = 'paused' then p_expected_return_date end,
         last_request_id = p_request_id
   where s.mentor_id = p_mentor_id
  returning * into current_row;
  return current_row;
end;
$$;
comment on function private.transition_mentor_status(text, uuid, text, date, uuid) is
  'Apply one status transition with authorization and idempotency; called by the public write RPCs.';

revoke all on function private.transition_mentor_status(text, uuid, text, date, uuid) from public, anon;
grant execute on function private.transition_mentor_status(text, uuid, text, date, uuid) to authenticated, service_role;

-- The public API ------------------------------------------------------------------------------------------------

create or replace function public.pause_mentor(
  p_mentor_id uuid,
  p_reason text,
  p_expected_return_date date default null,
  p_request_id uuid default null
)
returns public.peer_mentor_status
language plpgsql
volatile
security invoker
set search_path = ''
as $$
begin
  return private.transition_mentor_status('pause', p_mentor_id, p_reason, p_expected_return_date, p_request_id);
end;
$$;
comment on function public.pause_mentor(uuid, text, date, uuid) is
  'Pause an active peer mentor (reason required; expected return date optional, today or later).';

create or replace function public.resume_mentor(p_mentor_id uuid, p_request_id uuid default null)
returns public.peer_mentor_status
language plpgsql
volatile
security invoker
set search_path = ''
as $$
begin
  return private.transition_mentor_status('resume', p_mentor_id, null, null, p_request_id);
end;
$$;
comment on function public.resume_mentor(uuid, uuid) is 'Make a paused peer mentor active again.';

create or replace function public.reactivate_mentor(p_mentor_id uuid, p_request_id uuid default null)
returns public.peer_mentor_status
language plpgsql
volatile
security invoker
set search_path = ''
as $$
begin
  return private.transition_mentor_status('reactivate', p_mentor_id, null, null, p_request_id);
end;
$$;
comment on function public.reactivate_mentor(uuid, uuid) is
  'Make a mentor whose certification had expired active again, once the certification is valid.';

create or replace function public.expire_mentor_certification(p_mentor_id uuid, p_request_id uuid default null)
returns public.peer_mentor_status
language plpgsql
volatile
security invoker
set search_path = ''
as $$
begin
  return private.transition_mentor_status('expire_certification', p_mentor_id, null, null, p_request_id);
end;
$$;
comment on function public.expire_mentor_certification(uuid, uuid) is
  'Mark a mentor''s certification as expired (org admins and the nightly job).';

revoke all on function
  public.pause_mentor(uuid, text, date, uuid), public.resume_mentor(uuid, uuid),
  public.reactivate_mentor(uuid, uuid), public.expire_mentor_certification(uuid, uuid)
  from public, anon;
grant execute on function
  public.pause_mentor(uuid, text, date, uuid), public.resume_mentor(uuid, uuid),
  public.reactivate_mentor(uuid, uuid), public.expire_mentor_certification(uuid, uuid)
  to authenticated, service_role;
