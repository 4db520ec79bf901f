"""`mentor-pause status|history|roster|pause|resume|reactivate`: the SDK's calls as a user or the service, with
--json documents a script can parse and an exit code per kind of refusal (the database decides, as always)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from typer.testing import CliRunner

from mentor_pause.cli import app
from tests.cli.conftest import Org
from tests.support.db import Conn


def run(runner: CliRunner, database_url: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--database-url", database_url])
    return result.exit_code, result.stdout, result.stderr


def as_json(stdout: str) -> dict[str, object]:
    document = json.loads(stdout)
    assert isinstance(document, dict)
    return document


def test_status_as_a_coordinator_in_json(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, err = run(
        runner, database_url, "status", str(org.mentor_a), "--as-user", str(org.coordinator_a), "--json"
    )
    assert code == 0, err
    document = as_json(out)
    assert document["mentor_id"] == str(org.mentor_a)
    assert document["status"] == "active"
    assert document["available"] is True
    assert document["chapter_id"] == str(org.chapter_a)
    assert set(document) == {
        "mentor_id",
        "status",
        "available",
        "chapter_id",
        "pause_reason",
        "expected_return_date",
        "paused_at",
        "certification_expires_on",
        "updated_at",
    }


def test_status_as_text(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, _ = run(runner, database_url, "status", str(org.mentor_a_paused), "--service")
    assert code == 0
    assert "paused" in out and "Travelling" in out


def test_pause_with_a_return_date_as_text(runner: CliRunner, database_url: str, org: Org) -> None:
    back = (dt.date.today() + dt.timedelta(days=14)).isoformat()
    code, out, err = run(
        runner, database_url, "pause", str(org.mentor_a), "--reason", "Surgery", "--until", back, "--service"
    )
    assert code == 0, err
    assert "paused" in out and "Surgery" in out and back in out


def test_a_return_date_beyond_the_window_is_invalid_input(runner: CliRunner, database_url: str, org: Org) -> None:
    code, _, err = run(
        runner, database_url, "pause", str(org.mentor_a), "--reason", "Away", "--until", "2999-01-31", "--service"
    )
    assert code == 2, err
    assert_one_line_error(err, "invalid input")


def test_transitions_and_history_in_json(runner: CliRunner, database_url: str, org: Org, admin_db: Conn) -> None:
    mentor, coordinator = str(org.mentor_a), str(org.coordinator_a)
    code, out, err = run(
        runner, database_url, "pause", mentor, "--reason", "Surgery", "--as-user", coordinator, "--json"
    )
    assert code == 0, err
    paused = as_json(out)
    assert paused["status"] == "paused" and paused["pause_reason"] == "Surgery"
    code, out, err = run(runner, database_url, "resume", mentor, "--as-user", str(org.mentor_user), "--json")
    assert code == 0, err
    assert as_json(out)["status"] == "active"
    code, out, err = run(runner, database_url, "history", mentor, "--as-user", coordinator, "--json", "--limit", "2")
    assert code == 0, err
    history = as_json(out)
    items = history["items"]
    assert isinstance(items, list) and len(items) == 2
    assert [(i["previous_status"], i["new_status"]) for i in items] == [("paused", "active"), ("active", "paused")]
    assert items[0]["changed_by"] == str(org.mentor_user)
    assert items[1]["changed_by"] == coordinator
    assert history["next_cursor"] == items[1]["id"]  # a full page: there may be more
    code, out, _ = run(
        runner, database_url, "history", mentor, "--service", "--json", "--before", str(history["next_cursor"])
    )
    assert code == 0
    older = as_json(out)["items"]
    assert isinstance(older, list) and [i["new_status"] for i in older] == ["active"]  # the creation row
    rows = admin_db.execute("select count(*) from public.peer_mentor_status_log where mentor_id = %s", (org.mentor_a,))
    assert rows.fetchone() == (3,)


def test_reactivate_after_renewal(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, err = run(
        runner, database_url, "reactivate", str(org.mentor_expired), "--as-user", str(org.coordinator_a), "--json"
    )
    assert code == 0, err
    assert as_json(out)["status"] == "active"


def test_request_id_replays_the_first_outcome(runner: CliRunner, database_url: str, org: Org) -> None:
    request = str(uuid.uuid4())
    args = ["pause", str(org.mentor_a), "--reason", "Course", "--request-id", request, "--service", "--json"]
    first = run(runner, database_url, *args)
    second = run(runner, database_url, *args)
    assert first[0] == second[0] == 0
    assert as_json(first[1]) == as_json(second[1])


def test_roster_lists_a_chapter_with_names(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, err = run(
        runner, database_url, "roster", str(org.chapter_a), "--as-user", str(org.coordinator_a), "--json"
    )
    assert code == 0, err
    document = as_json(out)
    assert document["chapter_id"] == str(org.chapter_a)
    mentors = document["mentors"]
    assert isinstance(mentors, list)
    by_id = {m["mentor_id"]: m for m in mentors}
    assert set(by_id) == {str(org.mentor_a), str(org.mentor_a_paused), str(org.mentor_expired)}
    assert by_id[str(org.mentor_a)]["name"] == f"Mentor {str(org.mentor_a)[:8]}"
    assert by_id[str(org.mentor_a_paused)]["status"] == "paused"
    assert [m["name"] for m in mentors] == sorted(m["name"] for m in mentors)
    code, out, _ = run(runner, database_url, "roster", str(org.chapter_a), "--status", "paused", "--service", "--json")
    assert code == 0
    paused = as_json(out)["mentors"]
    assert isinstance(paused, list) and [m["mentor_id"] for m in paused] == [str(org.mentor_a_paused)]


def test_roster_as_a_table(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, _ = run(runner, database_url, "roster", str(org.chapter_a), "--as-user", str(org.coordinator_a))
    assert code == 0
    assert f"Mentor {str(org.mentor_a)[:8]}" in out
    assert "3 mentors" in out


def test_a_coordinator_sees_nothing_of_another_chapter(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, _ = run(
        runner, database_url, "roster", str(org.chapter_b), "--as-user", str(org.coordinator_a), "--json"
    )
    assert code == 0
    assert as_json(out)["mentors"] == []


# -- exit codes -----------------------------------------------------------------------------------------------------


def assert_one_line_error(stderr: str, kind: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"error ({kind})"), stderr
    assert "Traceback" not in stderr


def test_not_found_is_exit_3(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, err = run(runner, database_url, "status", str(org.mentor_b), "--as-user", str(org.coordinator_a))
    assert code == 3
    assert out == ""
    assert_one_line_error(err, "not found")
    assert "PT404" in err


def test_forbidden_is_exit_4(runner: CliRunner, database_url: str, org: Org) -> None:
    code, _, err = run(runner, database_url, "portal", "status", "--as-user", str(org.mentor_user))
    assert code == 4
    assert_one_line_error(err, "forbidden")


def test_invalid_transition_is_exit_5_and_changes_nothing(
    runner: CliRunner, database_url: str, org: Org, admin_db: Conn
) -> None:
    code, _, err = run(runner, database_url, "resume", str(org.mentor_a), "--service")
    assert code == 5
    assert_one_line_error(err, "invalid transition")
    row = admin_db.execute("select status from public.peer_mentor_status where mentor_id = %s", (org.mentor_a,))
    assert row.fetchone() == ("active",)


def test_invalid_input_is_exit_2(runner: CliRunner, database_url: str, org: Org) -> None:
    code, _, err = run(runner, database_url, "pause", str(org.mentor_a), "--reason", "   ", "--service")
    assert code == 2
    assert_one_line_error(err, "invalid input")
    code, _, err = run(runner, database_url, "status", "not-a-uuid", "--service")
    assert code == 2


def test_json_errors_are_one_json_object_on_stderr(runner: CliRunner, database_url: str, org: Org) -> None:
    code, out, err = run(runner, database_url, "status", str(uuid.uuid4()), "--service", "--json")
    assert code == 3
    assert out == ""
    error = json.loads(err)["error"]
    assert error == {
        "kind": "not_found",
        "exit_code": 3,
        "message": error["message"],
        "code": "PT404",
        "hint": None,
    }


def test_who_acts_must_be_said(runner: CliRunner, database_url: str, org: Org) -> None:
    code, _, err = run(runner, database_url, "status", str(org.mentor_a))
    assert code == 2
    assert "--as-user" in err and "--service" in err
    code, _, err = run(runner, database_url, "status", str(org.mentor_a), "--service", "--as-user", str(org.admin))
    assert code == 2
    code, _, err = run(runner, database_url, "status", str(org.mentor_a), "--as-user", "nobody")
    assert code == 2 and "not a UUID" in err
