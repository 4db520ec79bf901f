"""``mentor-pause db start|stop|reset|url|status|test``: the docker-free local database.

Which migrations: mentor-pause's own, unless ``--project <dir>`` names another Supabase project. The CLI does
not pick up a Supabase project from the working directory as the Supabase CLI does: inside someone else's
project that would silently build *their* schema into a database the mentor-pause commands then talk to. It says
which project it uses, and points at the enclosing project when there is one (``--project`` to use it, or
``mentor-pause migrations copy`` to add mentor-pause's migrations to it).

The port is stable per project (see :mod:`mentor_pause.local.cluster`), so ``export DB=$(mentor-pause db url)``
stays valid across ``db stop`` / ``db start``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mentor_pause._cli.connect import DataDirOption, ProjectOption, local_stack
from mentor_pause._cli.output import JsonOption, JsonValue, Output
from mentor_pause.local.cluster import ClusterNotRunning
from mentor_pause.local.migrate import ApplyReport
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

db_app = typer.Typer(help="The docker-free local Supabase database.", no_args_is_help=True)


def _project_line(stack: LocalStack, explicit: Path | None) -> str:
    project = stack.project
    if explicit is not None:
        return f"project: {project.directory} (--project)"
    if not project.is_own:
        return f"project: {project.directory} (MENTOR_PAUSE_SUPABASE_DIR)"
    line = f"project: mentor-pause's own migrations ({project.directory})"
    enclosing = SupabaseProject.enclosing()
    if enclosing is not None and enclosing != project:
        line += (
            f"\n[dim]note: not using the Supabase project at {enclosing.directory}; pass --project to build that one, "
            f"or `mentor-pause migrations copy {enclosing.directory.parent}` to add mentor-pause's migrations to it[/]"
        )
    return line


def _report_json(report: ApplyReport) -> dict[str, JsonValue]:
    return {"applied": list(report.applied), "seeded": list(report.seeded)}


def _print_report(console: Console, report: ApplyReport) -> None:
    for name in report.applied:
        console.print(f"[green]applied[/] {name}")
    for name in report.seeded:
        console.print(f"[green]seeded[/]  {name}")


@db_app.command("start")
def db_start(
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
    port: Annotated[
        int | None, typer.Option(help="Port on 127.0.0.1 (default: the project's stable port, kept across restarts).")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Start the local database; a new one gets migrations and seed, an existing one pending migrations."""
    out = Output(json)
    stack = local_stack(project, data_dir)
    out.say(_project_line(stack, project))
    remembered = stack.cluster.remembered_port()
    report = stack.start(port)
    running = stack.cluster.running_port()
    if port is None and remembered is not None and running != remembered:
        out.say(f"[yellow]port {remembered} is taken by something else: moved to {running} (kept from now on)[/]")

    def show(console: Console) -> None:
        _print_report(console, report)
        console.print(f"DB URL: [bold]{stack.url}[/]")
        if stack.pooler_url:
            console.print(f"Pooler URL (transaction mode): [bold]{stack.pooler_url}[/]")

    document: dict[str, JsonValue] = {
        "project": str(stack.project.directory),
        "url": stack.url,
        "pooler_url": stack.pooler_url,
        **_report_json(report),
    }
    out.emit(document, show)


@db_app.command("stop")
def db_stop(project: ProjectOption = None, data_dir: DataDirOption = None) -> None:
    """Stop the local database (its data and port stay for the next start)."""
    local_stack(project, data_dir).stop()
    Output(False).console.print("stopped")


@db_app.command("reset")
def db_reset(project: ProjectOption = None, data_dir: DataDirOption = None, json: JsonOption = False) -> None:
    """Drop the local database and rebuild it from migrations and seed (``supabase db reset``)."""
    out = Output(json)
    stack = local_stack(project, data_dir)
    out.say(_project_line(stack, project))
    report = stack.reset()

    def show(console: Console) -> None:
        _print_report(console, report)
        console.print(f"DB URL: [bold]{stack.url}[/]")

    document: dict[str, JsonValue] = {"project": str(stack.project.directory), "url": stack.url, **_report_json(report)}
    out.emit(document, show)


@db_app.command("url")
def db_url(
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
    pooler: Annotated[bool, typer.Option("--pooler", help="The URL through the local pooler instead.")] = False,
) -> None:
    """Print the connection URL of the running local database (for scripts: ``export DB=$(... db url)``)."""
    stack = local_stack(project, data_dir)
    url = stack.pooler_url if pooler else stack.url
    if url is None:
        raise ClusterNotRunning("the local pooler is not running (set [db.pooler] enabled = true in config.toml)")
    typer.echo(url)


@db_app.command("test")
def db_test(
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
    db_url: Annotated[str | None, typer.Option("--db-url", help="Test this database instead of the local one.")] = None,
) -> None:
    """Run the project's pgTAP files (``supabase/tests``), like ``supabase test db``, without Docker."""
    from mentor_pause.local.pgtap import run_pgtap_file

    console = Output(False).console
    stack = local_stack(project, data_dir)
    url = db_url or stack.url
    failed = False
    for path in stack.project.pgtap_files():
        result = run_pgtap_file(url, path)
        console.print(("[green]ok[/]   " if result.ok else "[red]FAIL[/] ") + result.summary())
        failed |= not result.ok
    if failed:
        raise typer.Exit(1)


@db_app.command("status")
def db_status(project: ProjectOption = None, data_dir: DataDirOption = None, json: JsonOption = False) -> None:
    """Say whether the local database runs, where, and on which port."""
    out = Output(json)
    stack = local_stack(project, data_dir)
    port = stack.cluster.running_port()
    url = stack.url if port else None

    def show(console: Console) -> None:
        console.print(f"project:  {stack.project.directory}")
        console.print(f"data dir: {stack.cluster.base_dir}")
        console.print(f"running:  {'yes, ' + str(url) if url else 'no'}")
        if not url and stack.cluster.remembered_port():
            console.print(f"port:     {stack.cluster.remembered_port()} (when started again)")

    out.emit(
        {
            "project": str(stack.project.directory),
            "data_dir": str(stack.cluster.base_dir),
            "running": url is not None,
            "url": url,
            "port": port or stack.cluster.remembered_port(),
        },
        show,
    )
