"""The SQL statements PostgREST 12/13 runs for a read, built the way it builds them, for the benchmarks.

Shapes from PostgREST v13.0.8 (``src/PostgREST/Query/Statements.hs``: ``prepareRead``, ``prepareCall``;
``Query/QueryBuilder.hs``: ``readPlanToQuery``, ``readPlanToCountQuery``, ``callPlanToQuery``;
``Query/SqlFragment.hs``: ``countF``, ``asJsonF``, ``limitOffsetF``, ``pgFmtFilter``):

- a table read is ``WITH pgrst_source AS ( SELECT "s"."t".* FROM "s"."t" WHERE <filters> ORDER BY ... LIMIT $n
  OFFSET $m )`` followed by the json_agg envelope;
- ``Prefer: count=exact`` adds ``, pgrst_source_count AS ( SELECT 1 FROM "s"."t" WHERE <filters> )`` (the same
  filters, no ORDER, no LIMIT) and ``(SELECT pg_catalog.count(*) FROM pgrst_source_count)`` as the total;
- a function call is ``WITH pgrst_source AS (SELECT "pgrst_call".* FROM "s"."f"("arg" := $1::type, ...) pgrst_call)``
  with the envelope reading ``FROM (SELECT "f".* FROM "pgrst_source" AS "f") _postgrest_t``; only the arguments
  the request gives are passed, named, in the function's declaration order, each cast to its declared type.

Every value of the request (filter operands, limit, offset, arguments) reaches PostgreSQL as a parameter of type
``unknown``; callers pass them as Python ``str`` (psycopg sends ``str`` as ``unknown`` too), with psycopg named
placeholders (``%(name)s``) in the filters.
"""

from __future__ import annotations

ENVELOPE_COLUMNS = (
    "pg_catalog.count(_postgrest_t) AS page_total, "
    "coalesce(json_agg(_postgrest_t), '[]') AS body, "
    "nullif(current_setting('response.headers', true), '') AS response_headers, "
    "nullif(current_setting('response.status', true), '') AS response_status, "
    "'' AS response_inserted "
)


def ident(*parts: str) -> str:
    """``"schema"."table"."column"``, quoted as PostgREST quotes (names here need no escaping)."""
    return ".".join(f'"{part}"' for part in parts)


def table_read(
    schema: str,
    table: str,
    filters: list[str],
    *,
    order: str | None = None,
    paged: bool = False,
    exact_count: bool = False,
    names: bool = False,
) -> str:
    """``GET /<table>?<filters>&order=<order>&limit=..`` (``paged``: ``%(limit)s``/``%(offset)s`` parameters),
    with ``Prefer: count=exact`` when ``exact_count``. ``filters`` are SQL conditions already formatted, ANDed in
    order; ``order`` is the ORDER BY list. ``names``: each status row of the page also gets its mentor's display name
    and its chapter's name, looked up for the page's rows only (what the read RPCs return, so that an RPC is
    compared with a hand-written read of the same rows and columns)."""
    qi = ident(schema, table)
    where = (" WHERE  " + " AND  ".join(filters)) if filters else ""
    source = f"SELECT {qi}.* FROM {qi} {where}  " + (f"ORDER BY {order} " if order else "")
    if paged:
        source += "LIMIT %(limit)s OFFSET %(offset)s"
    if names:
        source = (
            "SELECT s.*, (SELECT p.display_name FROM public.peer_mentors p WHERE p.id = s.mentor_id) AS "
            "mentor_display_name, (SELECT c.name FROM public.chapters c WHERE c.id = s.chapter_id) AS chapter_name "
            f"FROM ({source}) s"
        )
    count_cte, total = "", "null::bigint"
    if exact_count:
        count_cte = f", pgrst_source_count AS (SELECT 1 FROM {qi} {where})"
        total = "(SELECT pg_catalog.count(*) FROM pgrst_source_count)"
    return (
        f"WITH pgrst_source AS ( {source} ) {count_cte} "
        f"SELECT {total} AS total_result_set, " + ENVELOPE_COLUMNS + "FROM ( SELECT * FROM pgrst_source ) _postgrest_t"
    )


def function_call(schema: str, function: str, arguments: list[tuple[str, str]]) -> str:
    """``GET /rpc/<function>?<name>=<value>...`` of a set-returning function: ``arguments`` are (name, declared
    type) of the arguments given, in declaration order; each value is the placeholder ``%(<name>)s``."""
    args = ", ".join(f"{ident(name)} := %({name})s::{type_}" for name, type_ in arguments)
    return (
        f"WITH pgrst_source AS (SELECT {ident('pgrst_call')}.* FROM {ident(schema, function)}({args}) pgrst_call) "
        "SELECT null::bigint AS total_result_set, " + ENVELOPE_COLUMNS + f"FROM (SELECT {ident(function)}.* "
        f'FROM "pgrst_source" AS {ident(function)}    ) _postgrest_t'
    )


def eq(schema: str, table: str, column: str, param: str) -> str:
    """The filter ``?<column>=eq.<value>`` (value in the named parameter ``param``)."""
    return f" {ident(schema, table, column)} = %({param})s"
