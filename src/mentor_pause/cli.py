"""The ``mentor-pause`` command line: mentors' status for operators, the local database, and operator jobs.

* ``status``, ``history``, ``roster``, ``pause``, ``resume``, ``reactivate``: the SDK's calls as a user
  (``--as-user``) or ``service_role`` (``--service``) over Postgres (``--database-url``; default: the local
  database), or over the Supabase API (``--supabase-url`` and ``--key`` [``--access-token``]).
* ``db start|stop|reset|url|status|test``: ``supabase start|stop|db reset|status|test db`` for the database only,
  without Docker, on a port that stays the same for the project.
* ``jobs certification-expiry``, ``portal sync|status|requeue``: operator jobs for cron or Kubernetes.
* ``token``: a user's access token for the local JWT secret; ``migrations copy``: mentor-pause's migrations into
  an existing Supabase project; ``demo``: the scripted scenario on a throwaway database.

Tables and spinners on a terminal, ``--json`` for scripts; an expected failure is one line on stderr and an exit
code per kind (0 ok, 1 unexpected, 2 usage, 3 not found, 4 forbidden, 5 conflict, 6 unavailable: docs/cli.md).
"""

from __future__ import annotations

from importlib import metadata
from typing import Annotated

import typer

from mentor_pause._cli import mentors
from mentor_pause._cli.connect import ProjectOption
from mentor_pause._cli.failures import FailureHandlingGroup, set_mode
from mentor_pause._cli.local_db import db_app
from mentor_pause._cli.migrations import migrations_app
from mentor_pause._cli.operator import jobs_app, portal_app
from mentor_pause._cli.output import Output
from mentor_pause._cli.token import token
from mentor_pause.local.project import SupabaseProject

app = typer.Typer(
    cls=FailureHandlingGroup,
    help=(
        "Peer mentors' availability from the command line: mentor commands, the docker-free local database, "
        "operator jobs. --json for scripts. Exit codes: 0 ok, 1 unexpected, 2 usage or invalid input, 3 not found, "
        "4 forbidden, 5 conflict or invalid transition, 6 unavailable (docs/cli.md)."
    ),
    no_args_is_help=True,
    add_completion=False,
    # A real bug keeps its traceback, but never the locals: they hold database URLs and keys.
    pretty_exceptions_show_locals=False,
)
app.add_typer(db_app, name="db")
app.add_typer(jobs_app, name="jobs")
app.add_typer(portal_app, name="portal")
app.add_typer(migrations_app, name="migrations")
mentors.register(app)
app.command("token")(token)


def version() -> str:
    """The installed package's version (``unknown`` when running from an uninstalled source tree)."""
    try:
        return metadata.version("mentor-pause")
    except metadata.PackageNotFoundError:  # pragma: no cover - depends on the environment
        return "unknown"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"mentor-pause {version()}")
        raise typer.Exit


@app.callback()
def _root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of expected failures too.", envvar="MENTOR_PAUSE_DEBUG")
    ] = False,
    _version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    set_mode(debug=debug)


@app.command("demo")
def demo(project: ProjectOption = None) -> None:
    """Run the scripted scenario on a throwaway local database and print what happens."""
    from mentor_pause.demo import run_demo

    run_demo(SupabaseProject.chosen(project), Output(False).console)


def main() -> None:
    """The console script's entry point."""
    app()


if __name__ == "__main__":
    main()
