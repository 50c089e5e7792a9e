"""Write the testing kit's coverage table: which operations FakeIntercom keeps as state.

    python -m codegen.fake_coverage [--out docs/testing.md]

One row per operation of the generated operations table: ``stateful`` when the kit models it
(``intercom_client/testing/_handlers.py``), ``spec example`` when it answers the spec's example of its
success response. tests/kit/test_coverage_doc.py fails when the committed file is not what this writes;
run it after regenerating or after adding a stateful operation.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "testing.md"

HEADER = """# FakeIntercom coverage

What `intercom_client.testing.FakeIntercom` does with each operation, written by
`codegen/fake_coverage.py` (`python -m codegen.fake_coverage`; do not edit). **stateful**: the fake
keeps the objects and answers from them with Intercom's rules (errors, paging, search); **spec
example**: it answers the spec's example of the success response (repaired to fit its schema), the
same whatever was sent. Every answer is checked against the spec by `tests/kit/test_spec_valid.py`.

"""


def render() -> str:
    from intercom_client.generated.operations_table import OPERATIONS
    from intercom_client.testing._handlers import HANDLERS

    by_resource: dict[str, list[str]] = defaultdict(list)
    stateful = 0
    for op in OPERATIONS:
        key = f"{op.resource}.{op.name}"
        mode = "**stateful**" if key in HANDLERS else "spec example"
        stateful += key in HANDLERS
        by_resource[op.resource].append(f"| `{op.name}` | {op.method} `{op.path}` | {mode} |\n")
    out = [HEADER, f"{stateful} of {len(OPERATIONS)} operations are stateful.\n"]
    for resource in sorted(by_resource, key=lambda r: (-sum("stateful" in row for row in by_resource[r]), r)):
        out.append(f"\n## client.{resource}\n\n| method | HTTP | answer |\n| --- | --- | --- |\n")
        out.extend(by_resource[resource])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.fake_coverage", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.out.write_text(render())
    print(f"fake_coverage: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
