"""Intercom search queries built in Python, refused before sending when Intercom would reject them.

Intercom's search endpoints (``POST /contacts/search``, ``/companies/search``, ``/conversations/search``,
``/tickets/search``) take a query of filters (``{"field", "operator", "value"}``) combined in ``AND`` /
``OR`` groups. Build one with :class:`Filter`, :func:`all_of` and :func:`any_of`, and turn it into the
request body the generated ``search`` methods take with :func:`search_body`::

    from intercom_client.bulk import Filter, all_of, any_of, search_body

    query = all_of(
        Filter("role", "=", "user"),
        any_of(Filter("email_domain", "=", "example.com"), Filter("email_domain", "=", "example.org")),
        Filter("updated_at", ">", 1_700_000_000),
    )
    page = await client.contacts.search(body=search_body(query, per_page=150, sort=("updated_at", "ascending")))

Each rule below is checked when the query or the body is built and broken rules raise
:class:`SearchQueryError` naming the rule and where the query broke it. The rules are those of
Intercom's search documentation (the descriptions of ``searchContacts``, ``searchConversations``,
``searchTickets`` and ``searchCompanies`` in the Preview reference,
https://developers.intercom.com/docs/references/preview/rest-api/api.intercom.io/contacts/searchcontacts):

- at most two levels of nesting ("There's a limit of max 2 nested filters"): a group may hold groups,
  which may hold only filters;
- at most 15 filters in each ``AND`` or ``OR`` group;
- ``per_page`` at most 150 ("The default is 20 results per page and maximum is 150", searchConversations);
- the operator must be one of ``= != IN NIN < <= > >= ~ !~ ^ $`` and fit the value: ``IN``/``NIN`` take
  a list, the others one value; ``<``, ``<=``, ``>``, ``>=`` compare numbers and timestamps only;
  ``~``, ``!~``, ``^``, ``$`` match strings only ("The operator has to be compatible with the field's
  type (eg. you cannot search with > for a given string value ...)");
- ``tag_id`` takes only ``=`` and ``!=``; the standard timestamp fields (``created_at``, ``updated_at``,
  ``last_seen_at``, ...) take a UNIX timestamp in seconds and not ``IN``/``NIN`` ("IN: All except Date,
  Datetime and tag_id");
- the sort order is ``ascending`` or ``descending`` (otherwise a 400 ``invalid_sort_order``).

What the SDK cannot know (a custom attribute's type, a field a given endpoint does not accept) is left
to Intercom, which answers 400 (``BadRequestError``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict, cast

import attrs

from .._exceptions import IntercomError

if TYPE_CHECKING:
    from .._body_fields import SearchQueryDict
    from ..generated.models.contact_search_request_sort import ContactSearchRequestSortDict
    from ..generated.models.starting_after_paging import StartingAfterPagingDict

__all__ = [
    "MAX_FILTERS_PER_GROUP",
    "MAX_NESTING",
    "MAX_PER_PAGE",
    "Filter",
    "Group",
    "Query",
    "SearchBody",
    "SearchQueryError",
    "all_of",
    "any_of",
    "search_body",
]

MAX_NESTING = 2
"""Levels of groups a query may have: a group of groups of filters (Intercom: "max 2 nested filters")."""
MAX_FILTERS_PER_GROUP = 15
"""Members of one ``AND``/``OR`` group (Intercom: "max 15 filters for each AND or OR group")."""
MAX_PER_PAGE = 150
"""Results per search page (Intercom: "maximum is 150")."""

_OPERATORS = frozenset({"=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"})
_LIST_OPERATORS = frozenset({"IN", "NIN"})
_ORDER_OPERATORS = frozenset({"<", "<=", ">", ">="})
_STRING_OPERATORS = frozenset({"~", "!~", "^", "$"})
# The standard timestamp fields of the searchable models (contacts, companies, conversations, tickets),
# from the "Accepted Fields" tables of the search documentation.
TIMESTAMP_FIELDS = frozenset(
    {
        "created_at",
        "updated_at",
        "signed_up_at",
        "last_seen_at",
        "last_contacted_at",
        "last_replied_at",
        "last_email_opened_at",
        "last_email_clicked_at",
        "ios_last_seen_at",
        "android_last_seen_at",
        "remote_created_at",
        "last_request_at",
        "waiting_since",
        "snoozed_until",
    }
)

Scalar = str | int | float | bool | None


class SearchBody(TypedDict, total=False):
    """What :func:`search_body` returns: the body of every ``client.<resource>.search`` (contacts,
    companies, conversations, tickets), whose request TypedDicts it fits (``ContactSearchRequestDict``,
    ``SearchRequestDict`` ...), so that ``body=search_body(...)`` type-checks without a cast.

    ``sort`` is a field of the contacts and companies searches only: the spec lists it for no other, so
    ``client.conversations.search(body=...)`` refuses a body with ``sort`` before sending
    (``RequestBodyError``; a TypedDict with a key more still fits a narrower one, so the type checker
    cannot). Pass ``sort`` there in ``extra_body=``, as ``bulk.sync_updated`` does."""

    query: Required[SearchQueryDict]
    pagination: StartingAfterPagingDict | None
    sort: ContactSearchRequestSortDict


class SearchQueryError(IntercomError, ValueError):
    """A search query Intercom would reject, refused before it is sent.

    Attributes:
        rule: Which rule was broken: ``"nesting"``, ``"group_size"``, ``"per_page"``, ``"operator"``,
            ``"value_type"``, ``"field"``, ``"sort"`` or ``"empty_group"``.
    """

    def __init__(self, message: str, *, rule: str) -> None:
        super().__init__(message)
        self.rule = rule


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


@attrs.frozen
class Filter:
    """One condition: ``Filter("updated_at", ">", 1700000000)``; checked when created."""

    field: str
    operator: str
    value: Scalar | Sequence[str | int]

    def __attrs_post_init__(self) -> None:
        _check_filter(self)

    def to_json(self) -> SearchQueryDict:
        """The filter as Intercom's JSON (``{"field", "operator", "value"}``)."""
        value = list(self.value) if isinstance(self.value, (list, tuple)) else self.value
        return cast("SearchQueryDict", {"field": self.field, "operator": self.operator, "value": value})


