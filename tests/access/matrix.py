"""The RLS test matrix, declared once as data: actors x objects x operations -> expected outcome.

Every case is executed by pytest (``test_rls_matrix.py``) as its actor, inside a transaction, with the role and
``request.jwt.claims`` set exactly as PostgREST sets them; it is also rendered into pgTAP
(``supabase/tests/test_rls_matrix.sql``) for ``supabase test db`` and into the table in
``docs/access-control.md``. Each case states the rows its statement must return (exactly) or the SQLSTATE it
must fail with, and, for writes, the value a check query run by the owner afterwards must see (so a refused
write is proven to have changed nothing, and an allowed one to have changed exactly its row).

Who sees what is declared per actor (``sees``/``chapters``); the expectations for each table and RPC follow
from those sets by the rules written next to each operation below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from mentor_pause.identity import Identity
from tests.access.world import (
    CHAPTERS,
    COORDINATOR_CHAPTERS,
    COORDINATOR_MENTORS,
    GHOST_USER,
    MENTOR,
    MENTORS,
    NEW_CHAPTER,
    NEW_MENTOR,
    USER_ROLES,
    USERS,
    members_of,
)

ALL_MENTORS = frozenset(m.name for m in MENTORS)
ALL_CHAPTERS = frozenset(CHAPTERS)


# Outcomes ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rows:
    """The statement succeeds and returns exactly these keys (one text column)."""

    keys: frozenset[str]


@dataclass(frozen=True)
class Fails:
    """The statement fails with this SQLSTATE."""

    sqlstate: str


Outcome = Rows | Fails

DENIED = Fails("42501")  # no privilege (table/function), or an action the caller may not take
NOT_FOUND = Fails("PT404")  # the mentor does not exist for this caller
INVALID_TRANSITION = Fails("PT409")
INVALID_INPUT = Fails("22023")
CHECK_VIOLATION = Fails("23514")
CONFLICT = Fails("23505")


@dataclass(frozen=True)
class Effect:
    """Run by the owner after the statement: ``sql`` must return ``expected`` (one text value)."""

    sql: str
    expected: str


# Actors --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Actor:
    """A caller, as the database sees one: the role PostgREST switches to and the claims it publishes."""

    name: str
    description: str
    role: str  # database role of the request
    claims: Mapping[str, object]  # request.jwt.claims
    sees: frozenset[str]  # mentors whose rows they see (everyone for admin/service)
    chapters: frozenset[str]  # chapters they see
    own: frozenset[str] = frozenset()  # their own mentor row
    manages: frozenset[str] = frozenset()  # mentors they manage as coordinator
    admin: bool = False
    service: bool = False
    signed_in: bool = True  # False: the write RPCs refuse to act for them at all (42501)

    @property
    def everything(self) -> bool:
        """Admins and service_role see every row; their cases are checked on the world's rows."""
        return self.admin or self.service

    @property
    def api_denied(self) -> bool:
        return self.role == "anon"

    @property
    def user_id(self) -> str | None:
        sub = self.claims.get("sub")
        return str(sub) if sub is not None else None

    @property
    def changes_recorded_as(self) -> str:
        """What a change they make records as changed_by: their user id, or 'system' (NULL)."""
        return self.user_id if self.role == "authenticated" and self.user_id else "system"


def _identity(identity: Identity) -> dict[str, object]:
    return {"role": identity.role, "claims": identity.claims()}


def _user(name: str) -> dict[str, object]:
    return _identity(Identity.user(USERS[name]))


def _a_members() -> frozenset[str]:
    return members_of("A")


