"""``mentor-pause token``: mint a Supabase access token (or project key) signed with a JWT secret.

With the local database there is no GoTrue to sign in with; a token signed with ``supabase start``'s well-known
secret (the default) lets you call the SDK's PostgREST path, or any PostgREST in front of the local database, as
that user. For a real project, pass its legacy JWT secret (``--jwt-secret`` or ``SUPABASE_JWT_SECRET``); keep such
tokens short-lived.
"""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import typer

from mentor_pause._cli.failures import CliFailure, ExitCode
from mentor_pause._cli.output import JsonOption, Output
from mentor_pause.local.tokens import LOCAL_JWT_SECRET, project_key, user_access_token


def token(
    *,
    user: Annotated[
        str | None, typer.Option("--user", metavar="UUID", help="The user (auth.users id) the token signs in.")
    ] = None,
    role: Annotated[
        str,
        typer.Option("--role", help="authenticated (a user's access token), or anon / service_role (a project key)."),
    ] = "authenticated",
    email: Annotated[str | None, typer.Option(help="The email claim (default: <uuid>@local.invalid).")] = None,
    ttl: Annotated[int, typer.Option(help="Seconds until the token expires.", min=1)] = 3600,
    jwt_secret: Annotated[
        str,
        typer.Option(
            "--jwt-secret",
            envvar="SUPABASE_JWT_SECRET",
            help="The project's JWT secret (default: the local one of `supabase start`).",
            show_default=False,
        ),
    ] = LOCAL_JWT_SECRET,
    json: JsonOption = False,
) -> None:
    """Print an access token for --user (or an anon/service_role key with --role), for `Authorization: Bearer`."""
    out = Output(json)
    if role == "authenticated":
        if not user:
            raise CliFailure("--user <uuid> is required for a user's access token", ExitCode.USAGE)
        try:
            subject = UUID(user)
        except ValueError:
            raise CliFailure(f"--user: {user!r} is not a UUID", ExitCode.USAGE) from None
        minted = user_access_token(subject, secret=jwt_secret, email=email, ttl=ttl)
    elif role in {"anon", "service_role"}:
        if user:
            raise CliFailure(f"a {role} key is not for a user: leave out --user", ExitCode.USAGE)
        minted = project_key("anon" if role == "anon" else "service_role", secret=jwt_secret, ttl=ttl)
    else:
        raise CliFailure(f"--role: {role!r} is not authenticated, anon or service_role", ExitCode.USAGE)
    user_id = str(subject) if role == "authenticated" else None
    out.emit(
        {"token": minted, "role": role, "user_id": user_id, "expires_in": ttl},
        lambda _console: typer.echo(minted),
    )