@attrs.frozen
class Group:
    """Filters or groups joined by ``AND`` or ``OR``; build it with :func:`all_of` / :func:`any_of`."""

    operator: Literal["AND", "OR"]
    members: tuple[Query, ...]

    def __attrs_post_init__(self) -> None:
        if self.operator not in ("AND", "OR"):
            raise SearchQueryError(f"a group joins with 'AND' or 'OR', not {self.operator!r}", rule="operator")
        if not self.members:
            raise SearchQueryError(f"an empty {self.operator} group has nothing to search on", rule="empty_group")
        if len(self.members) > MAX_FILTERS_PER_GROUP:
            raise SearchQueryError(
                f"an {self.operator} group has {len(self.members)} members; Intercom allows at most "
                f"{MAX_FILTERS_PER_GROUP} filters per AND or OR group (split it, or use IN/NIN for one field)",
                rule="group_size",
            )
        for member in self.members:
            if not isinstance(member, (Filter, Group)):
                raise SearchQueryError(
                    f"a group holds Filter or Group objects, not {type(member).__name__}", rule="value_type"
                )
        if self.depth > MAX_NESTING:
            raise SearchQueryError(
                f"this query nests groups {self.depth} levels deep; Intercom allows at most {MAX_NESTING} "
                "(a group of groups of filters)",
                rule="nesting",
            )

    @property
    def depth(self) -> int:
        """Levels of groups: 1 for a group of filters, 2 for a group holding a group."""
        return 1 + max((m.depth if isinstance(m, Group) else 0) for m in self.members)

    def to_json(self) -> SearchQueryDict:
        """The group as Intercom's JSON (``{"operator": "AND", "value": [...]}``)."""
        return {"operator": self.operator, "value": [m.to_json() for m in self.members]}


Query = Filter | Group
"""A whole query: one filter, or a group."""


def all_of(*members: Query) -> Group:
    """An ``AND`` group: everything in it must match."""
    return Group("AND", tuple(members))


