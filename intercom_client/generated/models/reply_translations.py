# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ReplyTranslations(Model):
    """A map of the reply text keyed by locale code. Only present on the Preview API version and backs the
    `conversation.admin.replied.translated` webhook topic. The special `original` key holds the source locale code of
    the reply; every other key is a locale code whose value is the reply text translated into that locale, as HTML in
    the same format as `body`. The `body` field is unchanged and always stays in the original source language. Available
    in the Preview API version only (set `Intercom-Version: Preview`).

    Example:
        ``{'en': '<p>Hello</p>', 'fr': '<p>Bonjour</p>', 'original': 'en'}``

    Attributes:
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ReplyTranslations,
    additional_properties=check_str,
)