ACTORS = [
    Actor(
        "anon", "no JWT, only the anon key", **_identity(Identity.anonymous()), sees=frozenset(), chapters=frozenset()
    ),
    Actor(
        "service_role",
        "server jobs (bypasses RLS)",
        **_identity(Identity.service()),
        sees=ALL_MENTORS,
        chapters=ALL_CHAPTERS,
        service=True,
    ),
    Actor(
        "service_sub",
        "service_role whose token also carries a user's sub (still the service: changes record no user)",
        role="service_role",
        claims={"role": "service_role", "sub": USERS["admin"]},
        sees=ALL_MENTORS,
        chapters=ALL_CHAPTERS,
        service=True,
    ),
    Actor("admin", "org admin", **_user("admin"), sees=ALL_MENTORS, chapters=ALL_CHAPTERS, admin=True),
    Actor(
        "mentor_self",
        "peer mentor m_self (chapter A), signed in",
        **_user("mentor_self"),
        sees=frozenset({"m_self"}),
        chapters=frozenset({"A"}),
        own=frozenset({"m_self"}),
    ),
    Actor("stranger", "signed in, no role, no mentor row", **_user("stranger"), sees=frozenset(), chapters=frozenset()),
    Actor(
        "ghost",
        "a valid token for a user who is not in auth.users",
        **_identity(Identity.user(GHOST_USER)),
        sees=frozenset(),
        chapters=frozenset(),
    ),
    Actor(
        "claims_admin",
        "no role, but the token says org_admin in app_metadata, user_metadata and a custom claim",
        role="authenticated",
        claims={
            **Identity.user(USERS["claims_admin"]).claims(),
            "app_metadata": {"role": "org_admin"},
            "user_metadata": {"role": "org_admin"},
            "user_role": "org_admin",
        },
        sees=frozenset(),
        chapters=frozenset(),
    ),
    Actor(
        "forged_service",
        "role authenticated whose claims say service_role (no sub): the claim alone grants nothing",
        role="authenticated",
        claims={"role": "service_role"},
        sees=frozenset(),
        chapters=frozenset(),
        signed_in=False,
    ),
    Actor(
        "coord_a",
        "coordinator of chapter A",
        **_user("coord_a"),
        sees=_a_members(),
        chapters=frozenset({"A", "B"}),  # B: m_dual, a member of A, also belongs to B
        manages=_a_members(),
    ),
    Actor(
        "coord_b",
        "coordinator of chapter B (m_dual is in A and B)",
        **_user("coord_b"),
        sees=frozenset({"m_dual"}),
        chapters=frozenset({"A", "B"}),
        manages=frozenset({"m_dual"}),
    ),
    Actor(
        "coord_direct",
        "coordinator with m_direct assigned directly, no chapter",
        **_user("coord_direct"),
        sees=frozenset({"m_direct"}),
        chapters=frozenset({"C"}),
        manages=frozenset({"m_direct"}),
    ),
    Actor(
        "coord_both",
        "coordinator of A who also has m_both (in A) assigned directly",
        **_user("coord_both"),
        sees=_a_members(),
        chapters=frozenset({"A", "B"}),
        manages=_a_members(),
    ),
    Actor(
        "coord_other",
        "coordinator of chapter D only",
        **_user("coord_other"),
        sees=members_of("D"),
        chapters=frozenset({"D"}),
        manages=members_of("D"),
    ),
    Actor(
        "coord_multi",
        "coordinator of chapters B and C",
        **_user("coord_multi"),
        sees=members_of("B") | members_of("C"),
        chapters=frozenset({"A", "B", "C"}),
        manages=members_of("B") | members_of("C"),
    ),
    Actor(
        "coord_mentor",
        "coordinator of chapter C who is also mentor m_coord (chapter D, which they do not coordinate)",
        **_user("coord_mentor"),
        sees=members_of("C") | {"m_coord"},
        chapters=frozenset({"C", "D"}),
        own=frozenset({"m_coord"}),
        manages=members_of("C"),
    ),
    Actor(
        "no_role",
        "assigned to chapter A and m_c, but without the coordinator role",
        **_user("no_role"),
        sees=frozenset(),
        chapters=frozenset(),
    ),
]
ACTOR = {a.name: a for a in ACTORS}


# Cases -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    actor: Actor
    object: str  # table or RPC
    operation: str  # select / insert / update / delete / call
    subject: str  # what the operation is about, in words
    sql: str  # returns one text column, the row keys
    expect: Outcome
    given: str = ""  # owner SQL run before acting
    effect: Effect | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return f"{self.actor.name}-{self.object}-{self.operation}-{self.subject}".replace(" ", "_")


def q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def uuids(values: list[str]) -> str:
    return "array[" + ", ".join(q(v) for v in sorted(values)) + "]::uuid[]"


WORLD_MENTOR_IDS = uuids([m.id for m in MENTORS])


def _status_effect(mentor: str, status: str, log_rows: int, last_changed_by: str = "system") -> Effect:
    """The mentor's status, their number of history rows, and who the newest history row names."""
    mid = q(MENTOR[mentor].id)
    return Effect(
        f"select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = {mid}) "
        f"|| '/' || coalesce((select changed_by::text from public.peer_mentor_status_log where mentor_id = {mid} "
        f"order by id desc limit 1), 'system') from public.peer_mentor_status where mentor_id = {mid}",
        f"{status}/{log_rows}/{last_changed_by}",
    )


