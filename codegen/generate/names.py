#!/usr/bin/env python3
"""The names the generated code uses: Python identifiers, operation keys, and the resource surface.

    python -m codegen.generate.names [--spec PATH]      # print every method name, resource by resource

``python_identifier`` and ``operation_key`` follow the generator's own naming (openapi-python-client with
generator-config.yaml): what a parameter, property or operation is called in Python, and the key of an
operation in the generated tables (its tag names its resource module). The rest names
``client.<resource>.<method>`` for every operation.

The resource of an operation is its first tag, as a Python name (``Help Center`` -> ``help_center``).
The method name comes from the operationId by these rules, in order (``openapi/methods.yaml`` names
what they cannot):

1. The verb is the operationId's first word; the verbs of getting one thing (``show``, ``get``,
   ``find``, ``retrieve``) all become ``retrieve``; ``bulk`` joins the word after it (``bulk_update``).
2. Articles (``a``, ``an``, ``all``) go; so does a trailing ``to``/``from``/``for`` + the resource's
   noun (``attach_tag_to_contact`` in Contacts... would be ``attach_tag``).
3. The resource's noun (the tag, singular or plural, compared word by word in the singular) is the
   main object: alone it leaves the bare verb (``ShowContact`` -> ``retrieve``, ``ListContacts`` ->
   ``list``); leading, it goes (``ListContactActivities`` -> ``list_activities``); trailing, it goes
   too (``setAwayAdmin`` -> ``set_away``), and when what precedes it names another resource's object
   the method says so (``listCompanyNotes`` in Notes -> ``list_for_company``).

``names(spec)`` raises ``NamingError`` when two operations of one resource get the same name or a name
is not a Python identifier: the surface never silently drops or shadows an operation.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..fetch import SHARED_SPEC
from ..spec import JSON, iter_operations
from ..tables import load_tables

ROOT = Path(__file__).resolve().parents[2]
METHODS_TABLE = ROOT / "openapi" / "methods.yaml"
FIELD_PREFIX = "field_"  # generator-config.yaml's field_prefix

RETRIEVE_VERBS = frozenset({"show", "get", "find", "retrieve"})
ARTICLES = frozenset({"a", "an", "all"})
LINKS = frozenset({"to", "from", "for"})
# Names a resource method may not take: they are the resource's own attributes.
RESERVED = frozenset({"with_raw_response"})


def python_identifier(name: str, prefix: str = FIELD_PREFIX) -> str:
    """The generator's snake_case Python name for an operationId, tag, parameter or property."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix))


def operation_key(operation: JSON) -> str:
    """The key of an operation in the generated tables (``api.<tag>.<op>``, e.g. the pagination table's).

    ``api.<tag>`` is the operation's resource module; ``<op>`` its operationId as a Python name. The
    normaliser gives every operation an operationId (rule missing-operation-ids), so one is there.
    """
    tags = operation.get("tags") or ["default"]
    return f"api.{python_identifier(str(tags[0]), 'tag')}.{python_identifier(str(operation['operationId']))}"


def resource_file(package: Path, key: str) -> Path:
    """The resource module (``api/<tag>/__init__.py``) inside the package folder ``package`` that holds
    the operation ``key`` (an ``operation_key``)."""
    return package.joinpath(*key.split(".")[:-1], "__init__.py")


class NamingError(Exception):
    """Two operations would share a method name, or an operation has no usable name."""


@dataclass(frozen=True)
class OperationName:
    """Where one operation lives on the surface."""

    method: str  # HTTP method, upper case
    path: str
    operation_id: str
    resource: str  # client.<resource>
    name: str  # client.<resource>.<name>
    overridden: bool  # named by openapi/methods.yaml rather than by the rules


def load_overrides(path: Path = METHODS_TABLE) -> dict[str, str]:
    """The method table (openapi/methods.yaml): operationId -> method name; ``NamingError`` when malformed."""
    try:
        methods = load_tables(path, ("methods",))["methods"]
    except ValueError as exc:
        raise NamingError(str(exc)) from exc
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in methods.items()):
        raise NamingError(f"{path}: `methods` must map operationIds to method names")
    return dict(methods)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "uses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "news")):
        return word[:-1]
    return word


