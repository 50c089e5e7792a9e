"""Rules that give each concept one class and a name a person would choose.

The generator names an inline schema after where it sits: ``<operation>_response_200`` for a response
body, ``<parent>_<property>_type_0`` for a nullable object or a union member. These rules find inline
schemas that are a component in disguise (an exact copy, or a component plus a few fields) and move the
others into components named after what they are, so the generated classes are ``Contact``,
``CallWithTranscript``, ``AskFinResult``, ``ContactAvatar`` instead.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..spec import JSON, iter_operations
from .names_table import load_names
from .rules_names import class_key
from .walk import COMPONENT_SCHEMA_PREFIX

BASE_KEY = "x-intercom-base"
"""Extension key on a schema that extends a component: the component's name (the class to subclass)."""

# Keys that document a schema without changing which values it accepts.
_ANNOTATIONS = frozenset({"description", "example", "examples", "title", "externalDocs"})
_COMBINATORS = ("allOf", "anyOf", "oneOf")
# Fewest properties a component needs before an inline schema counts as "that component plus more":
# below this, sharing two fields (say ``type`` and ``id``) says nothing about being the same concept.
_MIN_BASE_PROPERTIES = 3

# Stable words for the statuses Intercom's error responses use (http.HTTPStatus phrases change
# between Python versions: 422 became "Unprocessable Content" in 3.13).
_STATUS_WORDS = {
    "400": "bad_request",
    "401": "unauthorized",
    "403": "forbidden",
    "404": "not_found",
    "409": "conflict",
    "412": "precondition_failed",
    "422": "unprocessable_entity",
    "429": "too_many_requests",
    "500": "server_error",
}