# Tables: what each one holds for an actor -------------------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    name: str
    key: str  # text expression identifying a row
    world_filter: str  # restricts admin/service results to the world's rows
    insert: str
    update: str
    update_effect: tuple[str, str, str]  # sql, value after an allowed update, value when refused
    delete: str
    delete_effect: str  # count(*)::text of the deleted row, '1' before, '0' after an allowed delete
    given_for_insert: str = ""


def _membership_key(mentor: str, chapter: str) -> str:
    return f"{MENTOR[mentor].id}/{CHAPTERS[chapter]}"


def _table_rows(actor: Actor, table: str) -> frozenset[str]:
    """The rows of ``table`` an actor sees, from their declared sets (the policies' rules, in words):

    - mentors, their status and history: the mentors they see;
    - memberships: those of the mentors they see (members of coordinated chapters are among them);
    - chapters: the chapters they see;
    - coordinator assignments and user roles: their own rows (everything for admin and service_role).
    """
    user = next((n for n, uid in USERS.items() if actor.user_id == uid), None)
    everyone = actor.everything
    if table in ("peer_mentor_status", "peer_mentor_status_log"):
        return frozenset(MENTOR[m].id for m in actor.sees)
    if table == "peer_mentors":
        return frozenset(MENTOR[m].id for m in actor.sees)
    if table == "chapter_memberships":
        return frozenset(_membership_key(m, c) for m in actor.sees for c in MENTOR[m].chapters)
    if table == "chapters":
        return frozenset(CHAPTERS[c] for c in actor.chapters)
    if table == "coordinator_chapters":
        return frozenset(f"{USERS[u]}/{CHAPTERS[c]}" for u, c in COORDINATOR_CHAPTERS if everyone or u == user)
    if table == "coordinator_mentors":
        return frozenset(f"{USERS[u]}/{MENTOR[m].id}" for u, m in COORDINATOR_MENTORS if everyone or u == user)
    if table == "user_roles":
        return frozenset(f"{USERS[u]}/{r}" for u, r in USER_ROLES if everyone or u == user)
    raise KeyError(table)


WORLD_USER_IDS = uuids(list(USERS.values()))
WORLD_CHAPTER_IDS = uuids(list(CHAPTERS.values()))

