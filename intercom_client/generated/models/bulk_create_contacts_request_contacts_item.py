# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    WrongType,
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


@_attrs_define(kw_only=True)
class BulkCreateContactsRequestContactsItem:
    """
    Attributes:
        avatar (str | Unset): An image URL containing the avatar of the contact. Example:
            https://www.example.com/avatar_image.jpg.
        companies (list[BulkCreateContactsRequestContactsItemCompaniesItem] | Unset): A list of companies to associate
            with the contact. Each company is identified by the `company_id` you have defined. A company that does not exist
            is created, and one that already exists has the supplied attributes applied to it.
        custom_attributes (BulkCreateContactsRequestContactsItemCustomAttributes | Unset): Custom attributes to set on
            the contact.
        email (str | Unset): The contact's email address. Example: joe@example.com.
        external_id (str | Unset): A unique identifier for the contact which you have defined. Example: abc123.
        language_override (str | Unset): A preferred language setting for the contact, used by the Intercom Messenger.
            Example: fr.
        last_seen_at (int | Unset): The time the contact was last seen, in Unix timestamp format.
        name (str | Unset): The contact's name. Example: Joe Bloggs.
        owner_id (str | Unset): The ID of an admin that has been assigned account ownership of the contact. Example:
            321.
        phone (str | Unset): The contact's phone number.
        role (str | Unset): The contact's role. One of `user` or `lead`. Leads are exempt from the uniqueness check
            described above. Example: user.
        signed_up_at (int | Unset): The time the contact signed up, in Unix timestamp format.
        tags (BulkCreateContactsRequestContactsItemTags | Unset): Tags to add to the contact. Each tag is identified by
            its `id`, which must be a positive integer for a tag that already exists in your workspace. Tag application is
            best-effort: unknown tag IDs are skipped while the rest of the contact create still applies. Per-tag results are
            not yet returned in the job status.
        unsubscribed_from_emails (bool | Unset): Whether the contact is unsubscribed from emails. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    avatar: str | None | Unset = UNSET
    companies: list[BulkCreateContactsRequestContactsItemCompaniesItem] | None | Unset = UNSET
    custom_attributes: BulkCreateContactsRequestContactsItemCustomAttributes | None | Unset = UNSET
    email: str | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    language_override: str | None | Unset = UNSET
    last_seen_at: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    owner_id: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    role: str | None | Unset = UNSET
    signed_up_at: int | None | Unset = UNSET
    tags: BulkCreateContactsRequestContactsItemTags | None | Unset = UNSET
    unsubscribed_from_emails: bool | None | Unset = UNSET
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
        try:
            avatar = _d.get("avatar", UNSET)
            if avatar.__class__ is dict or avatar.__class__ is list:
                raise WrongType("string", avatar)

            companies = _d.get("companies", UNSET)
            if companies is not None and companies is not UNSET:
                companies = _decode_companies(companies)

            custom_attributes = _d.get("custom_attributes", UNSET)
            if custom_attributes is not None and custom_attributes is not UNSET:
                custom_attributes = BulkCreateContactsRequestContactsItemCustomAttributes.from_dict(custom_attributes)

            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email)

            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id)

            language_override = _d.get("language_override", UNSET)
            if language_override.__class__ is dict or language_override.__class__ is list:
                raise WrongType("string", language_override)

            last_seen_at = _d.get("last_seen_at", UNSET)
            if last_seen_at.__class__ is dict or last_seen_at.__class__ is list:
                raise WrongType("integer", last_seen_at)

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name)

            owner_id = _d.get("owner_id", UNSET)
            if owner_id.__class__ is dict or owner_id.__class__ is list:
                raise WrongType("string", owner_id)

            phone = _d.get("phone", UNSET)
            if phone.__class__ is dict or phone.__class__ is list:
                raise WrongType("string", phone)

            role = _d.get("role", UNSET)
            if role.__class__ is dict or role.__class__ is list:
                raise WrongType("string", role)

            signed_up_at = _d.get("signed_up_at", UNSET)
            if signed_up_at.__class__ is dict or signed_up_at.__class__ is list:
                raise WrongType("integer", signed_up_at)

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                tags = BulkCreateContactsRequestContactsItemTags.from_dict(tags)

            unsubscribed_from_emails = _d.get("unsubscribed_from_emails", UNSET)
            if unsubscribed_from_emails.__class__ is dict or unsubscribed_from_emails.__class__ is list:
                raise WrongType("boolean", unsubscribed_from_emails)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.avatar = avatar
            _obj.companies = companies
            _obj.custom_attributes = custom_attributes
            _obj.email = email
            _obj.external_id = external_id
            _obj.language_override = language_override
            _obj.last_seen_at = last_seen_at
            _obj.name = name
            _obj.owner_id = owner_id
            _obj.phone = phone
            _obj.role = role
            _obj.signed_up_at = signed_up_at
            _obj.tags = tags
            _obj.unsubscribed_from_emails = unsubscribed_from_emails
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
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
    BulkCreateContactsRequestContactsItemCompaniesItem,  # noqa: E402
)
from ..models.bulk_create_contacts_request_contacts_item_custom_attributes import (
    BulkCreateContactsRequestContactsItemCustomAttributes,  # noqa: E402
)
from ..models.bulk_create_contacts_request_contacts_item_tags import BulkCreateContactsRequestContactsItemTags  # noqa: E402
