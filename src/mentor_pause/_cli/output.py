"""Where a command's result goes: rich text, tables and progress on a terminal; one JSON document with ``--json``.

The JSON shapes are spelled out here rather than dumped from the models, so that the keys scripts rely on stay
the same when a column is added to a table (docs/cli.md lists them). Dates and times are ISO 8601, ids are
strings, and a missing value is ``null``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Annotated
from uuid import UUID

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from mentor_pause._cli.failures import set_mode
from mentor_pause.models import MentorStatus, StatusChange

JsonScalar = str | int | float | bool | None
JsonValue = JsonScalar | Sequence["JsonValue"] | Mapping[str, "JsonValue"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document (stable keys) instead of text.")]

STATUS_STYLE = {"active": "green", "paused": "yellow", "certification_expired": "red"}


def _console() -> Console:
    # Piped output (CI logs, `| less`) gets a width that fits the tables instead of rich's default 80.
    return Console(width=None if sys.stdout.isatty() else 140, highlight=False)


class Output:
    """One command's output: JSON on stdout with ``--json`` (and errors as JSON on stderr), else text."""

    def __init__(self, json_mode: bool) -> None:
        set_mode(json_mode=json_mode)
        self.json = json_mode
        self.console = _console()

    def emit(self, document: JsonValue, text: Callable[[Console], None]) -> None:
        """The result: ``document`` as JSON, or whatever ``text`` prints."""
        if self.json:
            sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
        else:
            text(self.console)

    def say(self, message: str) -> None:
        """A progress or info line for people (stderr with --json, so stdout stays one document)."""
        if self.json:
            Console(stderr=True, highlight=False).print(message)
        else:
            self.console.print(message)

    @contextlib.contextmanager
    def progress(self, description: str) -> Iterator[Callable[[str], None]]:
        """A spinner on a terminal (never with --json or when piped); yields a function that updates its text."""
        if self.json or not self.console.is_terminal:
            yield lambda _text: None
            return
        with Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=self.console, transient=True
        ) as bar:
            task = bar.add_task(description, total=None)
            yield lambda text: bar.update(task, description=text)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _id(value: UUID | None) -> str | None:
    return None if value is None else str(value)


def status_json(item: MentorStatus, name: str | None = None) -> dict[str, JsonValue]:
    document: dict[str, JsonValue] = {
        "mentor_id": str(item.mentor_id),
        "status": item.status.value,
        "available": item.is_available,
        "chapter_id": str(item.chapter_id),
        "pause_reason": item.pause_reason,
        "expected_return_date": _iso(item.expected_return_date),
        "paused_at": _iso(item.paused_at),
        "certification_expires_on": _iso(item.certification_expires_on),
        "updated_at": _iso(item.updated_at),
    }
    if name is not None:
        document = {"name": name, **document}
    return document


def change_json(item: StatusChange) -> dict[str, JsonValue]:
    return {
        "id": item.id,
        "mentor_id": str(item.mentor_id),
        "changed_at": _iso(item.changed_at),
        "previous_status": item.previous_status.value if item.previous_status else None,
        "new_status": item.new_status.value if item.new_status else None,
        "pause_reason": item.pause_reason,
        "expected_return_date": _iso(item.expected_return_date),
        "note": item.note,
        "changed_by": _id(item.changed_by),
        "request_id": _id(item.request_id),
    }


def styled_status(value: str) -> str:
    style = STATUS_STYLE.get(value, "")
    return f"[{style}]{value}[/]" if style else value
