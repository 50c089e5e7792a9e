# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Any

import httpx

from ... import errors
from ...client import AsyncIntercom, Intercom
from ...models.content_search_response import ContentSearchResponse
from ...models.intercom_version import IntercomVersion
from ...models.search_content_content_types_item import (
    SearchContentContentTypesItem,
)
from ...models.search_content_copilot_state import SearchContentCopilotState
from ...models.search_content_fin_sales_state import SearchContentFinSalesState
from ...models.search_content_fin_service_state import (
    SearchContentFinServiceState,
)
from ...models.search_content_folder_entity_type import (
    SearchContentFolderEntityType,
)
from ...models.search_content_states_item import SearchContentStatesItem
from ...models.search_content_tag_operator import SearchContentTagOperator
from ...types import (
    UNSET,
    Response,
    Unset,
    decode_response,
)


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(intercom_version, Unset):
        headers["Intercom-Version"] = str(intercom_version)

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params["per_page"] = per_page

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item: str = states_item_data
            json_states.append(states_item)

    params["states"] = json_states

    json_locales: list[str] | Unset = UNSET
    if not isinstance(locales, Unset):
        json_locales = locales

    params["locales"] = json_locales

    json_tag_ids: list[int] | Unset = UNSET
    if not isinstance(tag_ids, Unset):
        json_tag_ids = tag_ids

    params["tag_ids"] = json_tag_ids

    json_tag_operator: str | Unset = UNSET
    if not isinstance(tag_operator, Unset):
        json_tag_operator = tag_operator

    params["tag_operator"] = json_tag_operator

    json_any_tag_ids: list[int] | Unset = UNSET
    if not isinstance(any_tag_ids, Unset):
        json_any_tag_ids = any_tag_ids

    params["any_tag_ids"] = json_any_tag_ids

    json_folder_ids: list[int] | Unset = UNSET
    if not isinstance(folder_ids, Unset):
        json_folder_ids = folder_ids

    params["folder_ids"] = json_folder_ids

    json_folder_entity_type: str | Unset = UNSET
    if not isinstance(folder_entity_type, Unset):
        json_folder_entity_type = folder_entity_type

    params["folder_entity_type"] = json_folder_entity_type

    json_content_types: list[str] | Unset = UNSET
    if not isinstance(content_types, Unset):
        json_content_types = []
        for content_types_item_data in content_types:
            content_types_item: str = content_types_item_data
            json_content_types.append(content_types_item)

    params["content_types"] = json_content_types

    json_copilot_state: str | Unset = UNSET
    if not isinstance(copilot_state, Unset):
        json_copilot_state = copilot_state

    params["copilot_state"] = json_copilot_state

    json_fin_service_state: str | Unset = UNSET
    if not isinstance(fin_service_state, Unset):
        json_fin_service_state = fin_service_state

    params["fin_service_state"] = json_fin_service_state

    json_fin_sales_state: str | Unset = UNSET
    if not isinstance(fin_sales_state, Unset):
        json_fin_sales_state = fin_sales_state

    params["fin_sales_state"] = json_fin_sales_state

    json_created_by_ids: list[int] | Unset = UNSET
    if not isinstance(created_by_ids, Unset):
        json_created_by_ids = created_by_ids

    params["created_by_ids"] = json_created_by_ids

    json_last_updated_by_ids: list[int] | Unset = UNSET
    if not isinstance(last_updated_by_ids, Unset):
        json_last_updated_by_ids = last_updated_by_ids

    params["last_updated_by_ids"] = json_last_updated_by_ids

    params["created_at_after"] = created_at_after

    params["created_at_before"] = created_at_before

    params["updated_at_after"] = updated_at_after

    params["updated_at_before"] = updated_at_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/content/search",
    }
    if params:  # no params at all spares httpx a second parse of the URL
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, *, strict: bool = False) -> ContentSearchResponse:
    if response.status_code == 200:
        return decode_response(response, ContentSearchResponse.from_dict, strict=strict)

    raise errors.error_for_response(response)


def _build_response(response: httpx.Response, *, strict: bool = False) -> Response[ContentSearchResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response, strict=strict),
    )


def sync_detailed(
    *,
    client: Intercom,
    query: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentSearchResponse]:
    """Like :func:`asyncio`, sent with the sync client; returns the whole Response (status, headers, body)."""
    kwargs = _get_kwargs(
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    )
    return _build_response(client.request(**kwargs), strict=client.strict_decoding)


def sync(
    *,
    client: Intercom,
    query: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentSearchResponse:
    """Like :func:`asyncio`, sent with the sync client."""
    kwargs = _get_kwargs(
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    )
    return _parse_response(client.request(**kwargs), strict=client.strict_decoding)


async def asyncio_detailed(
    *,
    client: AsyncIntercom,
    query: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> Response[ContentSearchResponse]:
    """Like :func:`asyncio`, but returns the whole Response (status, headers, body) with the parsed value."""
    kwargs = _get_kwargs(
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    )
    return _build_response(await client.request(**kwargs), strict=client.strict_decoding)


async def asyncio(
    *,
    client: AsyncIntercom,
    query: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    states: list[SearchContentStatesItem] | Unset = UNSET,
    locales: list[str] | Unset = UNSET,
    tag_ids: list[int] | Unset = UNSET,
    tag_operator: SearchContentTagOperator | Unset = UNSET,
    any_tag_ids: list[int] | Unset = UNSET,
    folder_ids: list[int] | Unset = UNSET,
    folder_entity_type: SearchContentFolderEntityType | Unset = UNSET,
    content_types: list[SearchContentContentTypesItem] | Unset = UNSET,
    copilot_state: SearchContentCopilotState | Unset = UNSET,
    fin_service_state: SearchContentFinServiceState | Unset = UNSET,
    fin_sales_state: SearchContentFinSalesState | Unset = UNSET,
    created_by_ids: list[int] | Unset = UNSET,
    last_updated_by_ids: list[int] | Unset = UNSET,
    created_at_after: int | Unset = UNSET,
    created_at_before: int | Unset = UNSET,
    updated_at_after: int | Unset = UNSET,
    updated_at_before: int | Unset = UNSET,
    intercom_version: IntercomVersion | Unset = UNSET,
) -> ContentSearchResponse:
    """Search knowledge base contents: ``GET /content/search``.

    The base of the resource method that sends this operation, which documents it in full.
    """
    kwargs = _get_kwargs(
        query=query,
        page=page,
        per_page=per_page,
        states=states,
        locales=locales,
        tag_ids=tag_ids,
        tag_operator=tag_operator,
        any_tag_ids=any_tag_ids,
        folder_ids=folder_ids,
        folder_entity_type=folder_entity_type,
        content_types=content_types,
        copilot_state=copilot_state,
        fin_service_state=fin_service_state,
        fin_sales_state=fin_sales_state,
        created_by_ids=created_by_ids,
        last_updated_by_ids=last_updated_by_ids,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        updated_at_after=updated_at_after,
        updated_at_before=updated_at_before,
        intercom_version=intercom_version,
    )
    return _parse_response(await client.request(**kwargs), strict=client.strict_decoding)