def snake(name: str) -> str:
    """The generator's snake_case of a name (``ShowContact`` -> ``show_contact``)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_")


def canonical(schema: Any, *, top: bool = True) -> str:
    """A text equal for two schemas exactly when they accept the same JSON, as far as structure goes.

    Annotations (``description``, ``example``, ``title``, ``x-*``) and key order do not count;
    ``required`` and ``enum`` compare as sets; ``nullable`` at the top is left out (it belongs to the
    place that uses the schema, which keeps it).
    """
    return json.dumps(_canonical(schema, top), sort_keys=True)


def _canonical(schema: Any, top: bool) -> Any:
    if not isinstance(schema, dict):
        return schema
    out: JSON = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-") or (top and key == "nullable"):
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _canonical(prop, False) for name, prop in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = _canonical(value, False)
        elif key in _COMBINATORS and isinstance(value, list):
            out[key] = [_canonical(member, False) for member in value]
        elif key in ("required", "enum") and isinstance(value, list):
            out[key] = sorted({json.dumps(v, sort_keys=True) for v in value})
        else:
            out[key] = value
    return out


# -- where inline schemas sit ------------------------------------------------------------------------


@dataclass
class Site:
    """An inline schema, where it sits (``holder[slot]``) and the snake name the generator gives it."""

    holder: Any
    slot: str | int
    schema: JSON
    name: str
    kind: str  # "property", "item", "additional", "variant", "part" (an allOf member) or "body"


def _property_parts(schema: JSON) -> list[JSON]:
    """The schema and its inline ``allOf`` members: the generator merges their properties into one class."""
    return [schema, *[p for p in schema.get("allOf") or [] if isinstance(p, dict) and "$ref" not in p]]


def children(schema: JSON, name: str) -> Iterator[Site]:
    """The inline child schemas of ``schema`` (a class named ``name``), named the way the generator does."""
    for part in _property_parts(schema):
        props = part.get("properties")
        if isinstance(props, dict):
            for prop_name, prop in props.items():
                if isinstance(prop, dict):
                    yield Site(props, prop_name, prop, f"{name}_{snake(prop_name)}", "property")
    for index, part in enumerate(schema.get("allOf") or []):
        if isinstance(part, dict) and "$ref" not in part:
            yield Site(schema["allOf"], index, part, name, "part")
    if isinstance(schema.get("items"), dict):
        yield Site(schema, "items", schema["items"], f"{name}_item", "item")
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        yield Site(schema, "additionalProperties", extra, f"{name}_additional_property", "additional")
    members = [(key, i) for key in ("anyOf", "oneOf") for i in range(len(schema.get(key) or []))]
    for index, (key, i) in enumerate(members):
        member = schema[key][i]
        if isinstance(member, dict):
            yield Site(schema[key], i, member, f"{name}_type_{index}", "variant")


def body_sites(spec: JSON) -> Iterator[tuple[str, str, Site]]:
    """``(operationId, status or "request", site)`` for each inline JSON body schema of an operation."""
    for path, method, operation in iter_operations(spec):
        op_id = operation.get("operationId")
        base = snake(op_id) if isinstance(op_id, str) and snake(op_id) else snake(f"{method} {path}")
        body = operation.get("requestBody")
        if isinstance(body, dict):
            for media in (body.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    yield str(op_id), "request", Site(media, "schema", media["schema"], f"{base}_body", "body")
        for code, response in (operation.get("responses") or {}).items():
            if not isinstance(response, dict):
                continue
            for media in (response.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    site = Site(media, "schema", media["schema"], f"{base}_response_{code}", "body")
                    yield str(op_id), str(code), site


def _components(spec: JSON) -> JSON:
    schemas: JSON = spec.setdefault("components", {}).setdefault("schemas", {})
    return schemas


def _is_ref(schema: JSON) -> bool:
    return "$ref" in schema


def _is_alias(schema: JSON) -> bool:
    """A ``$ref``, or a combinator of one ``$ref`` (how ``nullable-ref`` writes a nullable one)."""
    combined = [m for k in _COMBINATORS for m in schema.get(k) or []]
    return _is_ref(schema) or (len(combined) == 1 and isinstance(combined[0], dict) and _is_ref(combined[0]))


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith(COMPONENT_SCHEMA_PREFIX):
        return ref[len(COMPONENT_SCHEMA_PREFIX) :]
    return None


def _is_plain_object(schema: JSON) -> bool:
    """An object with its own ``properties`` and no combinator: the shape a copy of a component has."""
    props = schema.get("properties")
    return (
        isinstance(props, dict)
        and bool(props)
        and schema.get("type", "object") == "object"
        and not any(k in schema for k in (*_COMBINATORS, "$ref"))
    )


def _is_model(schema: JSON) -> bool:
    """A schema the generator turns into a class of its own (an object, or an ``allOf``)."""
    if _is_alias(schema) or schema.get("enum"):
        return False  # the generator reads a combinator of one $ref as that reference: no class
    return (
        schema.get("type") == "object"
        or bool(schema.get("allOf"))
        or ("type" not in schema and isinstance(schema.get("properties"), dict) and not _union_key(schema))
    )


def _union_key(schema: JSON) -> str | None:
    return next((k for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list) and schema[k]), None)


def _reference(name: str, nullable: bool) -> JSON:
    ref: JSON = {"$ref": COMPONENT_SCHEMA_PREFIX + name}
    if nullable:
        ref["nullable"] = True  # nullable-ref turns this into the generator's ``anyOf`` + ``nullable``
    return ref


class _Registry:
    """Component names by class key and by canonical text, to hoist inline schemas without clashes."""

    def __init__(self, spec: JSON) -> None:
        self.components = _components(spec)
        self.keys = {class_key(name): name for name in self.components}

    def same_as(self, schema: JSON) -> str | None:
        text = canonical(schema)
        matches = [n for n, s in self.components.items() if isinstance(s, dict) and canonical(s) == text]
        return matches[0] if len(matches) == 1 else None

    def hoist(self, site: Site, name: str, *, share: bool) -> str:
        """Move ``site.schema`` into component ``name`` (suffixed if another class has that name; or,
        with ``share``, reused if that component is structurally equal) and leave a reference behind.
        Returns the component's name."""
        schema = site.schema
        nullable = schema.pop("nullable", None) is True
        existing = self.keys.get(class_key(name))
        if existing is not None and share and canonical(self.components[existing]) == canonical(schema):
            final = existing
        else:
            final, n = name, 2
            while class_key(final) in self.keys:
                final, n = f"{name}_{n}", n + 1
            self.components[final] = schema
            self.keys[class_key(final)] = final
        site.holder[site.slot] = _reference(final, nullable)
        return final


