"""Run the project's pgTAP files the way ``supabase test db`` does, without Docker.

``supabase test db`` hands every ``supabase/tests/**/*.sql`` file to ``pg_prove``. Here each file goes through
``psql`` (unaligned, tuples only, stop on error) and its TAP output is checked: a plan line, as many ``ok``
lines as planned, no ``not ok``, and a clean exit. That is what ``pg_prove`` verifies too.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from mentor_pause.local.binaries import find_postgres

_PLAN = re.compile(r"^1\.\.(\d+)$")
_RESULT = re.compile(r"^(not ok|ok) \d+")


@dataclass(frozen=True)
class TapResult:
    """The outcome of one pgTAP file."""

    path: Path
    planned: int | None
    passed: int
    failures: tuple[str, ...]
    output: str
    exit_code: int

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.failures and self.planned is not None and self.passed == self.planned

    def summary(self) -> str:
        if self.ok:
            return f"{self.path.name}: {self.passed}/{self.planned} ok"
        return f"{self.path.name}: FAILED (planned {self.planned}, passed {self.passed})\n{self.output}"


def parse_tap(path: Path, output: str, exit_code: int) -> TapResult:
    planned: int | None = None
    passed = 0
    failures: list[str] = []
    lines = output.splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if plan := _PLAN.match(stripped):
            planned = int(plan.group(1))
        elif result := _RESULT.match(stripped):
            if result.group(1) == "ok":
                passed += 1
            else:
                detail = [stripped, *(x.strip() for x in lines[index + 1 : index + 8] if x.strip().startswith("#"))]
                failures.append("\n".join(detail))
    return TapResult(path, planned, passed, tuple(failures), output, exit_code)


def run_pgtap_file(url: str, path: Path, *, timeout: float = 600) -> TapResult:
    """Run one pgTAP file against ``url`` and return its parsed result."""
    psql = find_postgres().tool("psql")
    env = os.environ | {"PGOPTIONS": "--client-min-messages=warning"}
    completed = subprocess.run(
        [psql, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    return parse_tap(path, completed.stdout + completed.stderr, completed.returncode)
