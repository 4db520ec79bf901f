-- Nightly certification expiry: one batched core that every host runs (pg_cron's procedure, the Edge Function,
-- the Python SDK and CLI), so an organisation schedules it where it already runs things.
--
-- Every `active` or `paused` mentor whose certification has lapsed (certification_expires_on before the
-- organisation's today: expires today, still valid; NULL, not tracked, never lapses) moves to
-- `certification_expired` through the state machine like any other change: the transition trigger checks it
-- against private.status_transitions (action expire_certification), the log trigger writes the history row
-- (changed_by: the acting user, NULL for service_role and the system; note: "certification expired on <date>").
--
-- One batch at a time, each in its own transaction (a PostgREST request, or a COMMIT in the procedure): a crash
-- loses at most the batch in flight, and a rerun resumes. A batch takes at most p_limit lapsed mentors in keyset
-- order (certification_expires_on, mentor_id) from the partial index peer_mentor_status_lapse_idx, locked with
-- FOR UPDATE SKIP LOCKED, so two runners never wait on or fight over a mentor: each is expired exactly once. The
-- cost of a night is the number of lapsed mentors; a night with nothing to do is one index probe.
--
-- Each run has a record (public.certification_expiry_runs), updated in the same transaction as each batch, so it
-- always says what was committed; a run that died mid-way stays unfinished (finished_at NULL, no error).
-- Who may run it: service_role, the system (pg_cron, owner SQL) and org admins; anyone else gets 42501.

create table public.certification_expiry_runs (
  id bigint generated always as identity primary key,
  host text not null check (host in ('pg_cron', 'edge', 'python', 'manual')),
  started_by uuid,
  run_date date not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  batches integer not null default 0,
  expired integer not null default 0,
  last_after_date date,
  last_after_mentor uuid,
  error text
);
comment on table public.certification_expiry_runs is
  'One row per certification expiry run: where it ran, what it did, and whether it finished.';
comment on column public.certification_expiry_runs.started_by is 'Org admin who started it; NULL for service_role and the system.';
comment on column public.certification_expiry_runs.run_date is 'The organisation''s date the run decided lapses for.';
comment on column public.certification_expiry_runs.finished_at is 'NULL while running, or when the run died mid-way.';
comment on column public.certification_expiry_runs.last_after_date is 'Cursor after the last committed batch (with last_after_mentor).';
comment on column public.certification_expiry_runs.error is 'Why the run failed, when it did.';

-- "Did last night's run happen?": newest first.
create index certification_expiry_runs_started_at_idx on public.certification_expiry_runs (started_at desc);

alter table public.certification_expiry_runs enable row level security;
revoke all on table public.certification_expiry_runs from anon, authenticated, service_role;
grant select on table public.certification_expiry_runs to authenticated, service_role;
revoke all on sequence public.certification_expiry_runs_id_seq from anon, authenticated, service_role;

create policy "certification_expiry_runs: org admins"
  on public.certification_expiry_runs for select to authenticated
  using ((select private.has_app_role('org_admin')));

-- What one batch did (a single JSON object through PostgREST).
create type public.certification_expiry_batch as (
  run_id bigint,
  processed integer,
  expired integer,
  next_after_date date,
  next_after_mentor uuid,
  done boolean
);
comment on type public.certification_expiry_batch is
  'Progress of one batch: pass next_after_date/next_after_mentor to the next batch; done when nothing is left.';

-- Who may run it -----------------------------------------------------------------------------------------------
create or replace function private.check_may_run_certification_expiry()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  kind text := private.caller_kind();
begin
  if kind in ('service', 'system') or (kind = 'user' and private.has_app_role('org_admin')) then
    return;
  end if;
  raise exception 'only service_role and org admins may run the certification expiry' using errcode = '42501';
end;
$$;
revoke all on function private.check_may_run_certification_expiry() from public;

-- Start, one batch, fail -----------------------------------------------------------------------------------------
create or replace function private.start_certification_expiry_run(p_host text)
returns bigint
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  run_id bigint;
begin
  perform private.check_may_run_certification_expiry();
  if p_host is null or p_host not in ('pg_cron', 'edge', 'python', 'manual') then
    raise exception 'unknown host %: pg_cron, edge, python or manual', p_host using errcode = '22023';
  end if;
  insert into public.certification_expiry_runs (host, started_by, run_date)
  values (p_host, private.acting_user(), private.today())
  returning id into run_id;
  return run_id;
end;
$$;

create or replace function private.expire_certification_batch(
  p_run_id bigint,
  p_after_date date default null,
  p_after_mentor uuid default null,
  p_limit integer default 500
)
returns public.certification_expiry_batch
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  run public.certification_expiry_runs;
  result public.certification_expiry_batch;
  today date := private.today();
  last_date date;
  last_mentor uuid;
begin
  perform private.check_may_run_certification_expiry();
  if p_limit is null or p_limit < 1 or p_limit > 10000 then
    raise exception 'batch size must be between 1 and 10000, got %', p_limit using errcode = '22023';
  end if;
  select * into run from public.certification_expiry_runs r where r.id = p_run_id for update;
  if not found then
    raise exception 'certification expiry run % not found', p_run_id using errcode = 'PT404';
  end if;
  if run.finished_at is not null then
    raise exception 'certification expiry run % has already finished', p_run_id using errcode = 'PT409';
  end if;

  with lapsed as (
    select s.mentor_id, s.certification_expires_on
      from public.peer_mentor_status s
     where s.status <> 'certification_expired'
       and s.certification_expires_on < today
       -- one row comparison, no OR: an index range whatever the cursor (the first batch starts at -infinity)
       and (s.certification_expires_on, s.mentor_id)
           > (coalesce(p_after_date, '-infinity'::date),
              coalesce(p_after_mentor, '00000000-0000-0000-0000-000000000000'::uuid))
     order by s.certification_expires_on, s.mentor_id
     limit p_limit
       for update skip locked
  ), changed as (
    update public.peer_mentor_status s
       set status = 'certification_expired'
      from lapsed l
     where s.mentor_id = l.mentor_id
    returning s.mentor_id
  )
  select (select count(*) from lapsed), (select count(*) from changed),
         l.certification_expires_on, l.mentor_id
    into result.processed, result.expired, last_date, last_mentor
    from (select 1) one
    left join lateral (
      select certification_expires_on, mentor_id from lapsed
       order by certification_expires_on desc, mentor_id desc limit 1
    ) l on true;

  result.run_id := p_run_id;
  result.done := result.processed < p_limit;
  result.next_after_date := coalesce(last_date, p_after_date);
  result.next_after_mentor := case when last_date is null then p_after_mentor else last_mentor end;

  update public.certification_expiry_runs r
     set batches = r.batches + 1,
         expired = r.expired + result.expired,
         last_after_date = result.next_after_date,
         last_after_mentor = result.next_after_mentor,
         finished_at = case when result.done then now() end
   where r.id = p_run_id;
  return result;
end;
$$;

create or replace function private.fail_certification_expiry_run(p_run_id bigint, p_error text)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  perform private.check_may_run_certification_expiry();
  update public.certification_expiry_runs r
     set error = left(coalesce(nullif(private.trim_whitespace(p_error), ''), 'failed'), 2000),
         finished_at = now()
   where r.id = p_run_id and r.finished_at is null;
  if not found then
    raise exception 'certification expiry run % not found or already finished', p_run_id using errcode = 'PT404';
  end if;
end;
$$;

revoke all on function
  private.start_certification_expiry_run(text),
  private.expire_certification_batch(bigint, date, uuid, integer),
  private.fail_certification_expiry_run(bigint, text)
  from public, anon;
grant execute on function
  private.start_certification_expiry_run(text),
  private.expire_certification_batch(bigint, date, uuid, integer),
  private.fail_certification_expiry_run(bigint, text)
  to authenticated, service_role;

-- The public API (thin SECURITY INVOKER wrappers, like the write RPCs) -----------------------------------------
create or replace function public.start_certification_expiry_run(p_host text default 'manual')
returns bigint
language sql
volatile
security invoker
set search_path = ''
as $$
  select private.start_certification_expiry_run(p_host);
$$;
comment on function public.start_certification_expiry_run(text) is
  'Start a certification expiry run (host: pg_cron, edge, python or manual); returns its id.';

create or replace function public.expire_certification_batch(
  p_run_id bigint,
  p_after_date date default null,
  p_after_mentor uuid default null,
  p_limit integer default 500
)
returns public.certification_expiry_batch
language sql
volatile
security invoker
set search_path = ''
as $$
  select * from private.expire_certification_batch(p_run_id, p_after_date, p_after_mentor, p_limit);
$$;
comment on function public.expire_certification_batch(bigint, date, uuid, integer) is
  'Expire up to p_limit lapsed mentors after the cursor, in one transaction; returns the progress and next cursor.';

create or replace function public.fail_certification_expiry_run(p_run_id bigint, p_error text)
returns void
language sql
volatile
security invoker
set search_path = ''
as $$
  select private.fail_certification_expiry_run(p_run_id, p_error);
$$;
comment on function public.fail_certification_expiry_run(bigint, text) is
  'Record why a certification expiry run failed (it then counts as finished).';

revoke all on function
  public.start_certification_expiry_run(text),
  public.expire_certification_batch(bigint, date, uuid, integer),
  public.fail_certification_expiry_run(bigint, text)
  from public, anon;
grant execute on function
  public.start_certification_expiry_run(text),
  public.expire_certification_batch(bigint, date, uuid, integer),
  public.fail_certification_expiry_run(bigint, text)
  to authenticated, service_role;

-- The pg_cron host: batches with a COMMIT after each --------------------------------------------------------------
-- A procedure, because only a procedure may COMMIT; PostgreSQL refuses transaction control in a SECURITY DEFINER
-- procedure and in one with a SET clause, so it runs as its caller (pg_cron's job owner, the system) without a
-- pinned search_path, and names everything with its schema. A failed batch is rolled back, recorded on the run,
-- and raised again so pg_cron's job_run_details says failed.
create or replace procedure private.run_certification_expiry(p_host text default 'pg_cron', p_batch_size integer default 500)
language plpgsql
as $$
declare
  run_id bigint;
  batch public.certification_expiry_batch;
  after_date date;
  after_mentor uuid;
  failure text;
begin
  run_id := private.start_certification_expiry_run(p_host);
  commit;
  loop
    begin
      batch := private.expire_certification_batch(run_id, after_date, after_mentor, p_batch_size);
    exception when others then
      failure := sqlstate || ': ' || sqlerrm;
    end;
    if failure is not null then
      perform private.fail_certification_expiry_run(run_id, failure);
      commit;
      raise exception 'certification expiry run % failed: %', run_id, failure;
    end if;
    commit;
    exit when batch.done;
    after_date := batch.next_after_date;
    after_mentor := batch.next_after_mentor;
  end loop;
end;
$$;
comment on procedure private.run_certification_expiry(text, integer) is
  'Run the whole certification expiry, one committed batch at a time (pg_cron calls this nightly).';
revoke all on procedure private.run_certification_expiry(text, integer) from public, anon, authenticated, service_role;
