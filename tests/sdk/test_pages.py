"""Pages are sequences of their rows, and show themselves by the names people know: one short line (repr), a
plain-text table (print), an HTML table (Jupyter) and a rich table."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

import pytest

from mentor_pause import HistoryPage, MentorStatus, StatusChange, StatusPage
from mentor_pause.pages import TEXT_CELL_WIDTH

NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)


def status(n: int, **overrides: object) -> MentorStatus:
    row = {
        "id": n,
        "mentor_id": str(uuid.UUID(int=n)),
        "chapter_id": str(uuid.UUID(int=1000)),
        "status": "active",
        "pause_reason": None,
        "expected_return_date": None,
        "activated_by": None,
        "paused_at": None,
        "last_request_id": None,
        "certification_expires_on": None,
        "created_at": NOW.isoformat(),
        "updated_at": NOW.isoformat(),
        "mentor_display_name": f"Mentor {n}",
        "chapter_name": "Oslo",
    }
    return MentorStatus.model_validate(row | overrides)


def change(n: int) -> StatusChange:
    return StatusChange.model_validate(
        {
            "id": n,
            "mentor_id": str(uuid.UUID(int=1)),
            "chapter_id": str(uuid.UUID(int=2)),
            "previous_status": "active",
            "new_status": "paused",
            "pause_reason": "Away",
            "expected_return_date": "2027-01-15",
            "changed_by": None,
            "changed_at": NOW.isoformat(),
            "request_id": None,
            "note": None,
        }
    )


PAUSED = {
    "status": "paused",
    "pause_reason": "Parental leave",
    "expected_return_date": "2027-03-01",
    "paused_at": NOW.isoformat(),
}
ITEMS = (status(1), status(2, **PAUSED, mentor_display_name="Astrid Berg"), status(3))


def test_a_page_is_a_sequence_of_its_rows() -> None:
    page = StatusPage(items=ITEMS, next_cursor=None)
    assert isinstance(page, Sequence)
    assert len(page) == 3 and bool(page) and not StatusPage(items=(), next_cursor=None)
    assert page[0] is ITEMS[0] and page[-1] is ITEMS[2]
    assert page[1:] == ITEMS[1:] and isinstance(page[1:], tuple)
    assert list(page) == list(ITEMS)
    assert [s.mentor_display_name for s in page] == ["Mentor 1", "Astrid Berg", "Mentor 3"]
    assert ITEMS[1] in page and page.index(ITEMS[2]) == 2 and next(reversed(page)) is ITEMS[2]
    with pytest.raises(IndexError):
        page[3]
    assert page.items == ITEMS and page.next_cursor is None  # the fields stay as they were
    assert page == StatusPage(items=ITEMS, next_cursor=None)


def test_repr_is_one_short_line() -> None:
    cursor = uuid.UUID("7f3c1a2b-0000-4000-8000-000000000001")
    big = StatusPage(items=tuple(status(n) for n in range(1, 51)), next_cursor=cursor)
    assert repr(big) == "<StatusPage 50 statuses, more after 7f3c1a2b…>"
    assert repr(StatusPage(items=ITEMS[:1], next_cursor=None)) == "<StatusPage 1 status>"
    assert repr(HistoryPage(items=(change(9), change(8)), next_cursor=8)) == "<HistoryPage 2 changes, more before #8>"
    assert len(repr(big)) < 60 and "\n" not in repr(big)


def test_print_shows_a_plain_text_table_by_name() -> None:
    long_reason = "A reason that goes on and on, " * 5
    page = StatusPage(items=(*ITEMS, status(4, **PAUSED | {"pause_reason": long_reason})), next_cursor=None)
    lines = str(page).splitlines()
    assert lines[0] == repr(page)
    assert lines[1].split() == ["mentor", "chapter", "status", "reason", "back", "by"]
    assert "Astrid Berg" in lines[4] and "Oslo" in lines[4] and "paused" in lines[4] and "2027-03-01" in lines[4]
    assert "Parental leave" in lines[4]
    assert str(uuid.UUID(int=1)) not in str(page)  # names, not ids
    assert max(len(cell) for cell in lines[6].split("  ") if cell) <= TEXT_CELL_WIDTH
    assert "…" in lines[6]


def test_rows_without_names_show_their_ids() -> None:
    page = StatusPage(items=(status(5, mentor_display_name=None, chapter_name=None),), next_cursor=None)
    assert str(uuid.UUID(int=5)) in str(page) and str(uuid.UUID(int=1000)) in page._repr_html_()


def test_html_is_a_table_of_names_and_escapes_values() -> None:
    page = StatusPage(
        items=(*ITEMS, status(4, **PAUSED | {"pause_reason": "<b>Away</b>"}, chapter_name="Bergen & Co")),
        next_cursor=None,
    )
    html = page._repr_html_()
    assert html.startswith("<table><caption>StatusPage: 4 statuses</caption>")
    assert "<th>mentor</th><th>chapter</th><th>status</th><th>reason</th><th>back by</th>" in html
    assert "<td>Astrid Berg</td><td>Oslo</td><td>paused</td><td>Parental leave</td><td>2027-03-01</td>" in html
    assert "&lt;b&gt;Away&lt;/b&gt;" in html and "Bergen &amp; Co" in html and "<b>" not in html
    history = HistoryPage(items=(change(3),), next_cursor=None)._repr_html_()
    assert "<td>paused</td>" in history and "<td>system</td>" in history and "2027-01-15" in history


def test_rich_renders_a_table_without_reading_markup_in_the_data() -> None:
    rich = pytest.importorskip("rich")
    from rich.console import Console

    page = StatusPage(items=(*ITEMS, status(4, **PAUSED | {"pause_reason": "[bold]Away[/bold]"})), next_cursor=None)
    console = Console(width=120, record=True, color_system=None)
    console.print(page)
    text = console.export_text()
    assert "StatusPage: 4 statuses" in text and "Astrid Berg" in text and "Parental leave" in text
    assert "[bold]Away[/bold]" in text  # shown as written, not as markup
    assert rich is not None
