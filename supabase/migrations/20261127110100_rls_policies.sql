-- Row level security policies: who sees which rows. One permissive SELECT policy per table, for
-- `authenticated` only (`anon` holds no privilege on these tables at all, and `service_role` bypasses RLS).
-- No policy allows INSERT/UPDATE/DELETE: API roles hold no such privilege either, and status transitions go
-- through the RPCs (next migrations), which check authorization themselves.
--
-- Performance (Supabase "RLS performance recommendations"; access helpers migration): every helper runs at most
-- once per statement (`(select ...)`: an InitPlan, or a hashed SubPlan for the sets), so each row costs a hash
-- lookup whatever the caller's scope; the cheapest test comes first and an OR stops at the first true arm, so org
-- admins never build a set and a coordinator reading rows filed under their own chapters never builds the mentor
-- set; every column a policy filters on is indexed.

create policy "peer_mentor_status: self, coordinators in scope, org admins"
  on public.peer_mentor_status for select to authenticated
  using (
    (select private.has_app_role('org_admin'))
    or chapter_id in (select private.coordinated_chapter_ids())
    or mentor_id in (select private.visible_mentor_ids())
  );

create policy "peer_mentor_status_log: history of every visible mentor"
  on public.peer_mentor_status_log for select to authenticated
  using (
    (select private.has_app_role('org_admin'))
    or mentor_id in (select private.visible_mentor_ids())
  );

create policy "peer_mentors: self, coordinators in scope, org admins"
  on public.peer_mentors for select to authenticated
  using (
    (select private.has_app_role('org_admin'))
    or id in (select private.visible_mentor_ids())
  );

create policy "chapter_memberships: of coordinated chapters and of visible mentors"
  on public.chapter_memberships for select to authenticated
  using (
    (select private.has_app_role('org_admin'))
    or chapter_id in (select private.coordinated_chapter_ids())
    or mentor_id in (select private.visible_mentor_ids())
  );

create policy "chapters: coordinated chapters and chapters of visible mentors"
  on public.chapters for select to authenticated
  using (
    (select private.has_app_role('org_admin'))
    or id in (select private.visible_chapter_ids())
  );

create policy "coordinator_chapters: own assignments, org admins"
  on public.coordinator_chapters for select to authenticated
  using ((select private.has_app_role('org_admin')) or coordinator_id = (select auth.uid()));

create policy "coordinator_mentors: own assignments, org admins"
  on public.coordinator_mentors for select to authenticated
  using ((select private.has_app_role('org_admin')) or coordinator_id = (select auth.uid()));

create policy "user_roles: own roles, org admins"
  on public.user_roles for select to authenticated
  using ((select private.has_app_role('org_admin')) or user_id = (select auth.uid()));
