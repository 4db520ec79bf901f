"""docs/errors.md shows exactly the SDK's mapping of codes to exceptions.

Regenerate the page's table with ``python -m tests.docs.error_table``.
"""

from __future__ import annotations

from mentor_pause import errors
from tests.docs.error_table import PAGE, generated_part, render


def test_error_table_matches_the_sdk() -> None:
    current = generated_part(PAGE.read_text(encoding="utf-8"))
    assert current, f"{PAGE.name} lost its generated-table markers"
    assert current == render(), f"{PAGE.name} is stale: run `python -m tests.docs.error_table` and commit it"


def test_every_code_and_exception_is_on_the_page() -> None:
    """Independent of the renderer: each mapped code and each exception class appears."""
    table = generated_part(PAGE.read_text(encoding="utf-8"))
    for code, cls in errors._BY_CODE.items():
        assert f"| `{code}` | `{cls.__name__}` |" in table
    for prefix, cls in errors._BY_SQLSTATE_CLASS.items():
        assert f"class `{prefix}`" in table and cls.__name__ in table
    exported = [name for name in errors.__dict__ if isinstance(getattr(errors, name), type)]
    for name in exported:
        if issubclass(getattr(errors, name), errors.MentorPauseError):
            assert f"| `{name}` |" in table, name
