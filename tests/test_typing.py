"""What users' type checkers say: tests/typing/ programs checked by mypy --strict and pyright (strict).

``user_program.py`` and ``bulk_program.py`` must pass both checkers with no error (their ``assert_type``
calls pin the types users meet); every line of ``user_mistakes.py`` marked ``# expect-error`` must draw an error from each
checker, and no other line may.
"""

from __future__ import annotations

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


def _mypy(path: Path) -> set[int]:
    result = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--no-incremental", "--follow-imports=silent", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    lines = {int(m.group(1)) for m in re.finditer(rf"{re.escape(path.name)}:(\d+): error", result.stdout)}
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return lines


def _pyright(path: Path) -> set[int]:
    pyright = shutil.which("pyright", path=str(VENV_BIN))
    assert pyright is not None, "pyright is a dev dependency: run make venv"
    result = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    report = json.loads(result.stdout[result.stdout.index("{") :])
    return {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"] if d["severity"] == "error"}


CHECKERS = {"mypy": _mypy, "pyright": _pyright}


@pytest.mark.parametrize("program", ["user_program.py", "bulk_program.py"])
@pytest.mark.parametrize("checker", sorted(CHECKERS))
def test_the_user_programs_type_check_clean(checker: str, program: str) -> None:
    assert CHECKERS[checker](TYPING / program) == set()


@pytest.mark.parametrize("checker", sorted(CHECKERS))
def test_every_mistake_is_flagged_and_nothing_else(checker: str) -> None:
    assert len(EXPECTED) >= 6
    assert CHECKERS[checker](TYPING / "user_mistakes.py") == EXPECTED
