"""Render the access matrix into pgTAP (for `supabase test db`) and into a readable table (docs).

pgTAP: one file per table or RPC under ``supabase/tests/rls/`` (and ``transition_rules.sql``), each standalone
(``begin; ... select * from finish(); rollback;``), its cases grouped by actor. Statements name the world's rows
(``pg_temp.mentor('m_c')``), every assertion says what it checks in a sentence
(``as coord_a (coordinator of chapter A): pause m_c -> not found (PT404)``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from tests.access.actors import ACTORS, Actor
from tests.access.cases import SQLSTATE_MEANINGS, Case, Effect, Fails, Given, Outcome, Rows
from tests.access.matrix import all_cases
from tests.access.objects import TABLES, WRITE_RPCS
from tests.access.world import NAMES, readable, setup_sql, world_ids_sql
from tests.support.paths import REPO_ROOT, SUPABASE_DIR
from tests.support.sql import sql_literal

PGTAP_DIR = SUPABASE_DIR / "tests" / "rls"
LEGACY_PGTAP_PATHS = [SUPABASE_DIR / "tests" / "test_rls_matrix.sql"]  # the single file this layout replaced
DOC_PATH = REPO_ROOT / "docs" / "access-control.md"
DOC_BEGIN = "<!-- BEGIN GENERATED ACCESS MATRIX (./dev generate) -->"
DOC_END = "<!-- END GENERATED ACCESS MATRIX -->"


# Names in statements ---------------------------------------------------------------------------------------------
_FUNCTION_OF_KIND = {"mentor": "mentor", "chapter": "chapter", "user": "user_id"}
_KIND_OF_FUNCTION = {f: k for k, f in _FUNCTION_OF_KIND.items()}
_BY_ID = {n.id: n for n in NAMES}
_BY_KIND_AND_NAME = {(n.kind, n.name): n for n in NAMES}
_QUOTED_UUID = re.compile(r"'([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12})'")
_NAME_CALL = re.compile(r"pg_temp\.(mentor|chapter|user_id|world_ids)\('([^']*)'\)")


def by_name(sql: str) -> str:
    """``sql`` with the world's ids written as lookups: ``pg_temp.mentor('m_c')``, ``pg_temp.world_ids('user')``."""
    for kind in _FUNCTION_OF_KIND:
        sql = sql.replace(world_ids_sql(kind), f"pg_temp.world_ids('{kind}')")

    def lookup(match: re.Match[str]) -> str:
        name = _BY_ID.get(match.group(1))
        return f"pg_temp.{_FUNCTION_OF_KIND[name.kind]}({sql_literal(name.name)})" if name else match.group(0)

    return _QUOTED_UUID.sub(lookup, sql)


def resolve_names(sql: str) -> str:
    """The inverse of :func:`by_name`: what ``pg_temp.resolve_names`` makes of a rendered statement."""

    def literal(match: re.Match[str]) -> str:
        function, name = match.groups()
        if function == "world_ids":
            return world_ids_sql(name)
        return sql_literal(_BY_KIND_AND_NAME[(_KIND_OF_FUNCTION[function], name)].id)

    return _NAME_CALL.sub(literal, sql)


def _named(sql: str) -> str:
    """:func:`by_name`, checked to come back to exactly ``sql``: the actor runs what pytest runs."""
    named = by_name(sql)
    assert resolve_names(named) == sql, sql
    return named


def _dollar_quoted(text: str) -> str:
    assert "$$" not in text, text
    return f"$${text}$$"


# What the assertions compare and say ------------------------------------------------------------------------------
def outcome_value(outcome: Outcome) -> str:
    """What pg_temp.run_case reports: ``rows: m_c, m_dual`` (labels, sorted), ``no rows`` or ``error PT404``."""
    if isinstance(outcome, Fails):
        return f"error {outcome.sqlstate}"
    labels = sorted({readable(key) for key in outcome.keys})
    return "rows: " + ", ".join(labels) if labels else "no rows"


def _outcome_words(outcome: Outcome) -> str:
    if isinstance(outcome, Fails):
        return f"{SQLSTATE_MEANINGS[outcome.sqlstate]} ({outcome.sqlstate})"
    labels = sorted({readable(key) for key in outcome.keys})
    return "returns " + ", ".join(labels) if labels else "returns no rows"


