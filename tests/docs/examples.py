"""Find the Python examples of a Markdown page and run them, in order, as a reader would.

Why a runner of our own rather than doctest: the docs show whole programs in fenced blocks, and readers copy them
whole. Each page is one namespace (a later block may use what an earlier one defined, as in a notebook), and each
block must be valid in a plain script. Markers, as HTML comments on the line before a fence (invisible on the
site):

``<!-- not-run: reason -->`` before a ``python`` block
    the block is shown but not run (keep these rare, and say why);
``<!-- notebook -->`` before a ``python`` block
    the block is meant for Jupyter and may ``await`` at top level (say so in the text: it fails in a script);
``<!-- output -->`` before any fenced block that follows a ``python`` block
    what the previous block prints, compared as doctest compares (``...`` matches anything, whitespace runs are
    equal), so the page cannot claim output the code does not print.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import dataclasses
import doctest
import io
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_MARKER = re.compile(r"^\s*<!--\s*(?P<name>not-run|output|notebook)\s*(?::\s*(?P<reason>.*?))?\s*-->\s*$")
_PYTHON = {"python", "py", "python3", "pycon"}


@dataclass(frozen=True)
class Example:
    """One fenced ``python`` block: where it is, its code, whether it runs, and what it must print."""

    path: Path
    line: int  # 1-based line of the opening fence
    code: str
    skip_reason: str | None = None
    expected_output: str | None = None
    notebook: bool = False

    @property
    def name(self) -> str:
        return f"{self.path.name}:{self.line}"


@dataclass(frozen=True)
class Fence:
    line: int
    language: str
    body: str
    marker: str | None
    reason: str | None


def fences(text: str) -> list[Fence]:
    lines = text.splitlines()
    found: list[Fence] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        language = (opening["info"].split() or [""])[0].strip("{}.").lower()
        previous = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        marker = _MARKER.match(previous)
        body: list[str] = []
        end = index + 1
        while end < len(lines) and not re.match(rf"^ *{re.escape(fence[0])}{{{len(fence)},}}\s*$", lines[end]):
            body.append(lines[end][indent:] if lines[end][:indent].strip() == "" else lines[end])
            end += 1
        found.append(
            Fence(
                index + 1,
                language,
                "\n".join(body) + "\n",
                marker["name"] if marker else None,
                (marker["reason"] or None) if marker else None,
            )
        )
        index = end + 1
    return found


def examples(path: Path) -> list[Example]:
    """The page's python blocks in order, with their markers and expected output."""
    result: list[Example] = []
    for fence in fences(path.read_text(encoding="utf-8")):
        if fence.marker == "output":
            if not result:
                raise ValueError(f"{path.name}:{fence.line}: an output block needs a python block before it")
            result[-1] = dataclasses.replace(result[-1], expected_output=fence.body)
        elif fence.language in _PYTHON:
            if fence.marker == "not-run" and not fence.reason:
                raise ValueError(f"{path.name}:{fence.line}: say why a block is not run (<!-- not-run: reason -->)")
            result.append(
                Example(
                    path,
                    fence.line,
                    fence.body,
                    skip_reason=fence.reason if fence.marker == "not-run" else None,
                    notebook=fence.marker == "notebook",
                )
            )
    return result


class ExampleFailed(AssertionError):
    """An example raised, or printed something other than its page says."""


def _run_code(code: types.CodeType, namespace: dict[str, object]) -> None:
    if code.co_flags & 0x80:  # CO_COROUTINE: the block awaits at top level (as in Jupyter)
        asyncio.run(eval(code, namespace))  # noqa: S307 - running our own documentation is the point
    else:
        exec(code, namespace)  # noqa: S102


def run_page(examples_: list[Example], placeholders: Mapping[str, object] | None = None) -> list[str]:
    """Run a page's examples in one namespace, in order; return the names of those skipped by a marker.

    ``placeholders`` pre-fill the namespace (for pages, such as the README, whose examples use names they do not
    define). Raises :class:`ExampleFailed` naming the block that failed.
    """
    namespace: dict[str, object] = {"__name__": "__main__", **(placeholders or {})}
    skipped: list[str] = []
    checker = doctest.OutputChecker()
    compare = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for example in examples_:
        if example.skip_reason:
            skipped.append(f"{example.name} ({example.skip_reason})")
            continue
        source = "\n" * (example.line) + example.code  # tracebacks point at the Markdown line
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if example.notebook else 0
        try:
            code = compile(source, str(example.path), "exec", flags=flags, dont_inherit=True)
        except SyntaxError as exc:
            hint = (
                " (top-level await: wrap it in asyncio.run, or mark it <!-- notebook -->)"
                if "async" in str(exc)
                else ""
            )
            raise ExampleFailed(f"{example.name} is not valid Python in a script: {exc}{hint}") from exc
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                _run_code(code, namespace)
        except Exception as exc:
            raise ExampleFailed(
                f"{example.name} raised {type(exc).__name__}: {exc}\n--- printed before ---\n{printed.getvalue()}"
            ) from exc
        if example.expected_output is not None and not checker.check_output(
            example.expected_output, printed.getvalue(), compare
        ):
            raise ExampleFailed(
                f"{example.name} printed something else than its page says\n"
                f"--- page ---\n{example.expected_output}--- printed ---\n{printed.getvalue()}"
            )
    return skipped
