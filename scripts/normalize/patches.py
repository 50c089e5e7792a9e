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
    unknown = set(data) - {"schemas"}
    if unknown:
        raise ValueError(f"{path}: unknown top-level keys {sorted(unknown)} (only 'schemas' is supported)")
    if not isinstance(data.get("schemas") or {}, dict):
        raise ValueError(f"{path}: 'schemas' must map component schema names to merge patches")
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
    """Apply ``patches['schemas'][name]`` to ``components.schemas[name]`` in place.

    Returns how many schemas were patched and the names of patches whose schema does not exist (a
    newer spec may have fixed or renamed it: the caller reports them, they are not an error).
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    applied, stale = 0, []
    for name, patch in (patches.get("schemas") or {}).items():
        if name not in schemas:
            stale.append(name)
            continue
        schemas[name] = merge_patch(schemas[name], patch)
        applied += 1
    return applied, stale
