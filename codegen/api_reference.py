"""Write the API reference for people: every resource and method of the clients, from the spec.

    python -m codegen.api_reference [--spec PATH] [--out docs/api.md]

One section per resource (``client.contacts``), one row per method: its name, HTTP method and path,
whether it is paginated, and the first line of the operation's summary. ``make regenerate`` rewrites
it; tests/test_api_reference.py fails when the committed file is not what this script writes.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from .fetch import SHARED_SPEC
from .generate.names import names, operation_key
from .normalize import normalize_file
from .pagination import classify
from .spec import JSON, iter_operations

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "api.md"

HEADER = """# API reference

Every operation of Intercom's API as a method of the clients, generated from the spec by
`codegen/api_reference.py` (`make regenerate` rewrites this file; do not edit it). The same methods
exist on `AsyncIntercom` (awaited) and `Intercom`. Path parameters are positional, everything else is
keyword-only; every method also takes `timeout`, `max_retries`, `extra_headers`, `extra_query` and
`extra_body`, and has a twin under `client.<resource>.with_raw_response` (except paginated ones).
A **paginated** method returns a paginator: iterate it for the items, `await` it (sync:
`.first_page()`) for the first page, `.pages()` for page after page. Each method's docstring has the
operation's full description and arguments.

"""


def one_line(text: str) -> str:
    line = " ".join(text.strip().split("\n\n")[0].split())
    return line.replace("|", "\\|") or "-"


def render(spec: JSON) -> str:
    paginated = {entry.key for entry in classify(spec).entries}
    operations = {(method.upper(), path): operation for path, method, operation in iter_operations(spec)}
    by_resource: dict[str, list[tuple[str, str, str, bool, str]]] = defaultdict(list)
    for entry in names(spec):
        operation = operations[(entry.method, entry.path)]
        summary = one_line(str(operation.get("summary") or operation.get("description") or ""))
        is_paginated = operation_key(operation) in paginated
        by_resource[entry.resource].append((entry.name, entry.method, entry.path, is_paginated, summary))
    out = [HEADER]
    out.append("Resources: " + ", ".join(f"[`{r}`](#client{r.replace('_', '')})" for r in sorted(by_resource)))
    out.append("\n")
    for resource in sorted(by_resource):
        out.append(f"\n## client.{resource}\n\n| method | HTTP | path | |\n| --- | --- | --- | --- |\n")
        for name, method, path, is_paginated, summary in sorted(by_resource[resource]):
            mark = "**paginated**: " if is_paginated else ""
            out.append(f"| `{name}` | {method} | `{path}` | {mark}{summary} |\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.api_reference", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SHARED_SPEC, help="a local OpenAPI file (YAML or JSON)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    spec = normalize_file(args.spec)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(spec))
    print(f"api_reference: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
