"""Who a database call acts as, and the per-request settings PostgREST derives from that.

PostgREST runs each request in a transaction that first calls ``set_config(..., true)`` (transaction-local) for
``search_path``, ``role`` (the JWT ``role`` claim) and ``request.jwt.claims`` (the whole claims object), in that
order, then the query (PostgREST ``src/PostgREST/Query/PreQuery.hs``; docs ``references/auth.rst``,
``references/transactions.rst``). RLS policies and ``auth.uid()``/``auth.role()`` read exactly those settings.
Every place that acts as a user without PostgREST (the SDK's Postgres transport, the tests, the
PostgREST-compatible test server) builds them here, so they cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal
from uuid import UUID

ApiRole = Literal["anon", "authenticated", "service_role"]

#: The schema PostgREST serves plus ``extra_search_path`` from ``supabase/config.toml``.
DEFAULT_SEARCH_PATH = '"public", "extensions"'


@dataclass(frozen=True)
class Identity:
    """An API role and, for ``authenticated``, the user (the JWT ``sub``)."""

    role: ApiRole
    user_id: UUID | None = None
    email: str | None = None

    def __post_init__(self) -> None:
        if (self.role == "authenticated") != (self.user_id is not None):
            raise ValueError("an authenticated identity needs a user id, and only it has one")

    @classmethod
    def user(cls, user_id: UUID | str, email: str | None = None) -> Identity:
        """A signed-in user: role ``authenticated``, ``sub`` = ``user_id``."""
        return cls("authenticated", UUID(str(user_id)), email)

    @classmethod
    def service(cls) -> Identity:
        """The ``service_role``: server jobs; bypasses RLS, never a user."""
        return cls("service_role")

    @classmethod
    def anonymous(cls) -> Identity:
        """The ``anon`` role: a request with only the project's anon key."""
        return cls("anon")

    def claims(self) -> dict[str, str]:
        """The JWT claims a Supabase token for this identity carries (the parts our SQL reads)."""
        claims: dict[str, str] = {"role": self.role}
        if self.user_id is not None:
            claims |= {"sub": str(self.user_id), "aud": "authenticated"}
        if self.email is not None:
            claims["email"] = self.email
        return claims

    def __str__(self) -> str:
        return f"{self.role}:{self.user_id}" if self.user_id else self.role


#: The statement PostgREST runs before each request, reduced to the settings our SQL reads.
REQUEST_CONTEXT_SQL = (
    "select set_config('search_path', %s, true), set_config('role', %s, true), "
    "set_config('request.jwt.claims', %s, true), set_config('request.method', %s, true), "
    "set_config('request.path', %s, true)"
)


def request_context_params(
    identity: Identity, *, method: str = "POST", path: str = "/", search_path: str = DEFAULT_SEARCH_PATH
) -> tuple[str, str, str, str, str]:
    """Parameters for :data:`REQUEST_CONTEXT_SQL`, in PostgREST's order."""
    return (search_path, identity.role, json.dumps(identity.claims()), method, path)
