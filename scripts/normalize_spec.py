#!/usr/bin/env python3
"""Normalise Intercom's OpenAPI description for openapi-python-client.

Usage: normalize_spec.py IN OUT [--patches PATCHES.yaml]

Applies the hand patches (openapi/patches.yaml) and every generic rule of scripts/normalize/ (documented
in openapi/README.md), prints ``rule-name: N`` for each, and writes OUT (JSON if it ends in .json, else
YAML) deterministically. ``from normalize_spec import normalize`` also works for scripts next to this one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from normalize import dump_spec, load_spec, normalize
from normalize.patches import load_patches

__all__ = ["main", "normalize"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="OpenAPI description to normalise (YAML or JSON)")
    parser.add_argument("output", type=Path, help="where to write the normalised description")
    parser.add_argument("--patches", type=Path, default=None, help="hand patches file (default: openapi/patches.yaml)")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.input)
        if not isinstance(spec, dict) or "paths" not in spec:
            raise ValueError("not an OpenAPI document (no top-level 'paths')")
        patches = load_patches(args.patches) if args.patches else None
        if args.patches and not args.patches.is_file():
            raise FileNotFoundError(f"no such patches file: {args.patches}")
        result, counts = normalize(spec, patches=patches)
        dump_spec(result, args.output)
    except (OSError, ValueError) as exc:
        print(f"normalize_spec: error: {args.input}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a YAML syntax error, for instance: one readable line, no traceback
        print(f"normalize_spec: error: {args.input}: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    for name, count in counts.items():
        print(f"{name}: {count}")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
