"""Every pgTAP file under supabase/tests passes, exactly as `supabase test db` would run it."""

from __future__ import annotations

import pytest

from mentor_pause.local.pgtap import run_pgtap_file
from mentor_pause.local.project import SupabaseProject
from tests.conftest import REPO_ROOT

PGTAP_FILES = SupabaseProject(REPO_ROOT / "supabase").pgtap_files()


@pytest.mark.parametrize("path", PGTAP_FILES, ids=[p.name for p in PGTAP_FILES])
def test_pgtap_file_passes(database_url: str, path) -> None:
    result = run_pgtap_file(database_url, path)
    assert result.ok, result.summary()
