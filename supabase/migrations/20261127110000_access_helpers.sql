-- Who may see and manage which peer mentors: the scope helpers every policy and RPC uses.
--
-- They live in `private` (not exposed through the Data API) and are SECURITY DEFINER with an empty search_path:
-- policies on the roster tables call them, and they read those same tables, so running them with the
-- caller's rights would recurse into the policies. Each reads the caller from `auth.uid()` itself and takes
-- no user id argument, so nobody can ask about someone else's scope.
--
-- Policies call them wrapped in `(select ...)`, so Postgres runs each at most once per statement as an
-- InitPlan, not once per row (Supabase "RLS performance recommendations"). They are PL/pgSQL and return arrays
-- on purpose: PL/pgSQL keeps the plans of its queries for the life of the connection, while a non-inlinable
-- SQL function is planned again on every call; on a pooled PostgREST connection that halves their cost
-- (see docs/performance.md).
--
-- Scope rules:
--   * a peer mentor sees the mentor row(s) linked to their user;
--   * a coordinator (role `coordinator` in user_roles) manages every mentor who belongs to a chapter they
--     coordinate, plus every mentor assigned to them directly: the union, without duplicates;
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
  return exists (select 1 from public.user_roles r where r.user_id = auth.uid() and r.role = p_role);
end;
$$;
comment on function private.has_app_role(public.app_role) is 'Whether the calling user holds this application role.';

create or replace function private.coordinated_chapter_ids()
returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  caller uuid := auth.uid();
begin
  return array(
    select cc.chapter_id
      from public.coordinator_chapters cc
     where cc.coordinator_id = caller
       and private.has_app_role('coordinator')
  );
end;
$$;
comment on function private.coordinated_chapter_ids() is 'Chapters the calling user coordinates.';

create or replace function private.visible_mentor_ids()
returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  caller uuid := auth.uid();
  is_coordinator boolean;
begin
  is_coordinator := private.has_app_role('coordinator');
  return array(
    select p.id from public.peer_mentors p where p.user_id = caller
    union
    select m.mentor_id
      from public.coordinator_chapters cc
      join public.chapter_memberships m on m.chapter_id = cc.chapter_id
     where is_coordinator and cc.coordinator_id = caller
    union
    select cm.mentor_id from public.coordinator_mentors cm where is_coordinator and cm.coordinator_id = caller
  );
end;
$$;
comment on function private.visible_mentor_ids() is
  'Every mentor the calling user may see (admins aside): their own mentor row, the members of the chapters '
  'they coordinate, and the mentors assigned to them directly.';

create or replace function private.visible_chapter_ids()
returns uuid[]
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return array(
    select unnest(private.coordinated_chapter_ids())
    union
    select m.chapter_id from public.chapter_memberships m where m.mentor_id = any (private.visible_mentor_ids())
  );
end;
$$;
comment on function private.visible_chapter_ids() is
  'Chapters the calling user coordinates, plus the chapters of every mentor they may see.';

create or replace function private.manages_mentor(p_mentor_id uuid)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  caller uuid := auth.uid();
begin
  return private.has_app_role('coordinator')
     and (
       exists (select 1
                 from public.chapter_memberships m
                 join public.coordinator_chapters cc on cc.chapter_id = m.chapter_id
                where m.mentor_id = p_mentor_id and cc.coordinator_id = caller)
       or exists (select 1 from public.coordinator_mentors cm
                   where cm.mentor_id = p_mentor_id and cm.coordinator_id = caller)
     );
end;
$$;
comment on function private.manages_mentor(uuid) is
  'Whether the calling user manages this mentor as a coordinator (through a chapter or directly).';

revoke all on function
  private.has_app_role(public.app_role), private.coordinated_chapter_ids(), private.visible_mentor_ids(),
  private.visible_chapter_ids(), private.manages_mentor(uuid)
  from public, anon;
grant execute on function
  private.has_app_role(public.app_role), private.coordinated_chapter_ids(), private.visible_mentor_ids(),
  private.visible_chapter_ids(), private.manages_mentor(uuid)
  to authenticated, service_role;
