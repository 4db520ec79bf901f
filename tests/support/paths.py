"""Where things are in the repository (one definition for the tests and the tools)."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SUPABASE_DIR = REPO_ROOT / "supabase"
SRC_DIR = REPO_ROOT / "src" / "mentor_pause"
