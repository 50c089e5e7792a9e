"""The README's examples work: every import line of its Python blocks runs, and the blocks marked
``<!-- runs against the mock in tests/test_readme.py -->`` run, whole, against the Prism mock."""

from __future__ import annotations

import ast
import asyncio
import importlib.util
import re
from typing import Any

import pytest

import intercom_client
from codegen.vendor import DEVELOPMENT_EXTRAS
from intercom_client import AsyncIntercom, Intercom

from .conftest import ROOT, make_targets

README = (ROOT / "README.md").read_text()
MARK = "<!-- runs against the mock in tests/test_readme.py -->"
RUNNABLE = re.findall(re.escape(MARK) + r"\n```python\n(.*?)```", README, flags=re.S)


@pytest.mark.pinned  # the README shows the pinned spec's package (ContactSearchRequestDict, ...)
def test_every_import_in_the_readme_resolves() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    imports = [
        line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith(("from ", "import "))
    ]
    assert len(imports) >= 8
    for line in imports:
        exec(line, {})  # raises ImportError if a README example names something that does not exist


def _mock_clients(mock_url: str) -> tuple[type[AsyncIntercom], type[Intercom]]:
    """The clients as README readers construct them (region=..., token from the environment), sent to the mock."""

    class ReadmeAsyncIntercom(AsyncIntercom):
        def __init__(self, **options: Any) -> None:
            options.pop("region", None)
            super().__init__(**{**options, "base_url": mock_url})

    class ReadmeIntercom(Intercom):
        def __init__(self, **options: Any) -> None:
            options.pop("region", None)
            super().__init__(**{**options, "base_url": mock_url})

    return ReadmeAsyncIntercom, ReadmeIntercom


def test_the_readme_has_runnable_examples_of_the_surface() -> None:
    assert len(RUNNABLE) >= 4
    joined = "\n".join(RUNNABLE)
    for call in (
        "client.contacts.list(",
        "client.conversations.reply(",
        "client.tickets.create(",
        ".with_raw_response.",
    ):
        assert call in joined


@pytest.mark.pinned
@pytest.mark.parametrize("index", range(len(RUNNABLE)))
def test_a_readme_example_runs_against_the_mock(
    index: int, mock_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async_class, sync_class = _mock_clients(mock_url)
    monkeypatch.setattr(intercom_client, "AsyncIntercom", async_class)
    monkeypatch.setattr(intercom_client, "Intercom", sync_class)
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", "readme-token")
    source = RUNNABLE[index]
    name = f"README.md example {index + 1}"
    try:
        code = compile(source, name, "exec")
        awaiting = False
    except SyntaxError:  # top-level await: run it in a loop, with `client` and `sync_client` ready
        code = compile(source, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        awaiting = True

    async def run_awaiting() -> None:
        async with async_class() as client:
            with sync_class() as sync_client:
                namespace = {"client": client, "sync_client": sync_client, "Intercom": sync_class}
                result = eval(code, namespace)
                if asyncio.iscoroutine(result):
                    await result

    if awaiting:
        asyncio.run(run_awaiting())
    else:
        exec(code, {})
    assert capsys.readouterr().out  # every example prints what it got


def _install_section() -> str:
    return README.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]


def test_the_install_section_names_only_what_exists() -> None:
    """No PyPI claim; the make target, script, extras and wheel name it uses are this project's own."""
    import tomllib

    section = _install_section()
    commands = [line.strip() for line in re.findall(r"```sh\n(.*?)```", section, flags=re.S)[0].splitlines()]
    installs = [line for line in commands if line.startswith("pip install")]
    assert len(installs) >= 5
    assert all("@ git+<REPO-URL>" in line or "./" in line or "dist/" in line for line in installs), installs
    assert "pip install intercom-client\n" not in README and "not published on PyPI" in section
    named = {word for line in commands for word in re.findall(r"^make ([\w-]+)", line)}
    assert named <= make_targets(), named - make_targets()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    extras = set(pyproject["project"]["optional-dependencies"]) - DEVELOPMENT_EXTRAS
    named = {extra for group in re.findall(r"\[([a-z,]+)\]", section) for extra in group.split(",")}
    assert named and named <= extras, named - extras
    assert set(re.findall(r"^\| `(\w+)` \|", section, flags=re.M)) == extras, "the extras table lists every extra"
    steps = re.findall(r"python -m (codegen\.\w+)", section)
    assert steps and all(importlib.util.find_spec(step) is not None for step in steps), steps
    assert "dist/intercom_client-*.whl" in section  # the wheel's file name (tests/test_packaging.py checks it)
