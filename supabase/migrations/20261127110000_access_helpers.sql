-- Who may see and manage which peer mentors: the scope helpers every policy and RPC uses.
--
-- They live in `private` (not exposed through the Data API) and are SECURITY DEFINER with an empty search_path:
-- policies on the roster tables call them, and they read those same tables, so running them with the
-- caller's rights would recurse into the policies. Each reads the caller from `auth.uid()` itself and takes
-- no user id argument, so nobody can ask about someone else's scope.
--
-- Policies call them wrapped in `(select ...)` / `= any (array(select ...))`, so Postgres runs each at most
-- once per statement as an InitPlan, not once per row (Supabase "RLS performance recommendations").
--
-- Scope rules:
--   * a peer mentor sees the mentor row(s) linked to their user;
--   * a coordinator (role `coordinator` in user_roles) manages every mentor who belongs to a chapter they
--     coordinate, plus every mentor assigned to them directly: the union, without duplicates;
--   * an org admin (role `org_admin`) sees and manages everyone.
-- Assignments of a user who lacks the coordinator role grant nothing: revoking the role revokes the scope.

grant usage on schema private to authenticated, service_role;

create or replace function private.is_org_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_roles
     where user_id = (select auth.uid()) and role = 'org_admin'
  );
$$;
comment on function private.is_org_admin() is 'Whether the calling user has the org_admin role.';

create or replace function private.coordinated_chapter_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select cc.chapter_id
    from public.coordinator_chapters cc
   where cc.coordinator_id = (select auth.uid())
     and exists (select 1 from public.user_roles r
                  where r.user_id = cc.coordinator_id and r.role = 'coordinator');
$$;
comment on function private.coordinated_chapter_ids() is 'Chapters the calling user coordinates.';

create or replace function private.managed_mentor_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.mentor_id
    from public.chapter_memberships m
   where m.chapter_id in (select private.coordinated_chapter_ids())
  union
  select cm.mentor_id
    from public.coordinator_mentors cm
   where cm.coordinator_id = (select auth.uid())
     and exists (select 1 from public.user_roles r
                  where r.user_id = cm.coordinator_id and r.role = 'coordinator');
$$;
comment on function private.managed_mentor_ids() is
  'Mentors the calling coordinator manages: members of their chapters plus directly assigned mentors.';

create or replace function private.own_mentor_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select id from public.peer_mentors where user_id = (select auth.uid());
$$;
comment on function private.own_mentor_ids() is 'The mentor row linked to the calling user, if any.';

create or replace function private.visible_mentor_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select private.own_mentor_ids()
  union
  select private.managed_mentor_ids();
$$;
comment on function private.visible_mentor_ids() is 'Every mentor the calling user may see (admins aside).';

create or replace function private.visible_chapter_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select private.coordinated_chapter_ids()
  union
  select m.chapter_id
    from public.chapter_memberships m
   where m.mentor_id in (select private.visible_mentor_ids());
$$;
comment on function private.visible_chapter_ids() is
  'Chapters the calling user coordinates, plus the chapters of every mentor they may see.';

create or replace function private.manages_mentor(p_mentor_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.chapter_memberships m
                  where m.mentor_id = p_mentor_id
                    and m.chapter_id in (select private.coordinated_chapter_ids()))
      or exists (select 1 from public.coordinator_mentors cm
                  where cm.mentor_id = p_mentor_id
                    and cm.coordinator_id = (select auth.uid())
                    and exists (select 1 from public.user_roles r
                                 where r.user_id = cm.coordinator_id and r.role = 'coordinator'));
$$;
comment on function private.manages_mentor(uuid) is
  'Whether the calling user manages this mentor as a coordinator (through a chapter or directly).';

revoke all on function
  private.is_org_admin(), private.coordinated_chapter_ids(), private.managed_mentor_ids(),
  private.own_mentor_ids(), private.visible_mentor_ids(), private.visible_chapter_ids(),
  private.manages_mentor(uuid)
  from public, anon;
grant execute on function
  private.is_org_admin(), private.coordinated_chapter_ids(), private.managed_mentor_ids(),
  private.own_mentor_ids(), private.visible_mentor_ids(), private.visible_chapter_ids(),
  private.manages_mentor(uuid)
  to authenticated, service_role;
