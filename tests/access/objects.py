"""The objects of the access matrix (every table and RPC of schema public) and what each actor gets from each.

Each table is described once: its key, the one row each direct write touches (and what the owner checks afterwards),
and which writes ``service_role`` may make. Each RPC is described by the rule that decides its outcome from the
actor's sets (``actors.py``): the cases follow from the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.access.actors import Actor
from tests.access.cases import DENIED, INVALID_TRANSITION, NOT_FOUND, Case, Effect, Given, Outcome, Rows
from tests.access.world import (
    CHAPTERS,
    COORDINATOR_CHAPTERS,
    COORDINATOR_MENTORS,
    EXPIRY_RUN,
    MENTOR,
    MENTORS,
    NEW_CHAPTER,
    NEW_MENTOR,
    USER_ROLES,
    USERS,
    members_of,
    readable,
    world_ids_sql,
)
from tests.support.sql import sql_literal

WORLD_MENTOR_IDS = world_ids_sql("mentor")
WORLD_USER_IDS = world_ids_sql("user")
WORLD_CHAPTER_IDS = world_ids_sql("chapter")


# Tables --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """Owner SQL run after a direct write (one text value): its value when the write was allowed, and when refused."""

    what: str
    sql: str
    allowed: str
    refused: str


@dataclass(frozen=True)
class Write:
    """One direct write of a table: the statement and the key of the row it touches (what it returns when allowed)."""

    sql: str
    key: tuple[str, ...]  # values of the table's key columns
    check: Check
    given: Given | None = None

    @property
    def label(self) -> str:
        return readable("/".join(self.key))


@dataclass(frozen=True)
class Table:
    name: str
    key_columns: tuple[str, ...]  # the text key of a row is these columns joined by '/'
    world_filter: str  # restricts admin/service results to the world's rows
    insert: Write
    update: Write
    delete: Write

    @property
    def key(self) -> str:
        """A text expression identifying a row."""
        return " || '/' || ".join(f"{column}::text" for column in self.key_columns)

    def writes(self) -> dict[str, Write]:
        return {"insert": self.insert, "update": self.update, "delete": self.delete}


def _count(table: str, before: int = 0, change: int = 1, **where: str) -> Check:
    """How many rows of ``table`` match ``where``: ``before`` when refused, ``before + change`` when allowed."""
    condition = " and ".join(f"{column} = {sql_literal(value)}" for column, value in where.items())
    label = readable("/".join(where.values()))
    return Check(
        f"{table} rows of {label}",
        f"select count(*)::text from public.{table} where {condition}",
        str(before + change),
        str(before),
    )


def _membership_key(mentor: str, chapter: str) -> tuple[str, str]:
    return MENTOR[mentor].id, CHAPTERS[chapter]


M_C, M_SELF = MENTOR["m_c"].id, MENTOR["m_self"].id

TABLES = [
    Table(
        "peer_mentor_status",
        ("mentor_id",),
        f"mentor_id = any({WORLD_MENTOR_IDS})",
        insert=Write(
            "insert into public.peer_mentor_status (mentor_id, chapter_id) "
            f"values ({sql_literal(M_C)}, {sql_literal(CHAPTERS['C'])}) returning mentor_id::text",
            (M_C,),
            _count("peer_mentor_status", mentor_id=M_C),
            given=Given(
                "m_c has no status row", f"delete from public.peer_mentor_status where mentor_id = {sql_literal(M_C)};"
            ),
        ),
        update=Write(
            "update public.peer_mentor_status set status = 'paused', pause_reason = 'Direct write' "
            f"where mentor_id = {sql_literal(M_SELF)} returning mentor_id::text",
            (M_SELF,),
            Check(
                "status of m_self",
                f"select status from public.peer_mentor_status where mentor_id = {sql_literal(M_SELF)}",
                "paused",
                "active",
            ),
        ),
        delete=Write(
            f"delete from public.peer_mentor_status where mentor_id = {sql_literal(M_C)} returning mentor_id::text",
            (M_C,),
            _count("peer_mentor_status", before=1, change=-1, mentor_id=M_C),
        ),
    ),
    Table(
        "peer_mentor_status_log",
        ("mentor_id",),
        f"mentor_id = any({WORLD_MENTOR_IDS})",
        insert=Write(
            "insert into public.peer_mentor_status_log (mentor_id, chapter_id, new_status) "
            f"values ({sql_literal(M_C)}, {sql_literal(CHAPTERS['C'])}, 'paused') returning mentor_id::text",
            (M_C,),
            _count("peer_mentor_status_log", before=1, mentor_id=M_C),  # m_c's first history row is there already
        ),
        update=Write(
            "update public.peer_mentor_status_log set new_status = 'paused' "
            f"where mentor_id = {sql_literal(M_SELF)} returning mentor_id::text",
            (M_SELF,),
            Check(
                "history (new_status) of m_self",
                "select string_agg(new_status, ',') from public.peer_mentor_status_log "
                f"where mentor_id = {sql_literal(M_SELF)}",
                "paused",
                "active",
            ),
        ),
        delete=Write(
            f"delete from public.peer_mentor_status_log where mentor_id = {sql_literal(M_C)} returning mentor_id::text",
            (M_C,),
            _count("peer_mentor_status_log", before=1, change=-1, mentor_id=M_C),
        ),
    ),
    Table(
        "peer_mentors",
        ("id",),
        f"id = any({WORLD_MENTOR_IDS})",
        insert=Write(
            f"insert into public.peer_mentors (id, display_name) values ({sql_literal(NEW_MENTOR)}, 'Matrix newcomer') "
            "returning id::text",
            (NEW_MENTOR,),
            _count("peer_mentors", id=NEW_MENTOR),
        ),
        update=Write(
            "update public.peer_mentors set certification_expires_on = current_date + 3650 "
            f"where id = {sql_literal(MENTOR['m_lapsed'].id)} returning id::text",
            (MENTOR["m_lapsed"].id,),
            Check(
                "certification of m_lapsed valid",
                "select (certification_expires_on > current_date)::text from public.peer_mentors "
                f"where id = {sql_literal(MENTOR['m_lapsed'].id)}",
                "true",
                "false",
            ),
        ),
        delete=Write(
            f"delete from public.peer_mentors where id = {sql_literal(M_C)} returning id::text",
            (M_C,),
            _count("peer_mentors", before=1, change=-1, id=M_C),
        ),
    ),
    Table(
        "chapter_memberships",
        ("mentor_id", "chapter_id"),
        f"mentor_id = any({WORLD_MENTOR_IDS})",
        insert=Write(
            "insert into public.chapter_memberships (mentor_id, chapter_id) "
            f"values ({sql_literal(M_C)}, {sql_literal(CHAPTERS['A'])}) "
            "returning mentor_id::text || '/' || chapter_id::text",
            _membership_key("m_c", "A"),
            _count("chapter_memberships", mentor_id=M_C, chapter_id=CHAPTERS["A"]),
        ),
        update=Write(
            f"update public.chapter_memberships set chapter_id = {sql_literal(CHAPTERS['C'])} "
            f"where mentor_id = {sql_literal(MENTOR['m_dual'].id)} and chapter_id = {sql_literal(CHAPTERS['A'])} "
            "returning mentor_id::text || '/' || chapter_id::text",
            _membership_key("m_dual", "C"),
            Check(
                "chapters of m_dual",
                "select string_agg(chapter_id::text, ',' order by chapter_id) from public.chapter_memberships "
                f"where mentor_id = {sql_literal(MENTOR['m_dual'].id)}",
                ",".join(sorted([CHAPTERS["B"], CHAPTERS["C"]])),
                ",".join(sorted([CHAPTERS["A"], CHAPTERS["B"]])),
            ),
        ),
        delete=Write(
            f"delete from public.chapter_memberships where mentor_id = {sql_literal(MENTOR['m_dual'].id)} "
            f"and chapter_id = {sql_literal(CHAPTERS['A'])} returning mentor_id::text || '/' || chapter_id::text",
            _membership_key("m_dual", "A"),
            _count("chapter_memberships", before=1, change=-1, mentor_id=MENTOR["m_dual"].id, chapter_id=CHAPTERS["A"]),
        ),
    ),
    Table(
        "chapters",
        ("id",),
        f"id = any({WORLD_CHAPTER_IDS})",
        insert=Write(
            f"insert into public.chapters (id, name) values ({sql_literal(NEW_CHAPTER)}, 'Matrix new chapter') "
            "returning id::text",
            (NEW_CHAPTER,),
            _count("chapters", id=NEW_CHAPTER),
        ),
        update=Write(
            f"update public.chapters set name = 'Matrix renamed' where id = {sql_literal(CHAPTERS['A'])} "
            "returning id::text",
            (CHAPTERS["A"],),
            Check(
                "the name of chapter A",
                f"select name from public.chapters where id = {sql_literal(CHAPTERS['A'])}",
                "Matrix renamed",
                "Matrix chapter A",
            ),
        ),
        delete=Write(
            f"delete from public.chapters where id = {sql_literal(CHAPTERS['E (empty)'])} returning id::text",
            (CHAPTERS["E (empty)"],),
            _count("chapters", before=1, change=-1, id=CHAPTERS["E (empty)"]),
        ),
    ),
    Table(
        "coordinator_chapters",
        ("coordinator_id", "chapter_id"),
        f"coordinator_id = any({WORLD_USER_IDS})",
        insert=Write(
            "insert into public.coordinator_chapters (coordinator_id, chapter_id) "
            f"values ({sql_literal(USERS['coord_a'])}, {sql_literal(CHAPTERS['C'])}) "
            "returning coordinator_id::text || '/' || chapter_id::text",
            (USERS["coord_a"], CHAPTERS["C"]),
            _count("coordinator_chapters", coordinator_id=USERS["coord_a"], chapter_id=CHAPTERS["C"]),
        ),
        update=Write(
            f"update public.coordinator_chapters set chapter_id = {sql_literal(CHAPTERS['D'])} "
            f"where coordinator_id = {sql_literal(USERS['coord_a'])} "
            "returning coordinator_id::text || '/' || chapter_id::text",
            (USERS["coord_a"], CHAPTERS["D"]),
            Check(
                "chapters of coord_a",
                "select string_agg(chapter_id::text, ',') from public.coordinator_chapters "
                f"where coordinator_id = {sql_literal(USERS['coord_a'])}",
                CHAPTERS["D"],
                CHAPTERS["A"],
            ),
        ),
        delete=Write(
            f"delete from public.coordinator_chapters where coordinator_id = {sql_literal(USERS['coord_a'])} "
            "returning coordinator_id::text || '/' || chapter_id::text",
            (USERS["coord_a"], CHAPTERS["A"]),
            _count("coordinator_chapters", before=1, change=-1, coordinator_id=USERS["coord_a"]),
        ),
    ),
    Table(
        "coordinator_mentors",
        ("coordinator_id", "mentor_id"),
        f"coordinator_id = any({WORLD_USER_IDS})",
        insert=Write(
            "insert into public.coordinator_mentors (coordinator_id, mentor_id) "
            f"values ({sql_literal(USERS['coord_direct'])}, {sql_literal(M_C)}) "
            "returning coordinator_id::text || '/' || mentor_id::text",
            (USERS["coord_direct"], M_C),
            _count("coordinator_mentors", coordinator_id=USERS["coord_direct"], mentor_id=M_C),
        ),
        update=Write(
            f"update public.coordinator_mentors set mentor_id = {sql_literal(MENTOR['m_d'].id)} "
            f"where coordinator_id = {sql_literal(USERS['coord_direct'])} "
            "returning coordinator_id::text || '/' || mentor_id::text",
            (USERS["coord_direct"], MENTOR["m_d"].id),
            Check(
                "mentors of coord_direct",
                "select string_agg(mentor_id::text, ',') from public.coordinator_mentors "
                f"where coordinator_id = {sql_literal(USERS['coord_direct'])}",
                MENTOR["m_d"].id,
                MENTOR["m_direct"].id,
            ),
        ),
        delete=Write(
            f"delete from public.coordinator_mentors where coordinator_id = {sql_literal(USERS['coord_direct'])} "
            "returning coordinator_id::text || '/' || mentor_id::text",
            (USERS["coord_direct"], MENTOR["m_direct"].id),
            _count("coordinator_mentors", before=1, change=-1, coordinator_id=USERS["coord_direct"]),
        ),
    ),
    Table(
        "user_roles",
        ("user_id", "role"),
        f"user_id = any({WORLD_USER_IDS})",
        insert=Write(
            f"insert into public.user_roles (user_id, role) values ({sql_literal(USERS['stranger'])}, 'org_admin') "
            "returning user_id::text || '/' || role::text",
            (USERS["stranger"], "org_admin"),
            _count("user_roles", user_id=USERS["stranger"], role="org_admin"),
        ),
        update=Write(
            f"update public.user_roles set role = 'org_admin' where user_id = {sql_literal(USERS['mentor_self'])} "
            "returning user_id::text || '/' || role::text",
            (USERS["mentor_self"], "org_admin"),
            Check(
                "roles of mentor_self",
                "select string_agg(role::text, ',') from public.user_roles "
                f"where user_id = {sql_literal(USERS['mentor_self'])}",
                "org_admin",
                "peer_mentor",
            ),
        ),
        delete=Write(
            f"delete from public.user_roles where user_id = {sql_literal(USERS['admin'])} "
            "returning user_id::text || '/' || role::text",
            (USERS["admin"], "org_admin"),
            _count("user_roles", before=1, change=-1, user_id=USERS["admin"]),
        ),
    ),
]

TABLES.append(
    Table(
        "certification_expiry_runs",
        ("id",),
        f"id = {EXPIRY_RUN}",
        insert=Write(
            "insert into public.certification_expiry_runs (host, run_date) values ('manual', '1901-01-01') "
            "returning '1901-01-01'",
            ("1901-01-01",),
            _count("certification_expiry_runs", run_date="1901-01-01"),
        ),
        update=Write(
            f"update public.certification_expiry_runs set error = 'Matrix' where id = {EXPIRY_RUN} returning id::text",
            (str(EXPIRY_RUN),),
            Check(
                "error of the world's run",
                f"select coalesce(error, 'none') from public.certification_expiry_runs where id = {EXPIRY_RUN}",
                "Matrix",
                "none",
            ),
        ),
        delete=Write(
            f"delete from public.certification_expiry_runs where id = {EXPIRY_RUN} returning id::text",
            (str(EXPIRY_RUN),),
            _count("certification_expiry_runs", before=1, change=-1, id=str(EXPIRY_RUN)),
        ),
    )
)

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


def _table_rows(actor: Actor, table: str) -> frozenset[str]:
    """The rows of ``table`` an actor sees, from their declared sets (the policies' rules, in words):

    - mentors, their status and history: the mentors they see;
    - memberships: those of the mentors they see (members of coordinated chapters are among them);
    - chapters: the chapters they see;
    - coordinator assignments and user roles: their own rows (everything for admin and service_role).
    """
    user = next((n for n, uid in USERS.items() if actor.user_id == uid), None)
    everyone = actor.sees_everything
    if table in ("peer_mentor_status", "peer_mentor_status_log", "peer_mentors"):
        return frozenset(MENTOR[m].id for m in actor.sees)
    if table == "chapter_memberships":
        return frozenset("/".join(_membership_key(m, c)) for m in actor.sees for c in MENTOR[m].chapters)
    if table == "chapters":
        return frozenset(CHAPTERS[c] for c in actor.chapters)
    if table == "coordinator_chapters":
        return frozenset(f"{USERS[u]}/{CHAPTERS[c]}" for u, c in COORDINATOR_CHAPTERS if everyone or u == user)
    if table == "coordinator_mentors":
        return frozenset(f"{USERS[u]}/{MENTOR[m].id}" for u, m in COORDINATOR_MENTORS if everyone or u == user)
    if table == "user_roles":
        return frozenset(f"{USERS[u]}/{r}" for u, r in USER_ROLES if everyone or u == user)
    if table == "certification_expiry_runs":  # the run records: org admins and service_role
        return frozenset({str(EXPIRY_RUN)}) if everyone else frozenset()
    raise KeyError(table)


def table_cases(actor: Actor) -> list[Case]:
    cases: list[Case] = []
    for table in TABLES:
        # select: exactly the rows of the actor's sets; anon holds no privilege at all.
        subject = "world rows" if actor.sees_everything and not actor.api_denied else "all rows"
        where = f" where {table.world_filter}" if subject == "world rows" else ""
        cases.append(
            Case(
                actor,
                table.name,
                "select",
                subject,
                f"select {table.name} ({subject})",
                f"select {table.key} from public.{table.name}{where}",
                DENIED if actor.api_denied else Rows(_table_rows(actor, table.name)),
            )
        )
        # insert / update / delete: only service_role, and only where SERVICE_WRITES says so.
        for operation, write in table.writes().items():
            allowed = actor.service and (table.name, operation) in SERVICE_WRITES
            preposition = {"insert": "into", "update": "in", "delete": "from"}[operation]
            cases.append(
                Case(
                    actor,
                    table.name,
                    operation,
                    "one row",
                    f"{operation} {write.label} {preposition} {table.name}",
                    write.sql,
                    Rows(frozenset({"/".join(write.key)})) if allowed else DENIED,
                    given=write.given,
                    effect=Effect(
                        write.check.what, write.check.sql, write.check.allowed if allowed else write.check.refused
                    ),
                )
            )
    return cases


# RPCs ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WriteRpc:
    name: str
    verb: str  # "pause" m_c
    before: str  # the status it starts from
    after: str  # the status it leads to
    who: frozenset[str]  # who may besides admin/service: "self" and/or "coordinator"


WRITE_RPCS = [
    WriteRpc("pause_mentor", "pause", "active", "paused", frozenset({"self", "coordinator"})),
    WriteRpc("resume_mentor", "resume", "paused", "active", frozenset({"self", "coordinator"})),
    WriteRpc(
        "expire_mentor_certification", "expire the certification of", "active", "certification_expired", frozenset()
    ),
    WriteRpc("reactivate_mentor", "reactivate", "certification_expired", "active", frozenset({"coordinator"})),
]
READ_RPCS = {"get_mentor_status": "get the status of", "get_mentor_history": "get the history of"}


def given_status(mentor: str, status: str) -> Given | None:
    """Owner SQL that puts a mentor into ``status`` regardless of the rules (the case's starting point)."""
    if MENTOR[mentor].status == status:
        return None
    mid = sql_literal(MENTOR[mentor].id)
    return Given(
        f"{mentor} is {status}",
        "alter table public.peer_mentor_status disable trigger trg_peer_mentor_status_transition;\n"
        f"update public.peer_mentor_status set status = {sql_literal(status)}, "
        f"pause_reason = {sql_literal('Given pause') if status == 'paused' else 'null'}, expected_return_date = null, "
        f"paused_at = {'now()' if status == 'paused' else 'null'} where mentor_id = {mid};\n"
        "alter table public.peer_mentor_status enable always trigger trg_peer_mentor_status_transition;",
    )


def status_effect(mentor: str, status: str, log_rows: int, last_changed_by: str = "system") -> Effect:
    """The mentor's status, their number of history rows, and who the newest history row names."""
    mid = sql_literal(MENTOR[mentor].id)
    return Effect(
        f"status/history rows/last change of {mentor}",
        f"select status || '/' || (select count(*) from public.peer_mentor_status_log where mentor_id = {mid}) "
        f"|| '/' || coalesce((select changed_by::text from public.peer_mentor_status_log where mentor_id = {mid} "
        f"order by id desc limit 1), 'system') from public.peer_mentor_status where mentor_id = {mid}",
        f"{status}/{log_rows}/{last_changed_by}",
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
    for rpc in WRITE_RPCS:
        for mentor in MENTORS:
            args = f"{sql_literal(mentor.id)}" + (", 'Matrix pause'" if rpc.name == "pause_mentor" else "")
            sql = f"select mentor_id::text || ':' || status from public.{rpc.name}({args})"
            may = (
                actor.sees_everything
                or ("self" in rpc.who and mentor.name in actor.own)
                or ("coordinator" in rpc.who and mentor.name in actor.manages)
            )
            if actor.api_denied or not actor.signed_in:
                expect: Outcome = DENIED
            elif not may:
                expect = DENIED if mentor.name in actor.sees else NOT_FOUND
            elif rpc.name == "reactivate_mentor" and not mentor.certified:
                expect = INVALID_TRANSITION
            else:
                expect = Rows(frozenset({f"{mentor.id}:{rpc.after}"}))
            logged = _log_rows_after_given(mentor.name, rpc.before)
            changed = isinstance(expect, Rows)
            cases.append(
                Case(
                    actor,
                    f"{rpc.name}()",
                    "call",
                    mentor.name,
                    f"{rpc.verb} {mentor.name}",
                    sql,
                    expect,
                    given=given_status(mentor.name, rpc.before),
                    effect=status_effect(
                        mentor.name,
                        rpc.after if changed else rpc.before,
                        logged + (1 if changed else 0),
                        actor.changes_recorded_as if changed else "system",
                    ),
                )
            )
    return cases


#: A status row as the status RPCs return it: the mentor, and the names they carry (NULL names make the key NULL).
NAMED_STATUS_KEY = "mentor_id::text || ': ' || mentor_display_name || ' (' || chapter_name || ')'"


def named_status(mentor: str) -> str:
    """The key :data:`NAMED_STATUS_KEY` gives for a mentor of the world (setup_sql's names)."""
    return f"{MENTOR[mentor].id}: Matrix {mentor} (Matrix chapter {MENTOR[mentor].chapters[0]})"


def read_rpc_cases(actor: Actor) -> list[Case]:
    """get_mentor_status / get_mentor_history: the mentor when visible, PT404 otherwise; get_mentor_statuses of
    every mentor's id: the visible ones; list_mentor_statuses: the visible mentors (all, members of chapter A, paused
    ones). The status RPCs' rows carry the mentor's and the chapter's names, which every caller who sees the status
    may read anyway."""
    cases: list[Case] = []
    for mentor in MENTORS:
        visible = mentor.name in actor.sees
        for rpc, verb in READ_RPCS.items():
            key, row = (
                (NAMED_STATUS_KEY, named_status(mentor.name))
                if rpc == "get_mentor_status"
                else ("mentor_id::text", mentor.id)
            )
            expect: Outcome = DENIED if actor.api_denied else Rows(frozenset({row})) if visible else NOT_FOUND
            cases.append(
                Case(
                    actor,
                    f"{rpc}()",
                    "call",
                    mentor.name,
                    f"{verb} {mentor.name}",
                    f"select distinct {key} from public.{rpc}({sql_literal(mentor.id)})",
                    expect,
                )
            )
    world = f" where mentor_id = any({WORLD_MENTOR_IDS})" if actor.sees_everything else ""
    # Admins and service_role see every mentor of the database; the page starts just before the world's ids (which
    # all begin with f0000000-) so that other committed data cannot push them off it.
    start = ", p_after => 'efffffff-ffff-4fff-8fff-ffffffffffff'" if actor.sees_everything else ""
    listings = [
        ("all", f"p_limit => 1000{start}", actor.sees),
        ("chapter A", f"p_chapter_id => {sql_literal(CHAPTERS['A'])}, p_limit => 1000", actor.sees & members_of("A")),
        (
            "paused",
            f"p_status => 'paused', p_limit => 1000{start}",
            actor.sees & frozenset(m.name for m in MENTORS if m.status == "paused"),
        ),
    ]
    cases.append(
        Case(
            actor,
            "get_mentor_statuses()",
            "call",
            "every mentor",
            "get the statuses of every mentor by id",
            f"select {NAMED_STATUS_KEY} from public.get_mentor_statuses({WORLD_MENTOR_IDS})",
            DENIED if actor.api_denied else Rows(frozenset(named_status(m) for m in actor.sees)),
        )
    )
    for subject, args, expected in listings:
        cases.append(
            Case(
                actor,
                "list_mentor_statuses()",
                "call",
                subject,
                f"list the statuses ({subject})",
                f"select {NAMED_STATUS_KEY} from public.list_mentor_statuses({args}){world}",
                DENIED if actor.api_denied else Rows(frozenset(named_status(m) for m in expected)),
            )
        )
    return cases


# The certification expiry's RPCs ------------------------------------------------------------------------------------
def job_cases(actor: Actor) -> list[Case]:
    """Starting a certification expiry run, a batch of it, and recording its failure: service_role and org admins
    only (42501 for everyone else, anon included, who holds no EXECUTE at all)."""
    allowed = actor.sees_everything and not actor.api_denied
    run = str(EXPIRY_RUN)
    calls = [
        (
            "start_certification_expiry_run()",
            "start a run",
            "select 'started' from public.start_certification_expiry_run('manual')",
            "started",
            Effect(
                "manual runs started in this transaction besides the world's",
                "select count(*)::text from public.certification_expiry_runs "
                f"where host = 'manual' and started_at = now() and id <> {run}",
                "1" if allowed else "0",
            ),
        ),
        (
            "expire_certification_batch()",
            "run a batch of the world's run",
            f"select run_id::text from public.expire_certification_batch({run}, p_limit => 1)",
            run,
            Effect(
                "batches of the world's run",
                f"select batches::text from public.certification_expiry_runs where id = {run}",
                "1" if allowed else "0",
            ),
        ),
        (
            "fail_certification_expiry_run()",
            "record a failure of the world's run",
            f"select 'failed' from public.fail_certification_expiry_run({run}, 'Matrix failure')",
            "failed",
            Effect(
                "error of the world's run",
                f"select coalesce(error, 'none') from public.certification_expiry_runs where id = {run}",
                "Matrix failure" if allowed else "none",
            ),
        ),
    ]
    return [
        Case(
            actor,
            rpc,
            "call",
            "the world's run",
            description,
            sql,
            Rows(frozenset({key})) if allowed else DENIED,
            effect=effect,
        )
        for rpc, description, sql, key, effect in calls
    ]


# The portal outbox's RPCs -------------------------------------------------------------------------------------------
def portal_cases(actor: Actor) -> list[Case]:
    """Working the outbox (claim, complete, fail, requeue) is service_role's alone; its state is for org admins too.
    Everyone else gets 42501 (anon holds no EXECUTE at all)."""
    works = actor.service and not actor.api_denied
    sees_state = actor.sees_everything and not actor.api_denied
    m_self = MENTOR["m_self"].id
    item = f'[{{"mentor_id": "{m_self}", "version": 1}}]'
    failed = f'[{{"mentor_id": "{m_self}", "version": 1, "error": "Matrix"}}]'

    def outbox(column: str) -> str:
        return f"select {column} from private.portal_outbox where mentor_id = {sql_literal(m_self)}"

    calls = [
        (
            "claim_portal_sync()",
            "claim one mentor",
            "select 'claimed' from (select count(*) from public.claim_portal_sync('matrix', 1)) c",
            "claimed",
            works,
            Effect(
                "outbox rows claimed by 'matrix'",
                "select count(*)::text from private.portal_outbox where locked_by = 'matrix'",
                "1" if works else "0",
            ),
            None,
        ),
        (
            "complete_portal_sync()",
            "acknowledge m_self's state",
            f"select done::text from public.complete_portal_sync('matrix', {sql_literal(item)}) done",
            "1",
            works,
            Effect("delivered version of m_self", outbox("delivered_version::text"), "1" if works else "0"),
            None,
        ),
        (
            "fail_portal_sync()",
            "record a failure for m_self",
            f"select done::text from public.fail_portal_sync('matrix', {sql_literal(failed)}) done",
            "1",
            works,
            Effect("last error of m_self", outbox("coalesce(last_error, 'none')"), "Matrix" if works else "none"),
            None,
        ),
        (
            "requeue_portal_dead_letters()",
            "requeue m_self, a dead letter",
            f"select done::text from public.requeue_portal_dead_letters(array[{sql_literal(m_self)}]::uuid[]) done",
            "1",
            works,
            Effect("m_self is a dead letter", outbox("(dead_at is not null)::text"), "false" if works else "true"),
            Given(
                "m_self is a dead letter",
                f"update private.portal_outbox set dead_at = now() where mentor_id = {sql_literal(m_self)};",
            ),
        ),
        (
            "portal_sync_status()",
            "read the portal sync state",
            "select 'state' from public.portal_sync_status()",
            "state",
            sees_state,
            None,
            None,
        ),
    ]
    return [
        Case(
            actor,
            rpc,
            "call",
            "the outbox",
            description,
            sql,
            Rows(frozenset({key})) if allowed else DENIED,
            given=given,
            effect=effect,
        )
        for rpc, description, sql, key, allowed, effect, given in calls
    ]
