"""Generate the synchronous client and transports (``src/mentor_pause/_sync``) from the async source (``_async``).

The async code is the single source, as in supabase-py and psycopg (``tools/async_to_sync.py`` there too):
``unasync`` rewrites ``async``/``await`` and the names in :data:`SYNC_NAMES`, then ruff sorts imports and
formats. Every generated file starts with a header naming its source and how to regenerate it. Code that never
awaits does not belong in the twins: it lives once, outside them (``mentor_pause._postgres_sql``,
``mentor_pause._postgrest_responses``). ``./dev generate`` runs this; the suite fails when ``_sync`` is stale.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync
from tests.support.paths import REPO_ROOT, SRC_DIR

ASYNC_DIR = SRC_DIR / "_async"
SYNC_DIR = SRC_DIR / "_sync"

# Names that differ between the async source and the sync twin (unasync already handles async/await,
# __aenter__/__aexit__, AsyncIterator and friends).
SYNC_NAMES = {
    "AsyncMentorPauseClient": "MentorPauseClient",
    "AsyncTransport": "Transport",
    "AsyncPostgrestTransport": "PostgrestTransport",
    "AsyncPostgresTransport": "PostgresTransport",
    "AsyncConnectionPool": "ConnectionPool",
    "AsyncConnection": "Connection",
    "AsyncClientCursor": "ClientCursor",
    "AsyncClient": "Client",
    "AsyncClientOptions": "ClientOptions",
    "AsyncRetrying": "Retrying",
    "acreate_client": "create_client",
    "async_retrying": "retrying",
    "async_call": "call",
    "aclose": "close",
    "aread": "read",
    "_async": "_sync",
    # Async-only lifecycle (mentor_pause._lifecycle): the sync twin's counterparts.
    "close_with_loop": "close_with_process",
    "AwaitableClient": "SyncClient",
}


def header(relative: Path) -> str:
    source = f"src/mentor_pause/_async/{relative.as_posix()}"
    return (
        f"# GENERATED from {source} by tools/async_to_sync.py: do not edit.\n"
        "# Change the async source and run `./dev generate`.\n"
    )


def generate_sync(target_root: Path = SRC_DIR) -> None:
    """Write ``<target_root>/_sync`` from ``_async`` (sources are read from the repository)."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "pkg" / "_async"
        shutil.copytree(ASYNC_DIR, source, ignore=shutil.ignore_patterns("__pycache__"))
        files = [str(p) for p in source.rglob("*.py")]
        unasync.unasync_files(files, [unasync.Rule("/_async/", "/_sync/", additional_replacements=SYNC_NAMES)])
        generated = source.parent / "_sync"
        for path in generated.rglob("*.py"):
            path.write_text(header(path.relative_to(generated)) + path.read_text())
        target = target_root / "_sync"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(generated, target)
    target = target_root / "_sync"
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(REPO_ROOT / "pyproject.toml")]
    subprocess.run(
        [*ruff, "check", *config, "--quiet", "--fix", "--unsafe-fixes", "--select", "I,UP028", str(target)], check=True
    )
    subprocess.run([*ruff, "format", *config, "--quiet", str(target)], check=True)


def stale_sync_files() -> list[str]:
    """Files of ``_sync`` that differ from a fresh generation (empty when fresh)."""
    with tempfile.TemporaryDirectory() as scratch:
        generate_sync(Path(scratch))
        fresh = Path(scratch) / "_sync"
        stale = []
        for path in fresh.rglob("*.py"):
            committed = SYNC_DIR / path.relative_to(fresh)
            if not committed.exists() or not filecmp.cmp(path, committed, shallow=False):
                stale.append(str(path.relative_to(fresh)))
        stale += [
            str(p.relative_to(SYNC_DIR))
            for p in SYNC_DIR.rglob("*.py")
            if not (fresh / p.relative_to(SYNC_DIR)).exists()
        ]
        return stale


if __name__ == "__main__":
    generate_sync()
