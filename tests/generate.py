"""Regenerate the files derived from a single source: `./dev generate` (the suite fails when they are stale)."""

from __future__ import annotations

from tests.access.render import write_doc, write_pgtap


def main() -> None:
    write_pgtap()
    write_doc()
    print("generated: supabase/tests/test_rls_matrix.sql, docs/access-control.md (matrix section)")


if __name__ == "__main__":
    main()
