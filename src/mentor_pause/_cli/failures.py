"""What the CLI does when a command fails: one line on stderr and an exit code per kind of failure.

An expected failure (the SDK's typed errors, a local database that is stopped or cannot start, a missing
PostgreSQL, an unreadable project) is the user's to act on: it gets one line saying what happened, never a
traceback, and an exit code a script can branch on. Anything else is a bug: it keeps its traceback. ``--debug``
shows the traceback for expected failures too.

Exit codes (docs/cli.md):

==  ==========================================================================================
0   success
1   unexpected failure (a bug, or an error the SDK could not classify)
2   usage: a bad option or argument, invalid input (``InvalidInput``), no such project folder
3   not found (``NotFound``: missing, or outside the caller's scope; the two look the same)
4   forbidden (``PermissionDenied``: not signed in, or not allowed)
5   conflict: the action does not apply to the mentor's status (``InvalidTransition``), a request id
    reused (``Conflict``), migrations that would overwrite different files
6   unavailable: the database cannot be reached or is not running, a port is taken, PostgreSQL is not
    installed, a statement timed out (``Unavailable``, ``StatementTimeout``)
==  ==========================================================================================
"""

from __future__ import annotations

import enum
import json
import sys
from dataclasses import dataclass
from typing import Any

import psycopg
import typer
from rich.console import Console
from typer.core import TyperGroup

from mentor_pause.errors import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    MentorPauseError,
    NotFound,
    PermissionDenied,
    StatementTimeout,
    Unavailable,
)
from mentor_pause.local.binaries import PostgresNotInstalled
from mentor_pause.local.cluster import ClusterError, ClusterNotRunning
from mentor_pause.local.migration_copy import MigrationConflict
from mentor_pause.local.project import ProjectNotFound


class ExitCode(enum.IntEnum):
    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    NOT_FOUND = 3
    FORBIDDEN = 4
    CONFLICT = 5
    UNAVAILABLE = 6


class CliFailure(Exception):
    """A failure the CLI itself detects (no database to talk to, contradictory options): message and exit code."""

    def __init__(self, message: str, code: ExitCode, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.hint = hint


#: Most specific first: the first matching class decides.
_EXPECTED: tuple[tuple[type[BaseException], ExitCode, str], ...] = (
    (InvalidInput, ExitCode.USAGE, "invalid_input"),
    (NotFound, ExitCode.NOT_FOUND, "not_found"),
    (PermissionDenied, ExitCode.FORBIDDEN, "forbidden"),
    (InvalidTransition, ExitCode.CONFLICT, "invalid_transition"),
    (Conflict, ExitCode.CONFLICT, "conflict"),
    (Unavailable, ExitCode.UNAVAILABLE, "unavailable"),
    (StatementTimeout, ExitCode.UNAVAILABLE, "statement_timeout"),
    (MentorPauseError, ExitCode.UNEXPECTED, "error"),
    (MigrationConflict, ExitCode.CONFLICT, "conflict"),
    (ProjectNotFound, ExitCode.USAGE, "project_not_found"),
    (ClusterNotRunning, ExitCode.UNAVAILABLE, "database_not_running"),
    (ClusterError, ExitCode.UNAVAILABLE, "local_database"),
    (PostgresNotInstalled, ExitCode.UNAVAILABLE, "postgres_not_installed"),
    (psycopg.OperationalError, ExitCode.UNAVAILABLE, "unavailable"),
)
_CLI_FAILURE_KINDS = {
    ExitCode.USAGE: "usage",
    ExitCode.NOT_FOUND: "not_found",
    ExitCode.FORBIDDEN: "forbidden",
    ExitCode.CONFLICT: "conflict",
    ExitCode.UNAVAILABLE: "unavailable",
    ExitCode.UNEXPECTED: "error",
}
_HINTS: dict[type[BaseException], str] = {
    ClusterNotRunning: "start it with `mentor-pause db start`, or give --database-url",
}


def classify(exc: BaseException) -> tuple[ExitCode, str] | None:
    """The exit code and kind of an expected failure; ``None`` for anything else (a bug)."""
    if isinstance(exc, CliFailure):
        return exc.code, _CLI_FAILURE_KINDS[exc.code]
    for cls, code, kind in _EXPECTED:
        if isinstance(exc, cls):
            return code, kind
    return None


def describe(exc: BaseException, kind: str, code: ExitCode) -> dict[str, str | int | None]:
    """The failure as stable JSON keys: ``kind``, ``exit_code``, ``message``, and the server's ``code``/``hint``."""
    message = exc.message if isinstance(exc, MentorPauseError | CliFailure) else str(exc)
    hint = exc.hint if isinstance(exc, MentorPauseError | CliFailure) else None
    hint = hint or next((text for cls, text in _HINTS.items() if isinstance(exc, cls)), None)
    return {
        "kind": kind,
        "exit_code": int(code),
        "message": message.strip().splitlines()[0] if message.strip() else type(exc).__name__,
        "code": exc.code if isinstance(exc, MentorPauseError) else None,
        "hint": hint,
    }


def report(exc: BaseException, kind: str, code: ExitCode, *, json_mode: bool) -> None:
    """Write the failure to stderr: one JSON object with --json, else one readable line."""
    described = describe(exc, kind, code)
    if json_mode:
        sys.stderr.write(json.dumps({"error": described}) + "\n")
        return
    line = f"error ({kind.replace('_', ' ')}): {described['message']}"
    if described["code"]:
        line += f" [code {described['code']}]"
    if described["hint"]:
        line += f"; hint: {described['hint']}"
    Console(stderr=True, highlight=False, soft_wrap=True).print(line, style="red", markup=False)


#: What the command-line framework raises to end a command on purpose (usage errors, --help, typer.Exit): it
#: prints and exits on its own. Typer 0.22+ vendors click, older releases use click itself: take both from typer.
_FRAMEWORK_EXITS: tuple[type[BaseException], ...] = (
    typer.Exit,
    typer.Abort,
    next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "ClickException"),
)


@dataclass
class _Mode:
    json: bool = False
    debug: bool = False


#: The running command's output mode (one command per process; reset by each root invocation).
_mode = _Mode()


def set_mode(*, json_mode: bool | None = None, debug: bool | None = None) -> None:
    """Record the running command's output mode for :class:`FailureHandlingGroup`."""
    if json_mode is not None:
        _mode.json = json_mode
    if debug is not None:
        _mode.debug = debug


class FailureHandlingGroup(TyperGroup):
    """The root command group: every subcommand runs inside its ``invoke``, so expected failures are turned into
    one line and an exit code here, whichever command raised them."""

    def invoke(self, ctx: Any) -> Any:  # the framework's Context (click's, or typer's vendored click's)
        set_mode(json_mode=False, debug=False)
        try:
            return super().invoke(ctx)
        except _FRAMEWORK_EXITS:
            raise
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as exc:
            found = classify(exc)
            if found is None or _mode.debug:
                raise
            code, kind = found
            report(exc, kind, code, json_mode=_mode.json)
            raise typer.Exit(int(code)) from None
