# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.intercom_version import IntercomVersion
from ...models.team import Team
from ...models.update_team_members_request import UpdateTeamMembersRequest
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    id: str,
    *,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/teams/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> Team:
    if response.status_code == 200:
        return decode_response(response, Team.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[Team]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    id: str,
    *,
    client: Intercom,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Team]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    id: str,
    *,
    client: Intercom,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Team:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncIntercom,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[Team]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    id: str,
    *,
    client: AsyncIntercom,
    body: UpdateTeamMembersRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Team:
    """Update a team's members

     You can replace the set of teammates who belong to a team. Send the full list of
    teammates the team should end up with — any teammate currently on the team and
    missing from the list is removed. This makes the endpoint safe to call on a
    schedule to keep Intercom in step with an external rota or workforce management
    system, since sending an unchanged list makes no changes at all.

    A token that acts on behalf of a teammate carries that teammate's permissions:
    they must be able to manage teams, and any team or teammate their access is
    restricted from remains out of reach here.

    Args:
        id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.
        body (UpdateTeamMembersRequest | Unset): The request payload for updating a team's
            membership.
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

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Team
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
