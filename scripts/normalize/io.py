"""Reading and deterministically writing OpenAPI documents (YAML or JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """The pure-Python safe dumper (same bytes with or without libyaml), never writing anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def load_spec(path: Path) -> Any:
    """Parse a YAML or JSON file (JSON is read as YAML, a superset)."""
    text = Path(path).read_text(encoding="utf-8")
    if Path(path).suffix.lower() == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=_Loader)


def dump_spec(spec: Any, path: Path) -> None:
    """Write ``spec`` as JSON (``.json``) or YAML (anything else); key order is kept as it is in ``spec``,
    so the same input always gives byte-identical output."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".json":
        text = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    else:
        text = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    path.write_text(text, encoding="utf-8")


def load_tables(path: Path, keys: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Read a YAML file of named mappings (``{key: {...}}`` for each of ``keys``, all optional).

    An absent or empty file gives empty mappings; another top-level key, or a key whose value is not
    a mapping, is a ``ValueError`` naming the file.
    """
    if not path.is_file():
        return {key: {} for key in keys}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
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
