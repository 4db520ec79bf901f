"""`mentor-pause token`: a user's access token for the local JWT secret, good as a bearer on the SDK's PostgREST
path (here through the CLI itself, against the PostgREST-compatible test server)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import jwt
import pytest
from typer.testing import CliRunner

from mentor_pause.cli import app
from mentor_pause.local.tokens import LOCAL_JWT_SECRET
from tests.cli.conftest import Org
from tests.postgrest_server.server import PostgrestTestServer
from tests.support.db import authenticator_url


@pytest.fixture(scope="module")
def api_url(database_url: str) -> Iterator[str]:
    server = PostgrestTestServer(authenticator_url(database_url), LOCAL_JWT_SECRET).start()
    try:
        yield server.url
    finally:
        server.stop()


def mint(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, ["token", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_token_decodes_with_the_local_secret(runner: CliRunner) -> None:
    user = "a0000000-0000-4000-8000-000000000002"
    claims = jwt.decode(
        mint(runner, "--user", user, "--ttl", "60"), LOCAL_JWT_SECRET, algorithms=["HS256"], audience="authenticated"
    )
    assert claims["sub"] == user and claims["role"] == "authenticated"
    assert claims["exp"] - claims["iat"] == 60
    other = mint(runner, "--user", user, "--jwt-secret", "another-secret-of-at-least-32-characters!")
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(other, LOCAL_JWT_SECRET, algorithms=["HS256"], audience="authenticated")


def test_token_json_and_project_keys(runner: CliRunner) -> None:
    result = runner.invoke(app, ["token", "--role", "anon", "--json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["role"] == "anon" and document["user_id"] is None
    assert jwt.decode(document["token"], LOCAL_JWT_SECRET, algorithms=["HS256"])["role"] == "anon"


def test_token_needs_a_user_uuid(runner: CliRunner) -> None:
    assert runner.invoke(app, ["token"]).exit_code == 2
    assert runner.invoke(app, ["token", "--user", "kari"]).exit_code == 2
    assert runner.invoke(app, ["token", "--role", "superuser"]).exit_code == 2


def test_token_is_a_bearer_for_the_postgrest_path(runner: CliRunner, api_url: str, org: Org) -> None:
    anon = mint(runner, "--role", "anon")
    token = mint(runner, "--user", str(org.coordinator_a))
    api = ["--supabase-url", api_url, "--key", anon]
    result = runner.invoke(app, ["status", str(org.mentor_a), *api, "--access-token", token, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["mentor_id"] == str(org.mentor_a)
    paused = runner.invoke(app, ["pause", str(org.mentor_a), "--reason", "Away", *api, "--access-token", token])
    assert paused.exit_code == 0, paused.output
    # Out of scope for this user: not found, exactly as over Postgres.
    hidden = runner.invoke(app, ["status", str(org.mentor_b), *api, "--access-token", token])
    assert hidden.exit_code == 3
    # Without a token the anon key may read nothing: forbidden.
    anonymous = runner.invoke(app, ["status", str(org.mentor_a), *api])
    assert anonymous.exit_code == 4
    # --as-user cannot travel over the API.
    assert runner.invoke(app, ["status", str(org.mentor_a), *api, "--as-user", str(org.admin)]).exit_code == 2
