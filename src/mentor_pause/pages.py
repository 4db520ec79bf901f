"""Pages of results: sequences of rows that read well wherever a person looks at them.

A page is a ``collections.abc.Sequence`` of its rows (``len(page)``, ``page[0]``, ``page[-3:]``, ``for row in
page``, ``list(page)``), with the cursor of the next page beside it. It shows itself in one line (``repr``:
``<StatusPage 50 statuses, more after 7f3c1a2b…>``), as a plain-text table (``print(page)``), as an HTML table
in Jupyter (``_repr_html_``, no extra dependency) and as a rich table (``rich.print(page)``; rich is imported only
then), and converts to a typed DataFrame (``page.to_pandas()``, :mod:`mentor_pause.frames`). Rows are shown by the
names people know (the mentor's display name, the chapter's name) when the read carried them, by id otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, ClassVar, Generic, SupportsIndex, TypeVar, overload
from uuid import UUID

from mentor_pause.frames import history_frame, statuses_frame
from mentor_pause.models import MentorStatus, StatusChange

if TYPE_CHECKING:
    import pandas as pd
    from rich.table import Table

ItemT = TypeVar("ItemT", MentorStatus, StatusChange)
CursorT = TypeVar("CursorT", UUID, int)

#: Longest cell of the plain-text table (``print(page)``); the HTML and rich tables show everything.
TEXT_CELL_WIDTH = 40


@dataclass(frozen=True, repr=False)
class _Page(Sequence[ItemT], Generic[ItemT, CursorT]):
    """A page of results and the cursor of the next one (None: this is the last page)."""

    items: tuple[ItemT, ...]
    next_cursor: CursorT | None = None

    _nouns: ClassVar[tuple[str, str]] = ("item", "items")
    _cursor_word: ClassVar[str] = "after"

    # -- the sequence --------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: SupportsIndex) -> ItemT: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[ItemT, ...]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> ItemT | tuple[ItemT, ...]:
        return self.items[index]

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    # -- showing it ----------------------------------------------------------------------------------------------

    def summary(self) -> str:
        """``50 statuses, more after 7f3c1a2b…`` / ``3 statuses``."""
        singular, plural = self._nouns
        text = f"{len(self.items)} {singular if len(self.items) == 1 else plural}"
        if self.next_cursor is not None:
            text += f", more {self._cursor_word} {self._short_cursor(self.next_cursor)}"
        return text

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.summary()}>"

    def __str__(self) -> str:
        """A plain-text table (``print(page)``), long cells cut to :data:`TEXT_CELL_WIDTH` characters."""
        rows: list[list[str]] = [[_cut(value) for value in self._columns(item).values()] for item in self.items]
        headers = self._headers
        widths: list[int] = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(headers)]
        lines = [
            "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
            "  ".join("-" * w for w in widths),
            *("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows),
        ]
        return f"{self!r}\n" + "\n".join(lines)

    def _repr_html_(self) -> str:
        """A table for Jupyter (values escaped), captioned with the summary."""
        head = "".join(f"<th>{escape(h)}</th>" for h in self._headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in self._columns(item).values()) + "</tr>"
            for item in self.items
        )
        caption = escape(f"{type(self).__name__}: {self.summary()}")
        return f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def __rich__(self) -> Table:
        """A rich table (``rich.print(page)``, or a page as the last value in a rich-enabled REPL)."""
        from rich.table import Table
        from rich.text import Text

        table = Table(title=f"{type(self).__name__}: {self.summary()}", title_justify="left")
        for header in self._headers:
            table.add_column(header)
        for item in self.items:
            table.add_row(*(Text(value) for value in self._columns(item).values()))  # Text: no markup in data
        return table

    def to_pandas(self) -> pd.DataFrame:
        """The page as a DataFrame with typed columns (needs the ``pandas`` extra; see :mod:`mentor_pause.frames`)."""
        raise NotImplementedError

    # -- what each kind of page shows ------------------------------------------------------------------------------

    _headers: ClassVar[tuple[str, ...]] = ()

    def _columns(self, item: ItemT) -> dict[str, str]:
        raise NotImplementedError

    def _short_cursor(self, cursor: CursorT) -> str:
        return str(cursor)


class StatusPage(_Page[MentorStatus, UUID]):
    """One page of ``list_statuses`` (every page: ``all_statuses``); pass ``next_cursor`` as ``after`` for the next
    page."""

    _nouns = ("status", "statuses")
    _cursor_word = "after"
    _headers = ("mentor", "chapter", "status", "reason", "back by")

    def _columns(self, item: MentorStatus) -> dict[str, str]:
        return {
            "mentor": item.mentor_label,
            "chapter": item.chapter_label,
            "status": item.status.value,
            "reason": item.pause_reason or "",
            "back by": item.expected_return_date.isoformat() if item.expected_return_date else "",
        }

    def _short_cursor(self, cursor: UUID) -> str:
        return f"{str(cursor)[:8]}…"

    def to_pandas(self) -> pd.DataFrame:
        return statuses_frame(self.items)


class HistoryPage(_Page[StatusChange, int]):
    """One page of a mentor's history, newest first; pass ``next_cursor`` as ``before`` for older entries."""

    _nouns = ("change", "changes")
    _cursor_word = "before"
    _headers = ("changed at", "from", "to", "reason", "back by", "by")

    def _columns(self, item: StatusChange) -> dict[str, str]:
        return {
            "changed at": item.changed_at.isoformat(timespec="seconds"),
            "from": item.previous_status.value if item.previous_status else "",
            "to": item.new_status.value if item.new_status else "(removed)",
            "reason": item.pause_reason or "",
            "back by": item.expected_return_date.isoformat() if item.expected_return_date else "",
            "by": str(item.changed_by or "system"),
        }

    def _short_cursor(self, cursor: int) -> str:
        return f"#{cursor}"

    def to_pandas(self) -> pd.DataFrame:
        return history_frame(self.items)


def _cut(value: str) -> str:
    value = " ".join(value.split())  # one line per row
    return value if len(value) <= TEXT_CELL_WIDTH else value[: TEXT_CELL_WIDTH - 1] + "…"


__all__ = ["TEXT_CELL_WIDTH", "HistoryPage", "StatusPage"]
