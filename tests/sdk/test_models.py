"""Models read well in a REPL and a notebook, and convert to pandas."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import get_args

import psycopg
import pytest
from pydantic import ValidationError

from mentor_pause import HistoryPage, MentorStatus, MentorStatusLiteral, MentorStatusValue, StatusChange, StatusPage
from mentor_pause._generated.database import PublicMentorStatusListing, PublicPeerMentorStatus

NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)


def status(**overrides: object) -> MentorStatus:
    row = {
        "id": 1,
        "mentor_id": str(uuid.UUID(int=1)),
        "chapter_id": str(uuid.UUID(int=2)),
        "status": "paused",
        "pause_reason": "Parental leave",
        "expected_return_date": "2027-03-01",
        "activated_by": None,
        "paused_at": NOW.isoformat(),
        "last_request_id": None,
        "certification_expires_on": "2027-06-30",
        "created_at": NOW.isoformat(),
        "updated_at": NOW.isoformat(),
    }
    return MentorStatus.model_validate(row | overrides)


def test_rows_parse_from_postgrest_json_and_are_frozen() -> None:
    parsed = status()
    assert parsed.status is MentorStatusValue.PAUSED
    assert parsed.expected_return_date == dt.date(2027, 3, 1)
    assert parsed.mentor_id == uuid.UUID(int=1)
    with pytest.raises(ValidationError):
        parsed.status = MentorStatusValue.ACTIVE  # type: ignore[misc]


def test_naive_timestamps_and_unknown_statuses_are_refused() -> None:
    with pytest.raises(ValidationError):
        status(updated_at="2026-11-27T12:00:00")
    with pytest.raises(ValidationError):
        status(status="away")


def test_repr_is_short_and_readable() -> None:
    assert repr(status()) == (
        "MentorStatus(mentor_id=00000000-0000-0000-0000-000000000001, status=paused, "
        "reason='Parental leave', back_by=2027-03-01)"
    )
    named = status(mentor_display_name="Astrid Berg", chapter_name="Oslo")
    assert repr(named) == (
        "MentorStatus(mentor_id=00000000-0000-0000-0000-000000000001, name='Astrid Berg', chapter='Oslo', "
        "status=paused, reason='Parental leave', back_by=2027-03-01)"
    )
    page = StatusPage(items=(status(),), next_cursor=uuid.UUID(int=1))
    assert repr(page) == "<StatusPage 1 status, more after 00000000…>"


def test_pages_render_as_html_tables_with_escaping() -> None:
    page = StatusPage(items=(status(pause_reason="<script>"),), next_cursor=None)
    html = page._repr_html_()
    assert html.startswith("<table>") and "&lt;script&gt;" in html and "<script>" not in html
    assert "<caption>StatusPage: 1 status</caption>" in html
    change = StatusChange.model_validate(
        {
            "id": 5,
            "mentor_id": str(uuid.UUID(int=1)),
            "chapter_id": str(uuid.UUID(int=2)),
            "previous_status": None,
            "new_status": "active",
            "pause_reason": None,
            "expected_return_date": None,
            "changed_by": None,
            "changed_at": NOW.isoformat(),
            "request_id": None,
            "note": None,
        }
    )
    assert repr(change) == "StatusChange(2026-11-27 12:00 (new) -> active)"
    assert "system" in HistoryPage(items=(change,), next_cursor=None)._repr_html_()


def test_the_status_enum_is_the_database_type(database_url: str) -> None:
    """MentorStatusValue lists exactly the values of the SQL domain public.mentor_status, in order."""
    with psycopg.connect(database_url) as db:
        row = db.execute(
            "select pg_get_constraintdef(c.oid) from pg_constraint c "
            "where c.contypid = 'public.mentor_status'::regtype and c.conname = 'mentor_status_check'"
        ).fetchone()
    assert row is not None
    assert re.findall(r"'(\w+)'::text", row[0]) == [v.value for v in MentorStatusValue]


def test_a_status_has_the_fields_of_the_read_rpcs_row_type() -> None:
    """MentorStatus is what ``mentor_status_listing`` (the status RPCs' rows) holds: the table's columns, and the
    names, which are optional because table reads and transitions return the plain row."""
    assert set(MentorStatus.model_fields) == set(PublicMentorStatusListing.model_fields)
    names = set(PublicMentorStatusListing.model_fields) - set(PublicPeerMentorStatus.model_fields)
    assert names == {"mentor_display_name", "chapter_name"}
    plain = status()
    assert plain.mentor_display_name is None and plain.chapter_name is None
    assert plain.mentor_label == str(plain.mentor_id) and plain.chapter_label == str(plain.chapter_id)
    named = status(mentor_display_name="Astrid Berg", chapter_name="Oslo")
    assert (named.mentor_label, named.chapter_label) == ("Astrid Berg", "Oslo")


def test_the_status_literal_lists_the_enum_values() -> None:
    assert list(get_args(MentorStatusLiteral)) == [v.value for v in MentorStatusValue]
