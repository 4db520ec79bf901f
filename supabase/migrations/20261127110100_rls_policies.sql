-- Row level security policies: who sees which rows. One permissive SELECT policy per table, for
-- `authenticated` only (`anon` holds no privilege on these tables at all, and `service_role` bypasses RLS).
-- No policy allows INSERT/UPDATE/DELETE: API roles hold no such privilege either, and status transitions go
-- through the RPCs (next migrations), which check authorization themselves.
--
-- Performance (Supabase "RLS performance recommendations"): every helper call is wrapped so it runs once per
-- statement (`(select ...)`); the cheapest test comes first, and Postgres
-- evaluates InitPlans lazily, so a coordinator listing one of their own chapters never pays for the others;
-- every column a policy filters on is indexed.

create policy "peer_mentor_status: self, coordinators in scope, org admins"
  on public.peer_mentor_status for select to authenticated
  using (
    chapter_id = any ((select private.coordinated_chapter_ids())::uuid[])
    or mentor_id = any ((select private.visible_mentor_ids())::uuid[])
    or (select private.has_app_role('org_admin'))
  );

create policy "peer_mentor_status_log: history of every visible mentor"
  on public.peer_mentor_status_log for select to authenticated
  using (
    mentor_id = any ((select private.visible_mentor_ids())::uuid[])
    or (select private.has_app_role('org_admin'))
  );

create policy "peer_mentors: self, coordinators in scope, org admins"
  on public.peer_mentors for select to authenticated
  using (
    id = any ((select private.visible_mentor_ids())::uuid[])
    or (select private.has_app_role('org_admin'))
  );

create policy "chapter_memberships: of coordinated chapters and of visible mentors"
  on public.chapter_memberships for select to authenticated
  using (
    chapter_id = any ((select private.coordinated_chapter_ids())::uuid[])
    or mentor_id = any ((select private.visible_mentor_ids())::uuid[])
    or (select private.has_app_role('org_admin'))
  );

create policy "chapters: coordinated chapters and chapters of visible mentors"
  on public.chapters for select to authenticated
  using (
    id = any ((select private.visible_chapter_ids())::uuid[])
    or (select private.has_app_role('org_admin'))
  );

create policy "coordinator_chapters: own assignments, org admins"
  on public.coordinator_chapters for select to authenticated
  using (coordinator_id = (select auth.uid()) or (select private.has_app_role('org_admin')));

create policy "coordinator_mentors: own assignments, org admins"
  on public.coordinator_mentors for select to authenticated
  using (coordinator_id = (select auth.uid()) or (select private.has_app_role('org_admin')));

create policy "user_roles: own roles, org admins"
  on public.user_roles for select to authenticated
  using (user_id = (select auth.uid()) or (select private.has_app_role('org_admin')));
