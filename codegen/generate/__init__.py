"""Run openapi-python-client on a normalised spec, with the resource surface the templates need.

``generate(spec_path, package)`` runs ``python -m codegen.generate`` (the generator, in a process of its
own) and fails on any warning it prints; ``context`` gives the templates each operation's method name
and pagination, ``names`` the names the generator and the surface use.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from ..render import TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "generator-config.yaml"
__all__ = ["CONFIG", "GenerateError", "generate"]


class GenerateError(Exception):
    """openapi-python-client failed or warned; the message holds what it printed."""


def generate(spec_path: Path, package: Path) -> None:
    """Generate the package for the normalised spec at ``spec_path`` into ``package`` (a new folder)."""
    command = [
        sys.executable,
        "-m",
        "codegen.generate",
        "--path",
        str(spec_path),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(package),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    output = result.stdout + result.stderr
    warnings = [line for line in output.splitlines() if re.search(r"warning|unable to parse|error", line, re.I)]
    if result.returncode != 0 or warnings or not (package / "api").is_dir():
        raise GenerateError(f"openapi-python-client reported problems:\n{output.strip()}")
