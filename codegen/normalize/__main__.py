"""Normalise Intercom's OpenAPI description for openapi-python-client.

Usage: python -m codegen.normalize IN OUT [--patches PATCHES.yaml]

Applies the hand patches (openapi/patches.yaml) and every generic rule of codegen/normalize/ (documented
in openapi/README.md), prints ``rule-name: N`` for each, and writes OUT (JSON if it ends in .json, else
YAML) deterministically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..spec import dump_spec, load_openapi
from .core import normalize
from .patches import load_patches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.normalize", description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="OpenAPI description to normalise (YAML or JSON)")
    parser.add_argument("output", type=Path, help="where to write the normalised description")
    parser.add_argument("--patches", type=Path, default=None, help="hand patches file (default: openapi/patches.yaml)")
    args = parser.parse_args(argv)
    try:
        if args.patches and not args.patches.is_file():
            raise FileNotFoundError(f"no such patches file: {args.patches}")
        spec = load_openapi(args.input)
        patches = load_patches(args.patches) if args.patches else None
        result, counts = normalize(spec, patches=patches)
        dump_spec(result, args.output)
    except (OSError, ValueError) as exc:  # each names the file
        print(f"normalize: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # anything else: one readable line, no traceback
        print(f"normalize: error: {args.input}: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    for name, count in counts.items():
        print(f"{name}: {count}")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
