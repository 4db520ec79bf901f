"""Every ``mentor-pause ...`` command the docs show exists, with the options they give it.

The shell examples cannot run in the suite (they start servers, need Docker or a real portal), but they must not
name commands or options the CLI does not have. Commands are read from inline code and shell blocks.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from typer.main import get_command

from mentor_pause.cli import app
from tests.docs.examples import fences
from tests.support.paths import REPO_ROOT

PAGES = sorted((REPO_ROOT / "docs").glob("*.md"))
_INLINE = re.compile(r"`([^`\n]+)`")
_SHELL = {"bash", "sh", "shell", "console", ""}
_COMMAND = re.compile(r"mentor-pause((?: +(?:[a-z0-9][a-z0-9.-]*|--[a-z][a-z-]*(?:=\S+)?|<[^>]+>|\[[^\]]*\]))+)")

#: Commands the docs mention as coming in some releases only ("in releases that have it"), from parallel work.
NOT_YET_EVERYWHERE = {("token",), ("migrations", "copy")}


def shown_commands() -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        blocks = fences(text)
        snippets = [fence.body for fence in blocks if fence.language in _SHELL]
        prose = text.splitlines()
        for fence in blocks:  # blank out every fence (and its body) so inline code spans pair up correctly
            for index in range(fence.line - 1, fence.line + fence.body.count("\n") + 1):
                if index < len(prose):
                    prose[index] = ""
        snippets += _INLINE.findall("\n".join(prose))
        for snippet in snippets:
            for match in _COMMAND.finditer(snippet):
                found.append((page.name, match.group(1).split()))
    return found


def _subcommands(command: Any) -> dict[str, Any] | None:
    """A group's subcommands (None for a leaf). Duck-typed: typer builds on its own copy of click."""
    found = getattr(command, "commands", None)
    return found if isinstance(found, dict) else None


def resolve(words: list[str]) -> tuple[Any, list[str], list[str]]:
    """The command the words name, the subcommand path, and the options given to it."""
    command: Any = get_command(app)
    path: list[str] = []
    for word in words:
        children = _subcommands(command)
        if children is None:
            break
        if word not in children:
            break
        command = children[word]
        path.append(word)
    options = [w.strip("[]").split("=")[0] for w in words if w.strip("[]").startswith("--")]
    return command, path, options


def test_the_docs_show_cli_commands() -> None:
    assert len(shown_commands()) > 10


@pytest.mark.parametrize(("page", "words"), shown_commands(), ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_shown_command_exists(page: str, words: list[str]) -> None:
    command, path, options = resolve(words)
    rest = words[len(path) :]
    if rest and rest[0].startswith("<"):  # a placeholder (`mentor-pause <command> --help`): any command
        return
    if _subcommands(command) is not None and (not rest or not rest[0].startswith("--")):
        if any(tuple(words[: len(p)]) == p for p in NOT_YET_EVERYWHERE):
            pytest.skip(f"`mentor-pause {' '.join(words)}` is announced as not in every release")
        pytest.fail(f"{page}: `mentor-pause {' '.join(words)}` names no command of the CLI")
    known = {opt for param in command.params for opt in getattr(param, "opts", [])}
    unknown = [option for option in options if option not in known]
    assert not unknown, f"{page}: `mentor-pause {' '.join(path)}` has no option {unknown}"
