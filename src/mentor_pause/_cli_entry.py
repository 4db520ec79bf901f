"""The ``mentor-pause`` console script: the command line if the ``cli`` extra is installed, else one clear line.

Why a module of its own: the script is installed with every ``pip install mentor-pause``, but the command line and
the local database live in the ``cli`` extra (typer, rich, sqlparse). Without it, importing
:mod:`mentor_pause.cli` would end in a ``ModuleNotFoundError`` traceback; this checks first, without importing them,
and says what to install.
"""

from __future__ import annotations

import sys

from mentor_pause._extras import missing_modules


def main() -> None:
    missing = missing_modules("cli")
    if missing:
        print(
            f"mentor-pause: the command line needs the 'cli' extra (missing: {', '.join(missing)}); "
            "install it with: pip install 'mentor-pause[cli]'",
            file=sys.stderr,
        )
        raise SystemExit(1)
    from mentor_pause.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
