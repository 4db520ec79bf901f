"""``mentor-pause migrations copy <dir>``: add mentor-pause's migrations to an existing Supabase project.

For an organisation that already has a Supabase project and wants the mentor-pause schema in it, applied by its
own ``supabase db reset`` / ``supabase migration up`` (docs/existing-supabase-project.md). The files come from the
installed package (or this checkout's ``supabase/``), verbatim; nothing is overwritten
(:mod:`mentor_pause.local.migration_copy`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mentor_pause._cli.output import JsonOption, Output
from mentor_pause.local.migration_copy import copy_migrations
from mentor_pause.local.project import SupabaseProject

migrations_app = typer.Typer(help="mentor-pause's migrations in another Supabase project.", no_args_is_help=True)


@migrations_app.command("copy")
def migrations_copy(
    target: Annotated[
        Path,
        typer.Argument(
            metavar="DIR", help="The Supabase project (the folder holding supabase/config.toml, or supabase/ itself)."
        ),
    ],
    json: JsonOption = False,
) -> None:
    """Copy mentor-pause's migrations into DIR/supabase/migrations (never overwriting a different file)."""
    out = Output(json)
    source = SupabaseProject.own()
    report = copy_migrations(source, SupabaseProject.discover(target))

    def show(console: Console) -> None:
        for name in report.copied:
            console.print(f"[green]copied[/]    {name}")
        for name in report.unchanged:
            console.print(f"[dim]unchanged {name}[/]")
        console.print(
            f"{len(report.copied)} copied, {len(report.unchanged)} already there, into {report.target}"
            + ("" if not report.copied else "\nnext: `supabase migration up` (or `supabase db reset` locally)")
        )

    out.emit(
        {
            "source": str(source.directory / "migrations"),
            "target": str(report.target),
            "copied": list(report.copied),
            "unchanged": list(report.unchanged),
        },
        show,
    )
