"""Derived code is fresh, and the public API is fully typed (mypy --strict; no Any in any result)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal, get_args, get_origin, get_type_hints

import psycopg
import pytest
from tools.async_to_sync import stale_sync_files
from tools.generate import TYPES_PATH, generate_types

from mentor_pause import AsyncMentorPauseClient, MentorPauseClient, MentorStatusValue
from mentor_pause.local.migrate import apply_bootstrap
from tests.support.paths import REPO_ROOT
from tests.support.supabase_cli import cli_url, run_supabase


def test_sync_client_is_generated_from_the_async_one() -> None:
    assert stale_sync_files() == [], "src/mentor_pause/_sync is stale: run ./dev generate"


@pytest.mark.supabase_cli
def test_python_types_are_what_supabase_gen_types_makes_of_the_migrations(new_database: Callable[[], str]) -> None:
    url = new_database()
    with psycopg.connect(url, autocommit=True) as conn:
        apply_bootstrap(conn)
    result = run_supabase("migration", "up", f"--remote={cli_url(url)}", "--yes")
    assert result.returncode == 0, result.stderr
    assert TYPES_PATH.read_text() == generate_types(url), "src/mentor_pause/_generated is stale: run ./dev generate"


PUBLIC_CALLS = """
import asyncio
from uuid import UUID
from mentor_pause import AsyncMentorPauseClient, Identity, MentorPauseClient

def sync_side(c: MentorPauseClient, m: UUID) -> None:
    reveal_type(c.get_status(m))
    reveal_type(c.get_statuses([m]))
    reveal_type(c.pause(m, "r"))
    reveal_type(c.resume(m))
    reveal_type(c.reactivate(m))
    reveal_type(c.expire_certification(m))
    reveal_type(c.list_statuses())
    reveal_type(c.iter_statuses())
    reveal_type(c.all_statuses())
    reveal_type(c.history(m))
    reveal_type(MentorPauseClient.connect("u", "k"))
    reveal_type(MentorPauseClient.from_database_url("u", Identity.service()))

async def async_side(c: AsyncMentorPauseClient, m: UUID) -> None:
    reveal_type(await c.get_status(m))
    reveal_type(await c.get_statuses([m]))
    reveal_type(await c.pause(m, "r"))
    reveal_type(await c.resume(m))
    reveal_type(await c.reactivate(m))
    reveal_type(await c.expire_certification(m))
    reveal_type(await c.list_statuses())
    reveal_type(c.iter_statuses())
    reveal_type(await c.all_statuses())
    reveal_type(await c.history(m))
    reveal_type(await AsyncMentorPauseClient.connect("u", "k"))
"""


def test_every_public_method_reveals_a_concrete_type(tmp_path: Path) -> None:
    snippet = tmp_path / "calls.py"
    snippet.write_text(PUBLIC_CALLS)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(REPO_ROOT / "pyproject.toml"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    revealed = [line for line in result.stdout.splitlines() if "Revealed type is" in line]
    assert len(revealed) == PUBLIC_CALLS.count("reveal_type"), result.stdout
    assert not [line for line in revealed if "Any" in line], "\n".join(revealed)
    for line in revealed:
        assert any(name in line for name in ("MentorStatus", "StatusPage", "HistoryPage", "MentorPauseClient")), line
    assert [line for line in result.stdout.splitlines() if ": error:" in line] == []


def _mypy(tmp_path: Path, source: str) -> str:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            str(REPO_ROOT / "pyproject.toml"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    return result.stdout


STATUS_FILTERS = """
from mentor_pause import AsyncMentorPauseClient, MentorPauseClient, MentorStatusValue

def sync_side(c: MentorPauseClient) -> None:
    c.list_statuses(status="paused")
    c.list_statuses(status=MentorStatusValue.CERTIFICATION_EXPIRED)
    c.all_statuses(status="certification_expired")
    c.list_statuses(status="pasued")  # wrong
    c.iter_statuses(status="Paused")  # wrong
    c.all_statuses(status="expired")  # wrong

async def async_side(c: AsyncMentorPauseClient, text: str) -> None:
    await c.list_statuses(status="active")
    await c.list_statuses(status="away")  # wrong
    c.iter_statuses(status=text)  # wrong
    await c.all_statuses(status="on leave")  # wrong
"""


def test_a_misspelt_status_filter_is_a_type_error(tmp_path: Path) -> None:
    """Status filters take the enum or one of its values (a Literal), not any str: mypy flags a typo."""
    output = _mypy(tmp_path, STATUS_FILTERS)
    errors = [line for line in output.splitlines() if ": error:" in line]
    flagged = sorted(int(line.split(":")[1]) for line in errors)
    wrong = [n for n, line in enumerate(STATUS_FILTERS.splitlines(), start=1) if line.endswith("# wrong")]
    assert flagged == wrong, output
    assert all("[arg-type]" in line for line in errors), output


@pytest.mark.parametrize("client", [MentorPauseClient, AsyncMentorPauseClient])
@pytest.mark.parametrize("method", ["list_statuses", "iter_statuses", "all_statuses"])
def test_status_parameters_take_no_bare_str(client: type, method: str) -> None:
    hint = get_type_hints(getattr(client, method))["status"]
    accepted = set(get_args(hint))
    assert str not in accepted
    literals = {value for arg in accepted if get_origin(arg) is Literal for value in get_args(arg)}
    assert literals == {v.value for v in MentorStatusValue}
    assert MentorStatusValue in accepted and type(None) in accepted