TABLES = [
    Table(
        "peer_mentor_status",
        "mentor_id::text",
        f"mentor_id = any({WORLD_MENTOR_IDS})",
        insert=(
            f"insert into public.peer_mentor_status (mentor_id, chapter_id) "
            f"values ({q(MENTOR['m_c'].id)}, {q(CHAPTERS['C'])}) returning mentor_id::text"
        ),
        given_for_insert=f"delete from public.peer_mentor_status where mentor_id = {q(MENTOR['m_c'].id)};",
        update=(
            "update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' "
            f"where mentor_id = {q(MENTOR['m_self'].id)} returning mentor_id::text"
        ),
        update_effect=(
            f"select status from public.peer_mentor_status where mentor_id = {q(MENTOR['m_self'].id)}",
            "paused",
            "active",
        ),
        delete=(
            f"delete from public.peer_mentor_status where mentor_id = {q(MENTOR['m_c'].id)} returning mentor_id::text"
        ),
        delete_effect=f"select count(*)::text from public.peer_mentor_status where mentor_id = {q(MENTOR['m_c'].id)}",
    ),
    Table(
        "peer_mentor_status_log",
        "mentor_id::text",
        f"mentor_id = any({WORLD_MENTOR_IDS})",
        insert=(
            "insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) "
            f"values ({q(MENTOR['m_c'].id)}, {q(CHAPTERS['C'])}, 'paused') returning mentor_id::text"
        ),
        update=(
            "update public.peer_mentor_status_log set new_status = 'paused' "
            f"where mentor_id = {q(MENTOR['m_self'].id)} returning mentor_id::text"
        ),
        update_effect=(
            f"select string_agg(new_status, ',') from public.peer_mentor_status_log "
            f"where mentor_id = {q(MENTOR['m_self'].id)}",
            "paused",
            "active",
        ),
        delete=(
            f"delete from public.peer_mentor_status_log where mentor_id = {q(MENTOR['m_c'].id)} "
            "returning mentor_id::text"
        ),
        delete_effect=(
            f"select count(*)::text from public.peer_mentor_status_log where mentor_id = {q(MENTOR['m_c'].id)}"
        ),
    ),
    Table(
        "peer_mentors",
        "id::text",
        f"id = any({WORLD_MENTOR_IDS})",
        insert=(
            f"insert into public.peer_mentors (id, display_name) values ({q(NEW_MENTOR)}, 'Matrix newcomer') "
            "returning id::text"
        ),
        update=(
            "update public.peer_mentors set certification_expires_on = current_date + 3650 "
            f"where id = {q(MENTOR['m_lapsed'].id)} returning id::text"
        ),
        update_effect=(
            f"select (certification_expires_on > current_date)::text from public.peer_mentors "
            f"where id = {q(MENTOR['m_lapsed'].id)}",
            "true",
            "false",
        ),
        delete=f"delete from public.peer_mentors where id = {q(MENTOR['m_c'].id)} returning id::text",
        delete_effect=f"select count(*)::text from public.peer_mentors where id = {q(MENTOR['m_c'].id)}",
    ),
    Table(
        "chapter_memberships",
        "mentor_id::text || '/' || chapter_id::text",
        f"mentor_id = any({WORLD_MENTOR_IDS})",
        insert=(
            "insert into public.chapter_memberships (mentor_id, chapter_id) "
            f"values ({q(MENTOR['m_c'].id)}, {q(CHAPTERS['A'])}) returning mentor_id::text || '/' || chapter_id::text"
        ),
        update=(
            f"update public.chapter_memberships set chapter_id = {q(CHAPTERS['C'])} "
            f"where mentor_id = {q(MENTOR['m_dual'].id)} and chapter_id = {q(CHAPTERS['A'])} "
            "returning mentor_id::text || '/' || chapter_id::text"
        ),
        update_effect=(
            f"select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships "
            f"where mentor_id = {q(MENTOR['m_dual'].id)}",
            ",".join(sorted([CHAPTERS["B"], CHAPTERS["C"]])),
            ",".join(sorted([CHAPTERS["A"], CHAPTERS["B"]])),
        ),
        delete=(
            f"delete from public.chapter_memberships where mentor_id = {q(MENTOR['m_dual'].id)} "
            f"and chapter_id = {q(CHAPTERS['A'])} returning mentor_id::text || '/' || chapter_id::text"
        ),
        delete_effect=(
            f"select count(*)::text from public.chapter_memberships where mentor_id = {q(MENTOR['m_dual'].id)} "
            f"and chapter_id = {q(CHAPTERS['A'])}"
        ),
    ),
    Table(
        "chapters",
        "id::text",
        f"id = any({WORLD_CHAPTER_IDS})",
        insert=(
            f"insert into public.chapters (id, name) values ({q(NEW_CHAPTER)}, 'Matrix new chapter') returning id::text"
        ),
        update=(f"update public.chapters set name = 'Matrix renamed' where id = {q(CHAPTERS['A'])} returning id::text"),
        update_effect=(
            f"select name from public.chapters where id = {q(CHAPTERS['A'])}",
            "Matrix renamed",
            "Matrix chapter A",
        ),
        delete=f"delete from public.chapters where id = {q(CHAPTERS['E (empty)'])} returning id::text",
        delete_effect=f"select count(*)::text from public.chapters where id = {q(CHAPTERS['E (empty)'])}",
    ),
    Table(
        "coordinator_chapters",
        "coordinator_id::text || '/' || chapter_id::text",
        f"coordinator_id = any({WORLD_USER_IDS})",
        insert=(
            "insert into public.coordinator_chapters (coordinator_id, chapter_id) "
            f"values ({q(USERS['coord_a'])}, {q(CHAPTERS['C'])}) "
            "returning coordinator_id::text || '/' || chapter_id::text"
        ),
        update=(
            f"update public.coordinator_chapters set chapter_id = {q(CHAPTERS['D'])} "
            f"where coordinator_id = {q(USERS['coord_a'])} returning coordinator_id::text || '/' || chapter_id::text"
        ),
        update_effect=(
            f"select string_agg(chapter_id::text, ',') from public.coordinator_chapters "
            f"where coordinator_id = {q(USERS['coord_a'])}",
            CHAPTERS["D"],
            CHAPTERS["A"],
        ),
        delete=(
            f"delete from public.coordinator_chapters where coordinator_id = {q(USERS['coord_a'])} "
            "returning coordinator_id::text || '/' || chapter_id::text"
        ),
        delete_effect=(
            f"select count(*)::text from public.coordinator_chapters where coordinator_id = {q(USERS['coord_a'])}"
        ),
    ),
    Table(
        "coordinator_mentors",
        "coordinator_id::text || '/' || mentor_id::text",
        f"coordinator_id = any({WORLD_USER_IDS})",
        insert=(
            "insert into public.coordinator_mentors (coordinator_id, mentor_id) "
            f"values ({q(USERS['coord_direct'])}, {q(MENTOR['m_c'].id)}) "
            "returning coordinator_id::text || '/' || mentor_id::text"
        ),
        update=(
            f"update public.coordinator_mentors set mentor_id = {q(MENTOR['m_d'].id)} "
            f"where coordinator_id = {q(USERS['coord_direct'])} "
            "returning coordinator_id::text || '/' || mentor_id::text"
        ),
        update_effect=(
            f"select string_agg(mentor_id::text, ',') from public.coordinator_mentors "
            f"where coordinator_id = {q(USERS['coord_direct'])}",
            MENTOR["m_d"].id,
            MENTOR["m_direct"].id,
        ),
        delete=(
            f"delete from public.coordinator_mentors where coordinator_id = {q(USERS['coord_direct'])} "
            "returning coordinator_id::text || '/' || mentor_id::text"
        ),
        delete_effect=(
            f"select count(*)::text from public.coordinator_mentors where coordinator_id = {q(USERS['coord_direct'])}"
        ),
    ),
    Table(
        "user_roles",
        "user_id::text || '/' || role::text",
        f"user_id = any({WORLD_USER_IDS})",
        insert=(
            f"insert into public.user_roles (user_id, role) values ({q(USERS['stranger'])}, 'org_admin') "
            "returning user_id::text || '/' || role::text"
        ),
        update=(
            f"update public.user_roles set role = 'org_admin' where user_id = {q(USERS['mentor_self'])} "
            "returning user_id::text || '/' || role::text"
        ),
        update_effect=(
            f"select string_agg(role::text, ',') from public.user_roles where user_id = {q(USERS['mentor_self'])}",
            "org_admin",
            "peer_mentor",
        ),
        delete=(
            f"delete from public.user_roles where user_id = {q(USERS['admin'])} "
            "returning user_id::text || '/' || role::text"
        ),
        delete_effect=f"select count(*)::text from public.user_roles where user_id = {q(USERS['admin'])}",
    ),
]

