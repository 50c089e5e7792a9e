# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.banner_action import BannerAction
    from ..models.banner_client_targeting_item import BannerClientTargetingItem


def _decode_client_targeting(data: Any) -> list[BannerClientTargetingItem]:
    return decode_list(data, BannerClientTargetingItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "action": None,
    "body": None,
    "client_targeting": None,
    "created_at": None,
    "position": None,
    "show_dismiss_button": None,
    "style": None,
    "title": None,
    "view_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "action",
        "body",
        "client_targeting",
        "created_at",
        "position",
        "show_dismiss_button",
        "style",
        "title",
        "view_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Banner:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.action
        if _v is not None:
            _d["action"] = to_jsonable(_v)
        _v = self.body
        if _v is not None:
            _d["body"] = to_jsonable(_v)
        _v = self.client_targeting
        if _v is not None:
            _d["client_targeting"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.position
        if _v is not None:
            _d["position"] = _v
        _v = self.show_dismiss_button
        if _v is not None:
            _d["show_dismiss_button"] = _v
        _v = self.style
        if _v is not None:
            _d["style"] = _v
        _v = self.title
        if _v is not None:
            _d["title"] = to_jsonable(_v)
        _v = self.view_id
        if _v is not None:
            _d["view_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("action", "action", BannerAction.from_dict, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("client_targeting", "client_targeting", _decode_client_targeting, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("position", "position", check_str, False),
            FieldSpec("show_dismiss_button", "show_dismiss_button", check_bool, False),
            FieldSpec("style", "style", check_str, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("view_id", "view_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Banner")
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
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["action"]
            if _v is not None and _v.__class__ is not dict:
                _state["action"] = Pending(_v)
            if _state["client_targeting"] is not None:
                _state["client_targeting"] = Pending(_state["client_targeting"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.banner_action import BannerAction
from ..models.banner_client_targeting_item import BannerClientTargetingItem

install_lazy_fields(
    Banner,
    (
        "action",
        "client_targeting",
    ),
)
