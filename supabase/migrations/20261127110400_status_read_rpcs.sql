-- Read RPCs: what a table read cannot give, a clear "not found" (PT404), filtering by chapter membership, keyset
-- pagination with a bounded page size, and statuses with the names people know them by. STABLE, so PostgREST runs
-- them in a read-only transaction (and allows GET).
--
-- SECURITY DEFINER with the scope written out, rather than SECURITY INVOKER through the policies: a policy can only
-- filter the rows a statement reads, while here the scope can drive the query (a semi-join from the caller's
-- mentors into the status index), so a coordinator's page costs their scope, not the roster, and a one-mentor read
-- costs one mentor (private.relationships_to). The scope is the policies' own (private.visible_mentor_ids,
-- private.coordinated_chapter_ids, private.relationships_to): a mentor is visible to a caller exactly when the
-- status policy would show them, and the access matrix checks both give the same rows to every actor.
--
-- A status is read by people, so the status RPCs return it with the mentor's display name and the chapter's name
-- (public.mentor_status_listing), filled here rather than by a second request. They reveal nothing new: a caller who
-- may see a status row may also read its mentor (peer_mentors: the status policy's mentor arms are
-- private.visible_mentor_ids, and a mentor filed under a coordinated chapter is a member of it, so visible too) and
-- its chapter (chapters: private.visible_chapter_ids covers the coordinated chapters and every visible mentor's
-- chapters, and a status is filed under one of its mentor's chapters); tests/database/test_read_rpcs.py holds the
-- names to what the caller reads through the tables' policies. The names are looked up for the rows returned only
-- (two primary-key probes a row), so they add a constant cost per row and nothing per scope.

-- One status as the read RPCs return it: the columns of public.peer_mentor_status, in order, and the names. status is
-- text (a mentor_status value; `supabase gen types` cannot name a domain inside a composite type). The suite checks
-- the columns against the table's.
create type public.mentor_status_listing as (
  id bigint,
  mentor_id uuid,
  chapter_id uuid,
  status text,
  pause_reason text,
  expected_return_date date,
  activated_by uuid,
  paused_at timestamptz,
  last_request_id uuid,
  certification_expires_on date,
  created_at timestamptz,
  updated_at timestamptz,
  mentor_display_name text,
  chapter_name text
);
comment on type public.mentor_status_listing is
  'A peer_mentor_status row with the mentor''s display name and the name of the chapter it is filed under.';

-- One page-size rule for every paginated read.
create or replace function private.check_page_size(p_limit integer)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_limit is null or p_limit < 1 or p_limit > 1000 then
    raise exception 'page size must be between 1 and 1000, got %', p_limit using errcode = '22023';
  end if;
end;
$$;
revoke all on function private.check_page_size(integer) from public, anon;
grant execute on function private.check_page_size(integer) to authenticated, service_role;

create or replace function private.get_mentor_status(p_mentor_id uuid)
returns public.mentor_status_listing
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  found_row public.mentor_status_listing;
begin
  if private.relationships_to(p_mentor_id) <> array[]::text[] then  -- NULL (not signed in): not found either
    select s.id, s.mentor_id, s.chapter_id, s.status, s.pause_reason, s.expected_return_date, s.activated_by,
           s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at, s.updated_at,
           p.display_name, c.name
      into found_row
      from public.peer_mentor_status s
      join public.peer_mentors p on p.id = s.mentor_id
      join public.chapters c on c.id = s.chapter_id
     where s.mentor_id = p_mentor_id;
  end if;
  if found_row.mentor_id is null then
    raise exception 'peer mentor % not found', p_mentor_id using errcode = 'PT404';
  end if;
  return found_row;
end;
$$;
comment on function private.get_mentor_status(uuid) is 'Current status of one peer mentor (404 when not visible).';

-- Several mentors by id in one request (a notebook's or a job's list of ids). Each id costs what a get_mentor_status
-- costs (private.relationships_to: index probes of that mentor), whatever the caller's scope, and ids the caller may
-- not see are simply absent, as a table read leaves them out.
create or replace function private.get_mentor_statuses(p_mentor_ids uuid[])
returns setof public.mentor_status_listing
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  kind text := private.caller_kind();
  sees_everyone boolean := kind in ('service', 'system') or (kind = 'user' and private.has_app_role('org_admin'));
begin
  if p_mentor_ids is null or cardinality(p_mentor_ids) > 1000 then
    raise exception 'between 0 and 1000 mentor ids, got %', coalesce(cardinality(p_mentor_ids)::text, 'none')
      using errcode = '22023';
  end if;
  if not sees_everyone and kind <> 'user' then
    return;  -- nobody signed in: nothing is visible
  end if;
  return query
    select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date, s.activated_by,
           s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at, s.updated_at,
           p.display_name, c.name
      from public.peer_mentor_status s
      left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
      left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
     where s.mentor_id = any(p_mentor_ids)
       and (sees_everyone or private.relationships_to(s.mentor_id) <> array[]::text[])
     order by s.mentor_id;
end;
$$;
comment on function private.get_mentor_statuses(uuid[]) is
  'Current statuses of up to 1000 peer mentors by id, ordered by mentor_id (those not visible are absent).';

create or replace function private.list_mentor_statuses(
  p_chapter_id uuid default null,
  p_status text default null,
  p_after uuid default null,
  p_limit integer default 100
)
returns setof public.mentor_status_listing
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  kind text := private.caller_kind();
  sees_everyone boolean := kind in ('service', 'system') or (kind = 'user' and private.has_app_role('org_admin'));
  -- A regional coordinator's mentors are many (a few hundred chapters: 100,000+ mentors); walking the status index
  -- in order and probing each row's memberships finds a page after a few hundred rows, while starting from the
  -- set would build it whole first. A small scope is the other way round.
  caller uuid := private.request_user();
  is_coordinator boolean := private.has_app_role('coordinator');
  wide_scope boolean := not sees_everyone and kind = 'user' and is_coordinator
    and (select count(*) from public.coordinator_chapters cc where cc.coordinator_id = caller) > 30;
begin
  perform private.check_page_size(p_limit);
  if p_status is not null then
    begin
      perform p_status::public.mentor_status;
    exception when check_violation then
      raise exception 'unknown status %', p_status using errcode = '22023';
    end;
  end if;
  if not sees_everyone and kind <> 'user' then
    return;  -- nobody signed in: nothing is visible
  end if;

  -- Five queries, not one with OR'd optional filters: PL/pgSQL keeps one plan per statement, and a generic plan
  -- must then serve every case. Each of these has the shape its case needs: the caller's mentors (a semi-join from
  -- private.visible_mentor_ids into the status index) drive the query only when the caller sees less than a whole
  -- chapter or the whole roster; a chapter's members come from the membership index. Each picks its page (at most
  -- p_limit rows) in a subquery, and the names are looked up for those rows only, each in a LATERAL subquery kept
  -- apart by OFFSET 0: a parameterized probe of the primary key per row. (A plain join lets the planner hash the
  -- whole of peer_mentors for a large page, which would cost the roster instead of the page.)
  if p_chapter_id is null and sees_everyone then
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.* from public.peer_mentor_status s
               where (p_status is null or s.status = p_status)
                 and (p_after is null or s.mentor_id > p_after)
               order by s.mentor_id
               limit p_limit) s
        left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
        left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
       order by s.mentor_id;
  elsif p_chapter_id is null and wide_scope then
    -- Each row walked is checked by index probes (its memberships against the caller's chapters, a direct
    -- assignment, the caller's own row): the set of 100,000+ visible mentors is never built, and a page costs the
    -- few hundred rows walked to fill it. The same rules as private.visible_mentor_ids(), row by row (wide_scope
    -- already requires the coordinator role).
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.* from public.peer_mentor_status s
               -- `offset 0` keeps each EXISTS a per-row probe: without it PostgreSQL may plan the alternative of
               -- hashing every membership of the caller's chapters (150,000 rows) before the first row is walked.
               where (exists (select 1
                                from public.chapter_memberships m
                                join public.coordinator_chapters cc on cc.chapter_id = m.chapter_id
                               where m.mentor_id = s.mentor_id and cc.coordinator_id = caller
                              offset 0)
                      or exists (select 1 from public.coordinator_mentors cm
                                  where cm.mentor_id = s.mentor_id and cm.coordinator_id = caller
                                 offset 0)
                      or exists (select 1 from public.peer_mentors p where p.id = s.mentor_id and p.user_id = caller
                                 offset 0))
                 and (p_status is null or s.status = p_status)
                 and (p_after is null or s.mentor_id > p_after)
               order by s.mentor_id
               limit p_limit) s
        left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
        left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
       order by s.mentor_id;
  elsif p_chapter_id is null then
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.* from public.peer_mentor_status s
               where s.mentor_id in (select private.visible_mentor_ids())
                 and (p_status is null or s.status = p_status)
                 and (p_after is null or s.mentor_id > p_after)
               order by s.mentor_id
               limit p_limit) s
        left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
        left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
       order by s.mentor_id;
  elsif sees_everyone or p_chapter_id in (select private.coordinated_chapter_ids()) then
    -- Members of the chapter, whichever of their chapters the status is filed under (all of them visible).
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.* from public.peer_mentor_status s
               where s.mentor_id in (select m.mentor_id from public.chapter_memberships m
                                      where m.chapter_id = p_chapter_id)
                 and (p_status is null or s.status = p_status)
                 and (p_after is null or s.mentor_id > p_after)
               order by s.mentor_id
               limit p_limit) s
        left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
        left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
       order by s.mentor_id;
  else
    -- A chapter the caller does not coordinate: those of its members they see.
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.* from public.peer_mentor_status s
               where s.mentor_id in (select m.mentor_id from public.chapter_memberships m
                                      where m.chapter_id = p_chapter_id)
                 and s.mentor_id in (select private.visible_mentor_ids())
                 and (p_status is null or s.status = p_status)
                 and (p_after is null or s.mentor_id > p_after)
               order by s.mentor_id
               limit p_limit) s
        left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
        left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
       order by s.mentor_id;
  end if;
