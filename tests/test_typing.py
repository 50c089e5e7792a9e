"""What users' type checkers say: tests/typing/ programs checked by mypy --strict and pyright (strict).

``user_program.py`` and ``bulk_program.py`` must pass both checkers with no error (their
``assert_type`` calls pin the types users meet); every line of ``user_mistakes.py`` marked
``# expect-error`` must draw an error from each checker, and no other line may.

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
EXPECTED = {
    index
    for index, line in enumerate((TYPING / "user_mistakes.py").read_text().splitlines(), start=1)
    if line.rstrip().endswith("# expect-error")
}


FILES = (TYPING / "user_program.py", TYPING / "bulk_program.py", TYPING / "user_mistakes.py")


def _mypy() -> dict[str, set[int]]:
    result = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", *map(str, FILES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return {
        path.name: {int(m.group(1)) for m in re.finditer(rf"{re.escape(path.name)}:(\d+): error", result.stdout)}
        for path in FILES
    }


def _pyright() -> dict[str, set[int]]:
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
    errors: dict[str, set[int]] = {path.name: set() for path in FILES}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            errors.setdefault(Path(diagnostic["file"]).name, set()).add(diagnostic["range"]["start"]["line"] + 1)
    return errors


CHECKERS = {"mypy": _mypy, "pyright": _pyright}


@functools.cache
def errors_of(checker: str) -> dict[str, set[int]]:
    """The error lines ``checker`` reports in each file of tests/typing/ (one run per checker)."""
    return CHECKERS[checker]()


@pytest.mark.pinned
@pytest.mark.parametrize("program", ["user_program.py", "bulk_program.py"])
@pytest.mark.parametrize("checker", sorted(CHECKERS))  # one worker runs them all (tests/conftest.py)
def test_the_user_programs_type_check_clean(checker: str, program: str) -> None:
    assert errors_of(checker)[program] == set()


@pytest.mark.pinned
@pytest.mark.parametrize("checker", sorted(CHECKERS))  # the same worker as the tests above (tests/conftest.py)
def test_every_mistake_is_flagged_and_nothing_else(checker: str) -> None:
    assert len(EXPECTED) >= 6
    assert errors_of(checker)["user_mistakes.py"] == EXPECTED
