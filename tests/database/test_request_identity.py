"""private.request_user() is auth.uid() in PL/pgSQL (it keeps its plan, auth.uid() is parsed on every call): the two
must agree for every shape of request settings PostgREST or a test can leave behind."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from tests.support.db import Conn

USER = str(uuid.uuid4())
OTHER = str(uuid.uuid4())


@pytest.mark.parametrize(
    ("claim_sub", "claims"),
    [
        (None, None),  # nothing set: anonymous SQL
        (None, ""),  # PostgREST with no JWT
        (None, f'{{"sub": "{USER}", "role": "authenticated"}}'),  # PostgREST >= 9
        (None, '{"role": "anon"}'),  # a token without sub
        (USER, None),  # PostgREST < 9: one setting per claim
        ("", f'{{"sub": "{USER}"}}'),  # an empty legacy setting falls through to the claims
        (USER, f'{{"sub": "{OTHER}"}}'),  # both: the legacy setting wins, as in auth.uid()
    ],
)
def test_request_user_is_auth_uid(db: Conn, claim_sub: str | None, claims: str | None) -> None:
    if claim_sub is not None:
        db.execute("select set_config('request.jwt.claim.sub', %s, true)", (claim_sub,))
    if claims is not None:
        db.execute("select set_config('request.jwt.claims', %s, true)", (claims,))
    row = db.execute("select private.request_user(), auth.uid()").fetchone()
    assert row is not None and row[0] == row[1]


@pytest.mark.parametrize("claims", ['{"sub": "not-a-uuid"}', '{"sub": ""}'])
def test_a_malformed_sub_fails_the_same_way(db: Conn, claims: str) -> None:
    db.execute("select set_config('request.jwt.claims', %s, true)", (claims,))
    for function in ("private.request_user()", "auth.uid()"):
        db.execute("savepoint probe")
        with pytest.raises(psycopg.errors.InvalidTextRepresentation):
            db.execute(f"select {function}")
        db.execute("rollback to savepoint probe")
