"""The error-code table of docs/errors.md, rendered from src/mentor_pause/errors.py so it cannot drift.

The mapping is read from the module itself (``_BY_CODE``, ``_BY_SQLSTATE_CLASS``); the note beside each code is
the comment written beside it in the source. ``tests/docs/test_error_table.py`` fails when the page differs;
``python -m tests.docs.error_table`` rewrites the page's generated part.
"""

from __future__ import annotations

import inspect
import io
import re
import sys
import tokenize
from pathlib import Path

import psycopg.errors

from mentor_pause import errors, retry

PAGE = Path(__file__).resolve().parents[2] / "docs" / "errors.md"
BEGIN = "<!-- generated: error table (python -m tests.docs.error_table) -->"
END = "<!-- end of generated error table -->"


def _source_comments() -> dict[str, str]:
    """The comment on the line of each quoted code in the mapping literals: ``"PGRST116": NotFound,  # ...``."""
    comments: dict[str, str] = {}
    tokens = list(tokenize.generate_tokens(io.StringIO(inspect.getsource(errors)).readline))
    line_code: dict[int, str] = {}
    for token in tokens:
        if token.type == tokenize.STRING and re.fullmatch(r'"[0-9A-Z]{2,8}"', token.string):
            line_code.setdefault(token.start[0], token.string.strip('"'))
        elif token.type == tokenize.COMMENT and token.start[0] in line_code:
            comments[line_code[token.start[0]]] = token.string.lstrip("# ").strip()
    return comments


def _note(code: str, comments: dict[str, str]) -> str:
    """The source's comment; else psycopg's name of the SQLSTATE; else what our own ``PTxxx`` codes are."""
    if code in comments:
        return comments[code]
    if code.startswith("PT"):
        return "raised by our SQL (see [Access control](access-control.md#errors-stable-sqlstates))"
    try:
        return psycopg.errors.lookup(code).__name__
    except KeyError:
        return ""


def _retried(cls: type[errors.MentorPauseError]) -> bool:
    """Whether the default retry policy retries it (read from its predicate, so the column says what it does)."""
    predicate = getattr(retry, "_TRANSIENT", None)
    retried_types = getattr(predicate, "exception_types", (errors.Unavailable,))
    return issubclass(cls, retried_types)


def _exception_classes() -> list[type[errors.MentorPauseError]]:
    found: list[type[errors.MentorPauseError]] = []
    pending = [errors.MentorPauseError]
    while pending:
        cls = pending.pop(0)
        if cls.__module__ == errors.__name__ and cls not in found:
            found.append(cls)
            pending += cls.__subclasses__()
    return found


def _summary(cls: type[errors.MentorPauseError]) -> str:
    doc = inspect.getdoc(cls) or ""
    first = doc.split("\n\n")[0].replace("\n", " ")
    return re.sub(r"``([^`]+)``", r"`\1`", first)


def render() -> str:
    """The generated part of the page: codes in the order the source lists them, then SQLSTATE classes."""
    comments = _source_comments()
    lines = [
        BEGIN,
        "",
        "| code | exception | retried | note |",
        "|---|---|---|---|",
    ]
    for code, cls in errors._BY_CODE.items():
        note = _note(code, comments)
        lines.append(f"| `{code}` | `{cls.__name__}` | {'yes' if _retried(cls) else 'no'} | {note} |")
    for prefix, cls in errors._BY_SQLSTATE_CLASS.items():
        note = comments.get(prefix, "")
        lines.append(
            f"| class `{prefix}` (`{prefix}xxx`) | `{cls.__name__}` | {'yes' if _retried(cls) else 'no'} | {note} |"
        )
    lines.append("| anything else | `MentorPauseError` | no | the server's code, message, details and hint are kept |")
    lines += ["", "| exception | meaning |", "|---|---|"]
    lines += [f"| `{cls.__name__}` | {_summary(cls)} |" for cls in _exception_classes()]
    lines += ["", END]
    return "\n".join(lines)


def generated_part(page_text: str) -> str:
    """What the page currently holds between the markers ('' when they are missing)."""
    start, end = page_text.find(BEGIN), page_text.find(END)
    return page_text[start : end + len(END)] if start != -1 and end != -1 else ""


def main() -> int:
    text = PAGE.read_text(encoding="utf-8")
    current = generated_part(text)
    if not current:
        print(f"{PAGE}: markers missing", file=sys.stderr)
        return 1
    PAGE.write_text(text.replace(current, render()), encoding="utf-8")
    print(f"rewrote the error table in {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
