"""Who a database call acts as, and the per-request settings PostgREST derives from that.

PostgREST runs each request in a transaction that first calls ``set_config(..., true)`` (transaction-local) for
``search_path``, the impersonated role's own settings (``statement_timeout``...), ``role`` (the JWT ``role`` claim),
``request.jwt.claims`` (the whole claims object) and the request's method, path, headers and cookies, in that order,
then the query (PostgREST ``src/PostgREST/Query.hs``; docs ``references/auth.rst``, ``references/transactions.rst``).
RLS policies and ``auth.uid()``/``auth.role()`` read exactly those settings.
Every place that acts as a user without PostgREST (the SDK's Postgres transport, the tests, the
PostgREST-compatible test server) builds them here, so they cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args
from uuid import UUID

from mentor_pause.errors import InvalidInput

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
        if self.role not in get_args(ApiRole):
            raise InvalidInput(f"unknown API role {self.role!r}: use anon, authenticated or service_role")
        if (self.role == "authenticated") != (self.user_id is not None):
            raise InvalidInput("an authenticated identity needs a user id, and only it has one")
        if self.user_id is not None and not isinstance(self.user_id, UUID):
            raise InvalidInput(f"the user id must be a UUID, got {type(self.user_id).__name__}: use Identity.user()")

    @classmethod
    def user(cls, user_id: UUID | str, email: str | None = None) -> Identity:
        """A signed-in user: role ``authenticated``, ``sub`` = ``user_id`` (a UUID or its text form)."""
        if isinstance(user_id, UUID):
            return cls("authenticated", user_id, email)
        try:
            return cls("authenticated", UUID(user_id), email)
        except (ValueError, TypeError, AttributeError):
            raise InvalidInput(f"not a valid user id: {user_id!r}") from None

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


#: The settings a role was given with ``ALTER ROLE <role> SET ...`` that PostgREST (11.1 and later) applies to every
#: request it makes as that role (Supabase: ``statement_timeout`` 3 s for ``anon``, 8 s for ``authenticated``). A
#: role's settings otherwise take effect only at login, and nothing logs in as an API role. PostgREST reads them at
#: schema-cache load (``queryRoleSettings`` in ``src/PostgREST/Config/Database.hs``): settings a user may set, values
#: lowercased, ``default_transaction_isolation`` kept apart. Same query, for one role.
ROLE_SETTINGS_SQL = """
with kv as (
  select substr(setting, 1, strpos(setting, '=') - 1) as key,
         lower(substr(setting, strpos(setting, '=') + 1)) as value
    from pg_catalog.pg_roles r, unnest(r.rolconfig) as setting
   where r.rolname = %s
)
select kv.key, kv.value
  from kv
  join pg_catalog.pg_settings ps
    on ps.name = kv.key
   and (ps.context = 'user' or has_parameter_privilege(current_user::regrole::oid, ps.name, 'set'))
 where kv.key <> 'default_transaction_isolation'
 order by kv.key
"""

RoleSettings = tuple[tuple[str, str], ...]


def request_context(
    role: str,
    claims: Mapping[str, object],
    *,
    role_settings: RoleSettings = (),
    method: str = "POST",
    path: str = "/",
    headers: Mapping[str, str] | None = None,
    cookies: Mapping[str, str] | None = None,
    search_path: str = DEFAULT_SEARCH_PATH,
) -> tuple[str, tuple[str, ...]]:
    """The one statement PostgREST runs before each request, and its parameters.

    Order and format follow PostgREST's ``setPgLocals`` (``src/PostgREST/Query.hs``, v12/v13): ``search_path``, the
    role's own settings, ``role``, ``request.jwt.claims`` (the token's claims with ``role`` set to the role used),
    ``request.method``, ``request.path``, ``request.headers`` (lower-case names, no cookie) and ``request.cookies``,
    each with ``set_config(..., true)``, so that everything is undone at the end of the transaction.
    """
    pairs: list[tuple[str, str]] = [("search_path", search_path), *role_settings, ("role", role)]
    pairs += [
        ("request.jwt.claims", json.dumps({**claims, "role": role})),
        ("request.method", method),
        ("request.path", path),
        ("request.headers", json.dumps({k.lower(): v for k, v in (headers or {}).items() if k.lower() != "cookie"})),
        ("request.cookies", json.dumps(dict(cookies or {}))),
    ]
    statement = "select " + ", ".join("set_config(%s, %s, true)" for _ in pairs)
    return statement, tuple(value for pair in pairs for value in pair)


def identity_context(
    identity: Identity, *, role_settings: RoleSettings = (), method: str = "POST", path: str = "/"
) -> tuple[str, tuple[str, ...]]:
    """:func:`request_context` for an :class:`Identity` (role and claims as a Supabase token carries them)."""
    return request_context(identity.role, identity.claims(), role_settings=role_settings, method=method, path=path)
