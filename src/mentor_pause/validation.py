"""Checks on caller input made before any call, so a bad value fails fast with a clear InvalidInput.

The database remains the authority (its CHECK constraints and transition trigger refuse the same values,
whatever the client); these checks only spare a round trip and give Python-side messages. The limits are the
database's: ``tests/sdk/test_validation.py`` reads them back from the schema so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from uuid import UUID

from mentor_pause.errors import InvalidInput
from mentor_pause.models import ExpiryHost, MentorStatusValue

#: CHECK peer_mentor_status_reason_max_length: char_length(pause_reason) <= 500.
MAX_REASON_LENGTH = 500
#: list_mentor_statuses / get_mentor_history accept 1..1000 rows per page.
MAX_PAGE_SIZE = 1000
#: private.latest_return_date(): an expected return date lies at most this many years after today.
MAX_RETURN_YEARS = 5

#: Characters that show nothing and are trimmed from both ends of a reason, as private.trim_whitespace() trims them
#: (the same set; tests/sdk/test_failing_well.py compares the two character by character): the Unicode
#: default-ignorable characters that stand alone (soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul
#: fillers, Khmer inherent vowels, Mongolian vowel separator, zero-width space, non-joiner and joiner, direction
#: marks, embeddings, overrides and isolates, word joiner, invisible operators, byte-order mark, shorthand and
#: musical format controls) and the braille blank. Variation selectors and tag characters are not trimmed: they
#: belong to the character before them (an emoji's presentation, a flag). A reason made only of these and
#: whitespace is blank.
INVISIBLE_FORMAT_CHARACTERS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u2800\u3164\ufeff\uffa0"
    "\U0001bca0\U0001bca1\U0001bca2\U0001bca3"
    "\U0001d173\U0001d174\U0001d175\U0001d176\U0001d177\U0001d178\U0001d179\U0001d17a"
)
#: What str.isspace() calls whitespace (the test suite checks the list is complete).
WHITESPACE = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
TRIMMED_CHARACTERS = WHITESPACE + INVISIBLE_FORMAT_CHARACTERS

# Earth's time zones run from UTC-12 to UTC+14.
_WESTMOST = dt.timedelta(hours=-12)
_EASTMOST = dt.timedelta(hours=14)


def _add_years(day: dt.date, years: int) -> dt.date:
    """``day + interval 'N years'`` as PostgreSQL computes it (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def return_date_window(now: dt.datetime | None = None) -> tuple[dt.date, dt.date]:
    """Return dates the SDK lets through: every date that is valid *somewhere* on Earth right now.

    The database decides "today" for the rule (private.today()), in a time zone the SDK does not know, so the
    SDK refuses only what no time zone would accept, and never a date the database takes (today included).
    """
    moment = now or dt.datetime.now(dt.UTC)
    earliest = (moment + _WESTMOST).date()
    latest = _add_years((moment + _EASTMOST).date(), MAX_RETURN_YEARS)
    return earliest, latest


def entity_id(value: UUID | str) -> UUID:
    """Any id the SDK takes (a mentor's, a chapter's, a request's): a UUID or its text form."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            pass
    raise InvalidInput(f"not a valid id: {value!r}")


def optional_id(value: UUID | str | None) -> UUID | None:
    return None if value is None else entity_id(value)


def entity_ids(values: Iterable[UUID | str]) -> list[UUID]:
    """Several ids: a list (or any iterable) of them. One id on its own is refused rather than iterated, which
    would read a text id as one-character ids."""
    if isinstance(values, str | UUID | bytes):
        raise InvalidInput(f"expected a list of ids, got one id {values!r}: pass [id], or use the single-id method")
    try:
        return [entity_id(value) for value in values]
    except TypeError:
        raise InvalidInput(f"expected a list of ids, got {type(values).__name__}") from None


def trim(value: str) -> str:
    """``value`` without the whitespace and invisible characters around it, as private.trim_whitespace() trims."""
    return value.strip(TRIMMED_CHARACTERS)


def reason(value: str) -> str:
    """A pause reason: text, not blank, at most 500 characters once surrounding whitespace and invisible
    characters are removed (:func:`trim`)."""
    if not isinstance(value, str):
        raise InvalidInput(f"the reason must be text, not {type(value).__name__}")
    text = trim(value)
    if not text:
        raise InvalidInput("a pause needs a reason")
    if len(text) > MAX_REASON_LENGTH:
        raise InvalidInput(f"the reason is {len(text)} characters long; at most {MAX_REASON_LENGTH} are allowed")
    if "\x00" in text:
        raise InvalidInput("the reason contains a NUL character, which PostgreSQL text cannot hold")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidInput("the reason is not valid Unicode text (lone surrogate)") from exc
    return text


def expected_return(value: dt.date | None) -> dt.date | None:
    """An expected return date: a date (not a datetime), from today to five years ahead."""
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidInput(f"the expected return must be a date, not {type(value).__name__}")
    earliest, latest = return_date_window()
    if value < earliest:
        raise InvalidInput(f"the expected return date {value.isoformat()} is in the past")
    if value > latest:
        raise InvalidInput(
            f"the expected return date {value.isoformat()} is more than {MAX_RETURN_YEARS} years ahead; "
            "leave it empty when it is not known"
        )
    return value


def status_filter(value: MentorStatusValue | str | None) -> MentorStatusValue | None:
    if value is None:
        return None
    try:
        return MentorStatusValue(value)
    except ValueError:
        raise InvalidInput(f"unknown status {value!r}") from None


def expiry_host(value: ExpiryHost | str) -> ExpiryHost:
    """Where a certification expiry run says it ran."""
    try:
        return ExpiryHost(value)
    except ValueError:
        hosts = ", ".join(host.value for host in ExpiryHost)
        raise InvalidInput(f"unknown expiry host {value!r}: one of {hosts}") from None


def page_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise InvalidInput(f"page size must be an integer from 1 to {MAX_PAGE_SIZE}, got {value!r}")
    return value