def _all_sites(spec: JSON, registry: _Registry) -> Iterator[Site]:
    """Every inline site below every component and operation body, depth first, including components
    added meanwhile (their children are visited under their new name)."""

    def below(start: list[Site]) -> Iterator[Site]:
        stack = start
        while stack:
            site = stack.pop(0)
            yield site
            current = site.holder[site.slot]
            if current is site.schema and not _is_ref(current):
                stack[:0] = list(children(current, site.name))

    done: set[str] = set()
    while names := [n for n in registry.components if n not in done]:
        for name in names:
            done.add(name)
            schema = registry.components.get(name)
            if isinstance(schema, dict):
                yield from below(list(children(schema, snake(name))))
    for _op, _status, body in list(body_sites(spec)):
        if not _is_ref(body.schema):
            yield from below(list(children(body.schema, body.name)))


# -- rule: inline copies of components ----------------------------------------------------------------


@dataclass
class CopiesReport:
    """What the last ``inline_component_copies`` run found, by address (``"ShowContact 200"``,
    ``"call.data[item]"``): the copies replaced by a component and the extensions of one."""

    copies: list[tuple[str, str]]  # (where, component)
    extensions: list[tuple[str, str, list[str]]]  # (where, base component, extra properties)


LAST_COPIES = CopiesReport([], [])


def _kind(schema: JSON) -> str | None:
    """What a schema says its objects are: the one value (enum, const or example) of its ``type`` or
    ``object`` property (``"role"``, ``"tag"``), if it says."""
    for name in ("type", "object"):
        prop = (schema.get("properties") or {}).get(name)
        if not isinstance(prop, dict):
            continue
        enum = prop.get("enum")
        if isinstance(enum, list) and len(enum) == 1:
            return json.dumps(enum[0])
        for key in ("const", "example", "default"):
            if isinstance(prop.get(key), (str, int)):
                return json.dumps(prop[key])
    return None


def _same_kind(a: JSON, b: JSON) -> bool:
    """Two shapes are one concept unless both say what they are and say different things (an admin's
    ``role`` and a ``tag`` are both ``{type, id, name}``)."""
    kind_a, kind_b = _kind(a), _kind(b)
    return kind_a is None or kind_b is None or kind_a == kind_b


def _superset_base(schema: JSON, bases: list[tuple[str, JSON]]) -> tuple[str, list[str]] | None:
    """The component ``schema`` extends (all its properties, equal, plus more), if exactly one fits best."""
    props: JSON = schema["properties"]
    required = set(schema.get("required") or [])
    best: list[tuple[int, str, list[str]]] = []
    for name, base in bases:
        base_props: JSON = base["properties"]
        if len(base_props) <= len(props) - len(base_props) or not set(base_props) <= set(props):
            continue  # the component must be most of the schema, not two or three generic fields
        if not set(base.get("required") or []) <= required or not _same_kind(schema, base):
            continue
        rest = {k: v for k, v in schema.items() if k not in ("properties", "required", "nullable")}
        base_rest = {k: v for k, v in base.items() if k not in ("properties", "required", "nullable")}
        if canonical(rest) != canonical(base_rest):
            continue
        if all(canonical(props[k], top=False) == canonical(base_props[k], top=False) for k in base_props):
            best.append((len(base_props), name, [k for k in props if k not in base_props]))
    if not best:
        return None
    best.sort(key=lambda b: -b[0])
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None  # two equally good bases: not one concept
    _size, name, extra = best[0]
    return name, extra


def _as_extension(schema: JSON, base: str, extra: list[str]) -> None:
    """Rewrite ``schema`` in place to ``allOf: [{$ref: base}, {the extra properties}]`` + the marker."""
    props: JSON = schema.pop("properties")
    required = schema.pop("required", None) or []
    own: JSON = {"type": "object", "properties": {k: props[k] for k in extra}}
    own_required = [k for k in required if k in extra]
    if own_required:
        own["required"] = own_required
    schema.pop("type", None)
    schema["allOf"] = [{"$ref": COMPONENT_SCHEMA_PREFIX + base}, own]
    schema[BASE_KEY] = base


