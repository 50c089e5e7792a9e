# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...errors import ResponseDecodingError
from ...models.banner_dismiss import BannerDismiss
from ...models.intercom_version import IntercomVersion
from ...types import (
    UNSET,
    Response,
    Unset,
    WrongType,
    decode_json,
)


def _get_kwargs(
    id: str,
    view_id: str,
    *,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/{id}/banners/{view_id}/dismiss".format(
            id=quote(str(id), safe=""),
            view_id=quote(str(view_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Any, response: httpx.Response) -> BannerDismiss:
    try:
        if response.status_code == 200:
            return BannerDismiss.from_dict(decode_json(response))

        pass
    except ResponseDecodingError as exc:
        exc.response = response
        raise
    except WrongType as exc:
        raise ResponseDecodingError(str(exc), response=response) from None
    raise errors.error_for_response(response)


def _build_response(*, client: Any, response: httpx.Response) -> Response[BannerDismiss]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    view_id: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[BannerDismiss]:
    """Dismiss a banner for a contact

     Records that a contact has dismissed a banner. Dismissals are shared across
    surfaces, so a banner dismissed through this endpoint will also stop appearing
    in the web Messenger for that contact, and vice versa.

    The request is idempotent: dismissing an already-dismissed banner succeeds and
    returns the same response.

    Args:
        id (str):
        view_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[BannerDismiss]
    """

    kwargs = _get_kwargs(
        id=id,
        view_id=view_id,
        intercom_version=intercom_version,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: str,
    view_id: str,
    *,
    client: Intercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> BannerDismiss:
    """Dismiss a banner for a contact

     Records that a contact has dismissed a banner. Dismissals are shared across
    surfaces, so a banner dismissed through this endpoint will also stop appearing
    in the web Messenger for that contact, and vice versa.

    The request is idempotent: dismissing an already-dismissed banner succeeds and
    returns the same response.

    Args:
        id (str):
        view_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        BannerDismiss
    """

    kwargs = _get_kwargs(
        id=id,
        view_id=view_id,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=client.request(**kwargs))


async def asyncio_detailed(
    id: str,
    view_id: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[BannerDismiss]:
    """Dismiss a banner for a contact

     Records that a contact has dismissed a banner. Dismissals are shared across
    surfaces, so a banner dismissed through this endpoint will also stop appearing
    in the web Messenger for that contact, and vice versa.

    The request is idempotent: dismissing an already-dismissed banner succeeds and
    returns the same response.

    Args:
        id (str):
        view_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        Response[BannerDismiss]
    """

    kwargs = _get_kwargs(
        id=id,
        view_id=view_id,
        intercom_version=intercom_version,
    )
    response = await client.request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    view_id: str,
    *,
    client: AsyncIntercom,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> BannerDismiss:
    """Dismiss a banner for a contact

     Records that a contact has dismissed a banner. Dismissals are shared across
    surfaces, so a banner dismissed through this endpoint will also stop appearing
    in the web Messenger for that contact, and vice versa.

    The request is idempotent: dismissing an already-dismissed banner succeeds and
    returns the same response.

    Args:
        id (str):
        view_id (str):
        intercom_version (IntercomVersion | Unset): Intercom API version.</br>By default, it's
            equal to the version set in the app package. Example: Preview.

    Raises:
        APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
        ResponseDecodingError: The response body is not the JSON this operation documents.

    Returns:
        BannerDismiss
    """

    kwargs = _get_kwargs(
        id=id,
        view_id=view_id,
        intercom_version=intercom_version,
    )
    return _parse_response(client=client, response=await client.request(**kwargs))
