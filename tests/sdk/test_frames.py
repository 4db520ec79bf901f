"""DataFrames of statuses and history have dtypes a notebook can work with: string ids, categorical statuses,
UTC timestamps and dates as datetimes, the readable columns first, the same dtypes when empty."""

from __future__ import annotations

import uuid

import pytest

from mentor_pause import HistoryPage, MentorStatusValue, StatusPage
from mentor_pause.frames import (
    DATE_DTYPE,
    STATUS_COLUMNS_FIRST,
    TIMESTAMP_DTYPE,
    history_frame,
    statuses_frame,
)
from tests.sdk.test_pages import PAUSED, change, status

pd = pytest.importorskip("pandas")

STATUS_DTYPES = {
    "mentor_display_name": "string",
    "chapter_name": "string",
    "status": "category",
    "pause_reason": "string",
    "expected_return_date": DATE_DTYPE,
    "paused_at": TIMESTAMP_DTYPE,
    "mentor_id": "string",
    "chapter_id": "string",
    "activated_by": "string",
    "certification_expires_on": DATE_DTYPE,
    "created_at": TIMESTAMP_DTYPE,
    "id": "int64",
    "last_request_id": "string",
    "updated_at": TIMESTAMP_DTYPE,
}


def test_a_status_frame_has_typed_columns_readable_ones_first() -> None:
    page = StatusPage(
        items=(
            status(1),
            status(2, **PAUSED, mentor_display_name="Astrid Berg", certification_expires_on="2999-12-31"),
        ),
        next_cursor=uuid.UUID(int=2),
    )
    frame = page.to_pandas()
    assert list(frame.columns[: len(STATUS_COLUMNS_FIRST)]) == list(STATUS_COLUMNS_FIRST)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == STATUS_DTYPES
    assert list(frame["status"].cat.categories) == [v.value for v in MentorStatusValue]
    assert list(frame["mentor_id"]) == [str(uuid.UUID(int=1)), str(uuid.UUID(int=2))]
    assert frame["mentor_display_name"].tolist() == ["Mentor 1", "Astrid Berg"]
    assert frame["pause_reason"].isna().tolist() == [True, False]
    assert frame["expected_return_date"][1] == pd.Timestamp("2027-03-01")
    assert frame["certification_expires_on"][1] == pd.Timestamp("2999-12-31")  # beyond nanoseconds' 2262
    assert frame["paused_at"][1] == pd.Timestamp("2026-11-27 12:00", tz="UTC") and pd.isna(frame["paused_at"][0])
    assert frame.loc[frame["status"] == "paused", "mentor_display_name"].tolist() == ["Astrid Berg"]
    assert frame["status"].value_counts()["certification_expired"] == 0  # every status is a category


def test_an_empty_frame_keeps_its_columns_and_dtypes() -> None:
    frame = StatusPage(items=(), next_cursor=None).to_pandas()
    assert frame.empty
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == STATUS_DTYPES


def test_a_frame_of_every_page_from_an_iterator() -> None:
    pages = [StatusPage(items=(status(1), status(2)), next_cursor=uuid.UUID(int=2)), StatusPage(items=(status(3),))]
    frame = statuses_frame(s for page in pages for s in page)  # e.g. statuses_frame(client.iter_statuses())
    assert frame["id"].tolist() == [1, 2, 3]
    assert str(frame["status"].dtype) == "category"
    combined = pd.concat([page.to_pandas() for page in pages], ignore_index=True)
    assert {name: str(dtype) for name, dtype in combined.dtypes.items()} == STATUS_DTYPES  # same categories


def test_a_history_frame_has_typed_columns() -> None:
    frame = HistoryPage(items=(change(2), change(1)), next_cursor=None).to_pandas()
    assert list(frame.columns[:3]) == ["changed_at", "previous_status", "new_status"]
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["changed_at"] == TIMESTAMP_DTYPE and dtypes["expected_return_date"] == DATE_DTYPE
    assert dtypes["previous_status"] == dtypes["new_status"] == "category"
    assert dtypes["mentor_id"] == dtypes["changed_by"] == dtypes["request_id"] == "string"
    assert dtypes["id"] == "int64"
    assert history_frame([]).shape == (0, len(frame.columns))
