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
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.bulk_create_contacts_request_contacts_item_companies_item import (
        BulkCreateContactsRequestContactsItemCompaniesItem,
        BulkCreateContactsRequestContactsItemCompaniesItemDict,
    )
    from ..models.bulk_create_contacts_request_contacts_item_custom_attributes import (
        BulkCreateContactsRequestContactsItemCustomAttributes,
        BulkCreateContactsRequestContactsItemCustomAttributesDict,
    )
    from ..models.bulk_create_contacts_request_contacts_item_tags import (
        BulkCreateContactsRequestContactsItemTags,
        BulkCreateContactsRequestContactsItemTagsDict,
    )


def _decode_companies(data: Any) -> list[BulkCreateContactsRequestContactsItemCompaniesItem]:
    return decode_list(data, BulkCreateContactsRequestContactsItemCompaniesItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "avatar": UNSET,
    "companies": UNSET,
    "custom_attributes": UNSET,
    "email": UNSET,
    "external_id": UNSET,
    "language_override": UNSET,
    "last_seen_at": UNSET,
    "name": UNSET,
    "owner_id": UNSET,
    "phone": UNSET,
    "role": UNSET,
    "signed_up_at": UNSET,
    "tags": UNSET,
    "unsubscribed_from_emails": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "avatar",
        "companies",
        "custom_attributes",
        "email",
        "external_id",
        "language_override",
        "last_seen_at",
        "name",
        "owner_id",
        "phone",
        "role",
        "signed_up_at",
        "tags",
        "unsubscribed_from_emails",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkCreateContactsRequestContactsItem:
    """
    Attributes:
        avatar (str | Unset | None): An image URL containing the avatar of the contact. Example:
            https://www.example.com/avatar_image.jpg.
        companies (list[BulkCreateContactsRequestContactsItemCompaniesItem] | Unset | None): A list of companies to
            associate with the contact. Each company is identified by the `company_id` you have defined. A company that does
            not exist is created, and one that already exists has the supplied attributes applied to it.
        custom_attributes (BulkCreateContactsRequestContactsItemCustomAttributes | Unset | None): Custom attributes to
            set on the contact.
        email (str | Unset | None): The contact's email address. Example: joe@example.com.
        external_id (str | Unset | None): A unique identifier for the contact which you have defined. Example: abc123.
        language_override (str | Unset | None): A preferred language setting for the contact, used by the Intercom
            Messenger. Example: fr.
        last_seen_at (int | Unset | None): The time the contact was last seen, in Unix timestamp format.
        name (str | Unset | None): The contact's name. Example: Joe Bloggs.
        owner_id (str | Unset | None): The ID of an admin that has been assigned account ownership of the contact.
            Example: 321.
        phone (str | Unset | None): The contact's phone number.
        role (str | Unset | None): The contact's role. One of `user` or `lead`. Leads are exempt from the uniqueness
            check described above. Example: user.
        signed_up_at (int | Unset | None): The time the contact signed up, in Unix timestamp format.
        tags (BulkCreateContactsRequestContactsItemTags | Unset | None): Tags to add to the contact. Each tag is
            identified by its `id`, which must be a positive integer for a tag that already exists in your workspace. Tag
            application is best-effort: unknown tag IDs are skipped while the rest of the contact create still applies. Per-
            tag results are not yet returned in the job status.
        unsubscribed_from_emails (bool | Unset | None): Whether the contact is unsubscribed from emails. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    avatar: str | Unset | None = UNSET
    companies: list[BulkCreateContactsRequestContactsItemCompaniesItem] | Unset | None = UNSET
    custom_attributes: BulkCreateContactsRequestContactsItemCustomAttributes | Unset | None = UNSET
    email: str | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    language_override: str | Unset | None = UNSET
    last_seen_at: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    owner_id: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    role: str | Unset | None = UNSET
    signed_up_at: int | Unset | None = UNSET
    tags: BulkCreateContactsRequestContactsItemTags | Unset | None = UNSET
    unsubscribed_from_emails: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.avatar
        if _v is not UNSET:
            _d["avatar"] = _v
        _v = self.companies
        if _v is not UNSET:
            _d["companies"] = None if _v is None else to_jsonable(_v)
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = _v
        _v = self.language_override
        if _v is not UNSET:
            _d["language_override"] = _v
        _v = self.last_seen_at
        if _v is not UNSET:
            _d["last_seen_at"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.owner_id
        if _v is not UNSET:
            _d["owner_id"] = _v
        _v = self.phone
        if _v is not UNSET:
            _d["phone"] = _v
        _v = self.role
        if _v is not UNSET:
            _d["role"] = _v
        _v = self.signed_up_at
        if _v is not UNSET:
            _d["signed_up_at"] = _v
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else to_jsonable(_v)
        _v = self.unsubscribed_from_emails
        if _v is not UNSET:
            _d["unsubscribed_from_emails"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("avatar", "avatar", check_str, False),
            FieldSpec("companies", "companies", _decode_companies, False),
            FieldSpec(
                "custom_attributes",
                "custom_attributes",
                BulkCreateContactsRequestContactsItemCustomAttributes.from_dict,
                False,
            ),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("language_override", "language_override", check_str, False),
            FieldSpec("last_seen_at", "last_seen_at", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("owner_id", "owner_id", check_str, False),
            FieldSpec("phone", "phone", check_str, False),
            FieldSpec("role", "role", check_str, False),
            FieldSpec("signed_up_at", "signed_up_at", check_int, False),
            FieldSpec("tags", "tags", BulkCreateContactsRequestContactsItemTags.from_dict, False),
            FieldSpec("unsubscribed_from_emails", "unsubscribed_from_emails", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="BulkCreateContactsRequestContactsItem"
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
            _v = _state["companies"]
            if _v is not None and _v is not UNSET:
                _v = _decode_companies(_v)

            _state["companies"] = _v
            _v = _state["custom_attributes"]
            if _v is not None and _v is not UNSET:
                _v = BulkCreateContactsRequestContactsItemCustomAttributes.from_dict(_v)

            _state["custom_attributes"] = _v
            _v = _state["tags"]
            if _v is not None and _v is not UNSET:
                _v = BulkCreateContactsRequestContactsItemTags.from_dict(_v)

            _state["tags"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class BulkCreateContactsRequestContactsItemDict(TypedDict, total=False):
    """:class:`BulkCreateContactsRequestContactsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    avatar: str
    companies: list[
        BulkCreateContactsRequestContactsItemCompaniesItem | BulkCreateContactsRequestContactsItemCompaniesItemDict
    ]
    custom_attributes: (
        BulkCreateContactsRequestContactsItemCustomAttributes
        | BulkCreateContactsRequestContactsItemCustomAttributesDict
    )
    email: str
    external_id: str
    language_override: str
    last_seen_at: int
    name: str
    owner_id: str
    phone: str
    role: str
    signed_up_at: int
    tags: BulkCreateContactsRequestContactsItemTags | BulkCreateContactsRequestContactsItemTagsDict
    unsubscribed_from_emails: bool


# Imported last, so that models that refer to each other can import each other.
from ..models.bulk_create_contacts_request_contacts_item_companies_item import (
    BulkCreateContactsRequestContactsItemCompaniesItem,
)
from ..models.bulk_create_contacts_request_contacts_item_custom_attributes import (
    BulkCreateContactsRequestContactsItemCustomAttributes,
)
from ..models.bulk_create_contacts_request_contacts_item_tags import BulkCreateContactsRequestContactsItemTags
