"""SQL text for generated tests and fixtures."""

from __future__ import annotations


def sql_literal(value: str) -> str:
    """A single-quoted SQL string literal (quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"
