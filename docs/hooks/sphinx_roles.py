"""A Griffe extension for the SDK reference: Sphinx roles in docstrings (``:class:`~mentor_pause.NotFound```) become
code spans, since the docstrings are written for readers of the source and Sphinx-style tools alike, and
mkdocstrings renders Markdown. Loaded by ``mkdocs.yml`` (mkdocstrings ``extensions``); not part of the site."""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|meth|func|mod|attr|exc|data|obj):`(~?)([^`]+)`")


def _code(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


class SphinxRolesAsCode(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(_code, obj.docstring.value)
