# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.single_filter_search_request_operator import (
    SingleFilterSearchRequestOperator,
)
from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, check_int, check_str, list_of, one_of, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SingleFilterSearchRequest(Model):
    """Search using Intercoms Search APIs with a single filter.

    Attributes:
        field (str | Unset | None): The accepted field that you want to search on. Example: created_at.
        operator (SingleFilterSearchRequestOperator | Unset | None): The accepted operators you can use to define how
            you want to search for the value. Operator support depends on the field's data type. The breakdown below is for
            Contacts search; the other search endpoints that share this schema accept a different set per field:
            - `string` fields: `=`, `!=`, `IN`, `NIN`, `~`, `!~`, `^`, `$`
            - `tag_id`: `=` and `!=` only. Every other operator returns an error.
            - `boolean` fields: `=`, `!=`, `IN`, `NIN`
            - `integer` fields: `=`, `!=`, `IN`, `NIN`, `<`, `>`, `<=`, `>=`
            - `datetime` fields (standard contact timestamps such as `created_at` and `last_seen_at`): `=`, `!=`, `<`, `>`,
            `<=`, `>=`. Filtering is on the exact second, in UTC.
            - `date` fields (Date custom attributes): `=`, `<`, `>` only. `!=`, `<=`, and `>=` are not supported and return
            an error. Values are truncated to a whole UTC day. Example: >.
        value (str | int | bool | list[int | str] | Unset | None): The value that you want to search on. Example:
            73732934.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    field: str | Unset | None = UNSET
    operator: SingleFilterSearchRequestOperator | Unset | None = UNSET
    value: str | int | bool | list[int | str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SingleFilterSearchRequestDict(TypedDict, total=False):
    """:class:`SingleFilterSearchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    field: str
    operator: SingleFilterSearchRequestOperator
    value: str | int | bool | Sequence[str | int] | None


sent_fields(
    SingleFilterSearchRequest,
    field=check_str,
    operator=check_str,
    value=one_of(check_str, check_int, check_bool, list_of(one_of(check_str, check_int))),
)
