"""What the resource templates need beyond the generator's own parse: names and pagination per operation.

``template_globals(spec)`` gives the Jinja globals ``python -m codegen.generate`` adds to
openapi-python-client's environment, so that ``templates/endpoint_init.py.jinja`` (one resource module
per tag) and ``templates/api_init.py.jinja`` (the clients' resource properties) render the surface:

``surface_operation(endpoint)``
    The operation's resource and method name (codegen/generate/names.py) and, for a paginated
    operation, its row of the pagination table (codegen/pagination.py) as a Python literal, the
    type of its items and the arguments the paginator fills in itself.
``resource_class(tag)``
    The resource classes' base name (``contacts`` -> ``Contacts``; ``AsyncContacts`` is the async one).
``is_read(endpoint)``
    Whether the operation only reads although its method is not one HTTP calls idempotent
    (:func:`reads_only`): its resource method marks its requests so the client retries them like a GET.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from ..pagination import classify
from ..render import literal
from ..spec import JSON, iter_operations
from .names import names, operation_key


def _property_named(model: Any, attr: str) -> Any:
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if str(prop.python_name) == attr:
            return prop
    return None


def _model_of(prop: Any) -> Any:
    """The ModelProperty a property holds (itself, or the model member of a union such as ``X | None``)."""
    if prop is None:
        return None
    if hasattr(prop, "required_properties"):
        return prop
    for inner in getattr(prop, "inner_properties", None) or []:
        if hasattr(inner, "required_properties"):
            return inner
    return None


def _model_imports(prop: Any) -> set[str]:
    """The ``from ...models.x import X`` lines of the model classes a property's type names."""
    found: set[str] = set()
    lazy = getattr(prop, "get_lazy_imports", None)
    if lazy is not None:
        found |= set(lazy(prefix="..."))
    for inner in getattr(prop, "inner_properties", None) or []:
        found |= _model_imports(inner)
    found |= {i for i in prop.get_imports(prefix="...") if i.startswith("from ...models")}
    return found


def _list_item_type(prop: Any) -> tuple[str, list[str]] | None:
    candidates = [prop, *(getattr(prop, "inner_properties", None) or [])]
    for candidate in candidates:
        inner = getattr(candidate, "inner_property", None)
        if inner is not None:
            imports = sorted(_model_imports(inner))
            return inner.get_type_string(no_optional=True).as_unembedded_code(), imports
    return None


def item_type(endpoint: Any, items_attr: tuple[str, ...]) -> tuple[str, list[str]]:
    """The type of a page's items (the element type of the list at ``items_attr`` in the 2xx model) and
    the imports it needs."""
    for response in endpoint.responses.patterns:
        if not 200 <= response.status_code.range[0] <= 299:
            continue
        node: Any = _model_of(response.prop)
        for attr in items_attr[:-1]:
            node = _model_of(_property_named(node, attr)) if node is not None else None
        prop = _property_named(node, items_attr[-1]) if node is not None else None
        found = _list_item_type(prop) if prop is not None else None
        if found:
            return found
    return "Any", []


def template_globals(spec: JSON) -> dict[str, Any]:
    by_operation = {(entry.method, entry.path): entry for entry in names(spec)}
    pagination = {entry.key: entry for entry in classify(spec).entries}
    key_of = {(method.upper(), path): operation_key(op) for path, method, op in iter_operations(spec)}

    def surface_operation(endpoint: Any) -> dict[str, Any]:
        key = (str(endpoint.method).upper(), endpoint.path.get_untrusted_value())
        named = by_operation[key]
        row = pagination.get(key_of[key])
        info: dict[str, Any] = {"resource": named.resource, "name": named.name, "paginated": row is not None}
        if row is not None:
            info["pagination"] = f"PAGINATED_OPERATIONS[{literal(key_of[key])}]"  # its row of the table
            info["item_type"], info["item_imports"] = item_type(endpoint, row.items_attr)
            # Filled in by the paginator: the cursor argument and the page size (a query argument).
            owned = set()
            if row.request_in == "query":
                owned |= {a for a in (row.request_arg, row.per_page_arg) if a}
            info["owned"] = owned
            info["per_page"] = row.per_page is not None
        return info

    def resource_class(tag: Any) -> str:
        return "".join(part.capitalize() for part in str(tag).split("_"))

    def is_read(endpoint: Any) -> bool:
        return reads_only(str(endpoint.method), str(endpoint.path.get_untrusted_value()))

    return {
        "surface_operation": surface_operation,
        "resource_class": resource_class,
        "is_read": is_read,
        "used_imports": used_imports,
        "signatures": signatures,
        "dict_type": dict_type,
        "dict_imports": dict_imports,
        "body_models": body_models,
        "body_field_args": body_field_args,
        "is_request_model": is_request_model,
        "plain_key": plain_key,
    }


