"""The callers of the access matrix: who they are to the database (role and JWT claims) and what they may see.

Who sees what is declared per actor (``sees``/``chapters``/``own``/``manages``, in the world's names); the expected
outcome of every table operation and RPC call follows from these sets by the rules in ``objects.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mentor_pause.identity import Identity
from tests.access.world import CHAPTERS, GHOST_USER, MENTORS, USERS, members_of

ALL_MENTORS = frozenset(m.name for m in MENTORS)
ALL_CHAPTERS = frozenset(CHAPTERS)


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
    def sees_everything(self) -> bool:
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
