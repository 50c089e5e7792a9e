# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.team_list_type import TeamListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.team import Team


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TeamList(Model):
    """This will return a list of team objects for the App.

    Attributes:
        teams (list[Team] | None): A list of team objects
        type_ (TeamListType | None): The type of the object Example: team.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    teams: list[Team] | None = None
    type_: TeamListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TeamList,
    teams=list_of(ModelRef(models, "Team")),
    type_=Field(check_str, json="type", const="team.list"),
)
