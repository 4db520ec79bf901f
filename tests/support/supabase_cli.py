"""Drive the real Supabase CLI (installed by ./dev into .tools/) against a database URL."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.paths import REPO_ROOT


def supabase_binary() -> str:
    found = shutil.which("supabase") or str(REPO_ROOT / ".tools" / "node_modules" / ".bin" / "supabase")
    if not Path(found).exists():
        raise RuntimeError("the Supabase CLI is not installed: run ./dev setup (or ./dev test)")
    return found


def cli_url(url: str) -> str:
    """The CLI insists on TLS unless told otherwise; a loopback cluster has none."""
    parts = urlsplit(url)
    if parts.hostname in {"127.0.0.1", "localhost", "::1"} and "sslmode=" not in parts.query:
        return url + ("&" if parts.query else "?") + "sslmode=disable"
    return url


def run_supabase(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"SUPABASE_TELEMETRY_DISABLED": "1", "DO_NOT_TRACK": "1", "NO_COLOR": "1"}
    return subprocess.run(
        [supabase_binary(), *args, "--workdir", str(REPO_ROOT)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
        cwd=REPO_ROOT,
    )


def advisors(url: str, level: str) -> list[dict[str, object]]:
    """Findings of `supabase db advisors` at ``level`` and above, as the CLI's JSON."""
    result = run_supabase("db", "advisors", f"--remote={cli_url(url)}", "--level", level, "-o", "json")
    assert result.returncode == 0, result.stderr
    start = result.stdout.find("[")
    return json.loads(result.stdout[start:]) if start >= 0 else []
