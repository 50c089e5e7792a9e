# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_content_import_source_request_status import (
    UpdateContentImportSourceRequestStatus,
)
from ..models.update_content_import_source_request_sync_behavior import (
    UpdateContentImportSourceRequestSyncBehavior,
)
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    Unset,
    check_bool,
    check_int,
    check_scalar_list,
    check_str,
    one_of,
    sent_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateContentImportSourceRequest(Model):
    """You can modify a Content Import Source of your Fin Content Library.

    Attributes:
        sync_behavior (UpdateContentImportSourceRequestSyncBehavior): If you intend to create or update External Pages
            via the API, this should be set to `api`. You can not change the value to or from api. Example: api.
        url (str): The URL of the content import source. This may only be different from the existing value if the sync
            behavior is API. Example: https://help.example.com.
        apply_audience_to_existing_content (bool | Unset | None): When true, the audience will be applied to all
            existing external pages belonging to this content import source. Default: False. Example: False.
        audience_ids (int | list[int] | Unset | None): The unique identifiers for the audiences to associate with this
            content import source. Can be a single integer or an array of integers. Set to null or an empty array to remove
            all audiences. Example: [5678].
        status (UpdateContentImportSourceRequestStatus | Unset | None): The status of the content import source.
            Default: 'active'. Example: active.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sync_behavior: UpdateContentImportSourceRequestSyncBehavior
    url: str
    apply_audience_to_existing_content: bool | Unset | None = UNSET
    audience_ids: int | list[int] | Unset | None = UNSET
    status: UpdateContentImportSourceRequestStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateContentImportSourceRequestDict(TypedDict, total=False):
    """:class:`UpdateContentImportSourceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    sync_behavior: Required[UpdateContentImportSourceRequestSyncBehavior]
    url: Required[str]
    apply_audience_to_existing_content: bool
    audience_ids: int | Sequence[int] | None
    status: UpdateContentImportSourceRequestStatus


sent_fields(
    UpdateContentImportSourceRequest,
    sync_behavior=Field(check_str, required=True),
    url=Field(check_str, required=True),
    apply_audience_to_existing_content=check_bool,
    audience_ids=one_of(check_int, check_scalar_list),
    status=check_str,
)
