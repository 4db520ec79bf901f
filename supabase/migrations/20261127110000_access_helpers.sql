-- Who may see and manage which peer mentors: the scope helpers every policy and RPC uses.
--
-- They live in `private` (not exposed through the Data API) and are SECURITY DEFINER with an empty search_path:
-- policies on the roster tables call them, and they read those same tables, so running them with the caller's
-- rights would recurse into the policies. Each reads the caller from `private.request_user()` (auth.uid()) itself
-- and takes no user id argument, so nobody can ask about someone else's scope.
--
-- Cost that does not grow with the caller's scope. A policy filters every row a statement reads, so what it does
-- per row decides the cost. The set helpers return SETOF, and policies use them as `col in (select private.fn())`:
-- an uncorrelated subquery, which PostgreSQL runs at most once per statement and turns into a hashed SubPlan, so
-- each row costs one hash lookup whatever the size of the set (an `= any(array)` compares a row with every element
-- of the array: rows x scope). The set is built only when a row needs it: policies test the cheap things first
-- (`(select private.has_app_role('org_admin'))`, an InitPlan, so org admins never build a set; then the chapter a
-- status row is filed under), and an OR stops at the first true arm. Helpers are PL/pgSQL because PL/pgSQL keeps
-- the plans of its queries for the life of the connection, while a non-inlinable SQL function is planned again on
-- every call (docs/performance.md).
--
-- Scope rules:
--   * a peer mentor sees the mentor row(s) linked to their user;
--   * a coordinator (role `coordinator` in user_roles) manages every mentor who belongs to a chapter they
--     coordinate, plus every mentor assigned to them directly: the union;
--   * an org admin (role `org_admin`) sees and manages everyone.
-- Assignments of a user who lacks the coordinator role grant nothing: revoking the role revokes the scope.

grant usage on schema private to authenticated, service_role;

create or replace function private.has_app_role(p_role public.app_role)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from public.user_roles r where r.user_id = private.request_user() and r.role = p_role);
end;
$$;
comment on function private.has_app_role(public.app_role) is 'Whether the calling user holds this application role.';

create or replace function private.coordinated_chapter_ids()
returns setof uuid
language plpgsql
stable
security definer
rows 10
set search_path = ''
as $$
begin
  return query
    select cc.chapter_id
      from public.coordinator_chapters cc
     where cc.coordinator_id = private.request_user()
       and private.has_app_role('coordinator');
end;
$$;
comment on function private.coordinated_chapter_ids() is 'Chapters the calling user coordinates.';

create or replace function private.visible_mentor_ids()
returns setof uuid
language plpgsql
stable
security definer
rows 1000
set search_path = ''
as $$
declare
  caller uuid := private.request_user();
  is_coordinator boolean := private.has_app_role('coordinator');
begin
  -- UNION ALL: duplicates cost nothing in the hashed `in (...)` that uses this, and deduplicating would not be free.
  return query
    select p.id from public.peer_mentors p where p.user_id = caller
    union all
    select m.mentor_id
      from public.coordinator_chapters cc
      join public.chapter_memberships m on m.chapter_id = cc.chapter_id
     where is_coordinator and cc.coordinator_id = caller
    union all
    select cm.mentor_id from public.coordinator_mentors cm where is_coordinator and cm.coordinator_id = caller;
end;
$$;
comment on function private.visible_mentor_ids() is
  'Every mentor the calling user may see (admins aside): their own mentor row, the members of the chapters '
  'they coordinate, and the mentors assigned to them directly (may repeat an id).';

create or replace function private.visible_chapter_ids()
returns setof uuid
language plpgsql
stable
security definer
rows 10
set search_path = ''
as $$
begin
  return query
    select c.chapter_id from private.coordinated_chapter_ids() c(chapter_id)
    union
    select m.chapter_id from public.chapter_memberships m where m.mentor_id in (select private.visible_mentor_ids());
end;
$$;
comment on function private.visible_chapter_ids() is
  'Chapters the calling user coordinates, plus the chapters of every mentor they may see.';

-- The caller's relationships to one mentor, resolved in one query: 'self' (their own mentor row), 'org_admin',
-- 'coordinator' (they coordinate a chapter the mentor belongs to, or the mentor is assigned to them), and
-- 'service_role' for the service and the system. Empty: the caller may not see the mentor at all; NULL: the caller is
-- not signed in (so the write RPCs need no second call to tell the two apart). The write RPCs match these against
-- private.status_transitions.actors; the read RPCs only ask whether there are any. It looks at one mentor (index
-- probes), so its cost does not depend on the caller's scope.
create or replace function private.relationships_to(p_mentor_id uuid)
returns text[]
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  kind text := private.caller_kind();
  caller uuid;
  found text[];
begin
  if kind in ('service', 'system') then
    return array['service_role'];
  elsif kind <> 'user' then
    return null;  -- not signed in: no relationship to anyone
  end if;
  caller := private.request_user();
  select array_remove(array[
           case when exists (select 1 from public.peer_mentors p where p.id = p_mentor_id and p.user_id = caller)
                then 'self' end,
           case when roles.admin then 'org_admin' end,
           case when roles.coordinator
                 and (exists (select 1
                                from public.chapter_memberships m
                                join public.coordinator_chapters cc on cc.chapter_id = m.chapter_id
                               where m.mentor_id = p_mentor_id and cc.coordinator_id = caller)
                      or exists (select 1 from public.coordinator_mentors cm
                                  where cm.mentor_id = p_mentor_id and cm.coordinator_id = caller))
                then 'coordinator' end
         ], null)
    into found
    from (select coalesce(bool_or(r.role = 'org_admin'), false) as admin,
                 coalesce(bool_or(r.role = 'coordinator'), false) as coordinator
            from public.user_roles r where r.user_id = caller) roles;
  return found;
end;
$$;
comment on function private.relationships_to(uuid) is
  'The calling user''s relationships to a mentor (self, org_admin, coordinator; service_role for the service).';

revoke all on function
  private.has_app_role(public.app_role), private.coordinated_chapter_ids(), private.visible_mentor_ids(),
  private.visible_chapter_ids(), private.relationships_to(uuid)
  from public, anon;
grant execute on function
  private.has_app_role(public.app_role), private.coordinated_chapter_ids(), private.visible_mentor_ids(),
  private.visible_chapter_ids(), private.relationships_to(uuid)
  to authenticated, service_role;
