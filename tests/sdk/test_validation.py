"""Input validation, property-based: any input either succeeds or raises InvalidInput, and a refused call
changes nothing in the database. Run through both transports (sync clients; the checks are shared code)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentor_pause import Identity, InvalidInput, MentorPauseClient, NotFound, validation
from tests.sdk.conftest import FAST_RETRY, Api, log_count
from tests.support import roster
from tests.support.db import authenticator_url
from tests.support.tokens import user_token

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module", params=["postgrest", "postgres"])
def admin_and_client(request, api: Api, database_url: str) -> Iterator[tuple[psycopg.Connection[Any], Any, Any]]:
    with psycopg.connect(database_url, autocommit=True) as db:
        chapter = roster.create_chapter(db)
        admin = roster.create_user(db, "org_admin")
        if request.param == "postgrest":
            client = MentorPauseClient.connect(api.url, api.anon_key, access_token=user_token(admin), retry=FAST_RETRY)
        else:
            client = MentorPauseClient.from_database_url(
                authenticator_url(database_url), Identity.user(admin), retry=FAST_RETRY
            )
        with client:
            yield db, client, chapter


def snapshot(db, mentor) -> tuple[Any, ...]:
    row = db.execute(
        "select status, pause_reason, expected_return_date, updated_at "
        "from public.peer_mentor_status where mentor_id = %s",
        (mentor,),
    ).fetchone()
    return (row, log_count(db, mentor))


unicode_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=520)


@SETTINGS
@given(reason=st.one_of(unicode_text, st.text(max_size=8).map(lambda s: " \t" + s + "\n "), st.just("x" * 500)))
def test_any_reason_pauses_or_is_invalid_input(admin_and_client, reason: str) -> None:
    db, client, chapter = admin_and_client
    mentor = roster.create_mentor(db, chapter)
    before = snapshot(db, mentor)
    try:
        paused = client.pause(mentor, reason)
    except InvalidInput:
        assert snapshot(db, mentor) == before
        return
    assert paused.pause_reason == validation.trim(reason)  # surrounding whitespace and invisible characters removed
    assert paused.pause_reason == db.execute("select private.trim_whitespace(%s)", (reason,)).fetchone()[0]
    assert 1 <= len(paused.pause_reason) <= validation.MAX_REASON_LENGTH


def database_window(db) -> tuple[dt.date, dt.date]:
    """The return dates the database accepts right now (its own today and latest date)."""
    row = db.execute("select private.today(), private.latest_return_date(private.today())").fetchone()
    return row[0], row[1]


def _boundary_dates() -> list[dt.date]:
    today = dt.datetime.now(dt.UTC).date()
    earliest, latest = validation.return_date_window()
    days = [today, today - dt.timedelta(days=1), today + dt.timedelta(days=1), earliest, latest]
    days += [latest + dt.timedelta(days=1), dt.date(9999, 12, 31), dt.date(1, 1, 1)]
    return days


@SETTINGS
@given(
    back=st.one_of(
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
        st.sampled_from(_boundary_dates()),
    )
)
def test_any_return_date_pauses_or_is_invalid_input(admin_and_client, back: dt.date) -> None:
    """Today, the last day of the window and everything between pause; anything else is InvalidInput and
    changes nothing (the SDK refuses what no time zone accepts, the database the rest)."""
    db, client, chapter = admin_and_client
    mentor = roster.create_mentor(db, chapter)
    before = snapshot(db, mentor)
    earliest, latest = database_window(db)
    try:
        paused = client.pause(mentor, "Away", expected_return=back)
    except InvalidInput:
        assert not earliest <= back <= latest
        assert snapshot(db, mentor) == before
        return
    assert earliest <= back <= latest
    assert paused.expected_return_date == back


def test_a_return_date_of_today_pauses(admin_and_client) -> None:
    db, client, chapter = admin_and_client
    today, latest = database_window(db)
    for back in (today, latest):
        mentor = roster.create_mentor(db, chapter)
        assert client.pause(mentor, "Back soon", expected_return=back).expected_return_date == back


@SETTINGS
@given(
    candidate=st.one_of(
        st.uuids(), st.uuids().map(str), st.text(max_size=40), st.integers(), st.none(), st.binary(max_size=16)
    )
)
def test_any_id_is_invalid_input_or_an_unknown_mentor(admin_and_client, candidate: object) -> None:
    _, client, _ = admin_and_client
    with pytest.raises((InvalidInput, NotFound)):
        client.resume(candidate)
    with pytest.raises((InvalidInput, NotFound)):
        client.get_status(candidate)


def test_sdk_limits_match_the_database(database_url: str) -> None:
    """The SDK's pre-checks use the database's own limits (read back from the schema)."""
    with psycopg.connect(database_url) as db:
        row = db.execute(
            "select pg_get_constraintdef(oid) from pg_constraint where conname = 'peer_mentor_status_reason_max_length'"
        ).fetchone()
        assert row and f"<= {validation.MAX_REASON_LENGTH}" in row[0]
        source = db.execute("select prosrc from pg_proc where proname = 'check_page_size'").fetchone()
        assert source and f"p_limit > {validation.MAX_PAGE_SIZE}" in source[0]
        latest = db.execute("select private.latest_return_date(date '2028-02-29')").fetchone()
        assert latest == (validation._add_years(dt.date(2028, 2, 29), validation.MAX_RETURN_YEARS),)
