"""Add mentor-pause's migrations to an existing Supabase project (``mentor-pause migrations copy``).

An organisation with its own Supabase project wants the mentor-pause schema there, applied by its own
``supabase db reset`` / ``supabase migration up`` like any other migration. The files are copied verbatim, with
their versions: the database records each applied version in ``supabase_migrations.schema_migrations``, so a
renamed or renumbered copy would look like a different migration to the Supabase CLI and to ``mentor-pause``.

Copying never overwrites: a file of the same name with other contents, or another file claiming one of our
versions, stops the whole copy before anything is written (the project's history is the user's, and a half copy
would be worse than none). Files already identical are left alone, so copying again after an upgrade adds only
the new migrations.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from mentor_pause.local.project import SupabaseProject


class MigrationConflict(RuntimeError):
    """The target project already has different files under our migrations' names or versions."""

    def __init__(self, target: Path, conflicts: list[str]) -> None:
        super().__init__(
            f"{target} already has different migrations under mentor-pause's names or versions: "
            + ", ".join(conflicts)
            + " (nothing was copied; compare them, or remove them to take mentor-pause's)"
        )
        self.conflicts = conflicts


@dataclass(frozen=True)
class CopyReport:
    """What a copy did: the folder written to, the files copied, and those already there unchanged."""

    target: Path
    copied: tuple[str, ...]
    unchanged: tuple[str, ...]


def copy_migrations(source: SupabaseProject, target: SupabaseProject) -> CopyReport:
    """Copy ``source``'s migration files into ``target``'s ``migrations/`` folder, all or nothing."""
    if source.directory == target.directory:
        raise MigrationConflict(target.directory, ["it is mentor-pause's own project"])
    folder = target.directory / "migrations"
    existing = {path.name: path for path in folder.glob("*.sql")} if folder.is_dir() else {}
    by_version: dict[str, str] = {}
    for name in existing:
        version = name.split("_", 1)[0]
        by_version.setdefault(version, name)
    to_copy: list[Path] = []
    unchanged: list[str] = []
    conflicts: list[str] = []
    for migration in source.migrations():
        name = migration.path.name
        present = existing.get(name)
        if present is not None:
            if present.read_bytes() == migration.path.read_bytes():
                unchanged.append(name)
            else:
                conflicts.append(f"{name} (different contents)")
        elif migration.version in by_version:
            conflicts.append(f"{by_version[migration.version]} (same version as {name})")
        else:
            to_copy.append(migration.path)
    if conflicts:
        raise MigrationConflict(folder, conflicts)
    folder.mkdir(parents=True, exist_ok=True)
    for path in to_copy:
        shutil.copyfile(path, folder / path.name)
    return CopyReport(folder, tuple(path.name for path in to_copy), tuple(unchanged))