def reads_only(method: str, path: str) -> bool:
    """Whether an operation that HTTP does not call idempotent only reads, so sending it twice is safe.

    Intercom's search operations (``POST /contacts/search``, ``/companies/search``,
    ``/conversations/search``, ``/tickets/search``, ``/admins/activity_logs/search`` ...) are POSTs only
    because a query is a JSON body: they change nothing, so a 5xx or a broken connection is retried
    as for a GET. The rule is the path's last segment, ``search``, on a POST; other methods are
    decided by the client from the method alone (GET, PUT, DELETE ... are idempotent).
    """
    return method.upper() == "POST" and path.rstrip("/").rsplit("/", 1)[-1] == "search"


def _text(value: Any) -> str:
    """The text of a value of the parsed spec (the generator wraps its strings as ``UntrustedString``)."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def plain_key(name: Any) -> bool:
    """Whether a JSON field name can be a TypedDict key in class syntax."""
    text = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else str(name)
    return text.isidentifier() and not keyword.iskeyword(text)


# -- request bodies as dicts ---------------------------------------------------------------------------


def is_request_model(prop: Any) -> bool:
    """A model that is sent (role request or both): it has a TypedDict twin, ``<Name>Dict``."""
    role = (getattr(getattr(prop, "data", None), "model_extra", None) or {}).get("x-intercom-role")
    return hasattr(prop, "class_info") and hasattr(prop, "required_properties") and role != "response"


# Unions of request models that a dict writes as one TypedDict of the runtime (a search query node is a
# filter or a group; mypy calls a dict literal against a union of TypedDicts with shared keys ambiguous).
MERGED_DICTS: dict[frozenset[str], str] = {
    frozenset({"SingleFilterSearchRequest", "MultipleFilterSearchRequest"}): "SearchQueryDict",
}


def is_free_form(prop: Any) -> bool:
    """A request model that declares no field: a free-form JSON map (``metadata``, ``custom_attributes``)."""
    if prop.required_properties or prop.optional_properties:
        return False
    # A model met through another one may not have its fields parsed yet: its schema says.
    data = getattr(prop, "data", None)
    return not any(getattr(data, key, None) for key in ("properties", "allOf", "anyOf", "oneOf"))


def dict_type(prop: Any, top: bool = False) -> str:
    """The type of a value in a request body written as a dict: TypedDicts, JSON scalars, ``Sequence``
    for arrays (covariant: a ``list`` of a narrower type fits) and ``Mapping[str, Any]`` for free-form maps.

    Nested objects are their TypedDict only: a union with the model (or anything else) makes both type
    checkers drop the misspelt key from their message. ``top``: the body itself, which may also be the
    prebuilt request model (``X | XDict``).
    """
    kind = type(prop).__name__
    if kind == "ModelProperty":
        name = str(prop.class_info.name)
        if not is_request_model(prop):
            return name
        if is_free_form(prop):
            return f"{name} | Mapping[str, Any]" if top else "Mapping[str, Any]"
        return f"{name} | {name}Dict" if top else f"{name}Dict"
    if kind == "ListProperty":
        return f"Sequence[{dict_type(prop.inner_property)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _split_union(dict_type(inner, top)):
                if part not in parts:
                    parts.append(part)
        return " | ".join(_merged(parts))
    if kind in ("DateProperty", "DateTimeProperty"):
        return "str"
    if kind == "NoneProperty":
        return "None"
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


def _merged(parts: list[str]) -> list[str]:
    """Union members with the TypedDicts of ``MERGED_DICTS`` written as their runtime TypedDict (also as
    the items of a ``Sequence``)."""
    for members, merged in MERGED_DICTS.items():
        for pattern in ("{}Dict", "Sequence[{}Dict]"):
            wanted = [pattern.format(name) for name in sorted(members)]
            if all(item in parts for item in wanted):
                at = min(parts.index(item) for item in wanted)
                parts = [part for part in parts if part not in wanted]
                parts.insert(at, pattern.replace("{}Dict", merged))
    return parts


def _split_union(annotation: str) -> list[str]:
    """The members of a union annotation, split outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif annotation.startswith(" | ", index) and depth == 0:
            parts.append(annotation[start:index])
            start = index + 3
    parts.append(annotation[start:])
    return parts


