-- Read RPCs. SECURITY INVOKER on purpose: they read through the tables' RLS policies, so they can never show
-- more than a direct table read by the same caller would. They add what a table read cannot: a clear "not
-- found" (PT404), filtering by chapter membership, and keyset pagination with a bounded page size.
-- STABLE, so PostgREST runs them in a read-only transaction (and allows GET).

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

create or replace function public.get_mentor_status(p_mentor_id uuid)
returns public.peer_mentor_status
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  found_row public.peer_mentor_status;
begin
  select * into found_row from public.peer_mentor_status s where s.mentor_id = p_mentor_id;
  if not found then
    raise exception 'peer mentor % not found', p_mentor_id using errcode = 'PT404';
  end if;
  return found_row;
end;
$$;
comment on function public.get_mentor_status(uuid) is 'Current status of one peer mentor (404 when not visible).';

create or replace function public.list_mentor_statuses(
  p_chapter_id uuid default null,
  p_status text default null,
  p_after uuid default null,
  p_limit integer default 100
)
returns setof public.peer_mentor_status
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.check_page_size(p_limit);
  if p_status is not null then
    begin
      perform p_status::public.mentor_status;
    exception when check_violation then
      raise exception 'unknown status %', p_status using errcode = '22023';
    end;
  end if;

  -- Two queries, not one with `(p_chapter_id is null or ...)`: PL/pgSQL keeps one plan per statement, and after five
  -- calls a generic plan must serve both cases; an OR'd optional filter then cannot use the membership index for
  -- the chapter listing. Each branch gets a plan that fits it.
  if p_chapter_id is null then
    return query
      select s.* from public.peer_mentor_status s
       where (p_status is null or s.status = p_status)
         and (p_after is null or s.mentor_id > p_after)
       order by s.mentor_id
       limit p_limit;
  else
    -- Members of the chapter, whichever of their chapters the status is filed under.
    return query
      select s.* from public.peer_mentor_status s
       where s.mentor_id in (select m.mentor_id from public.chapter_memberships m where m.chapter_id = p_chapter_id)
         and (p_status is null or s.status = p_status)
         and (p_after is null or s.mentor_id > p_after)
       order by s.mentor_id
       limit p_limit;
  end if;
end;
$$;
comment on function public.list_mentor_statuses(uuid, text, uuid, integer) is
  'Visible mentors'' statuses, optionally of one chapter''s members and/or one status; keyset-paginated by '
  'mentor_id (pass the last mentor_id of a page as p_after); 1 to 1000 rows per page.';

create or replace function public.get_mentor_history(
  p_mentor_id uuid,
  p_before bigint default null,
  p_limit integer default 50
)
returns setof public.peer_mentor_status_log
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.check_page_size(p_limit);
  -- Every mentor has at least one history row (written when the status row was created).
  if not exists (select 1 from public.peer_mentor_status_log l where l.mentor_id = p_mentor_id) then
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
comment on function public.get_mentor_history(uuid, bigint, integer) is
  'History of one peer mentor, newest first; keyset-paginated by id (pass the last id of a page as p_before).';

revoke all on function
  public.get_mentor_status(uuid), public.list_mentor_statuses(uuid, text, uuid, integer),
  public.get_mentor_history(uuid, bigint, integer)
  from public, anon;
grant execute on function
  public.get_mentor_status(uuid), public.list_mentor_statuses(uuid, text, uuid, integer),
  public.get_mentor_history(uuid, bigint, integer)
  to authenticated, service_role;