def _extension_of(schema: JSON) -> str | None:
    """``allOf: [{$ref: B}, {properties...}]`` (nothing else that shapes values): the B it extends."""
    parts = schema.get("allOf")
    if not (isinstance(parts, list) and len(parts) == 2 and not _union_key(schema)):
        return None
    base = _ref_name(parts[0])
    own = parts[1]
    if base is None or not isinstance(own, dict) or not _is_plain_object(own):
        return None
    if "properties" in schema:
        return None
    return base


def _adds_nothing(extension: JSON, base: object) -> bool:
    """Whether every property the extension adds is one ``base`` declares the same way."""
    if not isinstance(base, dict) or not isinstance(base.get("properties"), dict):
        return False
    own = extension["allOf"][1].get("properties") or {}
    return all(
        key in base["properties"] and canonical(value) == canonical(base["properties"][key])
        for key, value in own.items()
    )


def inline_component_copies(spec: JSON) -> int:
    """An inline object schema (a response or request body, a property, an array item...) that is
    structurally equal to exactly one component schema (ignoring ``description``, ``example``,
    ``title``, ``x-*``, key order and the order of ``required``/``enum``) becomes a ``$ref`` to it,
    unless both say what kind of object they are (the one value or example of a ``type`` or
    ``object`` property) and say different things: an admin's ``role`` and a ``tag`` are both
    ``{type, id, name}`` but not one concept; and a copy of fewer than 3 properties (``{type, id}``)
    must say its kind and agree.
    One that is the component's properties plus some more (the component having at least 3, all
    equal, and its ``required`` a subset) becomes ``allOf: [{$ref: C}, {the extra properties}]``;
    such an extension, and an ``allOf`` already written that way, is marked ``x-intercom-base: C`` so
    the template renders it as a subclass of ``C``; an extension whose added properties ``C`` already
    declares the same way (a correction may add them) is ``C``.

    Defect: the generator makes a new class for every inline copy, so ``show_contact`` returned a
    ``ShowContactResponse200`` that mypy refuses where a ``Contact`` is expected. Children are
    compared first, so a copy holding a copy is found too. Fires once per replaced or marked schema;
    both are listed in ``LAST_COPIES``.
    """
    components = _components(spec)
    by_text: dict[str, list[str]] = {}
    bases: list[tuple[str, JSON]] = []
    for name, schema in components.items():
        if isinstance(schema, dict) and _is_plain_object(schema):
            by_text.setdefault(canonical(schema), []).append(name)
            if len(schema["properties"]) >= _MIN_BASE_PROPERTIES:
                bases.append((name, schema))
    LAST_COPIES.copies.clear()
    LAST_COPIES.extensions.clear()
    fired = 0

    def check(site: Site, where: str) -> None:
        nonlocal fired
        schema = site.schema
        base = _extension_of(schema)
        if base is not None and _adds_nothing(schema, components.get(base)):
            # Extends a component with fields it already has (e.g. after a correction added them).
            site.holder[site.slot] = _reference(base, schema.get("nullable") is True)
            LAST_COPIES.copies.append((where, base))
            fired += 1
            return
        if base is not None and BASE_KEY not in schema:
            schema[BASE_KEY] = _extension_of(schema)
            LAST_COPIES.extensions.append((where, schema[BASE_KEY], list(schema["allOf"][1]["properties"])))
            fired += 1
            return
        if not _is_plain_object(schema):
            return
        same = [n for n in by_text.get(canonical(schema), []) if _same_kind(schema, components[n])]
        small = len(schema["properties"]) < _MIN_BASE_PROPERTIES
        if len(same) == 1 and (not small or _kind(schema) is not None):
            site.holder[site.slot] = _reference(same[0], schema.get("nullable") is True)
            LAST_COPIES.copies.append((where, same[0]))
            fired += 1
            return
        found = _superset_base(schema, bases)
        if found is not None:
            _as_extension(schema, *found)
            LAST_COPIES.extensions.append((where, found[0], found[1]))
            fired += 1

    def visit(site: Site, where: str) -> None:
        if _is_ref(site.schema):
            return
        for child in list(children(site.schema, site.name)):
            visit(child, f"{where}.{child.slot}" if child.kind == "property" else f"{where}[{child.kind}]")
        if site.kind != "part":
            check(site, where)

    for name, schema in list(components.items()):
        if isinstance(schema, dict):
            for child in list(children(schema, snake(name))):
                visit(child, f"{name}.{child.slot}" if child.kind == "property" else f"{name}[{child.kind}]")
    for op_id, status, site in list(body_sites(spec)):
        visit(site, f"{op_id} {status}")
    return fired


