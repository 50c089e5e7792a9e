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


def plain_key(name: Any) -> bool:
    """Whether a JSON field name can be a TypedDict key in class syntax."""
    text = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else str(name)
    return text.isidentifier() and not keyword.iskeyword(text)


# -- request bodies as dicts ---------------------------------------------------------------------------


def is_request_model(prop: Any) -> bool:
    """A model that is sent (role request or both): it has a TypedDict twin, ``<Name>Dict``."""
    role = (getattr(getattr(prop, "data", None), "model_extra", None) or {}).get("x-intercom-role")
    return hasattr(prop, "class_info") and hasattr(prop, "required_properties") and role != "response"


def dict_type(prop: Any) -> str:
    """The type of a value in a request body written as a dict: a model or its TypedDict, JSON scalars."""
    kind = type(prop).__name__
    if kind == "ModelProperty":
        name = str(prop.class_info.name)
        return f"{name} | {name}Dict" if is_request_model(prop) else name
    if kind == "ListProperty":
        return f"list[{dict_type(prop.inner_property)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in dict_type(inner).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if kind in ("DateProperty", "DateTimeProperty"):
        return "str"
    if kind == "NoneProperty":
        return "None"
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


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
    """The import lines of the TypedDicts ``dict_type`` names for ``props``."""
    lines: set[str] = set()
    for prop in props:
        for model in _dict_models(prop):
            module = str(model.class_info.module_name)
            if module != own_module:
                lines.add(f"from {prefix}models.{module} import {model.class_info.name}Dict")
    return sorted(lines)


def body_models(endpoint: Any) -> list[tuple[str, str]]:
    """(module, class) of the request models an operation's body may be; empty when it has none."""
    if len(endpoint.bodies) != 1 or endpoint.bodies[0].body_type != "json":
        return []
    models = _dict_models(endpoint.bodies[0].prop)
    return [(str(m.class_info.module_name), str(m.class_info.name)) for m in models]


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
