"""The docker-free local database: start, stop, restart with data kept, reset to migrations + seed."""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest

from mentor_pause.local.cluster import ClusterError
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

SEEDED_MENTORS = 9


@pytest.fixture(scope="module")
def stack(project: SupabaseProject) -> Iterator[LocalStack]:
    with LocalStack.throwaway(project, prefix="mentor-pause-stack-test-") as local:
        local.start()
        yield local


def count_mentors(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("select count(*) from public.peer_mentors").fetchone()
        return int(row[0]) if row else -1


def test_start_applies_migrations_and_seed_on_loopback(stack: LocalStack) -> None:
    assert stack.url.startswith("postgresql://postgres:postgres@127.0.0.1:")
    assert count_mentors(stack.url) == SEEDED_MENTORS
    with psycopg.connect(stack.url) as conn:
        row = conn.execute("select current_setting('listen_addresses'), current_setting('TimeZone')").fetchone()
        assert row == ("127.0.0.1", "UTC")


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the server to another OS user")
def test_server_runs_as_an_unprivileged_user_when_started_by_root(stack: LocalStack) -> None:
    owner = (stack.cluster.data_dir / "PG_VERSION").stat().st_uid
    assert owner != 0
    assert stack.cluster.os_user.uid == owner


def test_pg_cron_is_preloaded_when_installed(stack: LocalStack) -> None:
    if not stack.cluster.binaries.has_library("pg_cron"):
        pytest.skip("pg_cron is not installed")
    with psycopg.connect(stack.url) as conn:
        assert conn.execute("show shared_preload_libraries").fetchone() == ("pg_cron",)


def test_restart_keeps_data_and_start_is_idempotent(stack: LocalStack) -> None:
    with psycopg.connect(stack.url, autocommit=True) as conn:
        conn.execute("insert into public.chapters (name) values ('Kept across restarts')")
    stack.stop()
    with pytest.raises(ClusterError):
        _ = stack.url
    stack.start()
    port = stack.cluster.running_port()
    assert stack.start().applied == []
    assert stack.cluster.running_port() == port
    with psycopg.connect(stack.url) as conn:
        assert conn.execute("select count(*) from public.chapters where name = 'Kept across restarts'").fetchone() == (
            1,
        )


def test_reset_rebuilds_from_migrations_and_seed(stack: LocalStack, project: SupabaseProject) -> None:
    with psycopg.connect(stack.url, autocommit=True) as conn:
        conn.execute("delete from public.peer_mentors")
    report = stack.reset()
    assert report.applied == [m.path.name for m in project.migrations()]
    assert report.seeded == ["seed.sql"]
    assert count_mentors(stack.url) == SEEDED_MENTORS