# -- rule: the naming table ---------------------------------------------------------------------------


def rename_operations(spec: JSON) -> int:
    """Every operationId listed under ``operations`` in openapi/names.yaml is replaced by the name
    given there (``lisDataEvents`` -> ``listDataEvents``).

    Defect: the operationId becomes the endpoint's module and function name, so a typo in the
    description (``lis_data_events``) would be public API. Fires once per renamed operation; an
    entry whose operationId is not in the description is skipped (a newer description may have
    fixed it).
    """
    table = load_names().operations
    fired = 0
    for _path, _method, operation in iter_operations(spec):
        new = table.get(operation.get("operationId"))  # type: ignore[arg-type]
        if new is not None:
            operation["operationId"] = new
            fired += 1
    return fired


_ADDRESS_STEP = re.compile(r"\.([^.\[]+)|\[\]")


def find_site(spec: JSON, address: str) -> Site | None:
    """The inline schema at a naming-table address: ``"<operationId> <status>"`` (a response body,
    ``request`` for the request body) or ``<component>`` followed by ``.<property>`` and ``[]`` (array
    items) steps, e.g. ``"macro_list.pages.next"``. ``None`` if there is no such inline schema."""
    if " " in address:
        return next((site for op, status, site in body_sites(spec) if f"{op} {status}" == address), None)
    head = re.match(r"[^.\[]+", address)
    if head is None:
        return None
    schema = _components(spec).get(head.group(0))
    if not isinstance(schema, dict):
        return None
    site: Site | None = None
    name = snake(head.group(0))
    rest = address[head.end() :]
    for step in _ADDRESS_STEP.finditer(rest):
        prop = step.group(1)
        if prop is None:
            items = schema.get("items")
            site = Site(schema, "items", items, f"{name}_item", "item") if isinstance(items, dict) else None
        else:
            holder = next(
                (p["properties"] for p in _property_parts(schema) if prop in (p.get("properties") or {})), None
            )
            site = Site(holder, prop, holder[prop], f"{name}_{snake(prop)}", "property") if holder else None
        if site is None or not isinstance(site.schema, dict):
            return None
        schema, name = site.schema, site.name
    if "".join(m.group(0) for m in _ADDRESS_STEP.finditer(rest)) != rest:
        return None
    return site


def naming_table(spec: JSON) -> int:
    """Each inline schema at an address listed under ``schemas`` in openapi/names.yaml moves into a
    component of the name given there (``"getDatasets 200": reporting_dataset_list``,
    ``"reporting_dataset_list.data[]": reporting_dataset``). Entries apply in file order, so an
    address may name a component an earlier entry created; several addresses may give one name when
    their schemas are structurally equal (one class), otherwise the name gets a numeric suffix and a
    warning is printed.

    Defect: what no rule can name (a list's inline items, two identical responses of different
    operations) would be called ``<operation>_response_200_data_item``. Fires once per hoisted schema;
    an address that does not exist (any more) or already is a reference is skipped.
    """
    registry = _Registry(spec)
    fired = 0
    for address, name in load_names().schemas.items():
        site = find_site(spec, address)
        if site is None or _is_alias(site.schema):
            continue
        final = registry.hoist(site, name, share=True)
        if final != name:
            print(f"warning: names.yaml: {address!r} differs from the other schemas named {name!r}", file=sys.stderr)
        fired += 1
    return fired


