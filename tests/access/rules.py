"""The state machine and input rules, seen through the RPCs as an org admin (who may do everything): each rule
once, on m_peer, with the status and history it must leave behind."""

from __future__ import annotations

from tests.access.actors import ACTOR
from tests.access.cases import (
    CHECK_VIOLATION,
    CONFLICT,
    INVALID_INPUT,
    INVALID_TRANSITION,
    NOT_FOUND,
    Case,
    Given,
    Outcome,
    Rows,
)
from tests.access.objects import given_status, status_effect
from tests.access.world import MENTOR
from tests.support.sql import sql_literal


def rule_cases() -> list[Case]:
    """The state machine and input rules, seen through the RPCs (as an org admin, who may do everything)."""
    admin = ACTOR["admin"]
    m = MENTOR["m_peer"]
    mid = sql_literal(m.id)
    cases: list[Case] = []

    def case(subject: str, sql: str, expect: Outcome, given: Given | None, status: str, log_rows: int) -> None:
        cases.append(
            Case(
                admin,
                "transition rules",
                "call",
                subject,
                subject,
                sql,
                expect,
                given=given,
                effect=status_effect(
                    "m_peer", status, log_rows, admin.changes_recorded_as if log_rows > 1 and not given else "system"
                ),
            )
        )

    paused = given_status("m_peer", "paused")
    expired = given_status("m_peer", "certification_expired")
    case(
        "resume an active mentor",
        f"select status from public.resume_mentor({mid})",
        INVALID_TRANSITION,
        None,
        "active",
        1,
    )
    case(
        "pause a paused mentor",
        f"select status from public.pause_mentor({mid}, 'Again')",
        INVALID_TRANSITION,
        paused,
        "paused",
        2,
    )
    case(
        "reactivate an active mentor",
        f"select status from public.reactivate_mentor({mid})",
        INVALID_TRANSITION,
        None,
        "active",
        1,
    )
    case(
        "expire an expired certification",
        f"select status from public.expire_mentor_certification({mid})",
        INVALID_TRANSITION,
        expired,
        "certification_expired",
        2,
    )
    case(
        "resume a mentor whose certification expired",
        f"select status from public.resume_mentor({mid})",
        INVALID_TRANSITION,
        expired,
        "certification_expired",
        2,
    )
    case(
        "pause without a reason",
        f"select status from public.pause_mentor({mid}, null)",
        CHECK_VIOLATION,
        None,
        "active",
        1,
    )
    case(
        "pause with a blank reason",
        f"select status from public.pause_mentor({mid}, '   ')",
        CHECK_VIOLATION,
        None,
        "active",
        1,
    )
    case(
        "pause with a reason of tabs, newlines and no-break spaces",
        f"select status from public.pause_mentor({mid}, E'\\t\\n\\u00a0\\u3000')",
        CHECK_VIOLATION,
        None,
        "active",
        1,
    )
    case(
        "pause with a reason of invisible characters (zero-width space, word joiner, byte-order mark, joiner)",
        f"select status from public.pause_mentor({mid}, E'\\u200b\\u2060\\ufeff\\u200d')",
        CHECK_VIOLATION,
        None,
        "active",
        1,
    )
    case(
        "pause with a 501-character reason",
        f"select status from public.pause_mentor({mid}, repeat('x', 501))",
        CHECK_VIOLATION,
        None,
        "active",
        1,
    )
    case(
        "pause with a return date in the past",
        f"select status from public.pause_mentor({mid}, 'Holiday', current_date - 1)",
        INVALID_INPUT,
        None,
        "active",
        1,
    )
    case(
        "pause with a return date today",
        f"select status || ':' || (expected_return_date = current_date)::text "
        f"from public.pause_mentor({mid}, 'Holiday', current_date)",
        Rows(frozenset({"paused:true"})),
        None,
        "paused",
        2,
    )
    request = sql_literal("11111111-1111-4111-8111-111111111111")
    case(
        "the same request id twice makes one transition",
        f"select status from public.pause_mentor({mid}, 'Retry', null, {request}) "
        f"union all select status from public.pause_mentor({mid}, 'Retry', null, {request})",
        Rows(frozenset({"paused"})),
        None,
        "paused",
        2,
    )
    case(
        "a request id reused for another mentor is a conflict",
        f"select status from public.pause_mentor({sql_literal(MENTOR['m_self'].id)}, 'First', null, {request}) "
        f"union all select status from public.pause_mentor({mid}, 'Second', null, {request})",
        CONFLICT,
        None,
        "active",
        1,
    )
    case(
        "pause with a return date more than five years ahead",
        f"select status from public.pause_mentor({mid}, 'Holiday', current_date + 5 * 366)",
        INVALID_INPUT,
        None,
        "active",
        1,
    )
    case(
        "pause with a return date of infinity",
        f"select status from public.pause_mentor({mid}, 'Forever', 'infinity')",
        INVALID_INPUT,
        None,
        "active",
        1,
    )
    case(
        "a request id replayed with another return date is a conflict",
        f"select status from public.pause_mentor({mid}, 'Retry', current_date + 1, {request}) "
        f"union all select status from public.pause_mentor({mid}, 'Retry', current_date + 2, {request})",
        CONFLICT,
        None,
        "active",
        1,
    )
    case(
        "unknown mentor",
        "select status from public.pause_mentor('00000000-0000-4000-8000-00000000dead', 'Nobody')",
        NOT_FOUND,
        None,
        "active",
        1,
    )
    unknown = sql_literal("00000000-0000-4000-8000-00000000dead")
    case(
        "the status of an unknown mentor",
        f"select mentor_id::text from public.get_mentor_status({unknown})",
        NOT_FOUND,
        None,
        "active",
        1,
    )
    case(
        "the history of an unknown mentor",
        f"select mentor_id::text from public.get_mentor_history({unknown})",
        NOT_FOUND,
        None,
        "active",
        1,
    )
    case(
        "a history page past the oldest row is empty, not a 404",
        f"select mentor_id::text from public.get_mentor_history({mid}, p_before => 1)",
        Rows(frozenset()),
        None,
        "active",
        1,
    )
    case(
        "page size above 1000 is refused",
        "select mentor_id::text from public.list_mentor_statuses(p_limit => 1001)",
        INVALID_INPUT,
        None,
        "active",
        1,
    )
    case(
        "unknown status filter is refused",
        "select mentor_id::text from public.list_mentor_statuses(p_status => 'away')",
        INVALID_INPUT,
        None,
        "active",
        1,
    )
    case(
        "more than 1000 ids at once are refused",
        "select mentor_id::text from public.get_mentor_statuses(array_fill(gen_random_uuid(), array[1001]))",
        INVALID_INPUT,
        None,
        "active",
        1,
    )
    return cases
