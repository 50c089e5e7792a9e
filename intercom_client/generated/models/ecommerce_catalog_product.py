# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_float,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.ecommerce_catalog_product_additional_data import (
        EcommerceCatalogProductAdditionalData,
        EcommerceCatalogProductAdditionalDataDict,
    )
    from ..models.ecommerce_catalog_product_available_options_item import (
        EcommerceCatalogProductAvailableOptionsItem,
        EcommerceCatalogProductAvailableOptionsItemDict,
    )
    from ..models.ecommerce_catalog_product_collection_with_title import (
        EcommerceCatalogProductCollectionWithTitle,
        EcommerceCatalogProductCollectionWithTitleDict,
    )
    from ..models.ecommerce_catalog_variant import EcommerceCatalogVariant, EcommerceCatalogVariantDict


def _decode_available_options(data: Any) -> list[EcommerceCatalogProductAvailableOptionsItem]:
    return decode_list(data, EcommerceCatalogProductAvailableOptionsItem.from_dict)


def _decode_category_path(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_scalar_list(data)


def _decode_collections_item(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return EcommerceCatalogProductCollectionWithTitle.from_dict(data)


def _decode_collections(data: Any) -> list[EcommerceCatalogProductCollectionWithTitle | str]:
    return decode_list(data, _decode_collections_item)


def _decode_variants(data: Any) -> list[EcommerceCatalogVariant]:
    return decode_list(data, EcommerceCatalogVariant.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": UNSET,
    "title": UNSET,
    "url": UNSET,
    "additional_data": UNSET,
    "available_options": UNSET,
    "category_path": UNSET,
    "collections": UNSET,
    "currency": UNSET,
    "description": UNSET,
    "description_html": UNSET,
    "featured_image_url": UNSET,
    "image_urls": UNSET,
    "in_stock": UNSET,
    "price_max": UNSET,
    "price_min": UNSET,
    "tags": UNSET,
    "variants": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "url",
        "additional_data",
        "available_options",
        "category_path",
        "collections",
        "currency",
        "description",
        "description_html",
        "featured_image_url",
        "image_urls",
        "in_stock",
        "price_max",
        "price_min",
        "tags",
        "variants",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogProduct:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        _v = self.additional_data
        if _v is not UNSET:
            _d["additional_data"] = None if _v is None else to_jsonable(_v)
        _v = self.available_options
        if _v is not UNSET:
            _d["available_options"] = None if _v is None else to_jsonable(_v)
        _v = self.category_path
        if _v is not UNSET:
            _d["category_path"] = None if _v is None else to_jsonable(_v)
        _v = self.collections
        if _v is not UNSET:
            _d["collections"] = None if _v is None else to_jsonable(_v)
        _v = self.currency
        if _v is not UNSET:
            _d["currency"] = None if _v is None else to_jsonable(_v)
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.description_html
        if _v is not UNSET:
            _d["description_html"] = None if _v is None else to_jsonable(_v)
        _v = self.featured_image_url
        if _v is not UNSET:
            _d["featured_image_url"] = None if _v is None else to_jsonable(_v)
        _v = self.image_urls
        if _v is not UNSET:
            _d["image_urls"] = None if _v is None else to_jsonable(_v)
        _v = self.in_stock
        if _v is not UNSET:
            _d["in_stock"] = None if _v is None else to_jsonable(_v)
        _v = self.price_max
        if _v is not UNSET:
            _d["price_max"] = None if _v is None else to_jsonable(_v)
        _v = self.price_min
        if _v is not UNSET:
            _d["price_min"] = None if _v is None else to_jsonable(_v)
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else to_jsonable(_v)
        _v = self.variants
        if _v is not UNSET:
            _d["variants"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("title", "title", check_str, True),
            FieldSpec("url", "url", check_str, True),
            FieldSpec("additional_data", "additional_data", EcommerceCatalogProductAdditionalData.from_dict, False),
            FieldSpec("available_options", "available_options", _decode_available_options, False),
            FieldSpec("category_path", "category_path", _decode_category_path, False),
            FieldSpec("collections", "collections", _decode_collections, False),
            FieldSpec("currency", "currency", check_str, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("description_html", "description_html", check_str, False),
            FieldSpec("featured_image_url", "featured_image_url", check_str, False),
            FieldSpec("image_urls", "image_urls", check_scalar_list, False),
            FieldSpec("in_stock", "in_stock", check_bool, False),
            FieldSpec("price_max", "price_max", check_float, False),
            FieldSpec("price_min", "price_min", check_float, False),
            FieldSpec("tags", "tags", check_scalar_list, False),
            FieldSpec("variants", "variants", _decode_variants, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="EcommerceCatalogProduct"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "title" not in _d:
                raise KeyError("title")
            if _state["title"] is None:
                raise WrongType("a value", None)
            if "url" not in _d:
                raise KeyError("url")
            if _state["url"] is None:
                raise WrongType("a value", None)
            _v = _state["additional_data"]
            if _v is not None and _v is not UNSET:
                _v = EcommerceCatalogProductAdditionalData.from_dict(_v)

            _state["additional_data"] = _v
            _v = _state["available_options"]
            if _v is not None and _v is not UNSET:
                _v = _decode_available_options(_v)

            _state["available_options"] = _v
            _v = _state["category_path"]
            if _v is not None and _v is not UNSET:
                _v = _decode_category_path(_v)

            _state["category_path"] = _v
            _v = _state["collections"]
            if _v is not None and _v is not UNSET:
                _v = _decode_collections(_v)

            _state["collections"] = _v
            _v = _state["image_urls"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["image_urls"] = _v
            _v = _state["tags"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["tags"] = _v
            _v = _state["variants"]
            if _v is not None and _v is not UNSET:
                _v = _decode_variants(_v)

            _state["variants"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class EcommerceCatalogProductDict(TypedDict, total=False):
    """:class:`EcommerceCatalogProduct` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    title: Required[str]
    url: Required[str]
    additional_data: EcommerceCatalogProductAdditionalData | EcommerceCatalogProductAdditionalDataDict | None
    available_options: list[
        EcommerceCatalogProductAvailableOptionsItem | EcommerceCatalogProductAvailableOptionsItemDict
    ]
    category_path: str | list[str] | None
    collections: list[str | EcommerceCatalogProductCollectionWithTitle | EcommerceCatalogProductCollectionWithTitleDict]
    currency: str | None
    description: str | None
    description_html: str | None
    featured_image_url: str | None
    image_urls: list[str]
    in_stock: bool | None
    price_max: float | None
    price_min: float | None
    tags: list[str]
    variants: list[EcommerceCatalogVariant | EcommerceCatalogVariantDict]


# Imported last, so that models that refer to each other can import each other.
from ..models.ecommerce_catalog_product_additional_data import EcommerceCatalogProductAdditionalData
from ..models.ecommerce_catalog_product_available_options_item import EcommerceCatalogProductAvailableOptionsItem
from ..models.ecommerce_catalog_product_collection_with_title import EcommerceCatalogProductCollectionWithTitle
from ..models.ecommerce_catalog_variant import EcommerceCatalogVariant
