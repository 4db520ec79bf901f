"""Supabase-style JWTs for tests: the project keys and user access tokens, signed with the JWT secret.

`supabase start` signs its keys with this well-known local secret; a real project's secret is given with
SUPABASE_JWT_SECRET.
"""

from __future__ import annotations

import os
import time
from uuid import UUID

import jwt

from mentor_pause.local.tokens import LOCAL_JWT_SECRET

__all__ = ["LOCAL_JWT_SECRET", "jwt_secret", "project_key", "user_token"]


def jwt_secret() -> str:
    return os.environ.get("SUPABASE_JWT_SECRET", LOCAL_JWT_SECRET)


def project_key(role: str, secret: str | None = None) -> str:
    """An anon or service_role key, like the ones `supabase start` prints."""
    now = int(time.time())
    claims = {"iss": "supabase-demo", "role": role, "iat": now, "exp": now + 10 * 365 * 86400}
    return jwt.encode(claims, secret or jwt_secret(), algorithm="HS256")


def user_token(user_id: UUID | str, email: str | None = None, secret: str | None = None, ttl: int = 3600) -> str:
    """An access token as GoTrue issues it after sign-in."""
    now = int(time.time())
    claims = {
        "sub": str(user_id),
        "role": "authenticated",
        "aud": "authenticated",
        "email": email or f"{user_id}@test.example",
        "iat": now,
        "exp": now + ttl,
        "session_id": "00000000-0000-4000-8000-000000000000",
    }
    return jwt.encode(claims, secret or jwt_secret(), algorithm="HS256")