def _as(actor: Actor) -> str:
    return f"as {actor.name} ({actor.description})"


def describe(case: Case) -> str:
    """The case as a sentence: ``as coord_a (coordinator of chapter A): pause m_c -> not found (PT404)``."""
    return f"{_as(case.actor)}: {case.action} -> {_outcome_words(case.expect)}"


def describe_effect(case: Case, effect: Effect) -> str:
    return f"{_as(case.actor)}: {case.action} -> afterwards {effect.what}: {readable(effect.expected)}"


# pgTAP ------------------------------------------------------------------------------------------------------------
def pgtap_file_name(case: Case) -> str:
    """The file a case lives in: its table or RPC (``pause_mentor.sql``), or ``transition_rules.sql``."""
    return case.target.removesuffix("()").replace(" ", "_") + ".sql"


def _title(name: str) -> str:
    target = name.removesuffix(".sql")
    rpcs = {rpc.name: rpc for rpc in WRITE_RPCS}
    if target in {t.name for t in TABLES}:
        return f"{target}: every actor reads the table, and inserts, updates and deletes one row directly."
    if target in rpcs:
        return (
            f"{target}(): every actor calls it on every mentor of the world, each mentor starting from "
            f"{rpcs[target].before}."
        )
    if target == "list_mentor_statuses":
        return f"{target}(): every actor lists all statuses, those of chapter A, and the paused ones."
    if target == "get_mentor_statuses":
        return f"{target}(): every actor asks for the statuses of every mentor of the world by id."
    if target == "transition_rules":
        return "The state machine and input rules, through the RPCs as an org admin (on m_peer)."
    return f"{target}(): every actor calls it on every mentor of the world."


def _section(title: str) -> str:
    return f"-- {title} ".ljust(116, "-")


_HEADER = """\
-- Each case acts as one actor the way PostgREST runs a request: the actor's database role and request.jwt.claims,
-- transaction-local (pg_temp.authenticate_as), in a subtransaction that is rolled back afterwards. The owner sets the
-- case up before it (given => ...) and, for writes, checks afterwards what changed or that nothing did
-- (check_afterwards => ...). Statements name the world's rows: pg_temp.mentor('m_c'), pg_temp.chapter('A'),
-- pg_temp.user_id('coord_a'), pg_temp.world_ids('mentor'); the runner puts in the ids before acting, so the actor
-- runs exactly the statement pytest runs (tests/access/test_rls_matrix.py), and it reports rows by name."""

