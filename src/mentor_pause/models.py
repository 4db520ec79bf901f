"""Typed results: the rows our RPCs and tables return, as frozen pydantic v2 models.

The row models derive from the classes `supabase gen types --lang python` generates from our migrations
(``mentor_pause._generated.database``), so a column added in SQL appears here without being written twice.
They only narrow what the generator cannot know: the status is an enum (the CHECK constraint's values), and
timestamps must carry a timezone (``timestamptz``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from html import escape
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict

from mentor_pause._generated.database import (
    PublicCertificationExpiryBatch,
    PublicCertificationExpiryRuns,
    PublicPeerMentorStatus,
    PublicPeerMentorStatusLog,
    PublicPortalSyncState,
)
from mentor_pause.errors import MissingExtra

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
    """One transition in a mentor's history (a ``peer_mentor_status_log`` row).

    ``previous_status`` is None on a mentor's first row; ``new_status`` is None when the status row was deleted
    (the mentor left the roster). ``changed_by`` is the signed-in user who made the change, None for
    ``service_role`` and system changes.
    """

    model_config = _ROW_CONFIG

    previous_status: MentorStatusValue | None
    new_status: MentorStatusValue | None
    changed_at: AwareDatetime

    def __repr__(self) -> str:
        before = self.previous_status.value if self.previous_status else "(new)"
        after = self.new_status.value if self.new_status else "(removed)"
        return f"StatusChange({self.changed_at:%Y-%m-%d %H:%M} {before} -> {after})"


class ExpiryBatch(PublicCertificationExpiryBatch):
    """What one batch of the certification expiry did (``expire_certification_batch``)."""

    model_config = _ROW_CONFIG

    run_id: int
    processed: int
    expired: int
    done: bool


class ExpiryHost(StrEnum):
    """Where a certification expiry run ran."""

    PG_CRON = "pg_cron"
    EDGE = "edge"
    PYTHON = "python"
    MANUAL = "manual"


class ExpiryRun(PublicCertificationExpiryRuns):
    """A certification expiry run, as its record says (``certification_expiry_runs``): where it ran, how many
    batches it committed and mentors it expired, and whether it finished (``finished_at``) or failed (``error``).
    A run that died mid-way has neither."""

    model_config = _ROW_CONFIG

    host: ExpiryHost
    started_at: AwareDatetime
    finished_at: AwareDatetime | None

    @property
    def succeeded(self) -> bool:
        return self.finished_at is not None and self.error is None

    def __repr__(self) -> str:
        state = "failed" if self.error else "finished" if self.finished_at else "unfinished"
        return (
            f"ExpiryRun(id={self.id}, host={self.host.value}, {state}, batches={self.batches}, expired={self.expired})"
        )


class PortalSyncState(PublicPortalSyncState):
    """Whether the portal is in step (``portal_sync_status``): mentors it is behind on (``pending``, of which
    ``in_flight`` are being pushed right now), ``dead_letters`` given up on, since when the oldest pending change
    waits, and the last successful push."""

    model_config = _ROW_CONFIG

    pending: int
    in_flight: int
    dead_letters: int
    oldest_pending_since: AwareDatetime | None
    last_delivered_at: AwareDatetime | None

    @property
    def in_step(self) -> bool:
        return self.pending == 0 and self.dead_letters == 0


class MentorAvailability(BaseModel):
    """One mentor's current availability, as the portal should show it.

    ``status`` is None when the mentor left the roster (their status row was deleted): the portal should stop
    listing them. ``version`` counts the changes the outbox has seen for this mentor (a newer push supersedes an
    older one); ``attempts`` is how many pushes of this version have failed so far.
    """

    model_config = ConfigDict(frozen=True)

    mentor_id: UUID
    status: MentorStatusValue | None
    expected_return_date: dt.date | None
    changed_at: AwareDatetime
    version: int
    attempts: int = 0

    @property
    def available(self) -> bool:
        """Whether the portal should list the mentor (only active mentors take on peers)."""
        return self.status is MentorStatusValue.ACTIVE


@dataclass(frozen=True)
class PortalFailure:
    """A push that did not go through, as the outbox records it: why, when to try again, or never."""

    availability: MentorAvailability
    error: str
    retry_after_seconds: float = 0.0
    permanent: bool = False


ItemT = TypeVar("ItemT", MentorStatus, StatusChange)
CursorT = TypeVar("CursorT", UUID, int)


class _Page(BaseModel, Generic[ItemT, CursorT]):
    """A page of results and the cursor of the next one (None: this is the last page)."""

    model_config = ConfigDict(frozen=True)

    items: tuple[ItemT, ...]
    next_cursor: CursorT | None

    _noun: ClassVar[str] = "items"

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        more = f", next_cursor={self.next_cursor}" if self.next_cursor else ""
        return f"{type(self).__name__}({len(self.items)} {self._noun}{more})"

    def _columns(self, item: ItemT) -> dict[str, str]:
        raise NotImplementedError

    def _repr_html_(self) -> str:
        """A table for Jupyter (values escaped)."""
        rows = [self._columns(item) for item in self.items]
        headers = list(rows[0]) if rows else []
        head = "".join(f"<th>{escape(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row.values()) + "</tr>" for row in rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def to_pandas(self) -> pd.DataFrame:
        """The page as a DataFrame, one column per field (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ModuleNotFoundError as exc:
            raise MissingExtra("to_pandas()", "pandas") from exc
        return pd.DataFrame.from_records([item.model_dump() for item in self.items])


class StatusPage(_Page[MentorStatus, UUID]):
    """One page of ``list_statuses``; pass ``next_cursor`` as ``after`` for the next page."""

    _noun = "mentors"

    def _columns(self, item: MentorStatus) -> dict[str, str]:
        return {
            "mentor": str(item.mentor_id),
            "status": item.status.value,
            "reason": item.pause_reason or "",
            "back by": item.expected_return_date.isoformat() if item.expected_return_date else "",
            "updated": item.updated_at.isoformat(timespec="seconds"),
        }


class HistoryPage(_Page[StatusChange, int]):
    """One page of a mentor's history, newest first; pass ``next_cursor`` as ``before`` for older entries."""

    _noun = "changes"

    def _columns(self, item: StatusChange) -> dict[str, str]:
        return {
            "changed at": item.changed_at.isoformat(timespec="seconds"),
            "from": item.previous_status.value if item.previous_status else "",
            "to": item.new_status.value if item.new_status else "(removed)",
            "reason": item.pause_reason or "",
            "by": str(item.changed_by or "system"),
        }


__all__ = [
    "ExpiryBatch",
    "ExpiryHost",
    "ExpiryRun",
    "HistoryPage",
    "MentorAvailability",
    "MentorStatus",
    "MentorStatusValue",
    "PortalFailure",
    "PortalSyncState",
    "StatusChange",
    "StatusPage",
]
