"""The RLS test matrix, declared once as data: actors x objects x operations -> expected outcome.

- ``actors.py``: the callers (database role and JWT claims) and what each one sees and manages;
- ``objects.py``: every table and RPC of schema public, and the rule that gives each actor's outcome on it;
- ``rules.py``: the state machine and input rules, through the RPCs;
- ``world.py``: the small organisation they all act in; ``cases.py``: what a case is.

Every case is executed by pytest (``test_rls_matrix.py``) as its actor, inside a transaction, with the role and
``request.jwt.claims`` set exactly as PostgREST sets them; it is also rendered (``render.py``) into pgTAP, one file
per table or RPC under ``supabase/tests/rls/``, for ``supabase test db``, and into the tables in
``docs/access-control.md``. Each case states the rows its statement must return (exactly) or the SQLSTATE it must
fail with, and, for writes, the value a check query run by the owner afterwards must see (so a refused write is
proven to have changed nothing, and an allowed one to have changed exactly its row).
"""

from __future__ import annotations

from tests.access.actors import ACTORS
from tests.access.cases import Case
from tests.access.objects import job_cases, portal_cases, read_rpc_cases, table_cases, write_rpc_cases
from tests.access.rules import rule_cases


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for actor in ACTORS:
        cases += table_cases(actor) + read_rpc_cases(actor) + write_rpc_cases(actor) + job_cases(actor)
        cases += portal_cases(actor)
    return cases + rule_cases()
