# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_bool,
    check_float,
    check_scalar_list,
    check_str,
    list_of,
    one_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.ecommerce_catalog_product_additional_data import EcommerceCatalogProductAdditionalData
    from ..models.ecommerce_catalog_product_available_options_item import (
        EcommerceCatalogProductAvailableOptionsItem,
        EcommerceCatalogProductAvailableOptionsItemDict,
    )
    from ..models.ecommerce_catalog_product_collection_with_title import (
        EcommerceCatalogProductCollectionWithTitle,
        EcommerceCatalogProductCollectionWithTitleDict,
    )
    from ..models.ecommerce_catalog_variant import EcommerceCatalogVariant, EcommerceCatalogVariantDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogProduct(Model):
    """A product object in an ecommerce catalog upload. The catalog file must be a JSON
    array of these objects. The `id`, `title`, and `url` fields are required; all
    others are optional.

    Attributes:
        id (str): Your unique product identifier. Used to match products on re-upload so only changed products are re-
            indexed. Also the delete key — any product ID absent from a new upload is removed from Fin's knowledge. Must be
            stable across uploads. Example: prod-12345.
        title (str): Product name. Used by Fin when searching for and recommending products. Example: Classic Cotton
            T-Shirt.
        url (str): Canonical product page URL shown in Fin's product recommendations. Must be a valid https:// URL.
            Example: https://example.com/products/classic-cotton-t-shirt.
        additional_data (EcommerceCatalogProductAdditionalData | Unset | None):
        available_options (list[EcommerceCatalogProductAvailableOptionsItem] | Unset | None): Option types available for
            this product and their possible values
            (e.g. `{"name": "Size", "values": ["S", "M", "L"]}`). Fin uses these to understand what
            choices a shopper can make and to correctly filter variants when a shopper asks for a
            specific size, colour, or other attribute.
        category_path (str | list[str] | Unset | None): Hierarchical category breadcrumb for the product. Fin
            understands the hierarchy — a
            shopper asking about "Clothing" will see products from all subcategories underneath it.
            The most specific category is shown in search results. Strongly recommended. Provide as
            a pre-formatted string (e.g. `"Clothing > T-Shirts"`) or as an array of path segments
            (e.g. `["Clothing", "T-Shirts"]`). Array segments are joined with ` > `.
        collections (list[EcommerceCatalogProductCollectionWithTitle | str] | Unset | None): Collections or groupings
            this product belongs to in your store. Fin uses collections to understand your catalog's structure and answer
            questions like "what's in the sale collection?". Each element may be a plain string or an object with a `title`
            field.
        currency (str | Unset | None): ISO 4217 currency code for all prices on this product (e.g. "USD", "EUR", "GBP").
            Defaults to USD if omitted. Used to format prices with the correct symbol in Fin's responses and product cards.
            Example: USD.
        description (str | Unset | None): Product description that Fin reads to understand what the product is. HTML
            formatting is supported and safely sanitized (`description_html` takes precedence if both are provided). This is
            the primary field Fin uses to match products to shopper questions — a richer description leads to better
            recommendations. Example: A comfortable everyday t-shirt made from 100% organic cotton..
        description_html (str | Unset | None): HTML product description. Takes precedence over `description` when both
            are provided. HTML is safely sanitized before indexing. Example: ``<p>A comfortable everyday t-shirt made from
            <strong>100% organic cotton</strong>.</p>``.
        featured_image_url (str | Unset | None): Primary product image shown in Fin's recommendation cards. Falls back
            to the first entry of `image_urls` if not provided. If no valid image can be resolved for a variant, that
            variant's recommendation card is not shown to the shopper. Example: https://cdn.example.com/images/t-shirt-
            main.jpg.
        image_urls (list[str] | Unset | None): Additional product images. Used as a fallback image source when
            `featured_image_url` is absent or when a variant has no specific image. Example:
            ['https://cdn.example.com/images/t-shirt-back.jpg', 'https://cdn.example.com/images/t-shirt-detail.jpg'].
        in_stock (bool | Unset | None): Whether the product is available to purchase. If omitted, derived from variant
            stock — the
            product is in stock if at least one variant has `in_stock: true`. Products with no in-stock
            variants are hidden from Fin entirely and will not be recommended to shoppers. Example: True.
        price_max (float | Unset | None): Highest price across all variants. If omitted, derived from variant prices.
            Used alongside `price_min` for budget filtering and price display. Example: 39.99.
        price_min (float | Unset | None): Lowest price across all variants. If omitted, derived automatically from
            variant prices. Fin uses this to filter products when a shopper mentions a budget (e.g. "under $100"). Displayed
            as a range alongside `price_max`, or as a single value if both are equal. Example: 19.99.
        tags (list[str] | Unset | None): Free-form keywords matching how shoppers phrase needs in chat (e.g.
            "waterproof", "gift", "plus-size"). Used by Fin to match fuzzy queries; complements `category_path` and
            `collections`. Example: ['organic', 'bestseller'].
        variants (list[EcommerceCatalogVariant] | Unset | None): Individual purchasable variants of the product. Fin
            recommends specific variants (not just products), so populating variants with accurate stock, price, and option
            data leads to more precise recommendations. See `ecommerce_catalog_variant` for the variant object schema.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    title: str
    url: str
    additional_data: EcommerceCatalogProductAdditionalData | Unset | None = UNSET
    available_options: list[EcommerceCatalogProductAvailableOptionsItem] | Unset | None = UNSET
    category_path: str | list[str] | Unset | None = UNSET
    collections: list[EcommerceCatalogProductCollectionWithTitle | str] | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    description_html: str | Unset | None = UNSET
    featured_image_url: str | Unset | None = UNSET
    image_urls: list[str] | Unset | None = UNSET
    in_stock: bool | Unset | None = UNSET
    price_max: float | Unset | None = UNSET
    price_min: float | Unset | None = UNSET
    tags: list[str] | Unset | None = UNSET
    variants: list[EcommerceCatalogVariant] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class EcommerceCatalogProductDict(TypedDict, total=False):
    """:class:`EcommerceCatalogProduct` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    title: Required[str]
    url: Required[str]
    additional_data: Mapping[str, Any] | None
    available_options: Sequence[EcommerceCatalogProductAvailableOptionsItemDict]
    category_path: str | Sequence[str] | None
    collections: Sequence[str | EcommerceCatalogProductCollectionWithTitleDict]
    currency: str | None
    description: str | None
    description_html: str | None
    featured_image_url: str | None
    image_urls: Sequence[str]
    in_stock: bool | None
    price_max: float | None
    price_min: float | None
    tags: Sequence[str]
    variants: Sequence[EcommerceCatalogVariantDict]


sent_fields(
    EcommerceCatalogProduct,
    id=Field(check_str, required=True),
    title=Field(check_str, required=True),
    url=Field(check_str, required=True),
    additional_data=ModelRef(models, "EcommerceCatalogProductAdditionalData"),
    available_options=list_of(ModelRef(models, "EcommerceCatalogProductAvailableOptionsItem")),
    category_path=one_of(check_str, check_scalar_list),
    collections=list_of(one_of(check_str, ModelRef(models, "EcommerceCatalogProductCollectionWithTitle"))),
    currency=check_str,
    description=check_str,
    description_html=check_str,
    featured_image_url=check_str,
    image_urls=check_scalar_list,
    in_stock=check_bool,
    price_max=check_float,
    price_min=check_float,
    tags=check_scalar_list,
    variants=list_of(ModelRef(models, "EcommerceCatalogVariant")),
)
