-- The read RPCs' query shapes, after measuring them at 1,000,000 mentors (docs/performance.md, "RLS at scale").
-- A forward migration: 0.1.0's migrations stay as released.
--
-- private.list_mentor_statuses, new shapes for two cases:
--   * a small scope without a chapter (up to 30 chapters, or direct assignments): the caller's mentors, sorted,
--     probe the status index in order and stop when the page is full. Before, every mentor of the scope was probed
--     and the statuses found sorted: 10 ms a page for a coordinator of 2,000 direct mentors, now 2.8 ms;
--   * a chapter listing by a caller without the coordinator role (a peer mentor): their own row drives the query
--     (1.5 -> 0.34 ms).
-- private.get_mentor_history asks whether the mentor exists only when the page comes back empty (one query less per
-- call: 66 -> 46 µs).
-- private.visible_mentor_ids keeps one generic plan (below).
-- The rows every caller gets are unchanged: the access matrix and tests/database/test_read_rpcs.py hold them to the
-- policies.

-- PL/pgSQL chooses per query between a plan for the call's values (custom) and one for any values (generic), and
-- plans afresh while the custom plan looks cheaper. For anyone but a coordinator it always did here: with
-- is_coordinator false both coordinator branches fold away. So every policy check of a peer mentor planned the
-- union again: 88 µs a statement, 23 µs with the generic plan, which keeps the branches behind a one-time filter on
-- is_coordinator and skips them just as well.
alter function private.visible_mentor_ids() set plan_cache_mode = force_generic_plan;

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

  -- Six queries, not one with OR'd optional filters: PL/pgSQL keeps one plan per statement, and a generic plan
  -- must then serve every case. Each of these has the shape its case needs: the caller's mentors drive the query
  -- only when the caller sees less than a whole chapter or the whole roster; a chapter's members come from the
  -- membership index. Each picks its page (at most p_limit rows) in a subquery, and the names are looked up for those
  -- rows only, each in a LATERAL subquery kept apart by OFFSET 0: a parameterized probe of the primary key per row.
  -- (A plain join lets the planner hash the whole of peer_mentors for a large page, which would cost the roster
  -- instead of the page.)
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
    -- A small scope: the caller's mentors, deduplicated (visible_mentor_ids may repeat an id) and sorted, probe the
    -- status index in order until the page is full, so a page costs sorting the scope plus the rows probed for it
    -- (probing all 2,000 of a coordinator's direct mentors and sorting the statuses found cost 10 ms a page).
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.*
                from (select distinct v.mentor_id from private.visible_mentor_ids() v(mentor_id)
                       where p_after is null or v.mentor_id > p_after
                       order by v.mentor_id) v
                join lateral (select s.* from public.peer_mentor_status s
                               where s.mentor_id = v.mentor_id
                                 and (p_status is null or s.status = p_status)
                              offset 0) s on true
               order by v.mentor_id
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
  elsif not is_coordinator then
    -- A caller without the coordinator role (assignments grant nothing without it) sees their own mentor row(s) at
    -- most: those drive the query, each probed for membership of the chapter (`offset 0` keeps the probe: hashing
    -- the chapter's 500 members to find one cost 1.3 ms).
    return query
      select s.id, s.mentor_id, s.chapter_id, s.status::text, s.pause_reason, s.expected_return_date,
             s.activated_by, s.paused_at, s.last_request_id, s.certification_expires_on, s.created_at,
             s.updated_at, p.display_name, c.name
        from (select s.* from public.peer_mentor_status s
               where s.mentor_id in (select v.mentor_id from private.visible_mentor_ids() v(mentor_id)
                                      where exists (select 1 from public.chapter_memberships m
                                                     where m.mentor_id = v.mentor_id and m.chapter_id = p_chapter_id
                                                    offset 0))
                 and (p_status is null or s.status = p_status)
                 and (p_after is null or s.mentor_id > p_after)
               order by s.mentor_id
               limit p_limit) s
        left join lateral (select p.display_name from public.peer_mentors p where p.id = s.mentor_id offset 0) p on true
        left join lateral (select c.name from public.chapters c where c.id = s.chapter_id offset 0) c on true
       order by s.mentor_id;
  else
    -- A coordinator listing a chapter they do not coordinate: those of its members they see.
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
  if coalesce(private.relationships_to(p_mentor_id), array[]::text[]) = array[]::text[] then
    raise exception 'peer mentor % not found', p_mentor_id using errcode = 'PT404';
  end if;
  return query
    select l.* from public.peer_mentor_status_log l
     where l.mentor_id = p_mentor_id
       and (p_before is null or l.id < p_before)
     order by l.id desc
     limit p_limit;
  -- Every mentor has at least one history row (written when the status row was created), so an empty page is
  -- either past the oldest row or a mentor who does not exist (an org admin and the service "relate to" any id).
  -- Asked only then, after the page: raising here still fails the whole call.
  if not found and not exists (select 1 from public.peer_mentor_status_log l where l.mentor_id = p_mentor_id) then
    raise exception 'peer mentor % not found', p_mentor_id using errcode = 'PT404';
  end if;
end;
$$;
