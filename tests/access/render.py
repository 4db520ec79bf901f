"""Render the access matrix into pgTAP (for `supabase test db`) and into a readable table (docs)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from tests.access.matrix import ACTORS, TABLES, Case, Fails, Rows, all_cases
from tests.access.world import CHAPTERS, MENTORS, USERS, setup_sql

REPO_ROOT = Path(__file__).resolve().parents[2]
PGTAP_PATH = REPO_ROOT / "supabase" / "tests" / "test_rls_matrix.sql"
DOC_PATH = REPO_ROOT / "docs" / "access-control.md"
DOC_BEGIN = "<!-- BEGIN GENERATED ACCESS MATRIX (./dev generate) -->"
DOC_END = "<!-- END GENERATED ACCESS MATRIX -->"

_NAMES = (
    {m.id: m.name for m in MENTORS}
    | {v: f"chapter {k}" for k, v in CHAPTERS.items()}
    | {v: k for k, v in USERS.items()}
)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}")


def readable(text: str) -> str:
    """Replace the world's identifiers by their names."""
    return _UUID.sub(lambda m: _NAMES.get(m.group(0), m.group(0)), text)


def describe(case: Case) -> str:
    return f"{case.actor.name}: {case.object} {case.operation} ({case.subject})"


# pgTAP -----------------------------------------------------------------------------------------------------------
# pgTAP keeps its test counter in temporary tables, so a case cannot simply run in a savepoint that is rolled
# back afterwards (the counter would be rolled back with it). Each case therefore runs inside
# pg_temp.matrix_case, which acts as the actor in a subtransaction, records what happened, and then always rolls
# that subtransaction back by raising; the pgTAP assertions compare the recorded outcome afterwards.
_CASE_RUNNER = """
create function pg_temp.matrix_case(given text, api_role text, claims text, statement text, effect text)
returns table (outcome text, effect_value text)
language plpgsql
as $runner$
declare
  keys text[] := '{}';
  key_row record;
begin
  begin
    if given <> '' then
      execute given;
    end if;
    perform set_config('role', api_role, true);
    perform set_config('request.jwt.claims', claims, true);
    begin
      for key_row in execute statement loop
        keys := keys || (to_jsonb(key_row) ->> (select k from jsonb_object_keys(to_jsonb(key_row)) k limit 1));
      end loop;
      outcome := 'rows:' || coalesce(
        (select string_agg(k, ',' order by k) from (select distinct unnest(keys) k) d), '');
    exception when others then
      outcome := 'error:' || sqlstate;
    end;
    perform set_config('role', 'none', true);
    perform set_config('request.jwt.claims', '', true);
    if effect <> '' then
      execute effect into effect_value;
    end if;
    raise exception using errcode = 'MXRBK', message = 'roll the case back';
  exception when sqlstate 'MXRBK' then
    return next;
  end;
end;
$runner$;
"""


def encode(outcome: Rows | Fails) -> str:
    """The text form both executors compare: ``rows:<sorted keys>`` or ``error:<SQLSTATE>``."""
    if isinstance(outcome, Fails):
        return f"error:{outcome.sqlstate}"
    return "rows:" + ",".join(sorted(outcome.keys))


def _literal(text: str) -> str:
    return "$q$" + text + "$q$"


def render_pgtap(cases: list[Case] | None = None) -> str:
    cases = cases if cases is not None else all_cases()
    plan = sum(2 if c.effect else 1 for c in cases)
    out = [
        "-- GENERATED from tests/access/matrix.py by `./dev generate`; do not edit by hand.",
        "-- The RLS and RPC access matrix: every actor x table/RPC x operation, run as that actor the way",
        "-- PostgREST runs a request (role + request.jwt.claims, transaction-local). Each case runs in a",
        "-- subtransaction that is rolled back; for writes, a check as the owner proves what changed (or that",
        "-- nothing did).",
        "begin;",
        "create extension if not exists pgtap with schema extensions;",
        "set local search_path = public, extensions;",
        f"select plan({plan});",
        _CASE_RUNNER,
        "-- The world (see tests/access/world.py)",
        setup_sql(),
        "",
    ]
    for case in cases:
        title = describe(case).replace("'", "''")
        claims = json.dumps(case.actor.claims)
        out.append(f"-- {readable(describe(case))}")
        out.append(
            f"select * from pg_temp.matrix_case({_literal(case.given)}, '{case.actor.role}', '{claims}',\n"
            f"  {_literal(case.sql)},\n  {_literal(case.effect.sql if case.effect else '')}) \\gset"
        )
        out.append(f"select is(:'outcome'::text, '{encode(case.expect)}'::text, '{title}');")
        if case.effect:
            out.append(f"select is(:'effect_value'::text, '{case.effect.expected}'::text, '{title} / effect');")
        out.append("")
    out += ["select * from finish();", "rollback;", ""]
    return "\n".join(out)