def _dict_models(prop: Any) -> list[Any]:
    kind = type(prop).__name__
    if kind == "ModelProperty":
        return [prop] if is_request_model(prop) else []
    found: list[Any] = []
    for inner in [getattr(prop, "inner_property", None), *(getattr(prop, "inner_properties", None) or [])]:
        if inner is not None:
            found += _dict_models(inner)
    return found


def dict_imports(props: list[Any], prefix: str, own_module: str = "") -> list[str]:
    """The import lines of the TypedDicts ``dict_type`` names for ``props`` (a free-form map names none)."""
    lines: set[str] = set()
    for prop in props:
        named = set(re.findall(r"\b(\w+Dict)\b", dict_type(prop, top=True)))
        for merged in set(MERGED_DICTS.values()) & named:
            lines.add(f"from {prefix}types import {merged}")
        for model in _dict_models(prop):
            module = str(model.class_info.module_name)
            if module != own_module and f"{model.class_info.name}Dict" in named:
                lines.add(f"from {prefix}models.{module} import {model.class_info.name}Dict")
    return sorted(lines)


def body_models(endpoint: Any) -> list[tuple[str, str]]:
    """(module, class) of the request models an operation's body may be; empty when it has none."""
    if len(endpoint.bodies) != 1 or endpoint.bodies[0].body_type != "json":
        return []
    models = _dict_models(endpoint.bodies[0].prop)
    return [(str(m.class_info.module_name), str(m.class_info.name)) for m in models]


# Names a body field cannot take as a keyword argument: the method's own (the per-call options, the
# paginator's) besides its path, query and header parameters, and the names its code uses (its locals,
# the runtime functions it calls).
RESERVED_ARGUMENTS = frozenset(
    {"self", "body", "timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}
    | {"per_page", "max_items", "max_pages", "start_cursor"}
    | {"headers", "params", "cookies", "parsed", "cast", "request_body", "body_fields", "path_segment"}
    | {"to_jsonable", "request_options", "list_of", "one_of", "async_raw", "sync_raw"}
)


def body_field_args(endpoint: Any) -> list[dict[str, Any]]:
    """The keyword arguments of an operation's body fields: ``name`` (the argument), ``json`` (the field),
    ``type`` (its annotation, exactly the field's type: see ``dict_type``), ``description``, ``imports``
    (the lines its annotation needs).

    Only a JSON body of one request model with declared fields has them (a body that may be one of a
    few models is given as ``body=``). A field whose JSON name is a Python keyword takes a trailing ``_``
    (``from_``); one that is no identifier, or is named like another parameter of the method, has none
    (it goes in ``body=``).
    """
    models = body_models(endpoint)
    if len(models) != 1:
        return []
    model = _dict_models(endpoint.bodies[0].prop)[0]
    if is_free_form(model):
        return []
    taken = set(RESERVED_ARGUMENTS)
    for group in (
        endpoint.path_parameters,
        endpoint.query_parameters,
        endpoint.header_parameters,
        endpoint.cookie_parameters,
    ):
        taken |= {str(parameter.python_name) for parameter in group}
    found: list[dict[str, Any]] = []
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        json_name = _text(prop.name)
        name = json_name + "_" if keyword.iskeyword(json_name) else json_name
        if not name.isidentifier() or name in taken:
            continue
        imports = sorted(i for i in _model_imports(prop) if not i.endswith("Dict") and " import " in i)
        found.append(
            {
                "name": name,
                "json": json_name,
                "type": dict_type(prop),
                "description": _text(prop.description or ""),
                "imports": [*imports, *dict_imports([prop], "...")],
            }
        )
    return found


def signatures(code: str) -> str:
    """The signatures of the methods of ``code``'s classes (``    def name(...) -> T:``), for the imports
    their annotations need; a name a method's body uses is imported in that body."""
    return "\n".join(re.findall(r"^    (?:async )?def [\s\S]*?^    \) -> .*:$|^    (?:async )?def .*:$", code, re.M))


def used_imports(lines: list[str], code: str) -> list[str]:
    """The ``from X import A, B`` lines, each keeping only the names ``code`` uses (outside its docstrings);
    sorted, no empty ones."""
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r'"""[\s\S]*?"""', "", code)))
    result: set[str] = set()
    for line in lines:
        head, _, names_part = line.partition(" import ")
        kept = sorted({n.strip() for n in names_part.split(",") if n.strip() in words})
        if kept:
            result.add(f"{head} import {', '.join(kept)}")
    return sorted(result)
