"""The local pooler is a real transaction-mode PgBouncer: what breaks through Supavisor breaks through it too."""

from __future__ import annotations

import os
from collections.abc import Iterator

import psycopg
import pytest

from mentor_pause.local.cluster import free_loopback_port
from mentor_pause.local.pooler import LocalPooler, PoolerSettings
from mentor_pause.local.project import SupabaseProject
from mentor_pause.local.stack import LocalStack

QUERY = "select count(*) from pg_catalog.pg_class where relname <> %s"


def run_until_prepared_then_move(url: str, *, prepare_threshold: int | None) -> None:
    """Run QUERY often enough for psycopg to prepare it (on one server connection), then run it again while
    another client holds that server connection in an open transaction, so the pooler hands over another one."""
    with psycopg.connect(url, autocommit=True, prepare_threshold=prepare_threshold) as client:
        for _ in range(8):
            with client.transaction():
                client.execute(QUERY, ("x",)).fetchone()
        with psycopg.connect(url) as other:  # LIFO: takes the server connection the client just released
            other.execute("select 1")
            with client.transaction():
                client.execute(QUERY, ("x",)).fetchone()


def test_prepared_statements_break_through_a_transaction_pooler(pooler_url: str) -> None:
    """psycopg prepares a statement after five executions; the pooler then hands the client a server connection
    that does not know it."""
    url = pooler_url.replace("?pgbouncer=true", "")
    with pytest.raises(psycopg.errors.InvalidSqlStatementName):  # 26000: prepared statement does not exist
        run_until_prepared_then_move(url, prepare_threshold=5)


def test_without_prepared_statements_the_same_sequence_works(pooler_url: str) -> None:
    run_until_prepared_then_move(pooler_url.replace("?pgbouncer=true", ""), prepare_threshold=None)


def test_transaction_settings_do_not_outlive_the_transaction(pooler_url: str) -> None:
    """What the SDK relies on: set_config(..., true) is transaction-local, so nothing leaks between callers."""
    url = pooler_url.replace("?pgbouncer=true", "")
    with psycopg.connect(url, autocommit=True, prepare_threshold=None) as first:
        with first.transaction():
            first.execute("select set_config('request.jwt.claims', '{\"sub\": \"someone\"}', true)")
        with psycopg.connect(url, autocommit=True, prepare_threshold=None) as second:
            row = second.execute("select coalesce(current_setting('request.jwt.claims', true), '')").fetchone()
            assert row == ("",)


@pytest.fixture
def pooled_stack(project: SupabaseProject) -> Iterator[LocalStack]:
    with LocalStack.throwaway(project, prefix="mentor-pause-pooler-test-") as stack:
        stack.pooler_enabled = True
        stack.pooler = LocalPooler(stack.cluster, PoolerSettings(port=free_loopback_port()))
        stack.start()
        yield stack


def test_a_stack_with_the_pooler_enabled_starts_and_stops_it(pooled_stack: LocalStack) -> None:
    """[db.pooler] enabled = true: `mentor-pause db start` runs PgBouncer beside the database, as `supabase start`
    runs Supavisor; it runs as the unprivileged server user and stops with the stack."""
    url = pooled_stack.pooler_url
    assert url is not None and url.endswith("?pgbouncer=true")
    with psycopg.connect(url.replace("?pgbouncer=true", "")) as conn:
        assert conn.execute("select count(*) from public.chapters").fetchone() == (4,)
    pid = int(pooled_stack.pooler.pid_file.read_text())
    if os.geteuid() == 0:
        assert os.stat(f"/proc/{pid}").st_uid == pooled_stack.cluster.os_user.uid
    pooled_stack.stop()
    assert pooled_stack.pooler.running_port() is None
    assert pooled_stack.pooler_url is None
