"""Find the PostgreSQL server binaries to run a throwaway cluster with.

Debian and Ubuntu install each major version side by side under ``/usr/lib/postgresql/<major>/bin`` and put
only wrappers on ``PATH``; ``initdb`` and ``pg_ctl`` are not on ``PATH`` at all. We therefore look there first,
newest supported major first, and fall back to ``pg_config --bindir`` and ``PATH`` for other layouts
(Homebrew, source builds). ``MENTOR_PAUSE_PG_BINDIR`` overrides the search.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

#: Supabase runs PostgreSQL 15 and 17; anything older lacks features the migrations use.
MINIMUM_MAJOR_VERSION = 15

_DEBIAN_ROOT = Path("/usr/lib/postgresql")


class PostgresNotInstalled(RuntimeError):
    """No usable PostgreSQL server (>= 15) was found on this machine."""


@dataclass(frozen=True)
class PostgresBinaries:
    """The directory holding ``initdb``, ``pg_ctl``, ``postgres``, ``psql`` and ``pgbench``."""

    bin_dir: Path
    major_version: int

    def tool(self, name: str) -> str:
        """Absolute path of one tool in this installation."""
        return str(self.bin_dir / name)

    @property
    def pkglib_dir(self) -> Path:
        """Where extension libraries such as ``pg_cron.so`` live."""
        pg_config = self.bin_dir / "pg_config"
        if pg_config.exists():
            out = subprocess.run([str(pg_config), "--pkglibdir"], capture_output=True, text=True, check=False)
            if out.returncode == 0 and out.stdout.strip():
                return Path(out.stdout.strip())
        return self.bin_dir.parent / "lib"

    def has_library(self, name: str) -> bool:
        """Whether a preloadable library (``pg_cron``) is installed for this server."""
        return (self.pkglib_dir / f"{name}.so").exists()


def _major_version(bin_dir: Path) -> int | None:
    postgres = bin_dir / "postgres"
    if not postgres.exists():
        return None
    out = subprocess.run([str(postgres), "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"\(PostgreSQL\)\s+(\d+)", out.stdout)
    return int(match.group(1)) if match else None


def _candidates() -> list[Path]:
    explicit = os.environ.get("MENTOR_PAUSE_PG_BINDIR")
    if explicit:
        return [Path(explicit)]
    found: list[Path] = []
    if _DEBIAN_ROOT.is_dir():
        majors = sorted(
            (p for p in _DEBIAN_ROOT.iterdir() if p.name.isdigit()), key=lambda p: int(p.name), reverse=True
        )
        found.extend(p / "bin" for p in majors)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            found.append(Path(out.stdout.strip()))
    postgres = shutil.which("postgres")
    if postgres:
        found.append(Path(postgres).resolve().parent)
    return found


def find_postgres() -> PostgresBinaries:
    """Return the newest installed PostgreSQL server of a supported major version."""
    for bin_dir in _candidates():
        major = _major_version(bin_dir)
        if major is not None and major >= MINIMUM_MAJOR_VERSION and (bin_dir / "initdb").exists():
            return PostgresBinaries(bin_dir=bin_dir, major_version=major)
    raise PostgresNotInstalled(
        f"PostgreSQL >= {MINIMUM_MAJOR_VERSION} server binaries were not found "
        "(on Debian/Ubuntu: apt-get install postgresql-15; or set MENTOR_PAUSE_PG_BINDIR)"
    )
