"""What the SDK asks of a transport, independent of how it travels.

An operation is either a call of one of our RPCs (named arguments) or a read of one RLS-protected table with
PostgREST's filters. The PostgREST transport turns them into supabase-py calls; the Postgres transport into
the SQL PostgREST would run, under the same role and claims. Either way the database applies the same rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from uuid import UUID

#: A value sent to the database: ids, dates, text, numbers, or NULL.
Param = UUID | dt.date | str | int | None
#: A row as a transport returns it: column name -> value (JSON types or psycopg's Python types).
Row = Mapping[str, object]


@dataclass(frozen=True)
class RpcCall:
    """``POST /rest/v1/rpc/<function>`` with named arguments; ``readonly`` for STABLE functions."""

    function: str
    args: Mapping[str, Param]
    readonly: bool = False


@dataclass(frozen=True)
class TableRead:
    """``GET /rest/v1/<table>?select=...&<column>=eq.<v>&<column>=in.(...)&order=...&limit=...&offset=...``."""

    table: str
    columns: Sequence[str] = ("*",)
    eq: Mapping[str, Param] = field(default_factory=dict)
    in_: Mapping[str, Sequence[Param]] = field(default_factory=dict)
    order: Sequence[tuple[str, bool]] = ()  # (column, descending)
    limit: int | None = None
    offset: int | None = None


def json_param(value: Param) -> str | int | None:
    """The JSON form PostgREST receives (ids and dates as text)."""
    if isinstance(value, UUID | dt.date):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value