# pgTAP keeps its test counter in temporary tables, so a case cannot simply run in a savepoint that is rolled back
# afterwards (the counter would be rolled back with it). pg_temp.run_case therefore acts as the actor in a
# subtransaction, records what happened, and always rolls that subtransaction back by raising; the pgTAP assertions
# compare the recorded outcome afterwards.
_HELPERS = """\
create temp table world_names (
  kind text not null,   -- mentor / chapter / user
  name text not null,   -- pg_temp.mentor('m_c'), pg_temp.chapter('A'), pg_temp.user_id('coord_a')
  id uuid not null unique,
  label text not null,  -- how outcomes name the row
  in_world boolean not null,  -- false: an id for a row a write case creates
  primary key (kind, name)
);
insert into pg_temp.world_names (kind, name, id, label, in_world) values
{names};

create function pg_temp.world_id(kind text, name text) returns uuid
language plpgsql stable
as $$
declare
  found uuid;
begin
  select w.id into strict found from pg_temp.world_names w where w.kind = world_id.kind and w.name = world_id.name;
  return found;
end;
$$;
create function pg_temp.mentor(name text) returns uuid language sql stable
  as $$ select pg_temp.world_id('mentor', name) $$;
create function pg_temp.chapter(name text) returns uuid language sql stable
  as $$ select pg_temp.world_id('chapter', name) $$;
create function pg_temp.user_id(name text) returns uuid language sql stable
  as $$ select pg_temp.world_id('user', name) $$;
create function pg_temp.world_ids(kind text) returns uuid[] language sql stable as $$
  select array_agg(w.id order by w.id) from pg_temp.world_names w where w.kind = world_ids.kind and w.in_world
$$;

-- The statement with every pg_temp.mentor('m_c')-style name replaced by the id it stands for, as a literal.
create function pg_temp.resolve_names(statement text) returns text
language plpgsql stable
as $$
declare
  call text[];
begin
  for call in
    select regexp_matches(statement, $re$pg_temp\\.(mentor|chapter|user_id|world_ids)\\('([^']*)'\\)$re$, 'g')
  loop
    statement := replace(statement, format('pg_temp.%s(%L)', call[1], call[2]), case call[1]
      when 'world_ids' then
        (select 'array[' || string_agg(quote_literal(w.id::text), ', ' order by w.id::text collate "C") || ']::uuid[]'
           from pg_temp.world_names w where w.kind = call[2] and w.in_world)
      else quote_literal(pg_temp.world_id(case call[1] when 'user_id' then 'user' else call[1] end, call[2])::text)
    end);
  end loop;
  return statement;
end;
$$;

-- A value with the world's ids replaced by their labels (m_c, chapter A, coord_a).
create function pg_temp.names_in(value text) returns text
language plpgsql stable
as $$
declare
  w record;
begin
  for w in select id::text as id, label from pg_temp.world_names loop
    value := replace(value, w.id, w.label);
  end loop;
  return value;
end;
$$;

-- The actors: a request's database role and JWT claims (tests/access/actors.py).
create temp table actors (
  name text primary key,
  description text not null,
  db_role text not null,  -- the role PostgREST switches to
  claims text not null    -- request.jwt.claims
);
insert into pg_temp.actors (name, description, db_role, claims) values
{actors};

create function pg_temp.authenticate_as(actor_name text) returns void
language plpgsql
as $$
declare
  actor record;
begin
  select * into strict actor from pg_temp.actors a where a.name = actor_name;
  perform set_config('role', actor.db_role, true);
  perform set_config('request.jwt.claims', actor.claims, true);
end;
$$;

create function pg_temp.clear_authentication() returns void
language plpgsql
as $$
begin
  perform set_config('role', 'none', true);
  perform set_config('request.jwt.claims', '', true);
end;
$$;

-- Starting points (run as the owner before the actor acts) and checks (run as the owner afterwards), by name.
create temp table givens (what text primary key, sql text not null);
create temp table checks (what text primary key, sql text not null);
{vocabulary}
-- One case: set up as the owner, act as the actor, check as the owner, roll all of it back; report the outcome
-- ('rows: <labels>', 'no rows' or 'error <SQLSTATE>') and the check's value.
create function pg_temp.run_case(actor text, statement text, given text default null,
                                 check_afterwards text default null)
returns table (outcome text, afterwards text)
language plpgsql
as $$
declare
  keys text[] := '{{}}';
  key_row record;
begin
  begin
    if given is not null then
      execute pg_temp.resolve_names((select g.sql from pg_temp.givens g where g.what = given));
    end if;
    statement := pg_temp.resolve_names(statement);
    perform pg_temp.authenticate_as(actor);
    begin
      for key_row in execute statement loop
        keys := keys || (to_jsonb(key_row) ->> (select k from jsonb_object_keys(to_jsonb(key_row)) k limit 1));
      end loop;
    exception when others then
      outcome := 'error ' || sqlstate;
    end;
    -- Back to the owner: pg_temp.clear_authentication(), written out (the actor may not call functions in pg_temp).
    perform set_config('role', 'none', true);
    perform set_config('request.jwt.claims', '', true);
    if outcome is null then
      outcome := coalesce('rows: ' || (select string_agg(k, ', ' order by k collate "C")
                                         from (select distinct pg_temp.names_in(unnest(keys)) k) labels), 'no rows');
    end if;
    if check_afterwards is not null then
      execute pg_temp.resolve_names((select c.sql from pg_temp.checks c where c.what = check_afterwards))
        into afterwards;
      afterwards := pg_temp.names_in(afterwards);
    end if;
    raise exception using errcode = 'MXRBK', message = 'roll the case back';
  exception when sqlstate 'MXRBK' then
    return next;
  end;
end;
$$;"""


def _values(rows: list[str]) -> str:
    return ",\n".join(f"  ({row})" for row in rows)


