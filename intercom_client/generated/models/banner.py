# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.banner_action import BannerAction
    from ..models.banner_client_targeting_item import BannerClientTargetingItem


def _decode_client_targeting(data: Any) -> list[BannerClientTargetingItem]:
    return decode_list(data, BannerClientTargetingItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "action",
        "body",
        "client_targeting",
        "created_at",
        "id",
        "position",
        "show_dismiss_button",
        "style",
        "title",
        "type",
        "view_id",
    }
)


@_attrs_define(kw_only=True)
class Banner:
    """A banner the contact currently matches, with the content and view identifier needed to display and dismiss it.

    Attributes:
        action (BannerAction | None | Unset):
        body (None | str | Unset): The banner's body content as HTML. Example: <p class="no-margin">Hi there!</p>.
        client_targeting (list[BannerClientTargetingItem] | None | Unset): Reserved for future use. Always `null` in the
            current version — banners
            that depend on client-side targeting rules (such as page URL or time on
            page) are not returned by this endpoint.
        created_at (int | Unset): The time the contact's view of this banner was created. Example: 1780580493.
        id (str | Unset): The id of the banner. Example: 486517.
        position (str | Unset): Where the banner is positioned. Example: top.
        show_dismiss_button (bool | Unset): Whether the banner should display a dismiss control. Example: True.
        style (str | Unset): How the banner is displayed. Example: inline.
        title (None | str | Unset): The banner's title. `null` when the banner has no title. Example: Hi there.
        type_ (str | Unset): String representing the object's type. Always has the value `banner`. Example: banner.
        view_id (str | Unset): The id of the contact's view of this banner. Pass this to the dismiss endpoint to record
            a dismissal. Example: 645719311.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    action: BannerAction | None | None | Unset = UNSET
    body: None | str | None | Unset = UNSET
    client_targeting: list[BannerClientTargetingItem] | None | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    position: str | None | Unset = UNSET
    show_dismiss_button: bool | None | Unset = UNSET
    style: str | None | Unset = UNSET
    title: None | str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    view_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.action
        if _v is not UNSET:
            _d["action"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = None if _v is None else to_jsonable(_v)
        _v = self.client_targeting
        if _v is not UNSET:
            _d["client_targeting"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.position
        if _v is not UNSET:
            _d["position"] = _v
        _v = self.show_dismiss_button
        if _v is not UNSET:
            _d["show_dismiss_button"] = _v
        _v = self.style
        if _v is not UNSET:
            _d["style"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.view_id
        if _v is not UNSET:
            _d["view_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Banner")
            _d = dict(_d)
        _f = ""
        try:
            action = _d.get("action", UNSET)
            if action is not None and action is not UNSET:
                _f = "action"
                action = BannerAction.from_dict(action)

            body = _d.get("body", UNSET)
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            client_targeting = _d.get("client_targeting", UNSET)
            if client_targeting is not None and client_targeting is not UNSET:
                _f = "client_targeting"
                client_targeting = _decode_client_targeting(client_targeting)

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            position = _d.get("position", UNSET)
            if position.__class__ is dict or position.__class__ is list:
                raise WrongType("string", position, "position")

            show_dismiss_button = _d.get("show_dismiss_button", UNSET)
            if show_dismiss_button.__class__ is dict or show_dismiss_button.__class__ is list:
                raise WrongType("boolean", show_dismiss_button, "show_dismiss_button")

            style = _d.get("style", UNSET)
            if style.__class__ is dict or style.__class__ is list:
                raise WrongType("string", style, "style")

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            view_id = _d.get("view_id", UNSET)
            if view_id.__class__ is dict or view_id.__class__ is list:
                raise WrongType("string", view_id, "view_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.action = action
            _obj.body = body
            _obj.client_targeting = client_targeting
            _obj.created_at = created_at
            _obj.id = id
            _obj.position = position
            _obj.show_dismiss_button = show_dismiss_button
            _obj.style = style
            _obj.title = title
            _obj.type_ = type_
            _obj.view_id = view_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Banner", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Banner", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Banner", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Banner", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.banner_action import BannerAction  # noqa: E402
from ..models.banner_client_targeting_item import BannerClientTargetingItem  # noqa: E402