# -- rule: response bodies ----------------------------------------------------------------------------


def _extension_name(schema: JSON) -> str | None:
    """``<base>_with_<extra>``: the extra properties' common leading words (or the only one)."""
    base = schema.get(BASE_KEY)
    if not isinstance(base, str):
        return None
    extra = [snake(k) for k in schema["allOf"][1]["properties"]]
    words = [e.split("_") for e in extra]
    common: list[str] = []
    for group in zip(*words, strict=False):
        if len(set(group)) != 1:
            break
        common.append(group[0])
    if not common:
        common = words[0] if len(extra) <= 2 else []
    if not common:
        return None
    return f"{base}_with_{'_'.join(common)}"


def _list_name(spec: JSON, schema: JSON) -> str | None:
    """``<item>_list`` for a list envelope: a one-value ``type`` enum of ``list`` and ``data`` items
    that are a component."""
    props = schema.get("properties")
    if not isinstance(props, dict):
        return None
    data = props.get("data")
    kind = props.get("type")
    if not (isinstance(data, dict) and data.get("type") == "array" and isinstance(kind, dict)):
        return None
    if kind.get("enum") != ["list"] and kind.get("example") != "list":
        return None
    item = _ref_name(data.get("items"))
    return f"{item}_list" if item else None


def name_response_bodies(spec: JSON) -> int:
    """An inline object returned by an operation moves into a component named after its role, in
    this order: ``<base>_with_<extra>`` for an extension of a component (see
    ``inline-component-copies``; the extra properties' common leading words, e.g.
    ``call_with_transcript`` for ``transcript`` + ``transcript_status``); ``<item>_list`` for a list
    envelope (``type: list`` and ``data`` an array of a component); ``<operation>_result`` for the
    first 2xx response; ``<operation>_<status words>`` (``_bad_request``, ``_unprocessable_entity``)
    for the others. Structurally equal extensions share one component.

    Defect: the generator names these ``<Operation>Response200`` (``AskFinResponse200``), which says
    nothing about the value, and gives five identical ``Contact`` extensions five classes. Fires once
    per moved schema.
    """
    registry = _Registry(spec)
    fired = 0
    success_seen: set[str] = set()
    for op_id, status, site in list(body_sites(spec)):
        schema = site.schema
        if status == "request" or not _is_model(schema):
            continue
        op = snake(op_id)
        name = _extension_name(schema)
        share = name is not None
        if name is None:
            name = _list_name(spec, schema)
        if name is None and status.startswith("2") and op_id not in success_seen:
            name = f"{op}_result"
        if name is None:
            name = f"{op}_{_STATUS_WORDS.get(status, 'status_' + status)}"
        if status.startswith("2"):
            success_seen.add(op_id)
        registry.hoist(site, name, share=share)
        fired += 1
    return fired


def name_extensions(spec: JSON) -> int:
    """An inline extension of a component anywhere below a component (a property, an array item; see
    ``inline-component-copies``) moves into a component named ``<base>_with_<extra>`` (e.g.
    ``call_with_transcript``), shared by structurally equal extensions.

    Defect: the template can only render a subclass for a schema it sees as a model, and the
    generator would name it ``<parent>_<property>_item``. Fires once per moved schema.
    """
    registry = _Registry(spec)
    fired = 0
    for site in _all_sites(spec, registry):
        if site.kind == "part" or _is_ref(site.schema):
            continue
        name = _extension_name(site.schema)
        if name is not None:
            registry.hoist(site, name, share=True)
            fired += 1
    return fired


# -- rule: nullable inline schemas --------------------------------------------------------------------


def _nullable(schema: JSON) -> bool:
    if schema.get("enum"):
        return None in schema["enum"]  # a nullable enum without a null value is named plainly
    return schema.get("nullable") is True


