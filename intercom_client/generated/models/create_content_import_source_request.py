# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_content_import_source_request_status import (
    CreateContentImportSourceRequestStatus,
)
from ..models.create_content_import_source_request_sync_behavior import (
    CreateContentImportSourceRequestSyncBehavior,
)
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    Unset,
    check_int,
    check_scalar_list,
    check_str,
    one_of,
    sent_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateContentImportSourceRequest(Model):
    """You can add an Content Import Source to your Fin Content Library.

    Attributes:
        sync_behavior (CreateContentImportSourceRequestSyncBehavior): If you intend to create or update External Pages
            via the API, this should be set to `api`. Example: api.
        url (str): The URL of the content import source. Example: https://help.example.com.
        audience_ids (int | list[int] | Unset | None): The unique identifiers for the audiences to associate with this
            content import source. Can be a single integer or an array of integers. Example: [5678].
        status (CreateContentImportSourceRequestStatus | Unset | None): The status of the content import source.
            Default: 'active'. Example: active.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sync_behavior: CreateContentImportSourceRequestSyncBehavior = "api"
    url: str
    audience_ids: int | list[int] | Unset | None = UNSET
    status: CreateContentImportSourceRequestStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateContentImportSourceRequestDict(TypedDict, total=False):
    """:class:`CreateContentImportSourceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    sync_behavior: CreateContentImportSourceRequestSyncBehavior
    url: Required[str]
    audience_ids: int | Sequence[int] | None
    status: CreateContentImportSourceRequestStatus


sent_fields(
    CreateContentImportSourceRequest,
    sync_behavior=Field(check_str, required=True, const="api"),
    url=Field(check_str, required=True),
    audience_ids=one_of(check_int, check_scalar_list),
    status=check_str,
)
