"""The documentation site builds with ``mkdocs build --strict``: every page in the nav, no broken link or anchor,
the SDK reference generated from the docstrings.

Needs mkdocs, mkdocs-material and mkdocstrings[python] (the dev extra); skipped, saying so, where they are not
installed. ``MKDOCS=/path/to/mkdocs`` runs an mkdocs installed elsewhere (another virtualenv).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO_ROOT

NEEDED = ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")


def mkdocs_command() -> list[str]:
    explicit = os.environ.get("MKDOCS")
    if explicit:
        return [explicit]
    missing = [name for name in NEEDED if _missing(name)]
    if missing:
        pytest.skip(
            f"the docs site needs {', '.join(missing)}: pip install 'mkdocs>=1.6' 'mkdocs-material>=9.5' "
            "'mkdocstrings[python]>=0.26' (or set MKDOCS to an mkdocs executable)"
        )
    return [sys.executable, "-m", "mkdocs"]


def _missing(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is None
    except ModuleNotFoundError:
        return True


def test_site_builds_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    config = REPO_ROOT / "mkdocs.yml"
    result = subprocess.run(
        [*mkdocs_command(), "build", "--strict", "--config-file", str(config), "--site-dir", str(site)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    reference = (site / "reference" / "index.html").read_text(encoding="utf-8")
    for documented in ("from_database_url", "iter_statuses", "retry_after", "is_available"):
        assert documented in reference, f"the SDK reference lacks {documented}"
    assert ":class:`" not in reference, "Sphinx roles must render as code (docs/hooks/sphinx_roles.py)"
    assert 'class="mermaid"' in (site / "concepts" / "index.html").read_text(encoding="utf-8")


def test_every_page_is_in_the_nav() -> None:
    """Also enforced by the strict build (validation.nav.omitted_files); this one runs without mkdocs."""
    config = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in sorted((REPO_ROOT / "docs").glob("*.md")):
        assert f" {page.name}" in config, f"docs/{page.name} is not in the nav of mkdocs.yml"
