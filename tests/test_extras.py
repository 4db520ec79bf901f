"""The base install is the SDK only: the CLI, the local database, the Dynamics client and pandas are extras.

Each check runs in a fresh interpreter, because this one has long since imported everything. "Not installed" is
simulated by putting ``None`` in ``sys.modules`` before anything is imported, which makes an import of that module
fail exactly as it does when it is absent (a ``ModuleNotFoundError`` naming it) and ``find_spec`` answer ``None``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from mentor_pause._extras import EXTRAS

OPTIONAL = sorted(name for names in EXTRAS.values() for name in names)


def run(code: str, *, absent: list[str] | tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    blocker = "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in absent)
    return subprocess.run(
        [sys.executable, "-c", blocker + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_importing_the_sdk_imports_no_extra() -> None:
    # rich is left out: httpx imports its own command line (click, rich) whenever they are installed.
    result = run(
        """
        import sys
        import mentor_pause, mentor_pause.portal
        loaded = sorted(
            name for name in ("typer", "sqlparse", "msal", "pandas", "mentor_pause.cli", "mentor_pause.local",
                              "mentor_pause.demo")
            if name in sys.modules
        )
        assert not loaded, loaded
        """
    )
    assert result.returncode == 0, result.stderr


def test_the_sdk_and_the_noop_portal_work_without_any_extra() -> None:
    result = run(
        """
        from contextlib import closing
        from mentor_pause import Identity, MentorPauseClient
        from mentor_pause.portal import PortalSyncWorker, portal_client

        with closing(portal_client("noop")) as portal:
            print(type(portal).__name__)
        print(Identity.service())
        """,
        absent=OPTIONAL,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("NoOpPortalClient")


def test_the_dynamics_client_without_msal_says_which_extra_to_install() -> None:
    result = run(
        """
        from mentor_pause.errors import MentorPauseError, MissingExtra
        from mentor_pause.portal import DynamicsPortalClient, DynamicsSettings

        settings = DynamicsSettings(
            environment_url="https://contoso.crm4.dynamics.com",
            tenant_id="contoso.onmicrosoft.com",
            client_id="00000000-0000-0000-0000-000000000001",
            client_secret="s3cret",
            entity_set="contacts",
            available_column="mp_available",
        )
        try:
            DynamicsPortalClient(settings)
        except MissingExtra as exc:
            assert isinstance(exc, MentorPauseError) and isinstance(exc, ImportError)
            assert exc.extra == "dynamics"
            print(exc)
        else:
            raise AssertionError("built without msal")
        """,
        absent=["msal"],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "the Dynamics portal client needs the 'dynamics' extra: pip install 'mentor-pause[dynamics]'"
    )


def test_to_pandas_without_pandas_says_which_extra_to_install() -> None:
    result = run(
        """
        from mentor_pause import StatusPage
        from mentor_pause.errors import MissingExtra

        try:
            StatusPage(items=(), next_cursor=None).to_pandas()
        except MissingExtra as exc:
            print(exc)
        """,
        absent=["pandas"],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "to_pandas() needs the 'pandas' extra: pip install 'mentor-pause[pandas]'"


def test_the_console_script_without_the_cli_extra_says_so_in_one_line() -> None:
    result = run("from mentor_pause._cli_entry import main; main()", absent=["typer", "sqlparse"])
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "mentor-pause: the command line needs the 'cli' extra (missing: typer, sqlparse); "
        "install it with: pip install 'mentor-pause[cli]'"
    ]


def test_the_console_script_with_the_cli_extra_runs_the_command_line() -> None:
    result = run("import sys; sys.argv = ['mentor-pause', '--help']; from mentor_pause._cli_entry import main; main()")
    assert result.returncode == 0, result.stderr
    assert "db" in result.stdout
    assert "demo" in result.stdout
