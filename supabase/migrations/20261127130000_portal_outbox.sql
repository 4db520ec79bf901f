-- The portal outbox: every change of a mentor's availability reaches the organisation's public portal (Dynamics),
-- and none is lost between the database and the portal.
--
-- Transactional: a trigger on peer_mentor_status, beside the history trigger, records the change in the same
-- transaction as the transition, so a rolled-back transition leaves nothing to send and a committed one cannot be
-- forgotten, whatever the client did afterwards.
--
-- Coalescing: one row per mentor with a change counter (`version`). Only the latest state matters to the portal, so
-- a worker sends each mentor's *current* state (read when it claims the mentor), once, however many changes queued;
-- `delivered_version` is the version the portal acknowledged. A change that arrives while a push is in flight
-- raises `version`, so the mentor stays pending and is sent again with the newer state; nothing that was delivered
-- is sent again otherwise.
--
-- Workers (the Python SDK's PortalSyncWorker, `mentor-pause portal sync`) claim due mentors with a lease: the claim
-- takes rows with FOR UPDATE SKIP LOCKED, so two workers never claim the same mentor, and stamps `locked_until`, so
-- that a worker killed mid-batch only delays its mentors until the lease runs out (then another worker sends them).
-- A failure reschedules the mentor (`due_at`, the delay the portal asked for or the worker's backoff) and counts an
-- attempt; after the worker's maximum number of attempts, or a refusal that retrying cannot fix, the mentor becomes
-- a dead letter (`dead_at`, `last_error`) until someone requeues it or a newer change arrives.
--
-- Access: the outbox lives in `private` (no API role reads or writes it). service_role and the system work it
-- through the RPCs below; org admins see its state through public.portal_sync_status().

create table private.portal_outbox (
  mentor_id uuid primary key,
  version bigint not null default 1,
  delivered_version bigint not null default 0,
  changed_at timestamptz not null default now(),
  pending_since timestamptz default now(),
  due_at timestamptz not null default now(),
  attempts integer not null default 0,
  locked_until timestamptz,
  locked_by text,
  last_error text,
  dead_at timestamptz,
  delivered_at timestamptz
) with (fillfactor = 80);
comment on table private.portal_outbox is
  'One row per mentor: the changes the portal has not acknowledged yet (version > delivered_version).';
comment on column private.portal_outbox.pending_since is 'Since when the portal has been behind for this mentor; NULL when in step.';

-- What workers look for: mentors the portal is behind on, due, not dead (partial: in-step mentors cost nothing).
-- `pending_since is not null` says the same as `version > delivered_version` (the functions below keep them in
-- step), but it does not change while a mentor stays pending, whereas version does: a column an index or its
-- predicate uses rules out a HOT update. So a burst of changes to a mentor the portal has not caught up with yet
-- updates the row in place (fillfactor leaves room on the page), without touching either index.
create index portal_outbox_due_idx on private.portal_outbox (due_at, mentor_id)
  where pending_since is not null and dead_at is null;

revoke all on table private.portal_outbox from public, anon, authenticated, service_role;

-- Recording a change -----------------------------------------------------------------------------------------------
create or replace function private.enqueue_portal_sync()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  mentor uuid := case when tg_op = 'DELETE' then old.mentor_id else new.mentor_id end;
begin
  insert into private.portal_outbox as o (mentor_id) values (mentor)
  on conflict (mentor_id) do update
     set version = o.version + 1,
         changed_at = now(),
         pending_since = coalesce(o.pending_since, now()),
         -- Already waiting for its first try: keep its place (and the row HOT); otherwise try at once.
         due_at = case when o.pending_since is not null and o.dead_at is null and o.attempts = 0
                       then least(o.due_at, now()) else now() end,
         attempts = 0,
         dead_at = null,
         last_error = null;
  return null;
end;
$$;
revoke all on function private.enqueue_portal_sync() from public;

create trigger trg_peer_mentor_status_portal_insert
  after insert on public.peer_mentor_status
  for each row execute function private.enqueue_portal_sync();
create trigger trg_peer_mentor_status_portal_update
  after update of status, expected_return_date on public.peer_mentor_status
  for each row
  when ((old.status, old.expected_return_date) is distinct from (new.status, new.expected_return_date))
  execute function private.enqueue_portal_sync();
create trigger trg_peer_mentor_status_portal_delete
  after delete on public.peer_mentor_status
  for each row execute function private.enqueue_portal_sync();
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_portal_insert;
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_portal_update;
alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_portal_delete;

-- Who may work the outbox ----------------------------------------------------------------------------------------
create or replace function private.check_may_work_portal_outbox()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if private.caller_kind() not in ('service', 'system') then
    raise exception 'only service_role works the portal outbox' using errcode = '42501';
  end if;
end;
$$;
revoke all on function private.check_may_work_portal_outbox() from public;

-- One mentor to push: their current state (status NULL: they left the roster).
create type public.portal_sync_item as (
  mentor_id uuid,
  version bigint,
  status text,  -- a mentor_status value (text: `supabase gen types` cannot name a domain inside a composite type)
  expected_return_date date,
  changed_at timestamptz,
  attempts integer
);
comment on type public.portal_sync_item is 'A mentor whose current availability the portal should get (status NULL: removed).';

create or replace function private.claim_portal_sync(
  p_worker text,
  p_limit integer default 100,
  p_lease_seconds integer default 60
)
returns setof public.portal_sync_item
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  perform private.check_may_work_portal_outbox();
  if p_worker is null or private.trim_whitespace(p_worker) = '' then
    raise exception 'a worker name is required' using errcode = '22023';
  end if;
  if p_limit is null or p_limit < 1 or p_limit > 1000 then
    raise exception 'claim size must be between 1 and 1000, got %', p_limit using errcode = '22023';
  end if;
  if p_lease_seconds is null or p_lease_seconds < 1 or p_lease_seconds > 3600 then
    raise exception 'lease must be between 1 and 3600 seconds, got %', p_lease_seconds using errcode = '22023';
  end if;
  return query
    with due as (
      select o.mentor_id
        from private.portal_outbox o
       where o.pending_since is not null and o.dead_at is null and o.due_at <= now()
         and o.version > o.delivered_version
         and (o.locked_until is null or o.locked_until < now())
       order by o.due_at, o.mentor_id
       limit p_limit
         for update skip locked
    ), claimed as (
      update private.portal_outbox o
         set locked_until = now() + make_interval(secs => p_lease_seconds),
             locked_by = p_worker
        from due
       where o.mentor_id = due.mentor_id
      returning o.mentor_id, o.version, o.changed_at, o.attempts
    )
    select c.mentor_id, c.version, s.status::text, s.expected_return_date, c.changed_at, c.attempts
      from claimed c
      left join public.peer_mentor_status s on s.mentor_id = c.mentor_id
     order by c.mentor_id;
end;
$$;
comment on function private.claim_portal_sync(text, integer, integer) is
  'Claim up to p_limit mentors the portal is behind on, for p_lease_seconds; returns their current state.';

-- p_items: [{"mentor_id": ..., "version": ...}, ...]: the states the portal acknowledged.
create or replace function private.complete_portal_sync(p_worker text, p_items jsonb)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  done integer;
begin
  perform private.check_may_work_portal_outbox();
  with acknowledged as (
    select x.mentor_id, x.version from jsonb_to_recordset(coalesce(p_items, '[]'::jsonb)) as x(mentor_id uuid, version bigint)
  )
  update private.portal_outbox o
     set delivered_version = greatest(o.delivered_version, a.version),
         delivered_at = now(),
         pending_since = case when a.version >= o.version then null else o.pending_since end,
         attempts = case when a.version >= o.version then 0 else o.attempts end,
         last_error = case when a.version >= o.version then null else o.last_error end,
         locked_until = case when o.locked_by = p_worker then null else o.locked_until end,
         locked_by = case when o.locked_by = p_worker then null else o.locked_by end
    from acknowledged a
   where o.mentor_id = a.mentor_id;
  get diagnostics done = row_count;
  return done;
end;
$$;
comment on function private.complete_portal_sync(text, jsonb) is
  'Record that the portal acknowledged these mentors'' states ([{"mentor_id", "version"}]); returns how many.';

-- p_items: [{"mentor_id", "version", "error", "retry_after_seconds", "permanent"}, ...]: what the portal refused.
create or replace function private.fail_portal_sync(p_worker text, p_items jsonb, p_max_attempts integer default 10)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  done integer;
begin
  perform private.check_may_work_portal_outbox();
  if p_max_attempts is null or p_max_attempts < 1 then
    raise exception 'max attempts must be at least 1, got %', p_max_attempts using errcode = '22023';
  end if;
  with refused as (
    select x.mentor_id, x.version, left(coalesce(x.error, 'failed'), 2000) as error,
           greatest(coalesce(x.retry_after_seconds, 0), 0) as retry_after, coalesce(x.permanent, false) as permanent
      from jsonb_to_recordset(coalesce(p_items, '[]'::jsonb))
           as x(mentor_id uuid, version bigint, error text, retry_after_seconds double precision, permanent boolean)
  )
  update private.portal_outbox o
     set attempts = o.attempts + case when r.version = o.version then 1 else 0 end,
         last_error = case when r.version = o.version then r.error else o.last_error end,
         -- A newer change came in meanwhile: it gets a fresh try at once, whatever happened to the old one.
         dead_at = case when r.version = o.version and (r.permanent or o.attempts + 1 >= p_max_attempts)
                        then now() end,
         due_at = case when r.version = o.version then now() + make_interval(secs => r.retry_after) else now() end,
         locked_until = case when o.locked_by = p_worker then null else o.locked_until end,
         locked_by = case when o.locked_by = p_worker then null else o.locked_by end
    from refused r
   where o.mentor_id = r.mentor_id;
  get diagnostics done = row_count;
  return done;
end;
$$;
comment on function private.fail_portal_sync(text, jsonb, integer) is
  'Reschedule mentors the portal refused ([{"mentor_id", "version", "error", "retry_after_seconds", "permanent"}]); '
  'after p_max_attempts failures, or a permanent refusal, they become dead letters.';

create or replace function private.requeue_portal_dead_letters(p_mentor_ids uuid[] default null)
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  done integer;
begin
  perform private.check_may_work_portal_outbox();
  update private.portal_outbox o
     set dead_at = null, attempts = 0, due_at = now(), last_error = null
   where o.dead_at is not null and (p_mentor_ids is null or o.mentor_id = any (p_mentor_ids));
  get diagnostics done = row_count;
  return done;
end;
$$;
comment on function private.requeue_portal_dead_letters(uuid[]) is
  'Give dead letters (all, or these mentors) a fresh start; returns how many.';

-- The state an operator or a dashboard needs: is the portal in step? ------------------------------------------------
create type public.portal_sync_state as (
  pending integer,
  in_flight integer,
  dead_letters integer,
  oldest_pending_since timestamptz,
  last_delivered_at timestamptz
);
comment on type public.portal_sync_state is
  'pending: mentors the portal is behind on (dead letters excluded); in_flight: claimed under a live lease.';

create or replace function private.portal_sync_status()
returns public.portal_sync_state
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  state public.portal_sync_state;
begin
  if not (private.caller_kind() in ('service', 'system')
          or (private.caller_kind() = 'user' and private.has_app_role('org_admin'))) then
    raise exception 'only org admins and service_role may see the portal sync state' using errcode = '42501';
  end if;
  select count(*) filter (where o.version > o.delivered_version and o.dead_at is null),
         count(*) filter (where o.version > o.delivered_version and o.dead_at is null and o.locked_until >= now()),
         count(*) filter (where o.dead_at is not null),
         min(o.pending_since) filter (where o.dead_at is null),
         max(o.delivered_at)
    into state.pending, state.in_flight, state.dead_letters, state.oldest_pending_since, state.last_delivered_at
    from private.portal_outbox o;
  return state;
end;
$$;
comment on function private.portal_sync_status() is 'Whether the portal is in step: pending, in flight, dead letters, last success.';

revoke all on function
  private.claim_portal_sync(text, integer, integer), private.complete_portal_sync(text, jsonb),
  private.fail_portal_sync(text, jsonb, integer), private.requeue_portal_dead_letters(uuid[]),
  private.portal_sync_status()
  from public, anon;
grant execute on function
  private.claim_portal_sync(text, integer, integer), private.complete_portal_sync(text, jsonb),
  private.fail_portal_sync(text, jsonb, integer), private.requeue_portal_dead_letters(uuid[]),
  private.portal_sync_status()
  to authenticated, service_role;

-- The public API: thin SECURITY INVOKER wrappers, like the write RPCs (the work, and the check of who may do it,
-- is in the SECURITY DEFINER functions above, in the unexposed schema) --------------------------------------------
create or replace function public.claim_portal_sync(
  p_worker text, p_limit integer default 100, p_lease_seconds integer default 60
)
returns setof public.portal_sync_item
language sql volatile security invoker set search_path = ''
as $$ select * from private.claim_portal_sync(p_worker, p_limit, p_lease_seconds); $$;
comment on function public.claim_portal_sync(text, integer, integer) is
  'Claim up to p_limit mentors the portal is behind on, for p_lease_seconds; returns their current state.';

create or replace function public.complete_portal_sync(p_worker text, p_items jsonb)
returns integer
language sql volatile security invoker set search_path = ''
as $$ select private.complete_portal_sync(p_worker, p_items); $$;
comment on function public.complete_portal_sync(text, jsonb) is
  'Record that the portal acknowledged these mentors'' states ([{"mentor_id", "version"}]); returns how many.';

create or replace function public.fail_portal_sync(p_worker text, p_items jsonb, p_max_attempts integer default 10)
returns integer
language sql volatile security invoker set search_path = ''
as $$ select private.fail_portal_sync(p_worker, p_items, p_max_attempts); $$;
comment on function public.fail_portal_sync(text, jsonb, integer) is
  'Reschedule mentors the portal refused; after p_max_attempts failures, or a permanent refusal, dead letters.';

create or replace function public.requeue_portal_dead_letters(p_mentor_ids uuid[] default null)
returns integer
language sql volatile security invoker set search_path = ''
as $$ select private.requeue_portal_dead_letters(p_mentor_ids); $$;
comment on function public.requeue_portal_dead_letters(uuid[]) is
  'Give dead letters (all, or these mentors) a fresh start; returns how many.';

create or replace function public.portal_sync_status()
returns public.portal_sync_state
language sql stable security invoker set search_path = ''
as $$ select * from private.portal_sync_status(); $$;
comment on function public.portal_sync_status() is 'Whether the portal is in step: pending, in flight, dead letters, last success.';

revoke all on function
  public.claim_portal_sync(text, integer, integer), public.complete_portal_sync(text, jsonb),
  public.fail_portal_sync(text, jsonb, integer), public.requeue_portal_dead_letters(uuid[]),
  public.portal_sync_status()
  from public, anon;
grant execute on function
  public.claim_portal_sync(text, integer, integer), public.complete_portal_sync(text, jsonb),
  public.fail_portal_sync(text, jsonb, integer), public.requeue_portal_dead_letters(uuid[]),
  public.portal_sync_status()
  to authenticated, service_role;