end;
$$;
comment on function private.list_mentor_statuses(uuid, text, uuid, integer) is
  'Visible mentors'' statuses, optionally of one chapter''s members and/or one status; keyset-paginated by '
  'mentor_id (pass the last mentor_id of a page as p_after); 1 to 1000 rows per page.';

create or replace function private.get_mentor_history(
  p_mentor_id uuid,
  p_before bigint default null,
  p_limit integer default 50
)
returns setof public.peer_mentor_status_log
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.check_page_size(p_limit);
  -- Every mentor has at least one history row (written when the status row was created).
  if coalesce(private.relationships_to(p_mentor_id), array[]::text[]) = array[]::text[]
     or not exists (select 1 from public.peer_mentor_status_log l where l.mentor_id = p_mentor_id) then
    raise exception 'peer mentor % not found', p_mentor_id using errcode = 'PT404';
  end if;
  return query
    select l.* from public.peer_mentor_status_log l
     where l.mentor_id = p_mentor_id
       and (p_before is null or l.id < p_before)
     order by l.id desc
     limit p_limit;
end;
$$;
comment on function private.get_mentor_history(uuid, bigint, integer) is
  'History of one peer mentor, newest first; keyset-paginated by id (pass the last id of a page as p_before).';

revoke all on function
  private.get_mentor_status(uuid), private.get_mentor_statuses(uuid[]),
  private.list_mentor_statuses(uuid, text, uuid, integer), private.get_mentor_history(uuid, bigint, integer)
  from public, anon;
