-- The roster the status depends on: chapters, peer mentors, which chapters a mentor belongs to, who
-- coordinates what, and each user's application role. Deliberately small: an organisation can map these
-- to its own membership system later.
--
-- Access: RLS is enabled on every table here; the policies arrive with the access-control migrations.
-- `anon` gets nothing, `authenticated` may only read (RLS decides which rows), and only `service_role`
-- (server jobs) and the owner write. Supabase's default privileges grant ALL (TRUNCATE included, which
-- ignores RLS) on new tables in `public`, so each table first revokes everything and then grants exactly.

create type public.app_role as enum ('peer_mentor', 'coordinator', 'org_admin');
comment on type public.app_role is 'Application role of a user; kept in public.user_roles, never in user-editable metadata.';

-- Chapters ------------------------------------------------------------------------------------------------------
create table public.chapters (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (char_length(btrim(name)) between 1 and 200),
  created_at timestamptz not null default now()
);
comment on table public.chapters is 'Local chapters of the organisation.';
call private.require_supported_times('public.chapters', 'created_at');

-- Peer mentors --------------------------------------------------------------------------------------------------
create table public.peer_mentors (
  id uuid primary key default gen_random_uuid(),
  user_id uuid unique references auth.users (id) on delete set null,
  display_name text not null check (char_length(btrim(display_name)) between 1 and 200),
  certification_expires_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.peer_mentors is 'Peer mentors; user_id links the mentor to their login, when they have one.';
comment on column public.peer_mentors.certification_expires_on is 'Last day the certification is valid; NULL means not tracked.';
call private.require_supported_times('public.peer_mentors', 'certification_expires_on', 'created_at', 'updated_at');

create trigger trg_peer_mentors_updated_at
  before update on public.peer_mentors
  for each row execute function private.touch_updated_at();

-- Chapter membership (a mentor may belong to several chapters) ------------------------------------------------
create table public.chapter_memberships (
  mentor_id uuid not null references public.peer_mentors (id) on delete cascade,
  chapter_id uuid not null references public.chapters (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (mentor_id, chapter_id)
);
-- "Who is in chapter X" (coordinator scope) reads this index only; it also covers the chapter_id foreign key.
create index chapter_memberships_chapter_id_mentor_id_idx on public.chapter_memberships (chapter_id, mentor_id);
comment on table public.chapter_memberships is 'Which chapters each peer mentor belongs to.';
call private.require_supported_times('public.chapter_memberships', 'created_at');

-- Coordinator assignments: to whole chapters, and directly to individual mentors -------------------------------
create table public.coordinator_chapters (
  coordinator_id uuid not null references auth.users (id) on delete cascade,
  chapter_id uuid not null references public.chapters (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (coordinator_id, chapter_id)
);
create index coordinator_chapters_chapter_id_idx on public.coordinator_chapters (chapter_id);
comment on table public.coordinator_chapters is 'A coordinator manages every mentor who belongs to these chapters.';
call private.require_supported_times('public.coordinator_chapters', 'created_at');

create table public.coordinator_mentors (
  coordinator_id uuid not null references auth.users (id) on delete cascade,
  mentor_id uuid not null references public.peer_mentors (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (coordinator_id, mentor_id)
);
create index coordinator_mentors_mentor_id_idx on public.coordinator_mentors (mentor_id);
comment on table public.coordinator_mentors is 'A coordinator also manages these mentors directly, whatever their chapters.';
call private.require_supported_times('public.coordinator_mentors', 'created_at');

-- Application roles -----------------------------------------------------------------------------------------------
create table public.user_roles (
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.app_role not null,
  created_at timestamptz not null default now(),
  primary key (user_id, role)
);
comment on table public.user_roles is 'Application roles. Authorization reads this table, never JWT user metadata.';
call private.require_supported_times('public.user_roles', 'created_at');

-- Row level security and privileges ------------------------------------------------------------------------------
alter table public.chapters enable row level security;
alter table public.peer_mentors enable row level security;
alter table public.chapter_memberships enable row level security;
alter table public.coordinator_chapters enable row level security;
alter table public.coordinator_mentors enable row level security;
alter table public.user_roles enable row level security;

revoke all on table
  public.chapters, public.peer_mentors, public.chapter_memberships,
  public.coordinator_chapters, public.coordinator_mentors, public.user_roles
  from anon, authenticated, service_role;
grant select on table
  public.chapters, public.peer_mentors, public.chapter_memberships,
  public.coordinator_chapters, public.coordinator_mentors, public.user_roles
  to authenticated;
grant select, insert, update, delete on table
  public.chapters, public.peer_mentors, public.chapter_memberships,
  public.coordinator_chapters, public.coordinator_mentors, public.user_roles
  to service_role;
