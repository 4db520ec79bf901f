"""Typed results: the rows our RPCs and tables return, as frozen pydantic v2 models.

The row models derive from the classes `supabase gen types --lang python` generates from our migrations
(``mentor_pause._generated.database``), so a column added in SQL appears here without being written twice.
They only narrow what the generator cannot know: the status is an enum (the CHECK constraint's values), and
timestamps must carry a timezone (``timestamptz``). :class:`MentorStatus` also has the two names of the status
read RPCs' row type (``mentor_status_listing``: the table's columns and the names), optional because transitions
return the plain row. Pages of them live in :mod:`mentor_pause.pages`, DataFrames in
:mod:`mentor_pause.frames`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict

from mentor_pause._generated.database import (
    PublicCertificationExpiryBatch,
    PublicCertificationExpiryRuns,
    PublicPeerMentorStatus,
    PublicPeerMentorStatusLog,
    PublicPortalSyncState,
)


class MentorStatusValue(StrEnum):
    """The three states of ``peer_mentor_status.status``."""

    ACTIVE = "active"
    PAUSED = "paused"
    CERTIFICATION_EXPIRED = "certification_expired"


#: The statuses as literals, for a status filter a type checker can check (``"pasued"`` is an error, not a
#: runtime surprise); the suite holds it to :class:`MentorStatusValue`.
MentorStatusLiteral = Literal["active", "paused", "certification_expired"]
#: What a status filter takes: the enum or one of its values, nothing else.
StatusFilter = MentorStatusValue | MentorStatusLiteral

_ROW_CONFIG = ConfigDict(frozen=True, populate_by_name=True, extra="ignore")


class MentorStatus(PublicPeerMentorStatus):
    """One mentor's current status (a ``peer_mentor_status`` row), with the names people know it by.

    ``mentor_display_name`` and ``chapter_name`` (the chapter the status is filed under) come with every read
    (``get_status``, ``get_statuses``, ``list_statuses``, ``iter_statuses``, ``all_statuses``: the read RPCs return
    the database's ``mentor_status_listing``); they are None where a transition returns its plain row (``pause``,
    ``resume``, ``reactivate``, ``expire_certification``).
    """

    model_config = _ROW_CONFIG

    status: MentorStatusValue
    paused_at: AwareDatetime | None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    mentor_display_name: str | None = None
    chapter_name: str | None = None

    @property
    def is_available(self) -> bool:
        """Whether the mentor can take on peers now (only ``active`` mentors can)."""
        return self.status is MentorStatusValue.ACTIVE

    @property
    def mentor_label(self) -> str:
        """How to show the mentor to a person: the display name when the read carried it, else the id."""
        return self.mentor_display_name or str(self.mentor_id)

    @property
    def chapter_label(self) -> str:
        """How to show the chapter to a person: its name when the read carried it, else the id."""
        return self.chapter_name or str(self.chapter_id)

    def __repr__(self) -> str:
        parts = [f"mentor_id={self.mentor_id}"]
        if self.mentor_display_name is not None:
            parts.append(f"name={self.mentor_display_name!r}")
        if self.chapter_name is not None:
            parts.append(f"chapter={self.chapter_name!r}")
        parts.append(f"status={self.status.value}")
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


__all__ = [
    "ExpiryBatch",
    "ExpiryHost",
    "ExpiryRun",
    "MentorAvailability",
    "MentorStatus",
    "MentorStatusLiteral",
    "MentorStatusValue",
    "PortalFailure",
    "PortalSyncState",
    "StatusChange",
    "StatusFilter",
]
