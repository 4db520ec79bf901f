-- One index fewer for every transition to update. A transition changes indexed columns of its status row (status,
-- activated_by), so it is never a HOT update and inserts into every index of the table. The membership foreign key
-- (mentor_id, chapter_id) had an index of its own; the unique mentor_id index now carries chapter_id (INCLUDE: not
-- part of the key, so uniqueness stays per mentor) and serves that foreign key too: deleting a membership finds the
-- status rows filed under it by mentor, one row at most. About 3 % of a transition at 1,000,000 mentors
-- (docs/performance.md, "Writes"). Supabase's unindexed-foreign-key advisor counts included columns, and the suite
-- runs it.
--
-- Building the new unique index locks the table against writes for as long as it takes (about a second per 1,000,000
-- rows); run it when no transition needs to wait that long.
alter table public.peer_mentor_status
  add constraint peer_mentor_status_mentor_id_chapter_key unique (mentor_id) include (chapter_id);
alter table public.peer_mentor_status drop constraint peer_mentor_status_mentor_id_key;
alter table public.peer_mentor_status
  rename constraint peer_mentor_status_mentor_id_chapter_key to peer_mentor_status_mentor_id_key;
drop index public.peer_mentor_status_mentor_id_chapter_id_idx;