def _same_noun(words: list[str], noun: list[str]) -> bool:
    return [singular(w) for w in words] == [singular(w) for w in noun]


def resource_name(tag: str) -> str:
    return python_identifier(tag, "tag")


def derive(operation_id: str, resource: str, resources: frozenset[str] = frozenset()) -> str:
    """The method name the rules give ``operation_id`` on ``resource`` (see the module docstring)."""
    words = [w for w in python_identifier(operation_id).split("_") if w]
    noun = resource.split("_")
    verb = words.pop(0)
    if verb in RETRIEVE_VERBS:
        verb = "retrieve"
    elif verb == "bulk" and words:
        second = words.pop(0)
        verb = "bulk_" + ("retrieve" if second in RETRIEVE_VERBS else second)
    words = [w for w in words if w not in ARTICLES]
    # a trailing "to/from/for <noun>"
    n = len(noun)
    if len(words) > n and words[-n - 1] in LINKS and _same_noun(words[-n:], noun):
        words = words[: -n - 1]
    if _same_noun(words, noun):
        rest: list[str] = []
    elif len(words) > n and _same_noun(words[:n], noun):
        rest = words[n:]
    elif len(words) > n and _same_noun(words[-n:], noun):
        qualifier = words[:-n]
        rest = ["for", *qualifier] if "_".join(qualifier) in resources else qualifier
    else:
        rest = words
    return "_".join([verb, *rest])


def names(spec: JSON, overrides: dict[str, str] | None = None) -> list[OperationName]:
    """Every operation's resource and method name, in document order; checked (see NamingError)."""
    table = load_overrides() if overrides is None else overrides
    result: list[OperationName] = []
    seen: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    resources = frozenset(
        singular(resource_name(str((operation.get("tags") or ["default"])[0])))
        for _, _, operation in iter_operations(spec)
    )
    for path, method, operation in iter_operations(spec):
        operation_id = str(operation.get("operationId") or "")
        tags = operation.get("tags") or ["default"]
        resource = resource_name(str(tags[0]))
        label = f"{method.upper()} {path} ({operation_id or 'no operationId'})"
        if not operation_id:
            problems.append(f"{label}: no operationId to name it from")
            continue
        overridden = operation_id in table
        name = table[operation_id] if overridden else derive(operation_id, resource, resources)
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") or name in RESERVED:
            problems.append(f"{label}: {name!r} is not a usable method name")
        elif not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            problems.append(f"{label}: {name!r} is not snake_case")
        other = seen.get((resource, name))
        if other is not None:
            problems.append(f"{label}: client.{resource}.{name} is already {other}")
        seen[(resource, name)] = label
        result.append(OperationName(method.upper(), path, operation_id, resource, name, overridden))
    if problems:
        raise NamingError("the resource surface cannot be named:\n  " + "\n  ".join(problems))
    return result


def stale_overrides(spec: JSON, overrides: dict[str, str] | None = None) -> list[str]:
    """The table's operationIds that no operation of ``spec`` has (another spec version may still have them)."""
    table = load_overrides() if overrides is None else overrides
    ids = {str(operation.get("operationId")) for _, _, operation in iter_operations(spec)}
    return sorted(set(table) - ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.generate.names", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SHARED_SPEC, help="a local OpenAPI file (YAML or JSON)")
    args = parser.parse_args(argv)
    from ..normalize import normalize_file

    spec = normalize_file(args.spec)
    try:
        entries = names(spec)
    except NamingError as exc:
        print(exc, file=sys.stderr)
        return 1
    for entry in sorted(entries, key=lambda e: (e.resource, e.name)):
        mark = " (methods.yaml)" if entry.overridden else ""
        print(f"client.{entry.resource}.{entry.name}: {entry.method} {entry.path}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
