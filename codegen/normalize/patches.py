"""Declarative hand patches (openapi/patches.yaml): the last resort when no generic rule fits."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..spec import JSON
from ..tables import load_tables

DEFAULT_PATCHES = Path(__file__).resolve().parents[2] / "openapi" / "patches.yaml"


def load_patches(path: Path | None = None) -> JSON:
    """Read a patches file (``{}`` if it is absent or empty)."""
    tables = load_tables(DEFAULT_PATCHES if path is None else path, ("schemas", "paths"))
    return {key: table for key, table in tables.items() if table}


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch: mappings merge recursively, ``null`` deletes, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def apply_patches(spec: JSON, patches: JSON) -> tuple[int, list[str]]:
    """Apply ``patches['schemas'][name]`` to ``components.schemas[name]`` and ``patches['paths'][path]``
    to ``paths[path]``, in place.

    Returns how many were applied and the names of patches whose target does not exist (a newer spec
    may have fixed or renamed it: the caller reports them, they are not an error).
    """
    targets = {
        "schemas": spec.setdefault("components", {}).setdefault("schemas", {}),
        "paths": spec.setdefault("paths", {}),
    }
    applied, stale = 0, []
    for key, target in targets.items():
        for name, patch in (patches.get(key) or {}).items():
            if name not in target:
                stale.append(name)
                continue
            target[name] = merge_patch(target[name], patch)
            applied += 1
    return applied, stale
