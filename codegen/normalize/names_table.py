"""The naming table (openapi/names.yaml): names that no rule can derive."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..tables import load_tables

DEFAULT_NAMES = Path(__file__).resolve().parents[2] / "openapi" / "names.yaml"


@dataclass(frozen=True)
class Names:
    """``operations``: operationId -> corrected operationId. ``schemas``: address of an inline schema
    (``"<operationId> <status>"``, ``"<component>.<property>"``, ``"<component>.<property>[]"`` for its
    items) -> the component name it moves into. Both in file order."""

    operations: dict[str, str] = field(default_factory=dict)
    schemas: dict[str, str] = field(default_factory=dict)


def load_names(path: Path | None = None) -> Names:
    """Read the naming table (empty if the file is absent); a malformed file is a ``ValueError``."""
    path = DEFAULT_NAMES if path is None else path
    tables = load_tables(path, ("operations", "schemas"))
    for key, table in tables.items():
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            raise ValueError(f"{path}: '{key}' must map strings to strings")
    return Names(operations=tables["operations"], schemas=tables["schemas"])