# Which direct writes service_role may make (nobody else may make any): the roster, and creating a status row.
SERVICE_WRITES = {
    ("peer_mentors", "insert"),
    ("peer_mentors", "update"),
    ("peer_mentors", "delete"),
    ("chapters", "insert"),
    ("chapters", "update"),
    ("chapters", "delete"),
    ("chapter_memberships", "insert"),
    ("chapter_memberships", "update"),
    ("chapter_memberships", "delete"),
    ("coordinator_chapters", "insert"),
    ("coordinator_chapters", "update"),
    ("coordinator_chapters", "delete"),
    ("coordinator_mentors", "insert"),
    ("coordinator_mentors", "update"),
    ("coordinator_mentors", "delete"),
    ("user_roles", "insert"),
    ("user_roles", "update"),
    ("user_roles", "delete"),
    ("peer_mentor_status", "insert"),
}


def _insert_key(table: Table) -> str:
    keys = {
        "peer_mentor_status": MENTOR["m_c"].id,
        "peer_mentor_status_log": MENTOR["m_c"].id,
        "peer_mentors": NEW_MENTOR,
        "chapter_memberships": _membership_key("m_c", "A"),
        "chapters": NEW_CHAPTER,
        "coordinator_chapters": f"{USERS['coord_a']}/{CHAPTERS['C']}",
        "coordinator_mentors": f"{USERS['coord_direct']}/{MENTOR['m_c'].id}",
        "user_roles": f"{USERS['stranger']}/org_admin",
    }
    return keys[table.name]


def _insert_effect(table: Table) -> tuple[str, str, str]:
    """(sql, value after an allowed insert, value when refused): the number of rows with the inserted key."""
    return (
        f"select count(*)::text from public.{table.name} where {table.key} = {q(_insert_key(table))}",
        "1" if table.name != "peer_mentor_status_log" else "2",
        "0" if table.name != "peer_mentor_status_log" else "1",
    )


