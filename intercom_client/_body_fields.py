"""Request bodies written as keyword arguments: the fields a call was given, and the runtime's TypedDicts.

A resource method whose body is one request model takes each of the model's JSON fields as a keyword
argument (``client.contacts.create(email="a@example.com")``) besides ``body=`` (a prebuilt model or
dict). Each such argument is annotated with exactly its field's type, a TypedDict for an object, so
that mypy and pyright name a misspelt key, nested or not, in their message (a union such as
``XDict | None`` or ``X | XDict`` makes both drop the key). Its default, ``NOT_GIVEN``, is typed ``Any``
for that reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from ._call_options import NOT_GIVEN
from ._decoding import UNSET
from ._exceptions import RequestBodyError

__all__ = ["SearchQueryDict", "as_json_containers", "body_fields"]


class SearchQueryDict(TypedDict, total=False):
    """A search query written as a dict: a filter (``field``, ``operator``, ``value``) or a group of them
    (``operator`` ``"AND"``/``"OR"``, ``value`` a list of filters or groups).

    One TypedDict for both (the spec's ``SingleFilterSearchRequest`` and ``MultipleFilterSearchRequest``):
    against a union of the two, mypy calls a dict literal ambiguous (every key is optional in both) and
    neither checker names a misspelt key.
    """

    field: str
    operator: Literal["=", "!=", "IN", "NIN", "<", ">", "<=", ">=", "~", "!~", "^", "$", "AND", "OR"]
    value: str | int | float | bool | Sequence[str | int | SearchQueryDict] | None


def body_fields(body: Any, fields: dict[str, Any], model: str) -> Any:
    """The body of a call: ``body`` (given as ``body=``), or the fields given as keyword arguments.

    ``body`` is ``UNSET`` (an optional body) or ``NOT_GIVEN`` (a required one) when the call gave none.

    ``fields`` maps JSON names to the arguments' values (``NOT_GIVEN`` when not given). A required body
    with neither gets ``{}``, which the request model's check then refuses naming its first missing field.
    Raises RequestBodyError when both ``body=`` and fields are given.
    """
    given = {key: value for key, value in fields.items() if value is not NOT_GIVEN}
    if not given:
        return {} if body is NOT_GIVEN else body
    if body is not UNSET and body is not NOT_GIVEN:
        first = next(iter(given))
        raise RequestBodyError(
            f"{model}: the body is given both as body= and as keyword arguments ({first!r} ...); give one of them",
            model=model,
            field=first,
        )
    return given


def as_json_containers(value: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``value`` whose arrays are lists and whose objects are dicts, at any depth, as the request
    models' decoders expect: the TypedDicts type arrays as ``Sequence`` and free-form maps as ``Mapping``,
    so a tuple or another mapping type-checks and is sent as JSON's array or object.

    Iterative (a body may be nested deeply); the caller's containers are not changed. A container met a
    second time (shared, or a cycle) is not copied again, so ``to_jsonable`` can refuse a cycle.
    """
    root: dict[str, Any] = dict(value)
    stack: list[Any] = [root]
    copied: dict[int, Any] = {id(value): root}
    while stack:
        container = stack.pop()
        keys = list(container) if isinstance(container, dict) else range(len(container))
        for key in keys:
            item = container[key]
            if not isinstance(item, (tuple, list, Mapping)):
                continue
            if id(item) in copied:
                container[key] = copied[id(item)]
                continue
            copy: Any = dict(item) if isinstance(item, Mapping) else list(item)
            copied[id(item)] = container[key] = copy
            stack.append(copy)
    return root