# Documentation -----------------------------------------------------------------------------------------------------
def _summary(cases: list[Case]) -> str:
    """One cell: what a group of cases (same actor, object, operation) expects.

    Listings show the rows returned; per-mentor calls show which mentors succeed ("ok") and which fail with
    which SQLSTATE.
    """
    if cases[0].operation == "select" or cases[0].object.startswith("list_"):
        parts = []
        for case in cases:
            if isinstance(case.expect, Fails):
                parts.append(f"**{case.expect.sqlstate}**")
                continue
            names = sorted(readable(k).split(":")[0] for k in case.expect.keys)
            shown = ", ".join(names) if names else "none"
            parts.append(f"{case.subject}: {shown}" if case.object.startswith("list_") else shown)
        return "; ".join(parts)
    outcomes: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        label = f"**{case.expect.sqlstate}**" if isinstance(case.expect, Fails) else "ok"
        outcomes[label].append(case.subject)
    if len(outcomes) == 1:
        return f"{next(iter(outcomes))} (all)"
    return " / ".join(f"{label}: {', '.join(subjects)}" for label, subjects in outcomes.items())


def render_doc_section(cases: list[Case] | None = None) -> str:
    cases = cases if cases is not None else all_cases()
    by_key: dict[tuple[str, str, str], list[Case]] = defaultdict(list)
    for case in cases:
        by_key[(case.actor.name, case.object, case.operation)].append(case)

    lines = [DOC_BEGIN, "", f"{len(cases)} cases; generated from `tests/access/matrix.py`.", ""]
    lines += ["### Actors", "", "| actor | who |", "|---|---|"]
    lines += [f"| `{a.name}` | {a.description} |" for a in ACTORS]

    def table(title: str, columns: list[tuple[str, str]]) -> None:
        lines.extend(["", f"### {title}", ""])
        lines.append("| actor | " + " | ".join(label for label, _ in columns) + " |")
        lines.append("|---" * (len(columns) + 1) + "|")
        for actor in ACTORS:
            cells = []
            for _, key in columns:
                obj, op = key.split("|")
                group = by_key.get((actor.name, obj, op), [])
                cells.append(_summary(group) if group else "")
            lines.append(f"| `{actor.name}` | " + " | ".join(cells) + " |")

    table(
        "Reading tables (rows returned; admin and service_role checked on the matrix's own rows)",
        [
            ("peer_mentor_status", "peer_mentor_status|select"),
            ("peer_mentor_status_log", "peer_mentor_status_log|select"),
            ("peer_mentors", "peer_mentors|select"),
            ("chapters", "chapters|select"),
        ],
    )
    table(
        "Reading the link tables (rows returned)",
        [
            ("chapter_memberships", "chapter_memberships|select"),
            ("coordinator_chapters", "coordinator_chapters|select"),
            ("coordinator_mentors", "coordinator_mentors|select"),
            ("user_roles", "user_roles|select"),
        ],
    )
    table(
        "Reading through RPCs",
        [
            ("get_mentor_status()", "get_mentor_status()|call"),
            ("get_mentor_history()", "get_mentor_history()|call"),
            ("list_mentor_statuses()", "list_mentor_statuses()|call"),
        ],
    )
    table(
        "Transitions through RPCs (target mentor; SQLSTATE when refused)",
        [
            ("pause_mentor()", "pause_mentor()|call"),
            ("resume_mentor()", "resume_mentor()|call"),
            ("expire_mentor_certification()", "expire_mentor_certification()|call"),
            ("reactivate_mentor()", "reactivate_mentor()|call"),
        ],
    )
    lines.extend(
        [
            "",
            "### Writing tables directly",
            "",
            "| table | operation | " + " | ".join(f"`{a.name}`" for a in ACTORS) + " |",
        ]
    )
    lines.append("|---|---" + "|---" * len(ACTORS) + "|")
    for obj, op in ((t.name, op) for t in TABLES for op in ("insert", "update", "delete")):
        cells = []
        for actor in ACTORS:
            group = by_key.get((actor.name, obj, op), [])
            cells.append("allowed" if group and isinstance(group[0].expect, Rows) else group[0].expect.sqlstate)  # type: ignore[union-attr]
        lines.append(f"| {obj} | {op} | " + " | ".join(cells) + " |")
    rules = [c for c in cases if c.object == "transition rules"]
    lines.extend(["", "### Transition and input rules (as `admin`)", "", "| case | outcome |", "|---|---|"])
    for case in rules:
        outcome = case.expect.sqlstate if isinstance(case.expect, Fails) else "succeeds"
        lines.append(f"| {case.subject} | {outcome} |")
    lines += ["", DOC_END]
    return "\n".join(lines)


def write_doc(path: Path = DOC_PATH) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(DOC_BEGIN), text.index(DOC_END) + len(DOC_END)
    path.write_text(text[:start] + render_doc_section() + text[end:], encoding="utf-8")


def doc_is_fresh(path: Path = DOC_PATH) -> bool:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(DOC_BEGIN), text.index(DOC_END) + len(DOC_END)
    return text[start:end] == render_doc_section()


def write_pgtap(path: Path = PGTAP_PATH) -> None:
    path.write_text(render_pgtap(), encoding="utf-8")
