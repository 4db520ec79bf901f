"""Optional parts of the package (``pip install 'mentor-pause[cli]'``, ``[dynamics]``, ``[pandas]``).

Why: the base install is the SDK a service needs; the command line, the local database, the Dynamics portal client and
DataFrames bring dependencies such a service should not have to carry. Code that needs one of them imports it through
:func:`require` at the moment it is used, so that ``import mentor_pause`` works without it and a missing extra is a
:class:`~mentor_pause.errors.MissingExtra` that says what to install, not a bare ``ModuleNotFoundError``.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Final

from mentor_pause.errors import MissingExtra

#: The modules each extra brings (top-level import names).
EXTRAS: Final[dict[str, tuple[str, ...]]] = {
    "cli": ("typer", "rich", "sqlparse"),
    "dynamics": ("msal",),
    "pandas": ("pandas",),
}


def missing_modules(extra: str) -> list[str]:
    """The modules of ``extra`` that cannot be imported here (found without importing them)."""
    return [name for name in EXTRAS[extra] if importlib.util.find_spec(name) is None]


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """``module``, imported; or :class:`MissingExtra` naming ``feature`` and the extra to install."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        top = module.partition(".")[0]
        if exc.name is not None and exc.name.partition(".")[0] != top:
            raise  # the module is there but one of its own dependencies is broken: show that, not our advice
        raise MissingExtra(feature, extra) from exc