def pgtap_helpers(cases: list[Case]) -> str:
    """The helpers a pgTAP file of ``cases`` defines: names, actors, starting points, checks, the case runner."""
    names = [
        ", ".join(
            [sql_literal(n.kind), sql_literal(n.name), sql_literal(n.id), sql_literal(n.label), str(n.in_world).lower()]
        )
        for n in NAMES
    ]
    used = {c.actor.name for c in cases}
    actors = [
        ", ".join([sql_literal(a.name), sql_literal(a.description), sql_literal(a.role), sql_literal(_claims(a))])
        for a in ACTORS
        if a.name in used
    ]
    givens: dict[str, Given] = {}
    checks: dict[str, Effect] = {}
    for case in cases:
        if case.given:
            assert givens.setdefault(case.given.what, case.given).sql == case.given.sql, case.given.what
        if case.effect:
            assert checks.setdefault(case.effect.what, case.effect).sql == case.effect.sql, case.effect.what
    vocabulary = ""
    if givens:
        rows = [f"{sql_literal(w)}, {_dollar_quoted(_named(g.sql))}" for w, g in givens.items()]
        vocabulary += f"insert into pg_temp.givens (what, sql) values\n{_values(rows)};\n"
    if checks:
        rows = [f"{sql_literal(w)},\n   {_dollar_quoted(_named(e.sql))}" for w, e in checks.items()]
        vocabulary += f"insert into pg_temp.checks (what, sql) values\n{_values(rows)};\n"
    return _HELPERS.format(names=_values(names), actors=_values(actors), vocabulary=vocabulary)


def _claims(actor: Actor) -> str:
    """The claims exactly as pytest sets them (``tests/support/db.py: acting_with``)."""
    return json.dumps(actor.claims)


def _render_case(case: Case) -> list[str]:
    arguments = [sql_literal(case.actor.name), _dollar_quoted(_named(case.sql))]
    named = []
    if case.given:
        named.append(f"given => {sql_literal(case.given.what)}")
    if case.effect:
        named.append(f"check_afterwards => {sql_literal(case.effect.what)}")
    call = f"select * from pg_temp.run_case({', '.join(arguments)}"
    call += (",\n  " + ", ".join(named) if named else "") + ") \\gset"
    lines = [
        call,
        f"select is(:'outcome'::text, {sql_literal(outcome_value(case.expect))}, {sql_literal(describe(case))});",
    ]
    if case.effect:
        lines.append(
            f"select is(:'afterwards'::text, {sql_literal(readable(case.effect.expected))}, "
            f"{sql_literal(describe_effect(case, case.effect))});"
        )
    return lines


def render_pgtap_file(name: str, cases: list[Case]) -> str:
    plan = sum(2 if c.effect else 1 for c in cases)
    out = [
        "-- GENERATED from tests/access/matrix.py by `./dev generate`; do not edit by hand.",
        f"-- {_title(name)}",
        "--",
        _HEADER,
        "begin;",
        "create extension if not exists pgtap with schema extensions;",
        "set local search_path = public, extensions;",
        f"select plan({plan});",
        "",
        _section("Helpers"),
        pgtap_helpers(cases),
        "",
        _section("The world (tests/access/world.py)"),
        by_name(setup_sql()),
    ]
    by_actor: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        by_actor[case.actor.name].append(case)
    for actor in ACTORS:
        if actor.name not in by_actor:
            continue
        out += ["", _section(f"As {actor.name}: {actor.description}")]
        for case in by_actor[actor.name]:
            out += ["", *_render_case(case)]
    out += ["", "select * from finish();", "rollback;", ""]
    return "\n".join(out)


def render_pgtap(cases: list[Case] | None = None) -> dict[str, str]:
    """Every pgTAP file of the matrix: file name (in ``supabase/tests/rls/``) -> text, sorted by name."""
    cases = cases if cases is not None else all_cases()
    by_file: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        by_file[pgtap_file_name(case)].append(case)
    return {name: render_pgtap_file(name, by_file[name]) for name in sorted(by_file)}


