"""Reading pgTAP output like pg_prove: a failing or short run is a failure."""

from __future__ import annotations

from pathlib import Path

from mentor_pause.local.pgtap import parse_tap

FILE = Path("t.sql")


def test_all_planned_tests_ok() -> None:
    assert parse_tap(FILE, "1..2\nok 1 - a\nok 2 - b\n", 0).ok


def test_a_not_ok_line_fails_with_its_diagnostics() -> None:
    result = parse_tap(FILE, "1..2\nok 1 - a\nnot ok 2 - b\n# Failed test 2\n#   have: 1\n#   want: 2\n", 0)
    assert not result.ok
    assert result.failures == ("not ok 2 - b\n# Failed test 2\n#   have: 1\n#   want: 2",)


def test_fewer_results_than_planned_fails() -> None:
    assert not parse_tap(FILE, "1..3\nok 1 - a\nok 2 - b\n", 0).ok


def test_an_sql_error_fails_even_when_results_look_fine() -> None:
    assert not parse_tap(FILE, "1..1\nok 1 - a\n", 3).ok
