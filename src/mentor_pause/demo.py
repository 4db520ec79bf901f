"""The scripted scenario behind ``./dev demo``: an embedded database, the seeded organisation, and a day of
pauses and returns through the SDK, each step acting as a different person.

Everything runs against a throwaway cluster that is deleted afterwards, so the demo never touches a
developer's own database. The SDK uses its Postgres transport here (there is no PostgREST without Docker);
every call runs under that person's role and JWT claims, so the database's RLS and RPC rules decide.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import psycopg
from psycopg.rows import dict_row
from rich.console import Console
from rich.table import Table

from mentor_pause import Identity, MentorPauseClient, MentorPauseError
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack
from mentor_pause.portal.noop import NoOpPortalClient
from mentor_pause.portal.worker import PortalSyncWorker

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


# Seeded people and mentors (supabase/seed.sql).
KARI = "a0000000-0000-4000-8000-000000000002"  # coordinator, HLF Oslo
LARS = "a0000000-0000-4000-8000-000000000003"  # coordinator, HLF Bergen (+ Frode directly)
INGRID = "a0000000-0000-4000-8000-000000000001"  # org admin
ASTRID_USER = "a0000000-0000-4000-8000-000000000011"
BJORN_USER = "a0000000-0000-4000-8000-000000000012"
ASTRID = "b0000000-0000-4000-8000-000000000001"
BJORN = "b0000000-0000-4000-8000-000000000002"
CAMILLA = "b0000000-0000-4000-8000-000000000003"
DAVID = "b0000000-0000-4000-8000-000000000004"
HENRIK = "b0000000-0000-4000-8000-000000000008"


def scenario(url: str, console: Console) -> None:
    """Each step acts as one person through the SDK and prints what the database decided."""
    clients: dict[str, MentorPauseClient] = {}

    def as_(user: str) -> MentorPauseClient:
        if user not in clients:
            clients[user] = MentorPauseClient.from_database_url(url, Identity.user(user), pool_size=1)
        return clients[user]

    def step(who: str, what: str, action: Callable[[], object]) -> None:
        try:
            result = action()
            console.print(f"[bold]{who}[/] {what}: [green]{result!r}[/]")
        except MentorPauseError as exc:
            console.print(f"[bold]{who}[/] {what}: [red]{type(exc).__name__}[/] {exc.message}")

    try:
        console.rule("A day of pauses and returns (each line acts as that person through the SDK)")
        step("Kari (coordinator, Oslo)", "lists her mentors", lambda: [s.mentor_id for s in as_(KARI).iter_statuses()])
        back = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=14)
        step(
            "Astrid (mentor)",
            "pauses herself for two weeks",
            lambda: as_(ASTRID_USER).pause(ASTRID, "Hearing aid fitting and recovery", expected_return=back),
        )
        step("Astrid (mentor)", "tries to pause Camilla", lambda: as_(ASTRID_USER).pause(CAMILLA, "Not mine"))
        step("Kari (coordinator, Oslo)", "tries to pause Camilla (Bergen)", lambda: as_(KARI).pause(CAMILLA, "No"))
        step("Bjørn (mentor, Oslo and Bergen)", "comes back from parental leave", lambda: as_(BJORN_USER).resume(BJORN))
        step(
            "Lars (coordinator, Bergen)",
            "tries to reactivate David (certification lapsed)",
            lambda: as_(LARS).reactivate(DAVID),
        )
        with psycopg.connect(url, autocommit=True) as conn:  # a server job renews David's certification
            conn.execute("set role service_role")
            conn.execute(
                "update public.peer_mentors set certification_expires_on = current_date + 730 where id = %s", (DAVID,)
            )
        console.print("[dim](David's certification is renewed in the roster)[/]")
        step("Lars (coordinator, Bergen)", "reactivates David", lambda: as_(LARS).reactivate(DAVID))
        request = uuid.uuid4()
        step("Ingrid (org admin)", "pauses Camilla", lambda: as_(INGRID).pause(CAMILLA, "Course", request_id=request))
        step(
            "Ingrid (org admin)",
            "retries the same request after a timeout",
            lambda: as_(INGRID).pause(CAMILLA, "Course", request_id=request),
        )
        step("Kari (coordinator, Oslo)", "reads Astrid's history", lambda: as_(KARI).history(ASTRID).items)
        with psycopg.connect(url, autocommit=True) as conn:  # time passes: Henrik's certification ran out
            conn.execute("set role service_role")
            conn.execute(
                "update public.peer_mentors set certification_expires_on = current_date - 1 where id = %s", (HENRIK,)
            )
        console.print("[dim](Night falls. Henrik's certification ran out yesterday.)[/]")
        service = MentorPauseClient.from_database_url(url, Identity.service(), pool_size=1)
        clients["service"] = service
        step(
            "The nightly job (pg_cron's, run here from Python)",
            "expires lapsed certifications",
            service.run_certification_expiry,
        )
        step("Ingrid (org admin)", "reads Henrik's history", lambda: as_(INGRID).history(HENRIK).items[0].note)
        console.print(portal_table(url, service))
    finally:
        for client in clients.values():
            client.close()


def portal_table(url: str, service: MentorPauseClient) -> Table:
    """Drain the portal outbox through the no-op portal (the default) and show what would have been sent."""
    portal = NoOpPortalClient()
    report = PortalSyncWorker(service, portal).drain()
    with psycopg.connect(url) as conn:
        conn.execute("set role service_role")
        rows = conn.execute("select id, display_name from public.peer_mentors").fetchall()
    names: dict[object, object] = {row[0]: row[1] for row in rows}
    table = Table(
        title=f"What the portal sync would send ({report.delivered} changes, no-op portal: nothing leaves)",
        title_justify="left",
    )
    for header in ("Mentor", "Status", "Listed on the portal", "Back by"):
        table.add_column(header)
    for availability in sorted(portal.sent, key=lambda a: str(names.get(a.mentor_id, ""))):
        table.add_row(
            str(names.get(availability.mentor_id, availability.mentor_id)),
            availability.status.value if availability.status else "removed",
            "yes" if availability.available else "[yellow]hidden[/]",
            str(availability.expected_return_date or ""),
        )
    return table


def run_demo(project: SupabaseProject, console: Console) -> None:
    with LocalStack.throwaway(project, prefix="mentor-pause-demo-") as stack:
        with console.status("Starting an embedded PostgreSQL and applying migrations and seed..."):
            report = stack.start()
        console.print(
            f"[bold]Local database[/] {stack.url}  "
            f"({len(report.applied)} migrations, seed: {', '.join(report.seeded) or 'none'})"
        )
        console.print(roster_table(stack.url, "Roster after seeding"))
        scenario(stack.url.replace("postgres:postgres@", "authenticator:postgres@", 1), console)
        console.print(roster_table(stack.url, "Roster at the end of the day"))