def _update_key(table: Table) -> str:
    keys = {
        "peer_mentor_status": MENTOR["m_self"].id,
        "peer_mentor_status_log": MENTOR["m_self"].id,
        "peer_mentors": MENTOR["m_lapsed"].id,
        "chapter_memberships": f"{MENTOR['m_dual'].id}/{CHAPTERS['C']}",
        "chapters": CHAPTERS["A"],
        "coordinator_chapters": f"{USERS['coord_a']}/{CHAPTERS['D']}",
        "coordinator_mentors": f"{USERS['coord_direct']}/{MENTOR['m_d'].id}",
        "user_roles": f"{USERS['mentor_self']}/org_admin",
    }
    return keys[table.name]


def _delete_key(table: Table) -> str:
    keys = {
        "peer_mentor_status": MENTOR["m_c"].id,
        "peer_mentor_status_log": MENTOR["m_c"].id,
        "peer_mentors": MENTOR["m_c"].id,
        "chapter_memberships": _membership_key("m_dual", "A"),
        "chapters": CHAPTERS["E (empty)"],
        "coordinator_chapters": f"{USERS['coord_a']}/{CHAPTERS['A']}",
        "coordinator_mentors": f"{USERS['coord_direct']}/{MENTOR['m_direct'].id}",
        "user_roles": f"{USERS['admin']}/org_admin",
    }
    return keys[table.name]


def table_cases(actor: Actor) -> list[Case]:
    cases: list[Case] = []
    for table in TABLES:
        # select: exactly the rows of the actor's sets; anon holds no privilege at all.
        if actor.api_denied:
            cases.append(
                Case(actor, table.name, "select", "all rows", f"select {table.key} from public.{table.name}", DENIED)
            )
        elif actor.everything:
            cases.append(
                Case(
                    actor,
                    table.name,
                    "select",
                    "world rows",
                    f"select {table.key} from public.{table.name} where {table.world_filter}",
                    Rows(_table_rows(actor, table.name)),
                )
            )
        else:
            cases.append(
                Case(
                    actor,
                    table.name,
                    "select",
                    "all rows",
                    f"select {table.key} from public.{table.name}",
                    Rows(_table_rows(actor, table.name)),
                )
            )
        # insert / update / delete: only service_role, and only where SERVICE_WRITES says so.
        for operation in ("insert", "update", "delete"):
            allowed = actor.service and (table.name, operation) in SERVICE_WRITES
            if operation == "insert":
                sql, key, (effect_sql, after, unchanged) = table.insert, _insert_key(table), _insert_effect(table)
                given = table.given_for_insert
            elif operation == "update":
                sql, key, (effect_sql, after, unchanged) = table.update, _update_key(table), table.update_effect
                given = ""
            else:
                sql, key = table.delete, _delete_key(table)
                effect_sql, after, unchanged, given = table.delete_effect, "0", "1", ""
            cases.append(
                Case(
                    actor,
                    table.name,
                    operation,
                    "one row",
                    sql,
                    Rows(frozenset({key})) if allowed else DENIED,
                    given=given,
                    effect=Effect(effect_sql, after if allowed else unchanged),
                )
            )
    return cases


# RPCs ---------------------------------------------------------------------------------------------------------------
WRITE_RPCS = {
    # rpc: (action, status before, status after, who may besides admin/service: "self" and/or "coordinator")
    "pause_mentor": ("pause", "active", "paused", {"self", "coordinator"}),
    "resume_mentor": ("resume", "paused", "active", {"self", "coordinator"}),
    "expire_mentor_certification": ("expire_certification", "active", "certification_expired", set()),
    "reactivate_mentor": ("reactivate", "certification_expired", "active", {"coordinator"}),
}


def given_status(mentor: str, status: str) -> str:
    """Owner SQL that puts a mentor into ``status`` regardless of the rules (the case's starting point)."""
    if MENTOR[mentor].status == status:
        return ""
    mid = q(MENTOR[mentor].id)
    return (
        "alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;\n"
        f"update public.peer_mentor_status set status = {q(status)}, "
        f"pause_reason = {q('Given pause') if status == 'paused' else 'null'}, expected_return_date = null, "
        f"paused_at = {'now()' if status == 'paused' else 'null'} where mentor_id = {mid};\n"
        "alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;"
    )


def _log_rows_after_given(mentor: str, status: str) -> int:
    return 1 if MENTOR[mentor].status == status else 2


