"""The mentor commands: ``status``, ``history``, ``roster``, ``pause``, ``resume``, ``reactivate``.

Each is one SDK call (or a few, for the roster) as the identity the connection options name; the database
decides what that identity may see and do, and its refusals come back as the SDK's typed errors, which the CLI
turns into one line and an exit code (:mod:`mentor_pause._cli.failures`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from mentor_pause._cli.connect import (
    AccessTokenOption,
    AsUserOption,
    Connection,
    DatabaseUrlOption,
    DataDirOption,
    KeyOption,
    ProjectOption,
    ServiceOption,
    SupabaseUrlOption,
    open_client,
)
from mentor_pause._cli.output import JsonOption, Output, change_json, status_json, styled_status
from mentor_pause.models import MentorStatus, MentorStatusValue, StatusChange

MentorArgument = Annotated[str, typer.Argument(metavar="MENTOR_ID", help="The peer mentor's id (peer_mentors.id).")]
RequestIdOption = Annotated[
    str | None,
    typer.Option(
        "--request-id",
        metavar="UUID",
        help="Idempotency key: running the same command again with it replays the first outcome.",
    ),
]


def _connection(  # noqa: PLR0917 - the connection options, as typer hands them over
    database_url: str | None,
    as_user: str | None,
    service: bool,
    supabase_url: str | None,
    key: str | None,
    access_token: str | None,
    project: Path | None,
    data_dir: Path | None,
) -> Connection:
    return Connection(
        database_url=database_url,
        as_user=as_user,
        service=service,
        supabase_url=supabase_url,
        key=key,
        access_token=access_token,
        project=project,
        data_dir=data_dir,
    )


def _status_text(item: MentorStatus) -> Callable[[Console], None]:
    def show(console: Console) -> None:
        console.print(f"mentor:   {item.mentor_id}")
        console.print(f"status:   {styled_status(item.status.value)}")
        console.print(f"chapter:  {item.chapter_id}")
        if item.pause_reason:
            console.print(f"reason:   {item.pause_reason}")
        if item.expected_return_date:
            console.print(f"back by:  {item.expected_return_date.isoformat()}")
        if item.paused_at:
            console.print(f"paused:   {item.paused_at.isoformat(timespec='seconds')}")
        certified = item.certification_expires_on.isoformat() if item.certification_expires_on else "not tracked"
        console.print(f"certified until: {certified}")
        console.print(f"updated:  {item.updated_at.isoformat(timespec='seconds')}")

    return show


def status(
    mentor: MentorArgument,
    *,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    service: ServiceOption = False,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """A mentor's current status (exit 3 if the mentor does not exist for the caller)."""
    out = Output(json)
    connection = _connection(database_url, as_user, service, supabase_url, key, access_token, project, data_dir)
    with open_client(connection) as client:
        item = client.get_status(mentor)
    out.emit(status_json(item), _status_text(item))