grant execute on function
  private.get_mentor_status(uuid), private.get_mentor_statuses(uuid[]),
  private.list_mentor_statuses(uuid, text, uuid, integer), private.get_mentor_history(uuid, bigint, integer)
  to authenticated, service_role;

-- The public API: thin SECURITY INVOKER wrappers in PL/pgSQL (the pattern of the write RPCs: SECURITY DEFINER code
-- stays in the unexposed schema) ---------------------------------------------------------------------------------
create or replace function public.get_mentor_status(p_mentor_id uuid)
returns public.mentor_status_listing
language plpgsql stable security invoker set search_path = ''
as $$ begin return private.get_mentor_status(p_mentor_id); end; $$;
comment on function public.get_mentor_status(uuid) is 'Current status of one peer mentor (404 when not visible).';

create or replace function public.get_mentor_statuses(p_mentor_ids uuid[])
returns setof public.mentor_status_listing
language plpgsql stable security invoker set search_path = ''
as $$ begin return query select * from private.get_mentor_statuses(p_mentor_ids); end; $$;
comment on function public.get_mentor_statuses(uuid[]) is
  'Current statuses of up to 1000 peer mentors by id, ordered by mentor_id (those not visible are absent).';

create or replace function public.list_mentor_statuses(
  p_chapter_id uuid default null,
  p_status text default null,
  p_after uuid default null,
  p_limit integer default 100
)
returns setof public.mentor_status_listing
language plpgsql stable security invoker set search_path = ''
as $$ begin return query select * from private.list_mentor_statuses(p_chapter_id, p_status, p_after, p_limit); end; $$;
comment on function public.list_mentor_statuses(uuid, text, uuid, integer) is
  'Visible mentors'' statuses, optionally of one chapter''s members and/or one status; keyset-paginated by '
  'mentor_id (pass the last mentor_id of a page as p_after); 1 to 1000 rows per page.';

create or replace function public.get_mentor_history(
  p_mentor_id uuid,
  p_before bigint default null,
  p_limit integer default 50
)
returns setof public.peer_mentor_status_log
language plpgsql stable security invoker set search_path = ''
as $$ begin return query select * from private.get_mentor_history(p_mentor_id, p_before, p_limit); end; $$;
comment on function public.get_mentor_history(uuid, bigint, integer) is
  'History of one peer mentor, newest first; keyset-paginated by id (pass the last id of a page as p_before).';

revoke all on function
  public.get_mentor_status(uuid), public.get_mentor_statuses(uuid[]),
  public.list_mentor_statuses(uuid, text, uuid, integer), public.get_mentor_history(uuid, bigint, integer)
  from public, anon;
grant execute on function
  public.get_mentor_status(uuid), public.get_mentor_statuses(uuid[]),
  public.list_mentor_statuses(uuid, text, uuid, integer), public.get_mentor_history(uuid, bigint, integer)
  to authenticated, service_role;
