"""Every pgTAP file under supabase/tests (the access matrix in rls/ included) passes, exactly as `supabase test db`
would run it: each file on its own connection."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentor_pause.local.pgtap import run_pgtap_file
from mentor_pause.local.project import SupabaseProject
from tests.support.paths import SUPABASE_DIR

PGTAP_FILES = SupabaseProject(SUPABASE_DIR).pgtap_files()


def test_the_access_matrix_files_are_among_them() -> None:
    assert {p.parent.name for p in PGTAP_FILES} == {"tests", "rls"}


@pytest.mark.parametrize("path", PGTAP_FILES, ids=[str(p.relative_to(SUPABASE_DIR / "tests")) for p in PGTAP_FILES])
def test_pgtap_file_passes(database_url: str, path: Path) -> None:
    result = run_pgtap_file(database_url, path)
    assert result.ok, result.summary()
