"""The SDK as a user installed it from the wheel: `python sdk_smoke.py [DATABASE_URL]` (tools/ci_package_check.sh).

Run from outside the repository, with the interpreter of a venv that has the bare wheel (no extras), so that what is
imported is what PyPI users get. It checks that the base install carries no extra; then, without arguments, that
clients build and an unreachable server is a typed error on both transports, or, given a database URL (a local
database from `mentor-pause db start`), that the seeded org admin can pause and resume a seeded mentor and read the
history.
"""

from __future__ import annotations

import importlib.util
import sys
import uuid

import mentor_pause
from mentor_pause import NO_RETRY, Identity, MentorPauseClient, MentorStatusValue, NotFound, Unavailable

#: The seed's org admin (supabase/seed.sql).
ADMIN = "a0000000-0000-4000-8000-000000000001"
#: Not a JWT that any server accepts, but shaped like one: the client is never going to reach a server.
FAKE_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl"


def check_no_extras() -> None:
    present = [name for name in ("typer", "rich", "sqlparse", "msal", "pandas") if importlib.util.find_spec(name)]
    assert not present, f"the base install brought optional packages: {present}"
    print(f"mentor_pause {mentor_pause.__file__}: base install without extras")


def check_unreachable_is_typed() -> None:
    with MentorPauseClient.from_database_url(
        "postgresql://postgres:postgres@127.0.0.1:1/postgres", Identity.service(), retry=NO_RETRY
    ) as client:
        try:
            client.get_status(uuid.uuid4())
        except Unavailable as exc:
            print(f"postgres transport, nothing listening: Unavailable({exc.message[:60]!r}...)")
        else:
            raise AssertionError("no error from an unreachable database")
    with MentorPauseClient.connect("http://127.0.0.1:1", FAKE_KEY, request_timeout=5, retry=NO_RETRY) as client:
        try:
            client.get_status(uuid.uuid4())
        except Unavailable as exc:
            print(f"postgrest transport, nothing listening: Unavailable({exc.message[:60]!r}...)")
        else:
            raise AssertionError("no error from an unreachable PostgREST")


def check_against(database_url: str) -> None:
    with MentorPauseClient.from_database_url(database_url, Identity.user(ADMIN)) as client:
        active = client.list_statuses(status="active", page_size=5).items
        assert active, "the seed has active mentors"
        mentor = active[0].mentor_id
        paused = client.pause(mentor, "Package smoke test")
        assert paused.status is MentorStatusValue.PAUSED, paused
        resumed = client.resume(mentor)
        assert resumed.status is MentorStatusValue.ACTIVE, resumed
        latest = client.history(mentor, page_size=2).items
        assert [change.new_status for change in latest] == [MentorStatusValue.ACTIVE, MentorStatusValue.PAUSED], latest
        try:
            client.get_status(uuid.uuid4())
        except NotFound:
            pass
        else:
            raise AssertionError("an unknown mentor was found")
        print(f"local database: paused and resumed mentor {mentor} as the org admin; history has both")


def main() -> None:
    check_no_extras()
    if len(sys.argv) > 1:
        check_against(sys.argv[1])
    else:
        check_unreachable_is_typed()
    print("sdk smoke: ok")


if __name__ == "__main__":
    main()
