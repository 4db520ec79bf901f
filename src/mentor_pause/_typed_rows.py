"""Models from rows whose types the database already fixed, without validating each value a second time.

Why: validating a 10,000-row listing into models cost twice what fetching it did (pydantic checks every uuid,
date and timestamp again, about 3 µs a row), although psycopg has just built each of those values from the column's
declared type. What validation still adds is known per column: that the declared type is the one the field needs,
that a required column holds no NULL, and that a status is one of the enum's values. Those are checked here, the
types once per result from the columns' type OIDs in the row description (which the server sends and a value cannot
contradict: psycopg builds every value of a column with that OID's loader), the NULLs and the enum values per row.
Anything else falls back to full validation: a result without column types (the PostgREST transport, whose JSON
carries none), a column whose type the field does not take, a missing required column, a NULL where a value is
required, or an unknown status. The fallback raises exactly what validation always raised.

The models are put together the way pydantic's own ``model_construct`` does (``__dict__``, the fields set, no extra,
no private attributes); a model that needs more (a ``model_post_init``, private attributes, aliases that differ from
the field names) never takes this path.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from operator import itemgetter
from typing import Final, TypeVar, Union, get_args, get_origin
from uuid import UUID

from psycopg.postgres import types as pg_types
from pydantic import AwareDatetime, BaseModel, TypeAdapter

from mentor_pause.operations import RowSet

ModelT = TypeVar("ModelT", bound=BaseModel)

#: A result's columns: (name, type OID) in order, as the row description gave them.
ColumnTypes = tuple[tuple[str, int], ...]


def _oids(*names: str) -> frozenset[int]:
    return frozenset(pg_types[name].oid for name in names)


#: The column types each field type accepts: psycopg loads these OIDs as exactly that Python type (timestamptz always
#: as an aware datetime).
_ACCEPTED: Final[dict[object, frozenset[int]]] = {
    UUID: _oids("uuid"),
    int: _oids("int2", "int4", "int8"),
    str: _oids("text", "varchar", "bpchar", "name"),
    dt.date: _oids("date"),
    dt.datetime: _oids("timestamptz"),
    AwareDatetime: _oids("timestamptz"),
}


@dataclass(frozen=True)
class _Plan:
    """How to build one model from one row of a result with these columns."""

    present: tuple[str, ...]  # fields the row carries, in model order
    defaults: Mapping[str, object]  # fields the row lacks, with their defaults
    required: Callable[[Mapping[str, object]], tuple[object, ...]]  # the values that must not be NULL
    enums: tuple[tuple[str, Mapping[object, Enum], bool], ...]  # (field, value -> member, may be NULL)
    fields_set: frozenset[str]


def _unwrap_optional(annotation: object) -> tuple[object, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(members) == 1:
            return members[0], len(members) < len(get_args(annotation))
    return annotation, False


@lru_cache(maxsize=64)
def _plan(model: type[BaseModel], columns: ColumnTypes) -> _Plan | None:
    """The plan for ``model`` from rows with ``columns``; None when only full validation can vouch for them."""
    if model.__pydantic_post_init__ or model.__private_attributes__ or model.model_config.get("extra") == "allow":
        return None
    column_types = dict(columns)
    if len(column_types) != len(columns):
        return None  # a repeated column name: the dict row keeps only one of them
    present: list[str] = []
    defaults: dict[str, object] = {}
    required: list[str] = []
    enums: list[tuple[str, Mapping[object, Enum], bool]] = []
    for name, field in model.model_fields.items():
        if field.alias not in (None, name) or field.validation_alias not in (None, name):
            return None
        if name not in column_types:
            if field.is_required():
                return None
            defaults[name] = field.get_default(call_default_factory=True)
            continue
        base, optional = _unwrap_optional(field.annotation)
        if isinstance(base, type) and issubclass(base, Enum):
            # Any column type: each value is looked up among the members' values, so only those get through.
            enums.append((name, {member.value: member for member in base}, optional))
        elif column_types[name] not in _ACCEPTED.get(base, frozenset()):
            return None
        present.append(name)
        if not optional:
            required.append(name)
    return _Plan(
        present=tuple(present),
        defaults=defaults,
        required=_getter(tuple(required)),
        enums=tuple(enums),
        fields_set=frozenset(present),
    )


def _getter(names: tuple[str, ...]) -> Callable[[Mapping[str, object]], tuple[object, ...]]:
    """A function giving these values of a row as a tuple (itemgetter, whose one-name form returns the bare value)."""
    if len(names) > 1:
        get: Callable[[Mapping[str, object]], tuple[object, ...]] = itemgetter(*names)
        return get
    return lambda row: tuple(row[name] for name in names)


def models_from(model: type[ModelT], adapter: TypeAdapter[list[ModelT]], result: RowSet) -> list[ModelT]:
    """``result``'s rows as ``model`` instances: built directly when the plan's checks pass for every row,
    otherwise validated by ``adapter`` (``TypeAdapter(list[model])``), with validation's errors."""
    plan = _plan(model, result.column_types) if result.column_types is not None else None
    built = None if plan is None else _build(model, plan, result.rows)
    return adapter.validate_python(result.rows) if built is None else built


def _build(model: type[ModelT], plan: _Plan, rows: Sequence[Mapping[str, object]]) -> list[ModelT] | None:
    new = object.__new__
    put = object.__setattr__
    present, defaults, required, enums, fields_set = (
        plan.present,
        plan.defaults,
        plan.required,
        plan.enums,
        set(plan.fields_set),
    )
    built: list[ModelT] = []
    for row in rows:
        values = {name: row[name] for name in present}
        if None in required(values):
            return None
        for name, members, optional in enums:
            value = values[name]
            if value is None and optional:
                continue
            member = members.get(value) if isinstance(value, str) else None
            if member is None:
                return None
            values[name] = member
        if defaults:
            values.update(defaults)
        instance = new(model)
        put(instance, "__dict__", values)
        put(instance, "__pydantic_fields_set__", set(fields_set))
        put(instance, "__pydantic_extra__", None)
        put(instance, "__pydantic_private__", None)
        built.append(instance)
    return built
