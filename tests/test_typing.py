"""What users' type checkers say: tests/typing/ programs checked by mypy --strict and pyright (strict).

``user_program.py``, ``bulk_program.py`` and ``bodies_program.py`` must pass both checkers with no
error (their ``assert_type`` calls pin the types users meet); every line of ``user_mistakes.py`` marked
``# expect-error`` must draw an error from each checker, and no other line may. A line marked
``# expect-error: key`` must draw an error whose message names ``key`` (quoted, as both checkers quote
it), from each checker: a misspelt body key is named, not lost in a union of types.

Each checker runs once, on both files. mypy runs with the project's configuration and its incremental
cache (.mypy_cache, which ``make typecheck`` fills just before the tests): the package the programs
import is read from the cache, so only the three small files are checked anew (~2 s instead of ~30 s).
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TYPING = Path(__file__).resolve().parent / "typing"
VENV_BIN = Path(sys.executable).parent
MARK = re.compile(r"# expect-error(?:: (\w+))?\s*$")
MARKED = {
    index: match.group(1)
    for index, line in enumerate((TYPING / "user_mistakes.py").read_text().splitlines(), start=1)
    if (match := MARK.search(line))
}
EXPECTED = set(MARKED)
PROGRAMS = ("user_program.py", "bulk_program.py", "bodies_program.py")
FILES = (*(TYPING / name for name in PROGRAMS), TYPING / "user_mistakes.py")


def _mypy_messages() -> dict[str, dict[int, str]]:
    result = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", *map(str, FILES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    found: dict[str, dict[int, str]] = {path.name: {} for path in FILES}
    for path in FILES:
        for m in re.finditer(rf"{re.escape(path.name)}:(\d+): error: (.*)", result.stdout):
            line = int(m.group(1))
            found[path.name][line] = found[path.name].get(line, "") + m.group(2) + "\n"
    return found


def _pyright_messages() -> dict[str, dict[int, str]]:
    pyright = shutil.which("pyright", path=str(VENV_BIN))
    assert pyright is not None, "pyright is a dev dependency: run make venv"
    result = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, *map(str, FILES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    report = json.loads(result.stdout[result.stdout.index("{") :])
    found: dict[str, dict[int, str]] = {path.name: {} for path in FILES}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            lines = found.setdefault(Path(diagnostic["file"]).name, {})
            line = diagnostic["range"]["start"]["line"] + 1
            lines[line] = lines.get(line, "") + diagnostic["message"] + "\n"
    return found


CHECKERS = {"mypy": _mypy_messages, "pyright": _pyright_messages}


@functools.cache
def messages_of(checker: str) -> dict[str, dict[int, str]]:
    """The error messages ``checker`` reports in each file of tests/typing/, by line (one run per checker)."""
    return CHECKERS[checker]()


def errors_of(checker: str) -> dict[str, set[int]]:
    """The error lines ``checker`` reports in each file of tests/typing/."""
    return {name: set(lines) for name, lines in messages_of(checker).items()}


@pytest.mark.pinned
@pytest.mark.parametrize("program", PROGRAMS)
@pytest.mark.parametrize("checker", sorted(CHECKERS))  # one worker runs them all (tests/conftest.py)
def test_the_user_programs_type_check_clean(checker: str, program: str) -> None:
    assert errors_of(checker)[program] == set()


@pytest.mark.pinned
@pytest.mark.parametrize("checker", sorted(CHECKERS))  # the same worker as the tests above (tests/conftest.py)
def test_every_mistake_is_flagged_and_nothing_else(checker: str) -> None:
    assert len(EXPECTED) >= 6
    assert errors_of(checker)["user_mistakes.py"] == EXPECTED


@pytest.mark.pinned  # user_mistakes.py names the pinned spec's models (ContactSearchRequestDict: 2026-01-27 has none)
@pytest.mark.parametrize("checker", sorted(CHECKERS))  # the same worker as the tests above (tests/conftest.py)
def test_a_wrong_body_key_is_named_in_the_message(checker: str) -> None:
    named = {line: key for line, key in MARKED.items() if key}
    assert len(named) >= 3
    messages = messages_of(checker)["user_mistakes.py"]
    unnamed = {line: messages.get(line, "") for line, key in named.items() if f'"{key}"' not in messages.get(line, "")}
    assert unnamed == {}


# The limit of today's checkers (mypy 2.4.1, pyright 1.1.414; README, "Request bodies"): a key inside a body that
# may be one of several models, or inside an item that may be, is flagged but not named (the checker output is
# quoted in user_mistakes.py, union_body_mistakes). A wrong value type there is named by mypy alone. When a
# checker starts naming them, this fails: mark those lines `# expect-error: key` instead.
UNION_LINES = {
    needle: index
    for index, line in enumerate((TYPING / "user_mistakes.py").read_text().splitlines(), start=1)
    for needle in ('"admin_idd"', '"idd"', '{"id": 1}')
    if needle in line and "expect-error" in line
}
NAMED_IN_A_UNION = {"mypy": {'{"id": 1}': '"id"'}, "pyright": {}}


@pytest.mark.pinned
@pytest.mark.parametrize("checker", sorted(CHECKERS))  # the same worker as the tests above (tests/conftest.py)
def test_a_key_in_a_union_is_flagged_but_not_named(checker: str) -> None:
    assert len(UNION_LINES) == 3
    messages = messages_of(checker)["user_mistakes.py"]
    named = {}
    for needle, line in UNION_LINES.items():
        message = messages.get(line, "")
        assert message, f"line {line} ({needle}) is not flagged by {checker}"
        key = needle if needle.startswith('"') else '"id"'
        if key in message:
            named[needle] = key
    assert named == NAMED_IN_A_UNION[checker]
