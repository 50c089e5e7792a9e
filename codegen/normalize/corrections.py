"""Corrections from evidence (openapi/corrections.yaml): what the live API sends that the spec does not allow.

Each correction widens one field of one component schema: another type it also takes, null, a field the
spec lacks, enum values, or whether responses always carry it; or gives a path parameter the type of the
id it carries (``path``, ``parameter``, ``type``: the id the API sends as a string, which a path declares
an integer, so that an id read from one response is accepted by the next call); or makes one schema the
same as another (``schema``, ``same_as``: a list item the API sends as the object itself, e.g. a listed
conversation, which is a conversation without its parts), so that both decode to one class. They are applied
to the spec as published, after the hand patches and before the generic rules, which then treat the widened fields
like any other (a ``$ref`` made nullable, a union, ...).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..spec import JSON, load_spec

DEFAULT_CORRECTIONS = Path(__file__).resolve().parents[2] / "openapi" / "corrections.yaml"
ACTIONS = ("also", "nullable", "add", "values", "required")
# Read by rules_roles.required_response_fields, which alone decides what a response model requires.
REQUIRED_KEY = "x-intercom-required-in-responses"
OPTIONAL_KEY = "x-intercom-optional-in-responses"


def load_corrections(path: Path | None = None) -> list[JSON]:
    """The entries of a corrections file, checked for shape (``[]`` if the file is absent)."""
    path = DEFAULT_CORRECTIONS if path is None else path
    if not path.is_file():
        return []
    data = load_spec(path) or {}
    entries = data.get("corrections") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a mapping with a 'corrections' list")
    for index, entry in enumerate(entries):
        where = f"{path}: corrections[{index}]"
        if isinstance(entry, dict) and "parameter" in entry:
            _check_parameter_entry(entry, where)
            continue
        if isinstance(entry, dict) and "same_as" in entry:
            _check_same_as_entry(entry, where)
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("schema"), str) or not entry.get("field"):
            raise ValueError(f"{where}: each entry needs 'schema' and 'field'")
        _check_evidence(entry, f"{where} ({entry['schema']}.{entry['field']})")
        unknown = set(entry) - {"schema", "field", "evidence", *ACTIONS}
        if unknown or not set(entry) & set(ACTIONS):
            raise ValueError(f"{where}: unknown keys {sorted(unknown)} or no action (one of {', '.join(ACTIONS)})")
    return entries


def apply_corrections(spec: JSON, entries: list[JSON]) -> tuple[int, list[str]]:
    """Apply each correction in place; return how many applied and the ``schema.field`` of those skipped.

    A correction is skipped when its schema or field does not exist (or, for ``add``, already exists):
    a newer or older spec may have fixed it, so that is not an error.
    """
    schemas = (spec.get("components") or {}).get("schemas") or {}
    applied, skipped = 0, []
    for entry in entries:
        if "parameter" in entry:
            if _retype_parameter(spec, entry):
                applied += 1
            else:
                skipped.append(f"{entry['path']}.{entry['parameter']}")
            continue
        if "same_as" in entry:
            if _same_as(spec, entry["schema"], entry["same_as"]):
                applied += 1
            else:
                skipped.append(f"{entry['schema']}={entry['same_as']}")
            continue
        name, field = entry["schema"], entry["field"]
        schema = schemas.get(name)
        properties = schema.get("properties") if isinstance(schema, dict) else None
        exists = isinstance(properties, dict) and field in properties
        if not isinstance(properties, dict) or exists == ("add" in entry):
            skipped.append(f"{name}.{field}")
            continue
        if "add" in entry:
            properties[field] = copy.deepcopy(entry["add"])
        if "also" in entry:
            properties[field] = _widened(properties[field], entry["also"], schemas, f"{name}_{field}")
        if entry.get("nullable"):
            properties[field]["nullable"] = True
        if "values" in entry:
            _add_enum_values(properties[field], entry["values"])
        if "required" in entry:
            assert isinstance(schema, dict)  # it has the properties
            key = REQUIRED_KEY if entry["required"] else OPTIONAL_KEY
            schema.setdefault(key, []).append(field)
        applied += 1
    return applied, skipped


def _widened(prop: JSON, also: list[JSON], schemas: JSON, component: str) -> JSON:
    """``prop`` as ``anyOf [prop, *also]``, keeping its description and nullability on the outside.

    The first inline object among them (the spec's own, or one the correction adds) moves to the
    component ``component`` (e.g. ``contact_avatar``), so that its class is named for what it is.
    """
    members = [
        {key: value for key, value in prop.items() if key not in ("description", "nullable", "example")},
        *copy.deepcopy(also),
    ]
    for index, member in enumerate(members):
        if isinstance(member.get("properties"), dict) and component not in schemas:
            schemas[component] = member
            members[index] = {"$ref": f"#/components/schemas/{component}"}
    outer: JSON = {key: prop[key] for key in ("description", "nullable") if key in prop}
    outer["anyOf"] = members
    return outer


def _add_enum_values(prop: JSON, values: list[Any]) -> None:
    enum = prop.setdefault("enum", [])
    nulls = [value for value in enum if value is None]
    enum[:] = [value for value in enum if value is not None]
    enum.extend(value for value in values if value not in enum)
    enum.extend(nulls)


def _check_evidence(entry: JSON, where: str) -> None:
    """Every correction says where the live API was seen to disagree with the spec (``evidence``)."""
    if not isinstance(entry.get("evidence"), str) or not entry["evidence"].strip():
        raise ValueError(f"{where}: 'evidence' is required")


def _check_parameter_entry(entry: JSON, where: str) -> None:
    """A path parameter's correction: ``path``, ``parameter``, ``type`` (a JSON type, or a list of the types
    the id arrives as) and ``evidence``."""
    if not isinstance(entry.get("path"), str) or not isinstance(entry.get("parameter"), str):
        raise ValueError(f"{where}: a parameter correction needs 'path' and 'parameter'")
    kinds = entry.get("type") if isinstance(entry.get("type"), list) else [entry.get("type")]
    if not kinds or any(kind not in ("string", "integer") for kind in kinds):
        raise ValueError(f"{where}: a parameter correction needs 'type' (string, integer or a list of both)")
    _check_evidence(entry, f"{where} ({entry['path']} {entry['parameter']})")
    unknown = set(entry) - {"path", "parameter", "type", "evidence"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")


def _retype_parameter(spec: JSON, entry: JSON) -> bool:
    """Give the path parameter ``entry['parameter']`` of every operation on ``entry['path']`` the type
    ``entry['type']`` (an id the API sends as a string, that a path declared an integer); False when the
    path or the parameter does not exist."""
    item = (spec.get("paths") or {}).get(entry["path"])
    if not isinstance(item, dict):
        return False
    found = False
    operations = [op for op in item.values() if isinstance(op, dict)]
    for holder in [item, *operations]:
        for parameter in holder.get("parameters") or []:
            if (
                isinstance(parameter, dict)
                and parameter.get("in") == "path"
                and parameter.get("name") == entry["parameter"]
            ):
                schema = {
                    key: value for key, value in (parameter.get("schema") or {}).items() if key in ("description",)
                }
                kinds = entry["type"] if isinstance(entry["type"], list) else [entry["type"]]
                typed = {"type": kinds[0]} if len(kinds) == 1 else {"anyOf": [{"type": kind} for kind in kinds]}
                parameter["schema"] = {**schema, **typed}
                found = True
    return found


def _check_same_as_entry(entry: JSON, where: str) -> None:
    """A schema made the same as another: ``schema``, ``same_as`` (component schema names) and ``evidence``."""
    if not isinstance(entry.get("schema"), str) or not isinstance(entry.get("same_as"), str):
        raise ValueError(f"{where}: a same_as correction needs 'schema' and 'same_as' (schema names)")
    _check_evidence(entry, f"{where} ({entry['schema']} = {entry['same_as']})")
    unknown = set(entry) - {"schema", "same_as", "evidence"}
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")


def _shape(schema: Any) -> Any:
    """A schema without what only documents it (descriptions, examples, titles), to compare two fields' types."""
    if isinstance(schema, dict):
        return {key: _shape(value) for key, value in schema.items() if key not in ("description", "example", "title")}
    if isinstance(schema, list):
        return [_shape(value) for value in schema]
    return schema


def _same_as(spec: JSON, name: str, target: str) -> bool:
    """Make components.schemas ``name`` the schema ``target``: every ``$ref`` to it then names ``target``, and
    it is dropped. Only when nothing is lost: each field of ``name`` is a field of ``target`` with the same type,
    and ``target`` requires no field ``name`` lacks (False otherwise, and when either schema does not exist)."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    source, into = schemas.get(name), schemas.get(target)
    if not isinstance(source, dict) or not isinstance(into, dict) or name == target:
        return False
    fields, target_fields = source.get("properties"), into.get("properties")
    if not isinstance(fields, dict) or not isinstance(target_fields, dict):
        return False
    if any(key not in target_fields or _shape(value) != _shape(target_fields[key]) for key, value in fields.items()):
        return False
    if (set(into.get("required") or []) | set(into.get(REQUIRED_KEY) or [])) - set(fields):
        return False
    old, new = f"#/components/schemas/{name}", f"#/components/schemas/{target}"

    def retarget(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("$ref") == old:
                node["$ref"] = new
            for value in node.values():
                retarget(value)
        elif isinstance(node, list):
            for value in node:
                retarget(value)

    del schemas[name]
    retarget(spec)
    return True
