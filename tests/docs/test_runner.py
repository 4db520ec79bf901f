"""The docs runner itself: it must catch a wrong output, a raising block and an unexplained skip, or the example
tests would pass for the wrong reason."""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest

from tests.docs.examples import ExampleFailed, examples, run_page

PAGE = """\
# A page

```python
total = 1 + 1
print(total)
```

<!-- output -->
```text
2
```

<!-- not-run: needs a real Dynamics environment -->
```python
raise RuntimeError("never runs")
```

<!-- notebook -->
```python
import asyncio

await asyncio.sleep(0)
print(f"still {total}, at {'...'}")
```

<!-- output -->
```text
still 2, at ...
```
"""


def page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_blocks_share_a_namespace_skip_with_reason_and_may_await(tmp_path: Path) -> None:
    found = examples(page(tmp_path, PAGE))
    assert [e.line for e in found] == [3, 14, 19]
    assert found[0].expected_output == "2\n"
    assert [e.notebook for e in found] == [False, False, True]
    assert run_page(found) == ["page.md:14 (needs a real Dynamics environment)"]


def test_output_that_differs_fails(tmp_path: Path) -> None:
    found = examples(page(tmp_path, PAGE.replace("still {total}", "now {total}")))
    with pytest.raises(ExampleFailed, match=r"page\.md:19 printed something else"):
        run_page(found)


def test_a_raising_block_names_its_line(tmp_path: Path) -> None:
    found = examples(page(tmp_path, "```python\nprint('before')\n1 / 0\n```\n"))
    with pytest.raises(ExampleFailed, match=r"page\.md:1 raised ZeroDivisionError") as caught:
        run_page(found)
    assert "before" in str(caught.value)
    assert caught.value.__cause__ is not None
    assert caught.value.__cause__.__traceback__ is not None
    frames = traceback.extract_tb(caught.value.__cause__.__traceback__)
    assert frames[-1].lineno == 3, "tracebacks point at the Markdown line"


def test_a_skip_must_say_why(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="say why"):
        examples(page(tmp_path, "<!-- not-run -->\n```python\npass\n```\n"))


def test_top_level_await_needs_the_notebook_marker(tmp_path: Path) -> None:
    found = examples(page(tmp_path, "```python\nimport asyncio\n\nawait asyncio.sleep(0)\n```\n"))
    with pytest.raises(ExampleFailed, match="not valid Python in a script"):
        run_page(found)
