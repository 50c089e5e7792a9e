# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.tag_multiple_users_request_users_item import (
        TagMultipleUsersRequestUsersItem,
        TagMultipleUsersRequestUsersItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TagMultipleUsersRequest(Model):
    """You can tag a list of users.

    Attributes:
        name (str): The name of the tag, which will be created if not found. Example: Independent.
        users (list[TagMultipleUsersRequestUsersItem]):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str
    users: list[TagMultipleUsersRequestUsersItem]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class TagMultipleUsersRequestDict(TypedDict, total=False):
    """:class:`TagMultipleUsersRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: Required[str]
    users: Required[Sequence[TagMultipleUsersRequestUsersItemDict]]


sent_fields(
    TagMultipleUsersRequest,
    name=Field(check_str, required=True),
    users=Field(list_of(ModelRef(models, "TagMultipleUsersRequestUsersItem")), required=True),
)
