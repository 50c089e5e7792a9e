# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.banner_action import BannerAction
    from ..models.banner_client_targeting_item import BannerClientTargetingItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Banner(Model):
    """A banner the contact currently matches, with the content and view identifier needed to display and dismiss it.

    Attributes:
        id (str): The id of the banner. Example: 486517.
        type_ (str): String representing the object's type. Always has the value `banner`. Example: banner.
        action (BannerAction | None):
        body (str | None): The banner's body content as HTML. Example: ``<p class="no-margin">Hi there!</p>``.
        client_targeting (list[BannerClientTargetingItem] | None): Reserved for future use. Always `null` in the current
            version — banners
            that depend on client-side targeting rules (such as page URL or time on
            page) are not returned by this endpoint.
        created_at (int | None): The time the contact's view of this banner was created. Example: 1780580493.
        position (str | None): Where the banner is positioned. Example: top.
        show_dismiss_button (bool | None): Whether the banner should display a dismiss control. Example: True.
        style (str | None): How the banner is displayed. Example: inline.
        title (str | None): The banner's title. `null` when the banner has no title. Example: Hi there.
        view_id (str | None): The id of the contact's view of this banner. Pass this to the dismiss endpoint to record a
            dismissal. Example: 645719311.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    action: BannerAction | None = None
    body: str | None = None
    client_targeting: list[BannerClientTargetingItem] | None = None
    created_at: int | None = None
    position: str | None = None
    show_dismiss_button: bool | None = None
    style: str | None = None
    title: str | None = None
    view_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Banner,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    action=ModelRef(models, "BannerAction"),
    body=check_str,
    client_targeting=list_of(ModelRef(models, "BannerClientTargetingItem")),
    created_at=check_int,
    position=check_str,
    show_dismiss_button=check_bool,
    style=check_str,
    title=check_str,
    view_id=check_str,
)
