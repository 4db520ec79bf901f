"""The local database stack: a cluster plus a Supabase project applied to it.

``start``/``stop``/``reset``/``url`` are the docker-free counterparts of ``supabase start``/``stop``/``db reset``
and ``supabase status`` (database part only). The cluster directory defaults to a folder under the system
temp directory named after the project path, so each checkout gets its own database and root-owned homes
(mode 0700, unreachable for the unprivileged server user) are never involved.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg import sql

from mentor_pause.local.cluster import DATABASE, SUPERUSER_PASSWORD, LocalPostgres
from mentor_pause.local.migrate import ApplyReport, applied_versions, apply_project
from mentor_pause.local.pooler import LocalPooler
from mentor_pause.local.project import SupabaseProject


def default_base_dir(project: SupabaseProject) -> Path:
    digest = hashlib.sha256(str(project.directory).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"mentor-pause-{project.project_id}-{digest}"


class LocalStack:
    """A Supabase project's database, running in a local cluster."""

    @classmethod
    @contextlib.contextmanager
    def throwaway(cls, project: SupabaseProject, *, prefix: str = "mentor-pause-") -> Iterator[LocalStack]:
        """A stack in a fresh temporary folder (the cluster folder itself, which is handed to the unprivileged server
        user), destroyed on exit whatever happens: for tests, the demo, benchmarks. Call :meth:`start` on it."""
        stack = cls(project, Path(tempfile.mkdtemp(prefix=prefix)))
        try:
            yield stack
        finally:
            stack.destroy()

    def __init__(self, project: SupabaseProject, base_dir: Path | None = None) -> None:
        self.project = project
        # The default folder is the project's, so is its stable port (like `supabase start`'s, one per project).
        self.cluster = LocalPostgres(
            base_dir or default_base_dir(project), port_seed=None if base_dir else str(project.directory)
        )
        self.pooler_enabled, settings = project.pooler()
        self.pooler = LocalPooler(self.cluster, settings)

    @property
    def url(self) -> str:
        """Superuser URL of the running database (``postgres``/``postgres``, like ``supabase start``)."""
        return self.cluster.url()

    def start(self, port: int | None = None) -> ApplyReport:
        """Start the cluster; a fresh database gets the whole project (with seed), an existing one only the
        migrations it lacks (no re-seed), like ``supabase start`` followed by ``supabase migration up``."""
        self.cluster.start(port)
        with psycopg.connect(self.url, autocommit=True) as conn:
            fresh = not applied_versions(conn)
        report = apply_project(self.url, self.project, seed=fresh)
        self._local_only_settings()
        if self.pooler_enabled:
            self.pooler.start()
        return report

    @property
    def pooler_url(self) -> str | None:
        """URL through the local pooler (``[db.pooler] enabled = true``), when it runs."""
        return self.pooler.url() if self.pooler.running_port() else None

    def stop(self) -> None:
        self.pooler.stop()
        self.cluster.stop()

    def destroy(self) -> None:
        """Stop everything and delete the stack's folder (for throwaway stacks)."""
        self.pooler.stop()
        self.cluster.destroy()

    def reset(self) -> ApplyReport:
        """Drop the database and rebuild it from migrations and seed: ``supabase db reset`` without Docker."""
        self.cluster.start()
        admin_url = self.cluster.url("template1")
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(DATABASE)))
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(DATABASE)))
        report = apply_project(self.url, self.project, seed=True)
        self._local_only_settings()
        return report

    def _local_only_settings(self) -> None:
        """Let ``authenticator`` log in with the local password, as it can in ``supabase start``'s database.

        Not part of the bootstrap on purpose: a real project's authenticator password is its own business.
        """
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("alter role authenticator with login password {}").format(sql.Literal(SUPERUSER_PASSWORD))
            )
