"""pandas DataFrames of statuses and history, with dtypes a notebook can work with (needs the ``pandas`` extra).

The columns are the model's fields, the ones a person reads first leading (names, status, reason, return date),
each typed from the field's annotation, so a column added to a model arrives with the right dtype:

- ids and text: pandas' ``"string"`` dtype (``<NA>`` for none), never Python ``UUID`` objects in an ``object``
  column;
- statuses: a ``pd.CategoricalDtype`` of the three statuses, in :class:`MentorStatusValue` order, so every frame
  has the same categories (a filter or a ``groupby`` shows the statuses nobody is in, too);
- timestamps: ``datetime64[us, UTC]``; dates (``expected_return_date``, ``certification_expires_on``): naive
  ``datetime64[us]`` at midnight (a calendar day has no time zone). Microseconds, not pandas' old nanosecond
  default: they are PostgreSQL's own precision, and nanoseconds end in 2262 while the database accepts dates up to
  2999;
- whole numbers: ``int64``, or ``Int64`` when the field may be None.

pandas is imported only when a frame is made, so the SDK works without it.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Final, Union, get_args, get_origin
from uuid import UUID

from pydantic import AwareDatetime, BaseModel

from mentor_pause._extras import require
from mentor_pause.models import MentorStatus, MentorStatusValue, StatusChange

if TYPE_CHECKING:
    import pandas as pd

#: The dtype of a timestamp column and of a date column.
TIMESTAMP_DTYPE: Final = "datetime64[us, UTC]"
DATE_DTYPE: Final = "datetime64[us]"


#: The columns a person reads first, in this order; the model's other fields follow in the model's order.
STATUS_COLUMNS_FIRST = (
    "mentor_display_name",
    "chapter_name",
    "status",
    "pause_reason",
    "expected_return_date",
    "paused_at",
    "mentor_id",
    "chapter_id",
)
HISTORY_COLUMNS_FIRST = ("changed_at", "previous_status", "new_status", "pause_reason", "expected_return_date")


def statuses_frame(statuses: Iterable[MentorStatus]) -> pd.DataFrame:
    """One row per status, e.g. ``statuses_frame(client.iter_statuses(chapter_id=oslo))`` for every page."""
    return _frame(MentorStatus, list(statuses), STATUS_COLUMNS_FIRST)


def history_frame(changes: Iterable[StatusChange]) -> pd.DataFrame:
    """One row per history entry."""
    return _frame(StatusChange, list(changes), HISTORY_COLUMNS_FIRST)


def _frame(
    model: type[BaseModel], rows: list[MentorStatus] | list[StatusChange], first: tuple[str, ...]
) -> pd.DataFrame:
    pandas = require("pandas", extra="pandas", feature="to_pandas()")
    fields = model.model_fields
    names = [*first, *(name for name in fields if name not in first)]
    columns = {name: _series([getattr(row, name) for row in rows], fields[name].annotation) for name in names}
    frame: pd.DataFrame = pandas.DataFrame(columns)
    return frame


def _series(values: list[object], annotation: object) -> pd.Series:
    import pandas as pd

    base, optional = _unwrap_optional(annotation)
    if base is AwareDatetime or (isinstance(base, type) and issubclass(base, dt.datetime)):
        return pd.to_datetime(pd.Series(values, dtype=object), utc=True).astype(TIMESTAMP_DTYPE)
    if base is dt.date:
        return pd.Series(values, dtype=object).astype(DATE_DTYPE)
    if isinstance(base, type) and issubclass(base, MentorStatusValue):
        categories = pd.CategoricalDtype([status.value for status in MentorStatusValue])
        return pd.Series([_plain(v) for v in values], dtype=categories)
    if base in (UUID, str) or (isinstance(base, type) and issubclass(base, Enum)):
        return pd.Series([_plain(v) for v in values], dtype="string")
    return _other_series(values, base, optional)


def _other_series(values: list[object], base: object, optional: bool) -> pd.Series:
    import pandas as pd

    column = pd.Series(values, dtype=object)
    if base is bool:
        return column.astype("boolean")
    if base is int:
        return column.astype("Int64") if optional else column.astype("int64")
    return column


def _unwrap_optional(annotation: object) -> tuple[object, bool]:
    """``X | None`` -> ``(X, True)``; anything else -> ``(annotation, False)``."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], len(args) < len(get_args(annotation))
    return annotation, False


def _plain(value: object) -> object:
    """What a string or categorical column holds: text, or None."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    return str(value)


__all__ = [
    "DATE_DTYPE",
    "HISTORY_COLUMNS_FIRST",
    "STATUS_COLUMNS_FIRST",
    "TIMESTAMP_DTYPE",
    "history_frame",
    "statuses_frame",
]
