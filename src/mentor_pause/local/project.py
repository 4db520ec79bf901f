"""The Supabase CLI project on disk: ``supabase/config.toml``, ``migrations/`` and the seed files.

We read the same files, in the same order, as ``supabase db reset`` does, so the local database and a real
Supabase stack are built from one source. The project is found like the Supabase CLI finds it (walking up from
the working directory to a folder holding ``supabase/config.toml``); a pip-installed package falls back to the
copy of this project's ``supabase/`` folder that ships inside the wheel.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from mentor_pause.local.pooler import PoolerSettings

_MIGRATION_NAME = re.compile(r"^(?P<version>\d+)_(?P<name>.+)\.sql$")
_PACKAGED = Path(__file__).resolve().parent.parent / "_supabase"
_SOURCE_CHECKOUT = Path(__file__).resolve().parents[3] / "supabase"


class ProjectNotFound(RuntimeError):
    """No ``supabase/config.toml`` was found."""


@dataclass(frozen=True)
class Migration:
    """One file of ``supabase/migrations``: version (the timestamp prefix), name and SQL text."""

    version: str
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class SupabaseProject:
    """A Supabase CLI project directory (the folder named ``supabase``)."""

    directory: Path

    @classmethod
    def discover(cls, explicit: Path | None = None, *, start: Path | None = None) -> SupabaseProject:
        """Find the project: explicit path, ``MENTOR_PAUSE_SUPABASE_DIR``, the working tree, then the package."""
        named = cls.named(explicit)
        if named is not None:
            return named
        here = (start or Path.cwd()).resolve()
        return cls.enclosing(here) or cls.own()

    @classmethod
    def named(cls, explicit: Path | None = None) -> SupabaseProject | None:
        """The project the caller named: an explicit path, else ``MENTOR_PAUSE_SUPABASE_DIR``; ``None`` if neither."""
        if explicit is not None:
            return cls._checked(explicit)
        env = os.environ.get("MENTOR_PAUSE_SUPABASE_DIR")
        return cls._checked(Path(env)) if env else None

    @classmethod
    def chosen(cls, explicit: Path | None = None) -> SupabaseProject:
        """The named project, else mentor-pause's own; never one found by walking up from the working directory
        (the CLI's rule: inside someone else's Supabase project, building theirs would be a silent surprise)."""
        return cls.named(explicit) or cls.own()

    @classmethod
    def enclosing(cls, start: Path | None = None) -> SupabaseProject | None:
        """The Supabase project the folder is in, found as the Supabase CLI finds it (walking up to a folder with
        ``supabase/config.toml``); ``None`` outside any."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "supabase" / "config.toml").is_file():
                return cls(folder / "supabase")
        return None

    @classmethod
    def own(cls) -> SupabaseProject:
        """mentor-pause's own database package: the checkout's ``supabase/`` when running from source, else the
        copy inside the installed wheel."""
        for candidate in (_SOURCE_CHECKOUT, _PACKAGED):
            if (candidate / "config.toml").is_file():
                return cls(candidate)
        raise ProjectNotFound(
            f"mentor-pause's own supabase/ folder is missing (looked in {_SOURCE_CHECKOUT} and {_PACKAGED})"
        )

    @property
    def is_own(self) -> bool:
        """Whether this is mentor-pause's own project (rather than someone else's Supabase project)."""
        return self == SupabaseProject.own()

    @classmethod
    def _checked(cls, path: Path) -> SupabaseProject:
        path = path.resolve()
        if path.name != "supabase" and (path / "supabase" / "config.toml").is_file():
            path = path / "supabase"
        if not (path / "config.toml").is_file():
            raise ProjectNotFound(f"{path} has no config.toml")
        return cls(path)

    @property
    def config(self) -> dict[str, object]:
        with (self.directory / "config.toml").open("rb") as handle:
            return tomllib.load(handle)

    def _section(self, *keys: str) -> dict[str, object]:
        node: object = self.config
        for key in keys:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, dict) else {}

    @property
    def project_id(self) -> str:
        return str(self.config.get("project_id", self.directory.parent.name))

    def migrations(self) -> list[Migration]:
        """Migration files in version order (the CLI sorts by file name, which starts with the version)."""
        if self._section("db", "migrations").get("enabled", True) is False:
            return []
        found = []
        for path in sorted((self.directory / "migrations").glob("*.sql")):
            match = _MIGRATION_NAME.match(path.name)
            if match:
                found.append(Migration(match["version"], match["name"], path))
        return found

    def seed_files(self) -> list[Path]:
        """Seed files from ``[db.seed] sql_paths`` (globs relative to the project), in the listed order."""
        seed = self._section("db", "seed")
        if seed.get("enabled", True) is False:
            return []
        patterns = seed.get("sql_paths", ["./seed.sql"])
        files: list[Path] = []
        for pattern in patterns if isinstance(patterns, list) else []:
            for path in sorted(self.directory.glob(str(pattern).removeprefix("./"))):
                if path.is_file() and path not in files:
                    files.append(path)
        return files

    def pooler(self) -> tuple[bool, PoolerSettings]:
        """``[db.pooler]``: whether ``supabase start`` would run a pooler, and its settings."""
        section = self._section("db", "pooler")
        defaults = PoolerSettings()
        settings = PoolerSettings(
            port=int(str(section.get("port", defaults.port))),
            pool_mode=str(section.get("pool_mode", defaults.pool_mode)),
            default_pool_size=int(str(section.get("default_pool_size", defaults.default_pool_size))),
            max_client_conn=int(str(section.get("max_client_conn", defaults.max_client_conn))),
        )
        return section.get("enabled", False) is True, settings

    def pgtap_files(self) -> list[Path]:
        """The pgTAP files ``supabase test db`` runs: every ``*.sql`` under ``supabase/tests``."""
        return sorted((self.directory / "tests").rglob("*.sql"))
