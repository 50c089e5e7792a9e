# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_import_source_status import ContentImportSourceStatus
from ..models.content_import_source_sync_behavior import (
    ContentImportSourceSyncBehavior,
)
from ..models.content_import_source_type import ContentImportSourceType
from ..types import DecodingIssue, Field, Model, check_int, check_scalar_list, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentImportSource(Model):
    """An external source for External Pages that you add to your Fin Content Library.

    Attributes:
        created_at (int): The time when the content import source was created. Example: 1672928359.
        id (int): The unique identifier for the content import source which is given by Intercom. Example: 1234.
        last_synced_at (int): The time when the content import source was last synced. Example: 1672928610.
        status (ContentImportSourceStatus): The status of the content import source. Default: 'active'. Example: active.
        sync_behavior (ContentImportSourceSyncBehavior): If you intend to create or update External Pages via the API,
            this should be set to `api`. Example: api.
        type_ (ContentImportSourceType): Always external_page Default: 'content_import_source'. Example:
            content_import_source.
        updated_at (int): The time when the content import source was last updated. Example: 1672928610.
        url (str): The URL of the root of the external source. Example: https://help.example.com/.
        audience_ids (list[int] | None): The unique identifiers for the audiences associated with this content import
            source. Example: [5678].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int
    id: int
    last_synced_at: int
    status: ContentImportSourceStatus
    sync_behavior: ContentImportSourceSyncBehavior
    type_: ContentImportSourceType
    updated_at: int
    url: str
    audience_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentImportSource,
    created_at=Field(check_int, required=True),
    id=Field(check_int, required=True),
    last_synced_at=Field(check_int, required=True),
    status=Field(check_str, required=True),
    sync_behavior=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="content_import_source"),
    updated_at=Field(check_int, required=True),
    url=Field(check_str, required=True),
    audience_ids=check_scalar_list,
)
