"""Declarative hand patches (openapi/patches.yaml): the last resort when no generic rule fits."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from .walk import JSON

DEFAULT_PATCHES = Path(__file__).resolve().parents[2] / "openapi" / "patches.yaml"


def load_patches(path: Path | None = None) -> JSON:
    """Read a patches file (``{}`` if it is absent or empty)."""
    import yaml

    path = DEFAULT_PATCHES if path is None else path
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    unknown = set(data) - {"schemas", "paths"}
    if unknown:
        raise ValueError(f"{path}: unknown top-level keys {sorted(unknown)} (only 'schemas' and 'paths')")
    for key in ("schemas", "paths"):
        if not isinstance(data.get(key) or {}, dict):
            raise ValueError(f"{path}: '{key}' must map names to merge patches")
    return data


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
