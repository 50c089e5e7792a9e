"""Reading the YAML tables of openapi/ (names.yaml, patches.yaml, methods.yaml): named mappings, checked for
shape. Its own module so that a step needing one table (e.g. the generator's method names) does not import
the whole normaliser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .spec import load_spec


def load_tables(path: Path, keys: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Read a YAML file of named mappings (``{key: {...}}`` for each of ``keys``, all optional).

    An absent or empty file gives empty mappings; another top-level key, or a key whose value is not
    a mapping, is a ``ValueError`` naming the file (``SpecError``, a subclass, when it is not valid YAML).
    """
    if not path.is_file():
        return {key: {} for key in keys}
    data = load_spec(path) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    unknown = set(data) - set(keys)
    if unknown:
        allowed = " and ".join(repr(k) for k in keys)
        raise ValueError(f"{path}: unknown top-level keys {sorted(unknown)} (only {allowed})")
    tables: dict[str, dict[str, Any]] = {}
    for key in keys:
        table = data.get(key) or {}
        if not isinstance(table, dict):
            raise ValueError(f"{path}: '{key}' must map names to values")
        tables[key] = table
    return tables
