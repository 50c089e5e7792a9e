# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_float,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.ecommerce_catalog_variant_selected_options_item import (
        EcommerceCatalogVariantSelectedOptionsItem,
        EcommerceCatalogVariantSelectedOptionsItemDict,
    )


def _decode_selected_options(data: Any) -> list[EcommerceCatalogVariantSelectedOptionsItem]:
    return decode_list(data, EcommerceCatalogVariantSelectedOptionsItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "compare_at_price": UNSET,
    "id": UNSET,
    "image_url": UNSET,
    "in_stock": UNSET,
    "price": UNSET,
    "selected_options": UNSET,
    "sku": UNSET,
    "title": UNSET,
    "url": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "compare_at_price",
        "id",
        "image_url",
        "in_stock",
        "price",
        "selected_options",
        "sku",
        "title",
        "url",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogVariant:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.compare_at_price
        if _v is not UNSET:
            _d["compare_at_price"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.image_url
        if _v is not UNSET:
            _d["image_url"] = None if _v is None else to_jsonable(_v)
        _v = self.in_stock
        if _v is not UNSET:
            _d["in_stock"] = _v
        _v = self.price
        if _v is not UNSET:
            _d["price"] = None if _v is None else to_jsonable(_v)
        _v = self.selected_options
        if _v is not UNSET:
            _d["selected_options"] = None if _v is None else to_jsonable(_v)
        _v = self.sku
        if _v is not UNSET:
            _d["sku"] = None if _v is None else to_jsonable(_v)
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("compare_at_price", "compare_at_price", check_float, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("image_url", "image_url", check_str, False),
            FieldSpec("in_stock", "in_stock", check_bool, False),
            FieldSpec("price", "price", check_float, False),
            FieldSpec("selected_options", "selected_options", _decode_selected_options, False),
            FieldSpec("sku", "sku", check_str, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="EcommerceCatalogVariant"
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
            _v = _state["selected_options"]
            if _v is not None and _v is not UNSET:
                _v = _decode_selected_options(_v)

            _state["selected_options"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class EcommerceCatalogVariantDict(TypedDict, total=False):
    """:class:`EcommerceCatalogVariant` written as a dict literal (JSON field names), e.g. as a request body."""

    compare_at_price: float | None
    id: str
    image_url: str | None
    in_stock: bool
    price: float | None
    selected_options: list[EcommerceCatalogVariantSelectedOptionsItem | EcommerceCatalogVariantSelectedOptionsItemDict]
    sku: str | None
    title: str
    url: str | None


# Imported last, so that models that refer to each other can import each other.
from ..models.ecommerce_catalog_variant_selected_options_item import EcommerceCatalogVariantSelectedOptionsItem
