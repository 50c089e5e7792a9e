"""The rule registry and the ``normalize`` entry point."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..spec import JSON, load_openapi
from . import rules_concepts as concepts
from . import rules_names as names
from . import rules_operations as ops
from . import rules_roles as roles
from . import rules_schemas as schemas
from .corrections import apply_corrections, load_corrections
from .patches import apply_patches, load_patches


@dataclass(frozen=True)
class Rule:
    """A named, generic fix: ``apply`` mutates the spec in place and returns how many times it fired."""

    name: str
    apply: Callable[[JSON], int]


# Order matters (see openapi/README.md): operation fixes, then schema-shape fixes that produce new
# component schemas (named from titles, so before drop-schema-titles), then the nullable rewrites, and
# last the class-name check, which must see the final shape.
RULES: tuple[Rule, ...] = (
    Rule("dangling-refs", ops.dangling_refs),
    Rule("path-param-location", ops.path_param_location),
    Rule("path-param-missing", ops.path_param_missing),
    Rule("missing-operation-ids", ops.missing_operation_ids),
    Rule("rename-operations", concepts.rename_operations),
    Rule("dedupe-operation-ids", ops.dedupe_operation_ids),
    Rule("unify-header-enums", ops.unify_header_enums),
    Rule("explode-object-query-params", ops.explode_object_query_params),
    Rule("cursor-pagination-params", ops.cursor_pagination_params),
    Rule("optional-query-param-defaults", ops.optional_query_param_defaults),
    Rule("json-response-schema", ops.json_response_schema),
    Rule("required-request-bodies", ops.required_request_bodies),
    Rule("contradictory-uuid-format", schemas.contradictory_uuid_format),
    Rule("drop-constraint-only-unions", schemas.drop_constraint_only_unions),
    Rule("array-items", schemas.array_items),
    Rule("allof-sibling-properties", schemas.allof_sibling_properties),
    Rule("union-sibling-properties", schemas.union_sibling_properties),
    Rule("distribute-allof-over-union", schemas.distribute_allof_over_union),
    Rule("flatten-nested-unions", schemas.flatten_nested_unions),
    Rule("hoist-union-variants", schemas.hoist_union_variants),
    Rule("drop-schema-titles", schemas.drop_schema_titles),
    Rule("inline-component-copies", concepts.inline_component_copies),
    Rule("naming-table", concepts.naming_table),
    Rule("name-extensions", concepts.name_extensions),
    Rule("name-response-bodies", concepts.name_response_bodies),
    Rule("name-nullable-schemas", concepts.name_nullable_schemas),
    Rule("name-union-variants", concepts.name_union_variants),
    Rule("nullable-components", schemas.nullable_components),
    Rule("nullable-ref", schemas.nullable_ref),
    Rule("disambiguate-class-names", names.disambiguate_class_names),
    Rule("mark-schema-roles", roles.mark_schema_roles),
    Rule("required-response-fields", roles.required_response_fields),
)

HAND_PATCHES = "hand-patches"
CORRECTIONS = "corrections"


def normalize(
    spec: JSON, *, patches: JSON | None = None, corrections: list[JSON] | None = None
) -> tuple[JSON, dict[str, int]]:
    """Return a normalised deep copy of ``spec`` and how many times each rule fired (by rule name).

    ``patches`` are the hand patches (the format of openapi/patches.yaml) and ``corrections`` the
    corrections from evidence (openapi/corrections.yaml); ``None`` reads those files. Patches are
    applied first, to the spec as published, then corrections, counted as ``hand-patches`` and
    ``corrections``; corrections whose field does not exist in this spec are counted as skipped.
    """
    out = copy.deepcopy(spec)
    applied, stale = apply_patches(out, load_patches() if patches is None else patches)
    for name in stale:
        print(f"warning: hand patch for schema {name!r} not applied: no such schema", file=sys.stderr)
    corrected, skipped = apply_corrections(out, load_corrections() if corrections is None else corrections)
    counts: dict[str, int] = {HAND_PATCHES: applied, CORRECTIONS: corrected, "corrections-skipped": len(skipped)}
    for rule in RULES:
        counts[rule.name] = rule.apply(out)
    return out, counts


def normalize_file(path: Path) -> JSON:
    """The normalised spec of a YAML or JSON file (``normalize`` with the repository's tables; the counts
    dropped). ``SpecError`` when the file is not an OpenAPI document, ``OSError`` when it cannot be read."""
    return normalize(load_openapi(path))[0]
