"""Operations: what the SDK asks of a transport, independent of how it travels (request descriptions, not SQL).

An operation is either a call of one of our RPCs (named arguments) or a read of one RLS-protected table with
PostgREST's filters. The PostgREST transport turns them into supabase-py calls; the Postgres transport into
the SQL PostgREST would run, under the same role and claims. Either way the database applies the same rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple
from uuid import UUID

#: A JSON document an RPC takes as ``jsonb`` (a list of flat objects).
JsonDocument = list[dict[str, str | int | float | bool | None]]


@dataclass(frozen=True)
class JsonArg:
    """A ``jsonb`` argument: PostgREST gets it as JSON in the body, psycopg as ``Jsonb``."""

    value: JsonDocument


#: A value sent to the database: ids, dates, text, numbers, a JSON document, or NULL.
Param = UUID | dt.date | str | int | float | JsonArg | None
#: A row as a transport returns it: column name -> value (JSON types or psycopg's Python types).
Row = Mapping[str, object]


class OrderBy(NamedTuple):
    """``order=<column>.asc`` or ``.desc``."""

    column: str
    descending: bool = False


@dataclass(frozen=True)
class RpcCall:
    """``POST /rest/v1/rpc/<function>`` with named arguments; ``readonly`` for STABLE functions; ``count`` asks
    for the number of rows the function returned (``Prefer: count=exact``), which a response cut short by
    PostgREST's ``max-rows`` does not show otherwise."""

    function: str
    args: Mapping[str, Param]
    readonly: bool = False
    count: bool = False


@dataclass(frozen=True)
class TableRead:
    """``GET /rest/v1/<table>?select=...&<column>=eq.<v>&<column>=in.(...)&<column>=gt.<v>&order=...&limit=...``;
    ``count`` as for :class:`RpcCall`."""

    table: str
    columns: Sequence[str] = ("*",)
    eq: Mapping[str, Param] = field(default_factory=dict)
    in_: Mapping[str, Sequence[Param]] = field(default_factory=dict)
    gt: Mapping[str, Param] = field(default_factory=dict)
    order: Sequence[OrderBy] = ()
    limit: int | None = None
    offset: int | None = None
    count: bool = False


@dataclass(frozen=True)
class RowSet:
    """The rows a transport received, and how many the query produced: more than ``len(rows)`` when the server
    capped the response (PostgREST's ``max-rows``: Supabase's ``[api] max_rows``, 1000 by default)."""

    rows: list[Row]
    total: int

    @classmethod
    def complete(cls, rows: list[Row]) -> RowSet:
        """Every row the query produced (nothing between the database and us caps responses)."""
        return cls(rows, len(rows))

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


def may_have_more(result: RowSet, page_size: int) -> bool:
    """Whether a keyset page may be followed by another: the query filled the page (the next one may still be
    empty), or the server capped the response below what the query produced. A page judged by its length alone
    would end a listing early, losing rows, whenever ``max-rows`` is below the page size."""
    return result.total >= page_size or result.truncated


def json_param(value: Param) -> str | int | float | JsonDocument | None:
    """The JSON form PostgREST receives (ids and dates as text)."""
    if isinstance(value, UUID | dt.date):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if isinstance(value, JsonArg):
        return value.value
    return value