def history(
    mentor: MentorArgument,
    *,
    limit: Annotated[int, typer.Option(help="Entries per page (1-1000).")] = 50,
    before: Annotated[
        int | None, typer.Option(help="Only entries older than this one (the previous page's next_cursor).")
    ] = None,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    service: ServiceOption = False,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """A mentor's history, newest first: one page (``next_cursor`` goes to --before for the next)."""
    out = Output(json)
    connection = _connection(database_url, as_user, service, supabase_url, key, access_token, project, data_dir)
    with open_client(connection) as client:
        page = client.history(mentor, page_size=limit, before=before)
    document = {
        "mentor_id": mentor,
        "items": [change_json(item) for item in page.items],
        "next_cursor": page.next_cursor,
    }

    def show(console: Console) -> None:
        console.print(_history_table(mentor, page.items))
        if page.next_cursor is not None:
            console.print(f"[dim]older entries: --before {page.next_cursor}[/]")

    out.emit(document, show)


def _history_table(mentor: str, items: tuple[StatusChange, ...]) -> Table:
    table = Table(title=f"History of {mentor}", title_justify="left")
    for header in ("#", "Changed at", "From", "To", "Reason", "Back by", "Note", "By"):
        table.add_column(header)
    for item in items:
        table.add_row(
            str(item.id),
            item.changed_at.isoformat(timespec="seconds"),
            item.previous_status.value if item.previous_status else "(new)",
            styled_status(item.new_status.value) if item.new_status else "(removed)",
            item.pause_reason or "",
            item.expected_return_date.isoformat() if item.expected_return_date else "",
            item.note or "",
            str(item.changed_by or "system"),
        )
    return table


def roster(
    chapter: Annotated[
        str | None, typer.Argument(metavar="[CHAPTER_ID]", help="The chapter (default: every mentor you may see).")
    ] = None,
    *,
    only: Annotated[MentorStatusValue | None, typer.Option("--status", help="Only mentors with this status.")] = None,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    service: ServiceOption = False,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """A chapter's mentors, with names and statuses (everyone the caller may see without a chapter)."""
    out = Output(json)
    connection = _connection(database_url, as_user, service, supabase_url, key, access_token, project, data_dir)
    statuses: list[MentorStatus] = []
    with open_client(connection) as client, out.progress("reading the roster") as update:
        for item in client.iter_statuses(chapter, only, page_size=500):
            statuses.append(item)
            update(f"reading the roster: {len(statuses)} mentors")
    # The listing carries each mentor's name (the read RPCs return them): no second read for names.
    statuses.sort(key=lambda item: ((item.mentor_display_name or "").casefold(), str(item.mentor_id)))
    document = {
        "chapter_id": chapter,
        "mentors": [status_json(item, item.mentor_display_name or "") for item in statuses],
    }

    def show(console: Console) -> None:
        title = f"Chapter {chapter}" if chapter else "Every mentor you may see"
        table = Table(title=f"{title}: {len(statuses)} mentors", title_justify="left")
        for header in ("Mentor", "Id", "Status", "Reason", "Back by", "Certified until"):
            table.add_column(header)
        for item in statuses:
            table.add_row(
                item.mentor_display_name or "",
                str(item.mentor_id),
                styled_status(item.status.value),
                item.pause_reason or "",
                item.expected_return_date.isoformat() if item.expected_return_date else "",
                item.certification_expires_on.isoformat() if item.certification_expires_on else "not tracked",
            )
        console.print(table)

    out.emit(document, show)


def pause(
    mentor: MentorArgument,
    *,
    reason: Annotated[str, typer.Option("--reason", help="Why (1-500 characters).")],
    until: Annotated[
        dt.datetime | None,
        typer.Option("--until", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Expected return date."),
    ] = None,
    request_id: RequestIdOption = None,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    service: ServiceOption = False,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Pause an active mentor (exit 5 if the mentor is not active)."""
    out = Output(json)
    connection = _connection(database_url, as_user, service, supabase_url, key, access_token, project, data_dir)
    with open_client(connection) as client:
        item = client.pause(mentor, reason, until.date() if until else None, request_id=request_id)
    out.emit(status_json(item), _status_text(item))


def resume(
    mentor: MentorArgument,
    *,
    request_id: RequestIdOption = None,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    service: ServiceOption = False,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Make a paused mentor active again (exit 5 if the mentor is not paused)."""
    out = Output(json)
    connection = _connection(database_url, as_user, service, supabase_url, key, access_token, project, data_dir)
    with open_client(connection) as client:
        item = client.resume(mentor, request_id=request_id)
    out.emit(status_json(item), _status_text(item))


def reactivate(
    mentor: MentorArgument,
    *,
    request_id: RequestIdOption = None,
    json: JsonOption = False,
    database_url: DatabaseUrlOption = None,
    as_user: AsUserOption = None,
    service: ServiceOption = False,
    supabase_url: SupabaseUrlOption = None,
    key: KeyOption = None,
    access_token: AccessTokenOption = None,
    project: ProjectOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Make a mentor whose certification had expired active again, once it is renewed (exit 5 otherwise)."""
    out = Output(json)
    connection = _connection(database_url, as_user, service, supabase_url, key, access_token, project, data_dir)
    with open_client(connection) as client:
        item = client.reactivate(mentor, request_id=request_id)
    out.emit(status_json(item), _status_text(item))


def register(app: typer.Typer) -> None:
    for command in (status, history, roster, pause, resume, reactivate):
        app.command(command.__name__)(command)
