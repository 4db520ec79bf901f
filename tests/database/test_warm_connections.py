"""Every trigger and RPC keeps working on a connection that has run it many times, as pooled ones have.

PostgreSQL plans a statement (PL/pgSQL's statements included) with the actual parameter values for its first
five executions on a connection, then may switch to a generic plan, which keeps branches a custom plan prunes
and checks privileges on every table of the statement. PostgREST and the SDK reuse connections, so a function
that works only while its plans are custom fails in production after warm-up. Each workload below therefore
runs more than five times on one connection, once with the planner's own choice and once with generic plans
forced from the first execution.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from mentor_pause.identity import Identity
from tests.support.db import Conn, acting_as
from tests.support.roster import assign_chapter, create_chapter, create_mentor, create_user

ROUNDS = 8  # more than the five custom plans PostgreSQL makes before it considers a generic one


@pytest.fixture(params=["auto", "force_generic_plan"])
def warm_db(request: pytest.FixtureRequest, db: Conn) -> Conn:
    db.execute(f"set local plan_cache_mode = {request.param}")
    return db


def _one_round(db: Conn, chapter: UUID, coordinator: UUID, admin: UUID) -> None:
    """One of everything: each trigger path, each write RPC, each read RPC, as the roles that use them."""
    # service_role creates status rows (transition trigger on INSERT, log trigger on INSERT)
    mentor = create_mentor(db, chapter, with_status=False)
    with acting_as(db, Identity.service()):
        db.execute("insert into public.peer_mentor_status (mentor_id, chapter_id) values (%s, %s)", (mentor, chapter))
        db.execute("select public.pause_mentor(%s, 'Service pause', current_date + 1)", (mentor,))
        db.execute("select public.resume_mentor(%s)", (mentor,))
    # a coordinator pauses and resumes (transition trigger and log trigger on UPDATE)
    with acting_as(db, Identity.user(coordinator)):
        db.execute("select public.pause_mentor(%s, 'Coordinator pause')", (mentor,))
        db.execute("select public.resume_mentor(%s)", (mentor,))
        db.execute("select * from public.get_mentor_status(%s)", (mentor,))
        db.execute("select * from public.list_mentor_statuses(%s, 'active')", (chapter,))
        db.execute("select * from public.list_mentor_statuses()")
        db.execute("select * from public.get_mentor_history(%s)", (mentor,))
        db.execute("select count(*) from public.peer_mentor_status_log")
    # an org admin expires, the certification is renewed, a coordinator reactivates
    with acting_as(db, Identity.user(admin)):
        db.execute("select public.expire_mentor_certification(%s)", (mentor,))
    with acting_as(db, Identity.service()):
        db.execute(
            "update public.peer_mentors set certification_expires_on = current_date + 30 where id = %s", (mentor,)
        )
    with acting_as(db, Identity.user(coordinator)):
        db.execute("select public.reactivate_mentor(%s)", (mentor,))
    # owner SQL (the dashboard): a direct transition and a deletion (log trigger on DELETE)
    db.execute(
        "update public.peer_mentor_status set status = 'paused', pause_reason = 'Owner pause' where mentor_id = %s",
        (mentor,),
    )
    with acting_as(db, Identity.service()):
        db.execute("delete from public.peer_mentors where id = %s", (mentor,))


def test_every_trigger_and_rpc_works_on_a_warm_connection(warm_db: Conn) -> None:
    db = warm_db
    chapter = create_chapter(db)
    coordinator, admin = create_user(db, "coordinator"), create_user(db, "org_admin")
    assign_chapter(db, coordinator, chapter)
    for _ in range(ROUNDS):
        _one_round(db, chapter, coordinator, admin)
    rows = db.execute(
        "select new_status from public.peer_mentor_status_log l join public.chapters c on c.id = l.chapter_id "
        "where c.id = %s order by l.id",
        (chapter,),
    ).fetchall()
    one_round = ["active", "paused", "active", "paused", "active", "certification_expired", "active", "paused", None]
    assert [r[0] for r in rows] == one_round * ROUNDS


def test_a_mentor_pauses_themselves_again_and_again(warm_db: Conn) -> None:
    db = warm_db
    chapter = create_chapter(db)
    user = create_user(db, "peer_mentor")
    mentor = create_mentor(db, chapter, user_id=user)
    with acting_as(db, Identity.user(user)):
        for day in range(ROUNDS):
            back = dt.date.today() + dt.timedelta(days=day + 1)
            db.execute("select public.pause_mentor(%s, 'Again', %s)", (mentor, back))
            db.execute("select public.resume_mentor(%s)", (mentor,))
            db.execute("select * from public.get_mentor_history(%s)", (mentor,))
