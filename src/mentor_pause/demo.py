"""The scripted scenario behind ``./dev demo``: an embedded database, the seeded organisation, and its roster.

Everything runs against a throwaway cluster that is deleted afterwards, so the demo never touches a
developer's own database.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import psycopg
from psycopg.rows import dict_row
from rich.console import Console
from rich.table import Table

from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

_ROSTER_SQL = """
select m.display_name,
       s.status,
       c.name as status_chapter,
       (select string_agg(ch.name, ', ' order by ch.name)
          from public.chapter_memberships cm join public.chapters ch on ch.id = cm.chapter_id
         where cm.mentor_id = m.id) as chapters,
       s.pause_reason,
       s.expected_return_date,
       m.certification_expires_on
  from public.peer_mentors m
  join public.peer_mentor_status s on s.mentor_id = m.id
  join public.chapters c on c.id = s.chapter_id
 order by c.name, m.display_name
"""

_STATUS_STYLE = {"active": "green", "paused": "yellow", "certification_expired": "red"}


def roster_table(url: str, title: str = "Peer mentor roster") -> Table:
    """The roster with each mentor's current status, as a rich table."""
    table = Table(title=title, title_justify="left")
    for header in ("Mentor", "Status", "Filed under", "Chapters", "Pause reason", "Back by", "Certified until"):
        table.add_column(header)
    with psycopg.connect(url) as conn, conn.cursor(row_factory=dict_row) as cur:
        for row in cur.execute(_ROSTER_SQL):
            style = _STATUS_STYLE.get(str(row["status"]), "")
            table.add_row(
                str(row["display_name"]),
                f"[{style}]{row['status']}[/]",
                str(row["status_chapter"]),
                str(row["chapters"]),
                str(row["pause_reason"] or ""),
                str(row["expected_return_date"] or ""),
                str(row["certification_expires_on"] or "not tracked"),
            )
    return table


def run_demo(project: SupabaseProject, console: Console) -> None:
    # mkdtemp's folder is handed to the unprivileged server user, so it must be the cluster folder itself.
    stack = LocalStack(project, Path(tempfile.mkdtemp(prefix="mentor-pause-demo-")))
    try:
        with console.status("Starting an embedded PostgreSQL and applying migrations and seed..."):
            report = stack.start()
        console.print(
            f"[bold]Local database[/] {stack.url}  "
            f"({len(report.applied)} migrations, seed: {', '.join(report.seeded) or 'none'})"
        )
        console.print(roster_table(stack.url))
    finally:
        stack.cluster.destroy()
