# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.banner_action_reaction_set_item import BannerActionReactionSetItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BannerAction(Model):
    """The action a contact can take on the banner, or `null` when the banner has
    no action. The fields present depend on `type`:
    `url` (`label`, `target`), `reaction` (`reaction_set`),
    `email_collector`, or `product_tour` (`tour_id`, `tour_url`).

    Attributes:
        label (str | None): For `url` actions, the label shown on the action link or button. Example: Learn more.
        reaction_set (list[BannerActionReactionSetItem] | None): For `reaction` actions, the reactions a contact can
            choose from.
        target (str | None): For `url` actions, the URL the contact is sent to. Example:
            https://www.intercom.com/pricing.
        tour_id (str | None): For `product_tour` actions, the id of the product tour to launch. Example: 12345.
        tour_url (str | None): For `product_tour` actions, the URL that launches the product tour. Example:
            https://app.intercom.com/tours/12345.
        type_ (str | None): The kind of action. One of `url`, `reaction`, `email_collector`, or `product_tour`. Example:
            url.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    label: str | None = None
    reaction_set: list[BannerActionReactionSetItem] | None = None
    target: str | None = None
    tour_id: str | None = None
    tour_url: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    BannerAction,
    label=check_str,
    reaction_set=list_of(ModelRef(models, "BannerActionReactionSetItem")),
    target=check_str,
    tour_id=check_str,
    tour_url=check_str,
    type_=Field(check_str, json="type"),
)
