"""Supabase-style JWTs signed with a project's JWT secret: user access tokens and the anon/service_role keys.

``supabase start`` signs its keys with a well-known local secret (:data:`LOCAL_JWT_SECRET`); a PostgREST in
front of the local database (or the test suite's PostgREST-compatible server) accepts tokens signed with it. For
a real project, pass its legacy JWT secret (``SUPABASE_JWT_SECRET``). The claims are those GoTrue puts in an
access token after sign-in, so RLS and ``auth.uid()`` see exactly what they would see for that user.
"""

from __future__ import annotations

import time
from typing import Literal
from uuid import UUID

import jwt

#: The secret ``supabase start`` signs its local keys with (public knowledge: local use only).
LOCAL_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long"  # noqa: S105

ProjectKeyRole = Literal["anon", "service_role"]


def user_access_token(
    user_id: UUID | str, *, secret: str = LOCAL_JWT_SECRET, email: str | None = None, ttl: int = 3600
) -> str:
    """An access token for ``user_id`` (role ``authenticated``), valid for ``ttl`` seconds."""
    now = int(time.time())
    subject = str(UUID(str(user_id)))
    claims = {
        "sub": subject,
        "role": "authenticated",
        "aud": "authenticated",
        "email": email or f"{subject}@local.invalid",
        "iat": now,
        "exp": now + ttl,
        "session_id": "00000000-0000-4000-8000-000000000000",
    }
    return jwt.encode(claims, secret, algorithm="HS256")


def project_key(role: ProjectKeyRole, *, secret: str = LOCAL_JWT_SECRET, ttl: int = 10 * 365 * 86400) -> str:
    """An ``anon`` or ``service_role`` key, like the ones ``supabase start`` prints."""
    now = int(time.time())
    claims = {"iss": "supabase-demo", "role": role, "iat": now, "exp": now + ttl}
    return jwt.encode(claims, secret, algorithm="HS256")
