# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, sent_fields

if TYPE_CHECKING:
    from ..models.create_folder_body_folder import CreateFolderBodyFolder, CreateFolderBodyFolderDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateFolderBody(Model):
    """
    Attributes:
        folder (CreateFolderBodyFolder):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    folder: CreateFolderBodyFolder
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateFolderBodyDict(TypedDict, total=False):
    """:class:`CreateFolderBody` written as a dict literal (JSON field names), e.g. as a request body."""

    folder: Required[CreateFolderBodyFolderDict]


sent_fields(
    CreateFolderBody,
    folder=Field(ModelRef(models, "CreateFolderBodyFolder"), required=True),
)