def write_rpc_cases(actor: Actor) -> list[Case]:
    """Each write RPC on each mentor, from the status it starts from.

    Allowed: admin and service_role always; the mentor themselves where ``self`` may; a coordinator in scope
    where ``coordinator`` may. Otherwise: PT404 for a mentor the caller cannot see, 42501 for one they can.
    Reactivation additionally needs a valid certification (m_lapsed: PT409, for everyone allowed to try).
    """
    cases: list[Case] = []
    for rpc, (_action, before, after, who) in WRITE_RPCS.items():
        for mentor in MENTORS:
            args = f"{q(mentor.id)}" + (", 'Matrix pause'" if rpc == "pause_mentor" else "")
            sql = f"select mentor_id::text || ':' || status from public.{rpc}({args})"
            may = (
                actor.everything
                or ("self" in who and mentor.name in actor.own)
                or ("coordinator" in who and mentor.name in actor.manages)
            )
            if actor.api_denied or not actor.signed_in:
                expect: Outcome = DENIED
            elif not may:
                expect = DENIED if mentor.name in actor.sees else NOT_FOUND
            elif rpc == "reactivate_mentor" and not mentor.certified:
                expect = INVALID_TRANSITION
            else:
                expect = Rows(frozenset({f"{mentor.id}:{after}"}))
            logged = _log_rows_after_given(mentor.name, before)
            changed = isinstance(expect, Rows)
            cases.append(
                Case(
                    actor,
                    f"{rpc}()",
                    "call",
                    mentor.name,
                    sql,
                    expect,
                    given=given_status(mentor.name, before),
                    effect=_status_effect(
                        mentor.name,
                        after if changed else before,
                        logged + (1 if changed else 0),
                        actor.changes_recorded_as if changed else "system",
                    ),
                )
            )
    return cases


def read_rpc_cases(actor: Actor) -> list[Case]:
    """get_mentor_status / get_mentor_history: the mentor when visible, PT404 otherwise; list_mentor_statuses:
    the visible mentors (all, members of chapter A, paused ones)."""
    cases: list[Case] = []
    for mentor in MENTORS:
        visible = mentor.name in actor.sees
        for rpc in ("get_mentor_status", "get_mentor_history"):
            expect: Outcome = DENIED if actor.api_denied else Rows(frozenset({mentor.id})) if visible else NOT_FOUND
            cases.append(
                Case(
                    actor,
                    f"{rpc}()",
                    "call",
                    mentor.name,
                    f"select distinct mentor_id::text from public.{rpc}({q(mentor.id)})",
                    expect,
                )
            )
    world = f" where mentor_id = any({WORLD_MENTOR_IDS})" if actor.everything else ""
    # Admins and service_role see every mentor of the database; the page starts just before the world's ids (which
    # all begin with f0000000-) so that other committed data cannot push them off it.
    start = ", p_after => 'efffffff-ffff-4fff-8fff-ffffffffffff'" if actor.everything else ""
    listings = [
        ("all", f"p_limit => 1000{start}", actor.sees),
        ("chapter A", f"p_chapter_id => {q(CHAPTERS['A'])}, p_limit => 1000", actor.sees & members_of("A")),
        (
            "paused",
            f"p_status => 'paused', p_limit => 1000{start}",
            actor.sees & frozenset(m.name for m in MENTORS if m.status == "paused"),
        ),
    ]
    for subject, args, expected in listings:
        cases.append(
            Case(
                actor,
                "list_mentor_statuses()",
                "call",
                subject,
                f"select mentor_id::text from public.list_mentor_statuses({args}){world}",
                DENIED if actor.api_denied else Rows(frozenset(MENTOR[m].id for m in expected)),
            )
        )
    return cases


