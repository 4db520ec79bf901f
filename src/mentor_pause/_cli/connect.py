"""Which database the CLI talks to, as whom, and over which transport.

Two transports, as in the SDK:

* **Postgres** (``--database-url`` / ``MENTOR_PAUSE_DATABASE_URL``; default: the running local database of
  ``mentor-pause db start``), acting as a user (``--as-user <uuid>``) or as ``service_role`` (``--service``) exactly
  as PostgREST would: the database's RLS and RPC rules decide either way. The URL's login role must be allowed to
  ``SET ROLE`` to the API roles (``postgres``, or ``authenticator``).
* **The Supabase API** (``--supabase-url`` + ``--key`` [+ ``--access-token``], or ``SUPABASE_URL`` /
  ``SUPABASE_KEY`` / ``MENTOR_PAUSE_ACCESS_TOKEN``): the key and token say who acts (an anon key and a user's
  access token; or the service_role key).

``--supabase-url`` on the command line wins over a database URL; ``SUPABASE_URL`` from the environment is used only
when no database URL is given (option or environment). Before a Postgres client is built, one quick connection
checks the server is there, so a stopped database is one line after a few seconds, not a pool waiting half a minute.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated
from uuid import UUID

import psycopg
import typer

from mentor_pause import Identity, MentorPauseClient
from mentor_pause._cli.failures import CliFailure, ExitCode
from mentor_pause._postgres_sql import uses_transaction_pooler
from mentor_pause.errors import Unavailable
from mentor_pause.local.cluster import ClusterNotRunning
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

_CONNECTION = "Connection (default: the local database of `mentor-pause db start`)"

DatabaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="MENTOR_PAUSE_DATABASE_URL",
        help="Postgres URL whose login role may SET ROLE to the API roles (postgres, authenticator).",
        rich_help_panel=_CONNECTION,
    ),
]
AsUserOption = Annotated[
    str | None,
    typer.Option(
        "--as-user",
        envvar="MENTOR_PAUSE_AS_USER",
        metavar="UUID",
        help="Act as this signed-in user (auth.users id); Postgres transport.",
        rich_help_panel=_CONNECTION,
    ),
]
ServiceOption = Annotated[
    bool,
    typer.Option("--service", help="Act as service_role (bypasses RLS; server jobs).", rich_help_panel=_CONNECTION),
]
SupabaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--supabase-url",
        help="Project URL: use the Supabase API (env var SUPABASE_URL: used when no database URL is given).",
        rich_help_panel=_CONNECTION,
    ),
]
KeyOption = Annotated[
    str | None,
    typer.Option(
        "--key",
        "--service-key",
        envvar=["SUPABASE_KEY", "SUPABASE_SERVICE_ROLE_KEY"],
        help="The project's anon key (with --access-token) or service_role key.",
        rich_help_panel=_CONNECTION,
    ),
]
AccessTokenOption = Annotated[
    str | None,
    typer.Option(
        "--access-token",
        envvar="MENTOR_PAUSE_ACCESS_TOKEN",
        help="A user's access token (JWT) for the Supabase API (`mentor-pause token` mints one locally).",
        rich_help_panel=_CONNECTION,
    ),
]
ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project", help="Supabase project folder (default: mentor-pause's own migrations).", show_default=False
    ),
]
DataDirOption = Annotated[
    Path | None, typer.Option("--data-dir", help="Where the local cluster lives (default: a folder under /tmp).")
]


@dataclass(frozen=True)
class Connection:
    """Everything the connection options said, before deciding what to connect to."""

    database_url: str | None = None
    as_user: str | None = None
    service: bool = False
    supabase_url: str | None = None
    key: str | None = None
    access_token: str | None = None
    project: Path | None = None
    data_dir: Path | None = None


def local_stack(project: Path | None, data_dir: Path | None) -> LocalStack:
    """The local database stack for ``--project`` (or ``MENTOR_PAUSE_SUPABASE_DIR``; default: mentor-pause's own
    migrations) and ``--data-dir``."""
    return LocalStack(SupabaseProject.chosen(project), data_dir)


def _identity(connection: Connection, *, default_service: bool) -> Identity:
    if connection.as_user and connection.service:
        raise CliFailure("give either --as-user or --service, not both", ExitCode.USAGE)
    if connection.as_user:
        try:
            return Identity.user(UUID(connection.as_user))
        except ValueError:
            raise CliFailure(f"--as-user: {connection.as_user!r} is not a UUID", ExitCode.USAGE) from None
    if connection.service or default_service:
        return Identity.service()
    raise CliFailure(
        "say who acts: --as-user <uuid> (a signed-in user) or --service (service_role)",
        ExitCode.USAGE,
        hint="over the Supabase API, give --supabase-url and --key [--access-token] instead",
    )


def _check_reachable(url: str) -> None:
    conninfo, _pooled = uses_transaction_pooler(url)
    try:
        psycopg.connect(conninfo, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise Unavailable(f"cannot connect to the database: {first}") from exc


@contextlib.contextmanager
def open_client(connection: Connection, *, default_service: bool = False) -> Iterator[MentorPauseClient]:
    """A client for what the options say; ``default_service``: act as service_role unless told otherwise (the
    operator jobs), else the options must say who acts."""
    # --supabase-url typed on the command line wins; SUPABASE_URL from the environment only without a database URL.
    api_url = connection.supabase_url or (None if connection.database_url else os.environ.get("SUPABASE_URL"))
    if api_url:
        if connection.as_user:
            raise CliFailure(
                "--as-user needs the Postgres transport; over the Supabase API give the user's --access-token",
                ExitCode.USAGE,
                hint="`mentor-pause token --user <uuid>` mints one for the local JWT secret",
            )
        if not connection.key:
            raise CliFailure("--supabase-url needs --key (or SUPABASE_KEY)", ExitCode.USAGE)
        with MentorPauseClient.connect(api_url, connection.key, access_token=connection.access_token) as client:
            yield client
        return
    identity = _identity(connection, default_service=default_service)
    url = connection.database_url
    if not url:
        stack = local_stack(connection.project, connection.data_dir)
        if stack.cluster.running_port() is None:
            raise ClusterNotRunning(
                f"no --database-url, and the local database ({stack.cluster.base_dir}) is not running"
            )
        url = stack.url
    _check_reachable(url)
    with MentorPauseClient.from_database_url(url, identity, pool_size=2) as client:
        yield client
