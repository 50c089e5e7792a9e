# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    UNSET,
    DecodingIssue,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_float,
    check_str,
    list_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.ecommerce_catalog_variant_selected_options_item import (
        EcommerceCatalogVariantSelectedOptionsItem,
        EcommerceCatalogVariantSelectedOptionsItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogVariant(Model):
    """A product variant in an ecommerce catalog upload.

    Attributes:
        compare_at_price (float | Unset | None): Original price before a discount. When provided, Fin will naturally
            mention the saving to the shopper (e.g. "down from $129 to $99"). Example: 39.99.
        id (str | Unset | None): Unique identifier for this variant within the product. Example: var-001.
        image_url (str | Unset | None): Image specific to this variant. Takes precedence over the product's
            `featured_image_url`. Falls back to `featured_image_url`, then `image_urls`. If no valid image can be resolved,
            this variant's recommendation card will not be shown. Example: https://cdn.example.com/images/t-shirt-blue.jpg.
        in_stock (bool | Unset | None): Whether this variant is currently available. Out-of-stock variants are not shown
            in Fin's recommendation cards and Fin will not suggest them to shoppers. Example: True.
        price (float | Unset | None): Price of this specific variant. Fin uses variant prices for precise budget
            filtering and displays the variant price in recommendation cards. Example: 29.99.
        selected_options (list[EcommerceCatalogVariantSelectedOptionsItem] | Unset | None): The specific option values
            that define this variant (e.g. Size=Small, Color=Blue). Fin uses these to match shopper requests like "do you
            have this in medium?" to the correct variant.
        sku (str | Unset | None): Stock-keeping unit for this specific variant. Fin uses this to resolve shopper
            requests like "do you have this in size M?" to the exact variant, and can quote it back when a shopper asks for
            it directly. Example: TSHIRT-BLU-L.
        title (str | Unset | None): Variant display name shown to shoppers (e.g. "Small / Blue"). Example: Blue / Large.
        url (str | Unset | None): Direct link to this variant's page. Takes precedence over the product URL in
            recommendation cards. If omitted, constructed automatically as `{product_url}?variant={id}`. Example:
            https://example.com/products/t-shirt?variant=var-001.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    compare_at_price: float | Unset | None = UNSET
    id: str | Unset | None = UNSET
    image_url: str | Unset | None = UNSET
    in_stock: bool | Unset | None = UNSET
    price: float | Unset | None = UNSET
    selected_options: list[EcommerceCatalogVariantSelectedOptionsItem] | Unset | None = UNSET
    sku: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class EcommerceCatalogVariantDict(TypedDict, total=False):
    """:class:`EcommerceCatalogVariant` written as a dict literal (JSON field names), e.g. as a request body."""

    compare_at_price: float | None
    id: str
    image_url: str | None
    in_stock: bool
    price: float | None
    selected_options: Sequence[EcommerceCatalogVariantSelectedOptionsItemDict]
    sku: str | None
    title: str
    url: str | None


sent_fields(
    EcommerceCatalogVariant,
    compare_at_price=check_float,
    id=check_str,
    image_url=check_str,
    in_stock=check_bool,
    price=check_float,
    selected_options=list_of(ModelRef(models, "EcommerceCatalogVariantSelectedOptionsItem")),
    sku=check_str,
    title=check_str,
    url=check_str,
)