def any_of(*members: Query) -> Group:
    """An ``OR`` group: one member matching is enough."""
    return Group("OR", tuple(members))


def search_body(
    query: Query,
    *,
    per_page: int | None = None,
    starting_after: str | None = None,
    sort: tuple[str, Literal["ascending", "descending"]] | None = None,
) -> SearchBody:
    """The JSON body of a search request, typed as :class:`SearchBody`: every ``search`` method takes it as
    ``body=`` (it fits their request TypedDicts).

    Raises :class:`SearchQueryError` when ``per_page`` is outside 1..150 or the sort order is neither
    ``ascending`` nor ``descending``.
    """
    if not isinstance(query, (Filter, Group)):
        raise SearchQueryError(f"query must be a Filter or a Group, not {type(query).__name__}", rule="value_type")
    body: SearchBody = {"query": query.to_json()}
    if per_page is not None or starting_after is not None:
        pagination: StartingAfterPagingDict = {}
        if per_page is not None:
            if isinstance(per_page, bool) or not isinstance(per_page, int) or not 1 <= per_page <= MAX_PER_PAGE:
                raise SearchQueryError(
                    f"per_page must be an integer from 1 to {MAX_PER_PAGE} (Intercom's maximum), got {per_page!r}",
                    rule="per_page",
                )
            pagination["per_page"] = per_page
        if starting_after is not None:
            pagination["starting_after"] = starting_after
        body["pagination"] = pagination
    if sort is not None:
        field, order = sort
        if order not in ("ascending", "descending"):
            raise SearchQueryError(
                f"sort order must be 'ascending' or 'descending' (Intercom answers 400 invalid_sort_order), "
                f"got {order!r}",
                rule="sort",
            )
        if field == "tag_id":
            raise SearchQueryError("tag_id can be a filter but not a sort field", rule="sort")
        body["sort"] = {"field": field, "order": order}
    return body


def _check_filter(f: Filter) -> None:
    where = f"filter {f.field!r} {f.operator} {f.value!r}"
    if not isinstance(f.field, str) or not f.field:
        raise SearchQueryError(f"{where}: the field must be a non-empty string", rule="field")
    if f.operator not in _OPERATORS:
        raise SearchQueryError(
            f"{where}: unknown operator; Intercom accepts {' '.join(sorted(_OPERATORS))}", rule="operator"
        )
    value = f.value
    if f.operator in _LIST_OPERATORS:
        if not isinstance(value, (list, tuple)):
            raise SearchQueryError(
                f"{where}: {f.operator} needs a list of values, got {_kind(value)}", rule="value_type"
            )
        if not value:
            raise SearchQueryError(f"{where}: {f.operator} needs at least one value", rule="value_type")
        bad = [v for v in value if isinstance(v, bool) or not isinstance(v, (str, int))]
        if bad:
            raise SearchQueryError(f"{where}: {f.operator} values are strings or integers", rule="value_type")
    elif isinstance(value, (list, tuple)):
        raise SearchQueryError(f"{where}: only IN and NIN take a list of values", rule="value_type")
    if f.operator in _ORDER_OPERATORS and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise SearchQueryError(
            f"{where}: {f.operator} compares integers and timestamps, not {_kind(value)}", rule="value_type"
        )
    if f.operator in _STRING_OPERATORS and not isinstance(value, str):
        raise SearchQueryError(f"{where}: {f.operator} matches strings, not {_kind(value)}", rule="value_type")
    if f.field == "tag_id" and f.operator not in ("=", "!="):
        raise SearchQueryError(f"{where}: tag_id supports only the = and != operators", rule="operator")
    if f.field in TIMESTAMP_FIELDS:
        if f.operator in _LIST_OPERATORS:
            raise SearchQueryError(f"{where}: IN and NIN are not supported on timestamp fields", rule="operator")
        if isinstance(value, bool) or not isinstance(value, int):
            raise SearchQueryError(
                f"{where}: {f.field} takes a UNIX timestamp in seconds (an int), not {_kind(value)}",
                rule="value_type",
            )
