# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.create_or_update_custom_object_instance_request import CreateOrUpdateCustomObjectInstanceRequest
from ...models.custom_object_instance import CustomObjectInstance
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
    path_segment,
)

_OPERATION = "POST /custom_object_instances/{custom_object_type_identifier}"


def _get_kwargs(
    custom_object_type_identifier: str,
    *,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_object_instances/{custom_object_type_identifier}".format(
            custom_object_type_identifier=path_segment(
                "custom_object_type_identifier", custom_object_type_identifier, _OPERATION
            ),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> CustomObjectInstance:
    if response.status_code == 200:
        return decode_response(response, CustomObjectInstance.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[CustomObjectInstance]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    custom_object_type_identifier: str,
    *,
    client: Intercom,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CustomObjectInstance]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        custom_object_type_identifier=custom_object_type_identifier,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    custom_object_type_identifier: str,
    *,
    client: Intercom,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CustomObjectInstance:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        custom_object_type_identifier=custom_object_type_identifier,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    custom_object_type_identifier: str,
    *,
    client: AsyncIntercom,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[CustomObjectInstance]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        custom_object_type_identifier=custom_object_type_identifier,
        body=body,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    custom_object_type_identifier: str,
    *,
    client: AsyncIntercom,
    body: CreateOrUpdateCustomObjectInstanceRequest | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> CustomObjectInstance:
    """Create or Update a Custom Object Instance: ``POST /custom_object_instances/{custom_object_type_identifier}``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        custom_object_type_identifier=custom_object_type_identifier,
        body=body,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
