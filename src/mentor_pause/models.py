"""Typed results: the rows our RPCs and tables return, as frozen pydantic v2 models.

The row models derive from the classes `supabase gen types --lang python` generates from our migrations
(``mentor_pause._generated.database``), so a column added in SQL appears here without being written twice.
They only narrow what the generator cannot know: the status is an enum (the CHECK constraint's values), and
timestamps must carry a timezone (``timestamptz``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict

from mentor_pause._generated.database import PublicPeerMentorStatus, PublicPeerMentorStatusLog

if TYPE_CHECKING:
    import pandas as pd


class MentorStatusValue(StrEnum):
    """The three states of ``peer_mentor_status.status``."""

    ACTIVE = "active"
    PAUSED = "paused"
    CERTIFICATION_EXPIRED = "certification_expired"


_ROW_CONFIG = ConfigDict(frozen=True, populate_by_name=True, extra="ignore")


class MentorStatus(PublicPeerMentorStatus):
    """One mentor's current status (a ``peer_mentor_status`` row)."""

    model_config = _ROW_CONFIG

    status: MentorStatusValue
    paused_at: AwareDatetime | None
    created_at: AwareDatetime
    updated_at: AwareDatetime

    @property
    def is_available(self) -> bool:
        """Whether the mentor can take on peers now (only ``active`` mentors can)."""
        return self.status is MentorStatusValue.ACTIVE

    def __repr__(self) -> str:
        parts = [f"mentor_id={self.mentor_id}", f"status={self.status.value}"]
        if self.pause_reason is not None:
            parts.append(f"reason={self.pause_reason!r}")
        if self.expected_return_date is not None:
            parts.append(f"back_by={self.expected_return_date.isoformat()}")
        return f"MentorStatus({', '.join(parts)})"


class StatusChange(PublicPeerMentorStatusLog):
    """One transition in a mentor's history (a ``peer_mentor_status_log`` row)."""

    model_config = _ROW_CONFIG

    previous_status: MentorStatusValue | None
    new_status: MentorStatusValue
    changed_at: AwareDatetime

    def __repr__(self) -> str:
        before = self.previous_status.value if self.previous_status else "(new)"
        return f"StatusChange({self.changed_at:%Y-%m-%d %H:%M} {before} -> {self.new_status.value})"


def _html_table(headers: list[str], rows: list[list[str]]) -> str:
    from html import escape

    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _to_pandas(records: list[dict[str, object]]) -> pd.DataFrame:
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas() needs pandas: pip install 'mentor-pause[pandas]'") from exc
    return pd.DataFrame.from_records(records)


class StatusPage(BaseModel):
    """One page of ``list_statuses``; pass ``next_cursor`` as ``after`` for the next page (None: last page)."""

    model_config = ConfigDict(frozen=True)

    items: tuple[MentorStatus, ...]
    next_cursor: UUID | None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        more = f", next_cursor={self.next_cursor}" if self.next_cursor else ""
        return f"StatusPage({len(self.items)} mentors{more})"

    def _repr_html_(self) -> str:
        rows = [
            [
                str(s.mentor_id),
                s.status.value,
                s.pause_reason or "",
                s.expected_return_date.isoformat() if s.expected_return_date else "",
                s.updated_at.isoformat(timespec="seconds"),
            ]
            for s in self.items
        ]
        return _html_table(["mentor", "status", "reason", "back by", "updated"], rows)

    def to_pandas(self) -> pd.DataFrame:
        """The page as a DataFrame (needs the ``pandas`` extra)."""
        return _to_pandas([s.model_dump() for s in self.items])


class HistoryPage(BaseModel):
    """One page of a mentor's history, newest first; pass ``next_cursor`` as ``before`` for older entries."""

    model_config = ConfigDict(frozen=True)

    items: tuple[StatusChange, ...]
    next_cursor: int | None

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        more = f", next_cursor={self.next_cursor}" if self.next_cursor else ""
        return f"HistoryPage({len(self.items)} changes{more})"

    def _repr_html_(self) -> str:
        rows = [
            [
                c.changed_at.isoformat(timespec="seconds"),
                c.previous_status.value if c.previous_status else "",
                c.new_status.value,
                c.pause_reason or "",
                str(c.changed_by or "system"),
            ]
            for c in self.items
        ]
        return _html_table(["changed at", "from", "to", "reason", "by"], rows)

    def to_pandas(self) -> pd.DataFrame:
        """The page as a DataFrame (needs the ``pandas`` extra)."""
        return _to_pandas([c.model_dump() for c in self.items])


__all__ = ["HistoryPage", "MentorStatus", "MentorStatusValue", "StatusChange", "StatusPage"]
