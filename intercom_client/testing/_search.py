"""Intercom's search query language, over the fake's objects.

A query is a filter ``{"field", "operator", "value"}`` or a group ``{"operator": "AND" | "OR",
"value": [...]}``. The rules are those of Intercom's search reference (e.g.
https://developers.intercom.com/docs/references/rest-api/api.intercom.io/contacts/searchcontacts):

- operators ``=``, ``!=``, ``IN``, ``NIN`` (a list value), ``>``, ``<``, ``~`` (contains), ``!~``
  (does not contain), ``^`` (starts with), ``$`` (ends with); anything else is 400;
- at most two levels of nested groups and at most 15 filters in a group (400 otherwise);
- ``per_page`` at most 150, cursor pages (``pagination.starting_after``); sort by one field;
- string comparisons ignore case, as Intercom's do; a filter on a field that holds a list (tag ids,
  contact ids) matches when one element does; timestamps compare as whole seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._paging import cursor_page, per_page_of
from ._wire import Refusal

__all__ = ["OPERATORS", "check_query", "matches", "search_page"]

OPERATORS = ("=", "!=", "IN", "NIN", ">", "<", "~", "!~", "^", "$")
MAX_GROUP_DEPTH = 2
MAX_FILTERS_PER_GROUP = 15

Lookup = Callable[[dict[str, Any], str], Any]
"""Reads a search field of an object (``"email"``, ``"custom_attributes.plan"``, ``"tag_ids"``)."""


def dotted(item: dict[str, Any], field: str) -> Any:
    """The value at the dotted path ``field`` of ``item``, or None."""
    value: Any = item
    for part in field.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def check_query(query: object, level: int = 0) -> None:
    """Refuse (400) a query Intercom refuses: its shape, operators, nesting and group sizes."""
    if not isinstance(query, dict):
        raise Refusal(400, "parameter_invalid", "query must be an object")
    if "field" in query:
        operator = query.get("operator")
        if operator not in OPERATORS:
            raise Refusal(
                400, "parameter_invalid", f"operator {str(operator)[:20]!r} is not one of {', '.join(OPERATORS)}"
            )
        if not isinstance(query["field"], str):
            raise Refusal(400, "parameter_invalid", "field must be a string")
        if operator in ("IN", "NIN") and not isinstance(query.get("value"), list):
            raise Refusal(400, "parameter_invalid", f"operator {operator} needs a list value")
        value = query.get("value")
        if operator in (">", "<") and (isinstance(value, bool) or not isinstance(value, int | float | str)):
            raise Refusal(400, "parameter_invalid", f"operator {operator} needs a number or a string value")
        return
    members = query.get("value")
    if query.get("operator") not in ("AND", "OR") or not isinstance(members, list):
        raise Refusal(400, "parameter_invalid", "a group needs operator AND or OR and a list of filters")
    if level >= MAX_GROUP_DEPTH:
        raise Refusal(400, "parameter_invalid", "There's a limit of max 2 nested filters")
    if len(members) > MAX_FILTERS_PER_GROUP:
        raise Refusal(400, "parameter_invalid", "There's a limit of max 15 filters for each AND or OR group")
    for member in members:
        check_query(member, level + 1)


def _fold(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _number(value: Any) -> int | float | None:
    """``value`` as a number (a numeric string too), or None: ints stay ints, so no size overflows a comparison."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        for kind in (int, float):
            try:
                return kind(value)
            except ValueError:  # not this kind (or an int string past Python's digit limit)
                continue
    return None


def _compare(value: Any, operator: str, wanted: Any) -> bool:
    if operator == "IN":
        return _fold(value) in [_fold(w) for w in wanted]
    if operator == "NIN":
        return _fold(value) not in [_fold(w) for w in wanted]
    if operator == "=":
        return bool(_fold(value) == _fold(wanted))
    if operator == "!=":
        return bool(_fold(value) != _fold(wanted))
    if value is None:
        return operator == "!~"
    if operator in (">", "<"):
        left, right = _number(value), _number(wanted)
        if left is None or right is None:  # not numbers: compared as text
            return str(value) > str(wanted) if operator == ">" else str(value) < str(wanted)
        return left > right if operator == ">" else left < right
    text, part = str(value).lower(), str(wanted).lower()
    return {"~": part in text, "!~": part not in text, "^": text.startswith(part), "$": text.endswith(part)}[operator]


def matches(item: dict[str, Any], query: dict[str, Any], lookup: Lookup = dotted) -> bool:
    """Whether ``item`` satisfies the (checked) ``query``."""
    if "field" not in query:
        results = (matches(item, member, lookup) for member in query["value"])
        return all(results) if query["operator"] == "AND" else any(results)
    value = lookup(item, query["field"])
    operator, wanted = query["operator"], query.get("value")
    if isinstance(value, list):
        if operator in ("!=", "NIN", "!~"):
            return all(_compare(v, operator, wanted) for v in value)
        return any(_compare(v, operator, wanted) for v in value)
    return _compare(value, operator, wanted)


def search_page(
    items: Sequence[dict[str, Any]], body: object, *, key: str, list_type: str, lookup: Lookup = dotted
) -> dict[str, Any]:
    """The page a search body asks for over ``items`` (sorted as asked, default: newest first)."""
    if not isinstance(body, dict) or "query" not in body:
        raise Refusal(400, "parameter_not_found", "query is required")
    query = body["query"]
    check_query(query)
    pagination = body.get("pagination") or {}
    if not isinstance(pagination, dict):
        raise Refusal(400, "parameter_invalid", "pagination must be an object")
    per_page = per_page_of(pagination.get("per_page"), 20)
    sort = body.get("sort") or {}
    order = sort.get("order", "descending") if isinstance(sort, dict) else None
    if order not in ("ascending", "descending"):
        raise Refusal(400, "invalid_sort_order", f"Invalid sort order '{order}'. Must be one of: ascending, descending")
    field = str(sort.get("field", "created_at")) if isinstance(sort, dict) else "created_at"
    found = [item for item in items if matches(item, query, lookup)]

    def sort_key(item: dict[str, Any]) -> tuple[bool, bool, int | float, str, str]:
        # None last; numbers (as numbers, any size or sign) before other values (as text); then by id
        value = lookup(item, field)
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        if number is None:
            return (value is None, True, 0, str(value), str(item["id"]))
        return (False, False, number, "", str(item["id"]))

    found.sort(key=sort_key, reverse=order == "descending")
    return cursor_page(
        found, per_page=per_page, starting_after=pagination.get("starting_after"), key=key, list_type=list_type
    )