def write_pgtap(directory: Path = PGTAP_DIR) -> None:
    """Write every file of :func:`render_pgtap` and remove the ones it no longer renders."""
    files = render_pgtap()
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    for path in directory.iterdir():
        if path.name not in files:
            path.unlink()
    for path in LEGACY_PGTAP_PATHS:
        path.unlink(missing_ok=True)


def stale_pgtap_files(directory: Path = PGTAP_DIR) -> list[str]:
    """Files that differ from a fresh rendering: changed, missing or extra (empty when fresh)."""
    files = render_pgtap()
    stale = [
        name
        for name, text in files.items()
        if not (directory / name).exists() or (directory / name).read_text(encoding="utf-8") != text
    ]
    if directory.exists():
        stale += [path.name for path in directory.iterdir() if path.name not in files]
    stale += [str(path.relative_to(SUPABASE_DIR)) for path in LEGACY_PGTAP_PATHS if path.exists()]
    return sorted(stale)


# Documentation -----------------------------------------------------------------------------------------------------
#: RPCs that return rows for a list of ids: the doc shows the rows, like a listing.
_BY_ID_RPCS = {"get_mentor_statuses()"}


def _summary(cases: list[Case]) -> str:
    """One cell: what a group of cases (same actor, target, operation) expects.

    Listings show the rows returned; per-mentor calls show which mentors succeed ("ok") and which fail with
    which SQLSTATE.
    """
    if cases[0].operation == "select" or cases[0].target.startswith("list_") or cases[0].target in _BY_ID_RPCS:
        parts = []
        for case in cases:
            if isinstance(case.expect, Fails):
                parts.append(f"**{case.expect.sqlstate}**")
                continue
            names = sorted(readable(k).split(":")[0] for k in case.expect.keys)
            shown = ", ".join(names) if names else "none"
            parts.append(f"{case.subject}: {shown}" if case.target.startswith("list_") else shown)
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
        by_key[(case.actor.name, case.target, case.operation)].append(case)

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
                target, operation = key.split("|")
                group = by_key.get((actor.name, target, operation), [])
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
            ("get_mentor_statuses()", "get_mentor_statuses()|call"),
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
    table(
        "The certification expiry (its run records and RPCs)",
        [
            ("certification_expiry_runs", "certification_expiry_runs|select"),
            ("start_certification_expiry_run()", "start_certification_expiry_run()|call"),
            ("expire_certification_batch()", "expire_certification_batch()|call"),
            ("fail_certification_expiry_run()", "fail_certification_expiry_run()|call"),
        ],
    )
    table(
        "The portal outbox (its RPCs)",
        [
            ("claim_portal_sync()", "claim_portal_sync()|call"),
            ("complete_portal_sync()", "complete_portal_sync()|call"),
            ("fail_portal_sync()", "fail_portal_sync()|call"),
            ("requeue_portal_dead_letters()", "requeue_portal_dead_letters()|call"),
            ("portal_sync_status()", "portal_sync_status()|call"),
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
    for target, operation in ((t.name, op) for t in TABLES for op in ("insert", "update", "delete")):
        cells = []
        for actor in ACTORS:
            group = by_key.get((actor.name, target, operation), [])
            cells.append("allowed" if group and isinstance(group[0].expect, Rows) else group[0].expect.sqlstate)  # type: ignore[union-attr]
        lines.append(f"| {target} | {operation} | " + " | ".join(cells) + " |")
    rules = [c for c in cases if c.target == "transition rules"]
    lines.extend(["", "### Transition and input rules (as `admin`)", "", "| case | outcome |", "|---|---|"])
    for case in rules:
        outcome = case.expect.sqlstate if isinstance(case.expect, Fails) else "succeeds"
        lines.append(f"| {case.subject} | {outcome} |")
    lines += ["", DOC_END]
    return "\n".join(lines)


def _doc_bounds(text: str) -> tuple[int, int]:
    return text.index(DOC_BEGIN), text.index(DOC_END) + len(DOC_END)


def write_doc(path: Path = DOC_PATH) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = _doc_bounds(text)
    path.write_text(text[:start] + render_doc_section() + text[end:], encoding="utf-8")


def doc_is_fresh(path: Path = DOC_PATH) -> bool:
    text = path.read_text(encoding="utf-8")
    start, end = _doc_bounds(text)
    return text[start:end] == render_doc_section()
