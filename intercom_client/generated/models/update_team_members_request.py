# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_scalar_list, sent_fields

if TYPE_CHECKING:
    from ..models.admin_priority_level_request import AdminPriorityLevelRequest, AdminPriorityLevelRequestDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTeamMembersRequest(Model):
    """The request payload for updating a team's membership.
    `admin_ids` is the complete set of teammates who should be on the team once
    the request completes, not a list of changes to apply. Any teammate currently
    on the team but absent from `admin_ids` is removed.

    The team's members and their priority levels are the only parts of a team this
    endpoint writes, and the request is read from the body: a parameter sent in the
    query string is rejected rather than applied. A team read from the API can be sent
    back whole, since the other fields of the representation are accepted as long as
    they are unchanged. Trying to change one of them returns a 400 rather than being
    ignored, as does any field a team does not have.

    `admin_priority_level` sets which teammates take work first. It is optional, and
    names only the teammates whose level the request is setting: a teammate it leaves
    out keeps the level they already have, and one joining the team without a level
    named becomes a primary member. A level named for a teammate the request removes is
    ignored, so a team read from the API can still be sent back whole with only
    `admin_ids` changed.

    Naming an id that is on neither the team nor `admin_ids` returns a 400. So does
    naming the same id at both levels, unless the team really does hold that teammate
    at both: a read reports that shape, and sending it back settles them at a single
    level rather than being refused.

    Only a team whose `distribution_method` is `load_balanced` can have secondary
    members, so `secondary_admin_ids` returns a 400 on any other team.
    `primary_admin_ids` is accepted on every team, but a team that does not balance
    assignment does not report `admin_priority_level` back and does not use the levels
    to decide who work goes to.

    Attributes:
        admin_ids (list[int]): The ids of every teammate who should be a member of the team. Must contain at least one
            id, and no more than 1000. Example: [493881, 493882].
        admin_priority_level (AdminPriorityLevelRequest | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_ids: list[int]
    admin_priority_level: AdminPriorityLevelRequest | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateTeamMembersRequestDict(TypedDict, total=False):
    """:class:`UpdateTeamMembersRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_ids: Required[Sequence[int]]
    admin_priority_level: AdminPriorityLevelRequestDict | None


sent_fields(
    UpdateTeamMembersRequest,
    admin_ids=Field(check_scalar_list, required=True),
    admin_priority_level=ModelRef(models, "AdminPriorityLevelRequest"),
)
