"""The ``mentor-pause`` command line: the local database, the demo scenario, and operator jobs.

``mentor-pause db start|stop|reset|url|status`` mirror ``supabase start|stop|db reset|status`` for the
database only, without Docker. ``mentor-pause demo`` runs the scripted scenario on a throwaway database.
``mentor-pause jobs certification-expiry`` runs the nightly certification expiry, for operators who schedule it
from their own cron or Kubernetes.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from mentor_pause import ExpiryBatch, Identity, MentorPauseClient
from mentor_pause.local.cluster import ClusterError
from mentor_pause.local.migrate import ApplyReport
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="The docker-free local Supabase database.", no_args_is_help=True)
app.add_typer(db_app, name="db")
jobs_app = typer.Typer(help="Operator jobs (run them from cron, Kubernetes, or by hand).", no_args_is_help=True)
app.add_typer(jobs_app, name="jobs")
portal_app = typer.Typer(help="Keep the public portal (Dynamics) in step with the outbox.", no_args_is_help=True)
app.add_typer(portal_app, name="portal")
# Piped output (CI logs, `| less`) gets a width that fits the roster table instead of rich's default 80.
console = Console(width=None if sys.stdout.isatty() else 140)

ProjectOption = Annotated[
    Path | None, typer.Option("--project", help="Supabase project folder (default: found like the Supabase CLI).")
]
DataDirOption = Annotated[
    Path | None, typer.Option("--data-dir", help="Where the cluster lives (default: a folder under /tmp).")
]


def _stack(project: Path | None, data_dir: Path | None) -> LocalStack:
    return LocalStack(SupabaseProject.discover(project), data_dir)


def _print_report(report: ApplyReport) -> None:
    for name in report.applied:
        console.print(f"[green]applied[/] {name}")
    for name in report.seeded:
        console.print(f"[green]seeded[/]  {name}")


@db_app.command("start")
def db_start(
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
    port: Annotated[int | None, typer.Option(help="Port on 127.0.0.1 (default: a free one).")] = None,
) -> None:
    """Start the local database; a new one gets migrations and seed, an existing one pending migrations."""
    stack = _stack(project, data_dir)
    _print_report(stack.start(port))
    console.print(f"DB URL: [bold]{stack.url}[/]")
    if stack.pooler_url:
        console.print(f"Pooler URL (transaction mode): [bold]{stack.pooler_url}[/]")


@db_app.command("stop")
def db_stop(project: ProjectOption = None, data_dir: DataDirOption = None) -> None:
    """Stop the local database (its data stays for the next start)."""
    _stack(project, data_dir).stop()
    console.print("stopped")


@db_app.command("reset")
def db_reset(project: ProjectOption = None, data_dir: DataDirOption = None) -> None:
    """Drop the local database and rebuild it from migrations and seed (``supabase db reset``)."""
    stack = _stack(project, data_dir)
    _print_report(stack.reset())
    console.print(f"DB URL: [bold]{stack.url}[/]")


@db_app.command("url")
def db_url(
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
    pooler: Annotated[bool, typer.Option("--pooler", help="The URL through the local pooler instead.")] = False,
) -> None:
    """Print the connection URL of the running local database (for scripts: ``export DB=$(... db url)``)."""
    try:
        stack = _stack(project, data_dir)
        url = stack.pooler_url if pooler else stack.url
        if url is None:
            raise ClusterError("the local pooler is not running (set [db.pooler] enabled = true in config.toml)")
        typer.echo(url)
    except ClusterError as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from exc


@db_app.command("test")
def db_test(
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
    db_url: Annotated[str | None, typer.Option("--db-url", help="Test this database instead of the local one.")] = None,
) -> None:
    """Run the project's pgTAP files (``supabase/tests``), like ``supabase test db``, without Docker."""
    from mentor_pause.local.pgtap import run_pgtap_file

    stack = _stack(project, data_dir)
    url = db_url or stack.url
    failed = False
    for path in stack.project.pgtap_files():
        result = run_pgtap_file(url, path)
        console.print(("[green]ok[/]   " if result.ok else "[red]FAIL[/] ") + result.summary())
        failed |= not result.ok
    if failed:
        raise typer.Exit(1)


@db_app.command("status")
def db_status(project: ProjectOption = None, data_dir: DataDirOption = None) -> None:
    """Say whether the local database runs, where, and which migrations it has."""
    stack = _stack(project, data_dir)
    port = stack.cluster.running_port()
    console.print(f"project:  {stack.project.directory}")
    console.print(f"data dir: {stack.cluster.base_dir}")
    console.print(f"running:  {'yes, ' + stack.url if port else 'no'}")


DatabaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="MENTOR_PAUSE_DATABASE_URL",
        help="Postgres URL (a login role that may SET ROLE service_role, e.g. postgres); acts as service_role.",
    ),
]
SupabaseUrlOption = Annotated[
    str | None, typer.Option("--supabase-url", envvar="SUPABASE_URL", help="Project URL (instead of --database-url).")
]
ServiceKeyOption = Annotated[
    str | None,
    typer.Option("--service-key", envvar="SUPABASE_SERVICE_ROLE_KEY", help="The project's service_role key."),
]


def _service_client(database_url: str | None, supabase_url: str | None, service_key: str | None) -> MentorPauseClient:
    """A client acting as service_role: over Postgres when a database URL is given, else over PostgREST."""
    if database_url:
        return MentorPauseClient.from_database_url(database_url, Identity.service())
    if supabase_url and service_key:
        return MentorPauseClient.connect(supabase_url, service_key)
    console.print("[red]give --database-url, or --supabase-url and --service-key (or their environment variables)[/]")
    raise typer.Exit(2)