def name_nullable_schemas(spec: JSON) -> int:
    """A nullable inline object or enum (``nullable: true``, or ``null`` among the ``enum`` values)
    that is a property, array item or ``additionalProperties`` below a component moves into a
    component named the way the generator names the class (``contact_avatar`` for ``contact.avatar``),
    without ``nullable`` and without ``null`` in its values; the place it came from becomes a
    nullable ``$ref`` (made ``anyOf`` + ``nullable`` by ``nullable-ref``). For a nullable array the
    same is done to its inline object items (``<parent>_<property>_item``).

    Defect: the generator treats a nullable schema as the union ``X | None`` and numbers the member:
    ``ContactAvatarType0``, and an enum listing ``null`` even gives three copies
    (``AiAgentLastAnswerTypeType1``, ``…Type2Type1``, ``…Type3Type1``). Fires once per moved schema.
    """
    registry = _Registry(spec)
    fired = 0
    for site in _all_sites(spec, registry):
        schema = site.schema
        if site.kind not in ("property", "item", "additional") or _is_ref(schema) or not _nullable(schema):
            continue
        if schema.get("enum"):
            schema["enum"] = [v for v in schema["enum"] if v is not None]
            if not schema["enum"]:
                continue
            schema["nullable"] = True
            registry.hoist(site, site.name, share=False)
            fired += 1
        elif _is_model(schema) and not _union_key(schema):
            registry.hoist(site, site.name, share=False)
            fired += 1
        elif schema.get("type") == "array":
            items = schema.get("items")
            if isinstance(items, dict) and _is_model(items) and not _union_key(items):
                registry.hoist(
                    Site(schema, "items", items, f"{site.name}_item", "item"), f"{site.name}_item", share=False
                )
                fired += 1
    return fired


# -- rule: union variants -----------------------------------------------------------------------------


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _variant_props(schema: JSON) -> list[str]:
    return [k for part in _property_parts(schema) for k in (part.get("properties") or {})]


def _discriminator(schema: JSON) -> str | None:
    for part in _property_parts(schema):
        kind = (part.get("properties") or {}).get("type")
        if isinstance(kind, dict) and isinstance(kind.get("enum"), list) and len(kind["enum"]) == 1:
            return str(kind["enum"][0])
    return None


def name_union_variants(spec: JSON) -> int:
    """Inline object members of a ``oneOf``/``anyOf`` below a component (a property or array item
    whose value is one of several shapes) move into components named ``<owner>_<type value>`` when
    each member has a different one-value ``type`` enum, else ``<owner>_with_<its own properties>``
    (the properties no other member has, e.g. ``create_ticket_request_contact_with_external_id``).
    The owner is the parent and property (singular for array items). Members that cannot be told
    apart that way are left alone.

    Defect: the generator numbers them (``CreateTicketRequestContactsItemType1``), so the name says
    nothing and changes when Intercom reorders the members. Fires once per moved member.
    """
    registry = _Registry(spec)
    fired = 0
    for site in _all_sites(spec, registry):
        schema = site.schema
        key = _union_key(schema) if not _is_ref(schema) else None
        if key is None or site.kind not in ("property", "item", "additional"):
            continue
        owner = site.name
        if site.kind == "item" and isinstance(site.holder, dict):
            parent = site.name[: -len("_item")]
            head, _sep, last = parent.rpartition("_")
            owner = f"{head}_{_singular(last)}" if head else _singular(last)
        members: list[JSON] = schema[key]
        objects = [m for m in members if isinstance(m, dict) and not _is_ref(m) and _is_model(m)]
        tags = [_discriminator(m) for m in objects]
        use_tags = all(tags) and len(set(tags)) == len(tags)
        suffixes: dict[int, str] = {}
        for index, member in enumerate(members):
            if not any(member is m for m in objects):
                continue
            if use_tags:
                suffixes[index] = snake(str(_discriminator(member)))
                continue
            others = {k for m in members if m is not member and isinstance(m, dict) for k in _variant_props(m)}
            own = [snake(k) for k in _variant_props(member) if k not in others]
            if own:
                suffixes[index] = "with_" + "_and_".join(own)
        for index, suffix in suffixes.items():
            registry.hoist(Site(members, index, members[index], owner, "variant"), f"{owner}_{suffix}", share=False)
            fired += 1
    return fired
