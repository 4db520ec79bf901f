"""The access matrix, executed as each actor inside one transaction, the way PostgREST runs requests."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.access.actors import ACTORS
from tests.access.cases import Case, Fails, Outcome, Rows
from tests.access.matrix import all_cases
from tests.access.render import by_name, doc_is_fresh, pgtap_helpers, stale_pgtap_files
from tests.access.world import readable, setup_sql
from tests.support.db import Conn, acting_with

CASES = all_cases()


@pytest.fixture(scope="module", params=["auto", "force_generic_plan"])
def world(request: pytest.FixtureRequest, database_url: str) -> Iterator[Conn]:
    """One connection holding the world in an open transaction; every case runs in a savepoint of it.

    The whole matrix runs twice: with the planner's own choice, and with generic plans from the first execution
    (what a pooled connection uses after five executions of a statement, PL/pgSQL's included)."""
    with psycopg.connect(database_url) as conn:
        conn.execute(f"set plan_cache_mode = {request.param}")
        conn.execute(setup_sql())
        try:
            yield conn
        finally:
            conn.rollback()


def run_case(conn: Conn, case: Case) -> tuple[Outcome, str | None]:
    conn.execute("savepoint matrix_case")
    try:
        if case.given:
            conn.execute(case.given.sql)
        with acting_with(conn, case.actor.role, case.actor.claims):
            conn.execute("savepoint matrix_statement")
            try:
                rows = conn.execute(case.sql).fetchall()
                outcome: Outcome = Rows(frozenset(str(row[0]) for row in rows))
                conn.execute("release savepoint matrix_statement")
            except psycopg.Error as error:
                conn.execute("rollback to savepoint matrix_statement")
                outcome = Fails(str(error.sqlstate))
        effect = None
        if case.effect:
            row = conn.execute(case.effect.sql).fetchone()
            effect = str(row[0]) if row else None
        return outcome, effect
    finally:
        conn.execute("rollback to savepoint matrix_case")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_access(world: Conn, case: Case) -> None:
    outcome, effect = run_case(world, case)
    assert outcome == case.expect, readable(f"{case.sql}\n  got {outcome}\n  expected {case.expect}")
    if case.effect:
        assert effect == case.effect.expected, readable(f"after {case.sql}: {effect!r} != {case.effect.expected!r}")


def test_matrix_covers_every_table_and_function_of_the_api(database_url: str) -> None:
    """Every table and function PostgREST would expose (schema public) has cases, for every actor and operation."""
    with psycopg.connect(database_url) as conn:
        tables = {r[0] for r in conn.execute("select tablename from pg_tables where schemaname = 'public'")}
        functions = {
            f"{r[0]}()"
            for r in conn.execute(
                "select proname from pg_proc where pronamespace = 'public'::regnamespace "
                "and prorettype <> 'trigger'::regtype"
            )
        }
    seen = {(c.actor.name, c.target, c.operation) for c in CASES}
    actors = {c.actor.name for c in CASES}
    assert actors == {a.name for a in ACTORS}
    for table in tables:
        assert {(a, table, op) for a in actors for op in ("select", "insert", "update", "delete")} <= seen, table
    for function in functions:
        assert {(a, function, "call") for a in actors} <= seen, function


def test_generated_pgtap_files_are_fresh() -> None:
    """supabase/tests/rls/ holds exactly the rendered files (a stale, missing or extra file fails)."""
    assert stale_pgtap_files() == [], "run ./dev generate"


def test_pgtap_names_resolve_to_the_statements_pytest_runs(database_url: str) -> None:
    """The pgTAP files write the world's rows by name (pg_temp.mentor('m_c')); their runner puts the ids back before
    acting. Through the rendered helpers, every statement, starting point and check comes back to the exact SQL."""
    sqls = sorted(
        {s for c in CASES for s in (c.sql, c.given.sql if c.given else "", c.effect.sql if c.effect else "") if s}
    )
    with psycopg.connect(database_url) as conn:
        try:
            conn.execute(pgtap_helpers(CASES).encode())
            named = [by_name(sql) for sql in sqls]
            assert any(n != s for n, s in zip(named, sqls, strict=True))
            rows = conn.execute(
                "select pg_temp.resolve_names(n) from unnest(%s::text[]) with ordinality as t(n, i) order by i",
                (named,),
            ).fetchall()
            assert [r[0] for r in rows] == sqls
        finally:
            conn.rollback()


def test_generated_documentation_is_fresh() -> None:
    assert doc_is_fresh(), "run ./dev generate"