@jobs_app.command("certification-expiry")
def jobs_certification_expiry(
    database_url: DatabaseUrlOption = None,
    supabase_url: SupabaseUrlOption = None,
    service_key: ServiceKeyOption = None,
    batch_size: Annotated[int, typer.Option(help="Mentors per batch (each batch commits on its own).")] = 500,
) -> None:
    """Expire every mentor whose certification has lapsed (the same core as the pg_cron job and the Edge Function)."""
    with _service_client(database_url, supabase_url, service_key) as client:
        if console.is_terminal:
            with Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console
            ) as progress:
                task = progress.add_task("expiring lapsed certifications", total=None)

                def show(batch: ExpiryBatch) -> None:
                    progress.update(task, description=f"batch {batch.run_id}: {batch.expired} expired")

                run = client.run_certification_expiry(batch_size=batch_size, on_batch=show)
        else:

            def log(batch: ExpiryBatch) -> None:
                console.print(
                    f"run {batch.run_id}: batch processed={batch.processed} expired={batch.expired} done={batch.done}"
                )

            run = client.run_certification_expiry(batch_size=batch_size, on_batch=log)
    console.print(
        f"run {run.id} ({run.host.value}) finished: {run.expired} expired in {run.batches} batches, "
        f"run date {run.run_date.isoformat()}"
    )


PortalOption = Annotated[
    str | None,
    typer.Option(
        "--portal",
        envvar="MENTOR_PAUSE_PORTAL",
        help="noop (the default: send nothing) or dynamics (settings from env).",
    ),
]


@portal_app.command("sync")
def portal_sync(  # noqa: PLR0917 - typer takes every option as a parameter
    database_url: DatabaseUrlOption = None,
    supabase_url: SupabaseUrlOption = None,
    service_key: ServiceKeyOption = None,
    portal: PortalOption = None,
    once: Annotated[bool, typer.Option("--once", help="Drain what is due, then stop (for cron).")] = False,
    batch_size: Annotated[int, typer.Option(help="Mentors claimed per batch.")] = 100,
    concurrency: Annotated[int, typer.Option(help="Pushes in flight at once.")] = 8,
    max_attempts: Annotated[int, typer.Option(help="Failed pushes before a mentor becomes a dead letter.")] = 10,
    poll_seconds: Annotated[float, typer.Option(help="How often an idle worker looks for work.")] = 5.0,
) -> None:
    """Push every pending change to the portal; without --once keep going until SIGTERM/SIGINT (the batch in hand
    is finished and recorded first)."""
    from mentor_pause.portal.factory import portal_client
    from mentor_pause.portal.worker import PortalSyncWorker, SyncReport, SyncSettings

    settings = SyncSettings(batch_size=batch_size, concurrency=concurrency, max_attempts=max_attempts)
    stop = threading.Event()

    def shut_down(signum: int, _frame: object) -> None:
        console.print(f"[dim]{signal.Signals(signum).name}: finishing the batch in hand[/]")
        stop.set()

    def show(report: SyncReport) -> None:
        console.print(
            f"batch: {report.delivered} delivered, {report.retried} to retry, {report.refused} refused"
            + (f" (last error: {report.last_errors[-1]})" if report.last_errors else "")
        )

    with _service_client(database_url, supabase_url, service_key) as client:
        target = portal_client(portal)
        try:
            worker = PortalSyncWorker(client, target, settings=settings)
            if once:
                total = worker.drain(on_batch=show)
            else:
                previous = {sig: signal.signal(sig, shut_down) for sig in (signal.SIGTERM, signal.SIGINT)}
                try:
                    total = worker.run(stop, poll_seconds=poll_seconds, on_batch=show)
                finally:
                    for sig, handler in previous.items():
                        signal.signal(sig, handler)
        finally:
            target.close()
        state = client.portal_sync_status()
    console.print(
        f"done: {total.delivered} delivered, {total.retried} to retry, {total.refused} refused in {total.batches} "
        f"batches; pending {state.pending}, dead letters {state.dead_letters}"
    )


@portal_app.command("status")
def portal_status(
    database_url: DatabaseUrlOption = None, supabase_url: SupabaseUrlOption = None, service_key: ServiceKeyOption = None
) -> None:
    """Is the portal in step? Pending changes, pushes in flight, dead letters, the last success."""
    with _service_client(database_url, supabase_url, service_key) as client:
        state = client.portal_sync_status()
    since = state.oldest_pending_since.isoformat(timespec="seconds") if state.oldest_pending_since else "-"
    last = state.last_delivered_at.isoformat(timespec="seconds") if state.last_delivered_at else "never"
    console.print(
        f"pending {state.pending} (in flight {state.in_flight}, oldest since {since}), "
        f"dead letters {state.dead_letters}, last delivered {last}"
    )


@portal_app.command("requeue")
def portal_requeue(
    database_url: DatabaseUrlOption = None,
    supabase_url: SupabaseUrlOption = None,
    service_key: ServiceKeyOption = None,
    mentor: Annotated[list[str] | None, typer.Option("--mentor", help="Only this mentor (repeatable).")] = None,
) -> None:
    """Give dead letters a fresh start (after fixing what the portal refused)."""
    with _service_client(database_url, supabase_url, service_key) as client:
        count = client.requeue_portal_dead_letters(mentor or None)
    console.print(f"requeued {count} dead letters")


@app.command("demo")
def demo(project: ProjectOption = None) -> None:
    """Run the scripted scenario on a throwaway local database and print what happens."""
    from mentor_pause.demo import run_demo

    run_demo(SupabaseProject.discover(project), console)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
