"""The README's examples name things that exist: every import line of its Python blocks runs."""

from __future__ import annotations

import re

from .conftest import ROOT


def test_every_import_in_the_readme_resolves() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    imports = [
        line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith(("from ", "import "))
    ]
    assert len(imports) >= 8
    for line in imports:
        exec(line, {})  # raises ImportError if a README example names something that does not exist
