"""Operator jobs: ``jobs certification-expiry`` and ``portal sync|status|requeue``.

They act as ``service_role`` unless ``--as-user`` names an org admin (the database allows both), over the same
connection options as every other command (:mod:`mentor_pause._cli.connect`).
"""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mentor_pause import ExpiryBatch, ExpiryRun
from mentor_pause._cli.connect import (
    AccessTokenOption,
    AsUserOption,
    Connection,
    DatabaseUrlOption,
    DataDirOption,
    KeyOption,
    ProjectOption,
    SupabaseUrlOption,
    open_client,
)
from mentor_pause._cli.output import JsonOption, JsonValue, Output
from mentor_pause.models import PortalSyncState

jobs_app = typer.Typer(help="Operator jobs (run them from cron, Kubernetes, or by hand).", no_args_is_help=True)
portal_app = typer.Typer(help="Keep the public portal (Dynamics) in step with the outbox.", no_args_is_help=True)


def _connection(  # noqa: PLR0917 - the connection options, as typer hands them over
    database_url: str | None,
    as_user: str | None,
    supabase_url: str | None,
    key: str | None,
    access_token: str | None,
    project: Path | None,
    data_dir: Path | None,
) -> Connection:
    return Connection(
        database_url=database_url,
        as_user=as_user,
        supabase_url=supabase_url,
        key=key,
        access_token=access_token,
        project=project,
        data_dir=data_dir,
    )


def _run_json(run: ExpiryRun) -> dict[str, JsonValue]:
    return {
        "id": run.id,
        "host": run.host.value,
        "run_date": run.run_date.isoformat(),
        "batches": run.batches,
        "expired": run.expired,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "error": run.error,
    }


@jobs_app.command("certification-expiry")
def jobs_certification_expiry(
    *,
    batch_size: Annotated[int, typer.Option(help="Mentors per batch (each batch commits on its own).")] = 500,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Expire every mentor whose certification has lapsed (the same core as the pg_cron job and the Edge Function)."""
    out = Output(json)
    connection = _connection(database_url, as_user, supabase_url, key, access_token, project, data_dir)
    with open_client(connection, default_service=True) as client:
        if out.console.is_terminal and not out.json:
            with out.progress("expiring lapsed certifications") as update:

                def show(batch: ExpiryBatch) -> None:
                    update(f"batch {batch.run_id}: {batch.expired} expired")

                run = client.run_certification_expiry(batch_size=batch_size, on_batch=show)
        else:

            def log(batch: ExpiryBatch) -> None:
                out.say(
                    f"run {batch.run_id}: batch processed={batch.processed} expired={batch.expired} done={batch.done}"
                )

            run = client.run_certification_expiry(batch_size=batch_size, on_batch=log)
    out.emit(
        _run_json(run),
        lambda console: console.print(
            f"run {run.id} ({run.host.value}) finished: {run.expired} expired in {run.batches} batches, "
            f"run date {run.run_date.isoformat()}"
        ),
    )


PortalOption = Annotated[
    str | None,
    typer.Option(
        "--portal",
        envvar="MENTOR_PAUSE_PORTAL",
        help="noop (the default: send nothing) or dynamics (settings from env).",
    ),
]


def _state_json(state: PortalSyncState) -> dict[str, JsonValue]:
    return {
        "pending": state.pending,
        "in_flight": state.in_flight,
        "dead_letters": state.dead_letters,
        "oldest_pending_since": state.oldest_pending_since.isoformat() if state.oldest_pending_since else None,
        "last_delivered_at": state.last_delivered_at.isoformat() if state.last_delivered_at else None,
        "in_step": state.in_step,
    }


@portal_app.command("sync")
def portal_sync(
    *,
    portal: PortalOption = None,
    once: Annotated[bool, typer.Option("--once", help="Drain what is due, then stop (for cron).")] = False,
    batch_size: Annotated[int, typer.Option(help="Mentors claimed per batch.")] = 100,
    concurrency: Annotated[int, typer.Option(help="Pushes in flight at once.")] = 8,
    max_attempts: Annotated[int, typer.Option(help="Failed pushes before a mentor becomes a dead letter.")] = 10,
    poll_seconds: Annotated[float, typer.Option(help="How often an idle worker looks for work.")] = 5.0,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Push every pending change to the portal; without --once keep going until SIGTERM/SIGINT (the batch in hand
    is finished and recorded first)."""
    from mentor_pause.portal.factory import portal_client
    from mentor_pause.portal.worker import PortalSyncWorker, SyncReport, SyncSettings

    out = Output(json)
    settings = SyncSettings(batch_size=batch_size, concurrency=concurrency, max_attempts=max_attempts)
    stop = threading.Event()

    def shut_down(signum: int, _frame: object) -> None:
        out.say(f"[dim]{signal.Signals(signum).name}: finishing the batch in hand[/]")
        stop.set()

    def show(report: SyncReport) -> None:
        out.say(
            f"batch: {report.delivered} delivered, {report.retried} to retry, {report.refused} refused"
            + (f" (last error: {report.last_errors[-1]})" if report.last_errors else "")
        )

    connection = _connection(database_url, as_user, supabase_url, key, access_token, project, data_dir)
    with open_client(connection, default_service=True) as client:
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
    document: dict[str, JsonValue] = {
        "delivered": total.delivered,
        "retried": total.retried,
        "refused": total.refused,
        "batches": total.batches,
        "state": _state_json(state),
    }
    out.emit(
        document,
        lambda console: console.print(
            f"done: {total.delivered} delivered, {total.retried} to retry, {total.refused} refused in "
            f"{total.batches} batches; pending {state.pending}, dead letters {state.dead_letters}"
        ),
    )


@portal_app.command("status")
def portal_status(
    *,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Is the portal in step? Pending changes, pushes in flight, dead letters, the last success."""
    out = Output(json)
    connection = _connection(database_url, as_user, supabase_url, key, access_token, project, data_dir)
    with open_client(connection, default_service=True) as client:
        state = client.portal_sync_status()

    def show(console: Console) -> None:
        since = state.oldest_pending_since.isoformat(timespec="seconds") if state.oldest_pending_since else "-"
        last = state.last_delivered_at.isoformat(timespec="seconds") if state.last_delivered_at else "never"
        console.print(
            f"pending {state.pending} (in flight {state.in_flight}, oldest since {since}), "
            f"dead letters {state.dead_letters}, last delivered {last}"
        )

    out.emit(_state_json(state), show)


@portal_app.command("requeue")
def portal_requeue(
    *,
    mentor: Annotated[list[str] | None, typer.Option("--mentor", help="Only this mentor (repeatable).")] = None,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Give dead letters a fresh start (after fixing what the portal refused)."""
    out = Output(json)
    connection = _connection(database_url, as_user, supabase_url, key, access_token, project, data_dir)
    with open_client(connection, default_service=True) as client:
        count = client.requeue_portal_dead_letters(mentor or None)
    out.emit({"requeued": count}, lambda console: console.print(f"requeued {count} dead letters"))