def rule_cases() -> list[Case]:
    """The state machine and input rules, seen through the RPCs (as an org admin, who may do everything)."""
    admin = ACTOR["admin"]
    m = MENTOR["m_peer"]
    mid = q(m.id)
    cases = []

    def case(subject: str, sql: str, expect: Outcome, given: str, status: str, log_rows: int) -> None:
        cases.append(
            Case(
                admin,
                "transition rules",
                "call",
                subject,
                sql,
                expect,
                given,
                _status_effect(
                    "m_peer", status, log_rows, admin.changes_recorded_as if log_rows > 1 and not given else "system"
                ),
            )
        )

    paused = given_status("m_peer", "paused")
    expired = given_status("m_peer", "certification_expired")
    case(
        "resume an active mentor",
        f"select status from public.resume_mentor({mid})",
        INVALID_TRANSITION,
        "",
        "active",
        1,
    )
    case(
        "pause a paused mentor",
        f"select status from public.pause_mentor({mid}, 'Again')",
        INVALID_TRANSITION,
        paused,
        "paused",
        2,
    )
    case(
        "reactivate an active mentor",
        f"select status from public.reactivate_mentor({mid})",
        INVALID_TRANSITION,
        "",
        "active",
        1,
    )
    case(
        "expire an expired certification",
        f"select status from public.expire_mentor_certification({mid})",
        INVALID_TRANSITION,
        expired,
        "certification_expired",
        2,
    )
    case(
        "resume a mentor whose certification expired",
        f"select status from public.resume_mentor({mid})",
        INVALID_TRANSITION,
        expired,
        "certification_expired",
        2,
    )
    case(
        "pause without a reason",
        f"select status from public.pause_mentor({mid}, null)",
        CHECK_VIOLATION,
        "",
        "active",
        1,
    )
    case(
        "pause with a blank reason",
        f"select status from public.pause_mentor({mid}, '   ')",
        CHECK_VIOLATION,
        "",
        "active",
        1,
    )
    case(
        "pause with a reason of tabs, newlines and no-break spaces",
        f"select status from public.pause_mentor({mid}, E'\\t\\n\\u00a0\\u3000')",
        CHECK_VIOLATION,
        "",
        "active",
        1,
    )
    case(
        "pause with a 501-character reason",
        f"select status from public.pause_mentor({mid}, repeat('x', 501))",
        CHECK_VIOLATION,
        "",
        "active",
        1,
    )
    case(
        "pause with a return date in the past",
        f"select status from public.pause_mentor({mid}, 'Holiday', current_date - 1)",
        INVALID_INPUT,
        "",
        "active",
        1,
    )
    case(
        "pause with a return date today",
        f"select status || ':' || (expected_return_date = current_date)::text "
        f"from public.pause_mentor({mid}, 'Holiday', current_date)",
        Rows(frozenset({"paused:true"})),
        "",
        "paused",
        2,
    )
    request = q("11111111-1111-4111-8111-111111111111")
    case(
        "the same request id twice makes one transition",
        f"select status from public.pause_mentor({mid}, 'Retry', null, {request}) "
        f"union all select status from public.pause_mentor({mid}, 'Retry', null, {request})",
        Rows(frozenset({"paused"})),
        "",
        "paused",
        2,
    )
    case(
        "a request id reused for another mentor is a conflict",
        f"select status from public.pause_mentor({q(MENTOR['m_self'].id)}, 'First', null, {request}) "
        f"union all select status from public.pause_mentor({mid}, 'Second', null, {request})",
        CONFLICT,
        "",
        "active",
        1,
    )
    case(
        "pause with a return date more than five years ahead",
        f"select status from public.pause_mentor({mid}, 'Holiday', current_date + 5 * 366)",
        INVALID_INPUT,
        "",
        "active",
        1,
    )
    case(
        "pause with a return date of infinity",
        f"select status from public.pause_mentor({mid}, 'Forever', 'infinity')",
        INVALID_INPUT,
        "",
        "active",
        1,
    )
    case(
        "a request id replayed with another return date is a conflict",
        f"select status from public.pause_mentor({mid}, 'Retry', current_date + 1, {request}) "
        f"union all select status from public.pause_mentor({mid}, 'Retry', current_date + 2, {request})",
        CONFLICT,
        "",
        "active",
        1,
    )
    case(
        "unknown mentor",
        "select status from public.pause_mentor('00000000-0000-4000-8000-00000000dead', 'Nobody')",
        NOT_FOUND,
        "",
        "active",
        1,
    )
    case(
        "page size above 1000 is refused",
        "select mentor_id::text from public.list_mentor_statuses(p_limit => 1001)",
        INVALID_INPUT,
        "",
        "active",
        1,
    )
    case(
        "unknown status filter is refused",
        "select mentor_id::text from public.list_mentor_statuses(p_status => 'away')",
        INVALID_INPUT,
        "",
        "active",
        1,
    )
    return cases


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for actor in ACTORS:
        cases += table_cases(actor) + read_rpc_cases(actor) + write_rpc_cases(actor)
    return cases + rule_cases()
