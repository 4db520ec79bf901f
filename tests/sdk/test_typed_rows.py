"""Models from typed rows (mentor_pause._typed_rows): the same models validation makes, built without validating
each value again, and validation itself whenever the rows' types do not vouch for them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from pydantic import TypeAdapter, ValidationError

from mentor_pause import Identity, MentorPauseClient
from mentor_pause._postgres_sql import column_types
from mentor_pause._typed_rows import models_from
from mentor_pause.models import MentorStatus, MentorStatusValue, StatusChange
from mentor_pause.operations import RowSet
from tests.sdk.conftest import Org
from tests.support.db import authenticator_url

STATUSES = TypeAdapter(list[MentorStatus])
CHANGES = TypeAdapter(list[StatusChange])


class _Refuses(TypeAdapter[list[MentorStatus]]):
    """An adapter that fails the test if the typed path falls back to validation."""

    def validate_python(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("validated instead of built from typed rows")


def _read(database_url: str, query: str, *params: object) -> RowSet:
    with psycopg.connect(database_url, autocommit=True) as conn, conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return RowSet.complete(list(cur.fetchall()), column_types(cur.description))


def _assert_same(built: list[Any], validated: list[Any]) -> None:
    assert built == validated
    for one, other in zip(built, validated, strict=True):
        assert type(one) is type(other)
        assert one.model_dump() == other.model_dump()
        assert one.model_fields_set == other.model_fields_set
        assert hash(one) == hash(other)  # frozen models hash their values


def test_a_listing_is_built_exactly_as_validation_builds_it(database_url: str, org: Org) -> None:
    rows = _read(
        database_url,
        "select s.*, p.display_name as mentor_display_name, c.name as chapter_name "
        "from public.peer_mentor_status s join public.peer_mentors p on p.id = s.mentor_id "
        "join public.chapters c on c.id = s.chapter_id where s.chapter_id = any(%s)",
        [org.chapter_a, org.chapter_b],
    )
    assert len(rows.rows) >= 4
    built = models_from(MentorStatus, _Refuses(list[MentorStatus]), rows)
    _assert_same(built, STATUSES.validate_python(rows.rows))
    assert {m.status for m in built} >= {MentorStatusValue.ACTIVE}
    assert all(isinstance(m.status, MentorStatusValue) for m in built)
    assert all(m.created_at.tzinfo is not None for m in built)


def test_rows_without_the_optional_name_columns_get_their_defaults(database_url: str, org: Org) -> None:
    rows = _read(database_url, "select * from public.peer_mentor_status where chapter_id = %s", org.chapter_a)
    built = models_from(MentorStatus, _Refuses(list[MentorStatus]), rows)
    _assert_same(built, STATUSES.validate_python(rows.rows))
    assert all(m.mentor_display_name is None for m in built)


def test_history_rows_too(database_url: str, org: Org) -> None:
    rows = _read(database_url, "select * from public.peer_mentor_status_log where mentor_id = %s", org.mentor_a)
    built = models_from(StatusChange, _Refuses(list[StatusChange]), rows)  # type: ignore[arg-type]
    _assert_same(built, CHANGES.validate_python(rows.rows))


def test_the_client_reads_take_the_typed_path(database_url: str, org: Org, monkeypatch: pytest.MonkeyPatch) -> None:
    import mentor_pause._sync.client as sync_client

    monkeypatch.setattr(sync_client, "_STATUSES", _Refuses(list[MentorStatus]))
    with MentorPauseClient.from_database_url(authenticator_url(database_url), Identity.user(org.admin)) as client:
        page = client.list_statuses(chapter_id=org.chapter_a)
    assert len(page) >= 2 and all(m.mentor_display_name for m in page)


# -- what makes it fall back to validation (and so raise what validation raises) ------------------------------------
def _row(**changes: object) -> dict[str, object]:
    now = dt.datetime.now(dt.UTC)
    row: dict[str, object] = {
        "id": 1,
        "mentor_id": uuid.uuid4(),
        "chapter_id": uuid.uuid4(),
        "status": "active",
        "pause_reason": None,
        "expected_return_date": None,
        "activated_by": None,
        "paused_at": None,
        "last_request_id": None,
        "certification_expires_on": None,
        "created_at": now,
        "updated_at": now,
    }
    return row | changes


COLUMNS = (
    ("id", 20),
    ("mentor_id", 2950),
    ("chapter_id", 2950),
    ("status", 25),
    ("pause_reason", 25),
    ("expected_return_date", 1082),
    ("activated_by", 2950),
    ("paused_at", 1184),
    ("last_request_id", 2950),
    ("certification_expires_on", 1082),
    ("created_at", 1184),
    ("updated_at", 1184),
)


def test_typed_rows_with_matching_columns_are_built() -> None:
    row = _row(status="paused", pause_reason="Away", paused_at=dt.datetime.now(dt.UTC))
    built = models_from(MentorStatus, _Refuses(list[MentorStatus]), RowSet.complete([row], COLUMNS))
    _assert_same(built, STATUSES.validate_python([row]))


@pytest.mark.parametrize(
    ("row", "columns"),
    [
        (_row(status="pasued"), COLUMNS),  # not a status
        (_row(status=None), COLUMNS),  # a NULL status
        (_row(mentor_id=None), COLUMNS),  # a NULL where a value is required
        (_row(created_at=dt.datetime(2026, 1, 1)), tuple((n, 1114 if n == "created_at" else t) for n, t in COLUMNS)),
        (_row(id="1"), tuple((n, 25 if n == "id" else t) for n, t in COLUMNS)),  # text where an integer is due
        (_row(), None),  # no column types at all (the PostgREST transport)
        (_row(), tuple((n, t) for n, t in COLUMNS if n != "mentor_id")),  # a required column missing
    ],
    ids=["unknown status", "null status", "null id", "timestamp without zone", "text id", "untyped", "missing"],
)
def test_anything_the_types_do_not_vouch_for_is_validated(row: dict[str, object], columns: Any) -> None:
    result = RowSet.complete([row], columns)
    with pytest.raises(AssertionError, match="validated instead"):
        models_from(MentorStatus, _Refuses(list[MentorStatus]), result)
    expected = _outcome(lambda: STATUSES.validate_python([row]))
    assert _outcome(lambda: models_from(MentorStatus, STATUSES, result)) == expected


def _outcome(make: Any) -> object:
    """What a call gives: its models, or the errors of its ValidationError."""
    try:
        return make()
    except ValidationError as exc:
        return exc.errors()
