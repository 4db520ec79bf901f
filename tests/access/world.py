"""The small organisation every access-control case runs against.

Built to contain each assignment permutation the access rules must get right: a mentor who signs in; mentors
reached by a coordinator through a chapter, directly, and both ways at once; a mentor in two chapters with
different coordinators; a coordinator of several chapters; one of an unrelated chapter only; one whose
assignments lack the coordinator role; a coordinator who is also a mentor (of a chapter they do not
coordinate); a user with no role whose token claims to be an admin. Identifiers are fixed; the generated pgTAP
files and the documentation name them (``NAMES``: ``m_c``, ``chapter A``, ``coord_a``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.support.sql import sql_literal


def _uuid(prefix: str, n: int) -> str:
    return f"{prefix}0000000-0000-4000-8000-{n:012d}"


# Chapters ---------------------------------------------------------------------------------------------------
CHAPTERS = {
    "A": _uuid("e", 1),
    "B": _uuid("e", 2),
    "C": _uuid("e", 3),
    "D": _uuid("e", 4),
    "E (empty)": _uuid("e", 5),
}

# Users and their application roles ----------------------------------------------------------------------------
USERS = {
    "admin": _uuid("d", 1),
    "mentor_self": _uuid("d", 2),
    "stranger": _uuid("d", 3),
    "coord_a": _uuid("d", 4),
    "coord_b": _uuid("d", 5),
    "coord_direct": _uuid("d", 6),
    "coord_both": _uuid("d", 7),
    "coord_other": _uuid("d", 8),
    "coord_multi": _uuid("d", 9),
    "no_role": _uuid("d", 10),
    "claims_admin": _uuid("d", 11),
    "coord_mentor": _uuid("d", 12),
}
# A valid token for a user who is not (or no longer) in auth.users.
GHOST_USER = _uuid("d", 99)
USER_ROLES = [
    ("admin", "org_admin"),
    ("mentor_self", "peer_mentor"),
    ("coord_a", "coordinator"),
    ("coord_b", "coordinator"),
    ("coord_direct", "coordinator"),
    ("coord_both", "coordinator"),
    ("coord_other", "coordinator"),
    ("coord_multi", "coordinator"),
    ("coord_mentor", "coordinator"),
    ("coord_mentor", "peer_mentor"),
]


@dataclass(frozen=True)
class Mentor:
    name: str
    id: str
    chapters: tuple[str, ...]  # the status row is filed under the first one
    status: str
    certified: bool = True  # False: the certification has lapsed
    user: str | None = None


MENTORS = [
    Mentor("m_self", _uuid("f", 1), ("A",), "active", user="mentor_self"),
    Mentor("m_peer", _uuid("f", 2), ("A",), "active"),
    Mentor("m_dual", _uuid("f", 3), ("B", "A"), "active"),
    Mentor("m_both", _uuid("f", 4), ("A",), "active"),
    Mentor("m_direct", _uuid("f", 5), ("C",), "active"),
    Mentor("m_c", _uuid("f", 6), ("C",), "active"),
    Mentor("m_paused", _uuid("f", 7), ("A",), "paused"),
    Mentor("m_expired", _uuid("f", 8), ("A",), "certification_expired"),
    Mentor("m_lapsed", _uuid("f", 9), ("A",), "certification_expired", certified=False),
    Mentor("m_d", _uuid("f", 10), ("D",), "active"),
    Mentor("m_coord", _uuid("f", 11), ("D",), "active", user="coord_mentor"),
]
MENTOR = {m.name: m for m in MENTORS}

COORDINATOR_CHAPTERS = [
    ("coord_a", "A"),
    ("coord_b", "B"),
    ("coord_both", "A"),
    ("coord_other", "D"),
    ("coord_multi", "B"),
    ("coord_multi", "C"),
    ("no_role", "A"),
    ("coord_mentor", "C"),
]
COORDINATOR_MENTORS = [
    ("coord_direct", "m_direct"),
    ("coord_both", "m_both"),
    ("no_role", "m_c"),
]

# A certification expiry run record, unfinished (the jobs' RPCs act on it).
EXPIRY_RUN = 900001

# Identifiers used by write cases for rows that do not exist yet.
NEW_CHAPTER = _uuid("9", 1)
NEW_MENTOR = _uuid("9", 2)


def members_of(chapter: str) -> frozenset[str]:
    return frozenset(m.name for m in MENTORS if chapter in m.chapters)


def setup_sql() -> str:
    """SQL (run as the table owner) that creates the world; it relies on nothing else in the database."""
    lines = [
        "insert into auth.users (id, aud, role, email, created_at, updated_at) values",
        ",\n".join(
            f"  ({sql_literal(uid)}, 'authenticated', 'authenticated', {sql_literal(name + '@matrix.example')}, "
            "now(), now())"
            for name, uid in USERS.items()
        )
        + ";",
        "insert into public.user_roles (user_id, role) values",
        ",\n".join(f"  ({sql_literal(USERS[u])}, {sql_literal(r)})" for u, r in USER_ROLES) + ";",
        "insert into public.chapters (id, name) values",
        ",\n".join(f"  ({sql_literal(cid)}, {sql_literal('Matrix chapter ' + name)})" for name, cid in CHAPTERS.items())
        + ";",
        "insert into public.peer_mentors (id, user_id, display_name, certification_expires_on) values",
        ",\n".join(
            f"  ({sql_literal(m.id)}, {sql_literal(USERS[m.user]) if m.user else 'null'}, "
            f"{sql_literal('Matrix ' + m.name)}, "
            f"current_date + {365 if m.certified else -30})"
            for m in MENTORS
        )
        + ";",
        "insert into public.chapter_memberships (mentor_id, chapter_id) values",
        ",\n".join(f"  ({sql_literal(m.id)}, {sql_literal(CHAPTERS[c])})" for m in MENTORS for c in m.chapters) + ";",
        "insert into public.coordinator_chapters (coordinator_id, chapter_id) values",
        ",\n".join(f"  ({sql_literal(USERS[u])}, {sql_literal(CHAPTERS[c])})" for u, c in COORDINATOR_CHAPTERS) + ";",
        "insert into public.coordinator_mentors (coordinator_id, mentor_id) values",
        ",\n".join(f"  ({sql_literal(USERS[u])}, {sql_literal(MENTOR[m].id)})" for u, m in COORDINATOR_MENTORS) + ";",
        "insert into public.peer_mentor_status (mentor_id, chapter_id, status, pause_reason) values",
        ",\n".join(
            f"  ({sql_literal(m.id)}, {sql_literal(CHAPTERS[m.chapters[0]])}, {sql_literal(m.status)}, "
            f"{sql_literal('World pause') if m.status == 'paused' else 'null'})"
            for m in MENTORS
        )
        + ";",
        "insert into public.certification_expiry_runs (id, host, run_date) overriding system value values",
        f"  ({EXPIRY_RUN}, 'python', current_date);",
    ]
    return "\n".join(lines)


# Names -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Name:
    """A row of the world by name: ``pg_temp.mentor('m_c')`` in the generated pgTAP files, ``m_c`` in messages."""

    kind: str  # mentor / chapter / user
    name: str
    id: str
    in_world: bool = True  # False: an id write cases use for a row that does not exist yet

    @property
    def label(self) -> str:
        return f"chapter {self.name}" if self.kind == "chapter" else self.name


NAMES = [
    *(Name("mentor", m.name, m.id) for m in MENTORS),
    Name("mentor", "m_new", NEW_MENTOR, in_world=False),
    *(Name("chapter", name, cid) for name, cid in CHAPTERS.items()),
    Name("chapter", "new", NEW_CHAPTER, in_world=False),
    *(Name("user", name, uid) for name, uid in USERS.items()),
]
_LABELS = {n.id: n.label for n in NAMES}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}")


def readable(text: str) -> str:
    """Replace the world's identifiers by their labels (``m_c``, ``chapter A``, ``coord_a``)."""
    return _UUID.sub(lambda m: _LABELS.get(m.group(0), m.group(0)), text)


def world_ids_sql(kind: str) -> str:
    """A uuid[] literal of every world row of ``kind`` (sorted), to restrict admin and service results to them."""
    ids = sorted(n.id for n in NAMES if n.kind == kind and n.in_world)
    return "array[" + ", ".join(sql_literal(i) for i in ids) + "]::uuid[]"
