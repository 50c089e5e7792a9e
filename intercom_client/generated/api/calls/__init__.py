# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.calls``: the calls resource of both clients, one method per operation.

``CallsResource`` is the sync one (on ``Intercom``), ``AsyncCallsResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from ...types import (
    LOCATION,
    NOT_GIVEN,
    OPERATION,
    READ_ONLY,
    TEXT,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    body_fields,
    list_of,
    path_segment,
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.ai_call_response import AiCallResponse
    from ...models.call import Call
    from ...models.call_list import CallList
    from ...models.call_with_transcript_list import CallWithTranscriptList
    from ...models.intercom_version import IntercomVersion
    from ...models.list_calls_with_transcripts_body import (
        ListCallsWithTranscriptsBody,
        ListCallsWithTranscriptsBodyDict,
    )
    from ...models.register_fin_voice_call_request import RegisterFinVoiceCallRequest, RegisterFinVoiceCallRequestDict
    from ...models.register_fin_voice_call_request_source import RegisterFinVoiceCallRequestSource
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncCallsResource", "CallsResource"]


class AsyncCallsResource(AsyncResource):
    """``client.calls`` of AsyncIntercom: 10 operations."""

    @property
    def with_raw_response(self) -> AsyncCallsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncCallsRawResource(self)

    async def collect_fin_voice_call_by_external_id(
        self,
        external_id: str,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Collect Fin Voice call by external ID

        Retrieve information about a Fin Voice call using the external call identifier.

        Args:
            external_id (str):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/external_id/{external_id}".format(
                external_id=path_segment("external_id", external_id, "GET /fin_voice/external_id/{external_id}"),
            ),
            "extensions": {
                OPERATION: ("calls.collect_fin_voice_call_by_external_id", "/fin_voice/external_id/{external_id}")
            },
        }

        parsed: AiCallResponse = await self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def collect_fin_voice_call_by_id(
        self,
        id: int,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Collect Fin Voice call by ID

        Retrieve information about a Fin Voice call using the external reference ID.

        Args:
            id (int):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/collect/{id}".format(
                id=path_segment("id", id, "GET /fin_voice/collect/{id}"),
            ),
            "extensions": {OPERATION: ("calls.collect_fin_voice_call_by_id", "/fin_voice/collect/{id}")},
        }

        parsed: AiCallResponse = await self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def collect_fin_voice_call_by_phone_number(
        self,
        phone_number: str,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Collect Fin Voice call by phone number

        Retrieve information about a Fin Voice call using the phone number.

        Returns the most recent matched call for the given phone number, ordered by creation date.

        Args:
            phone_number (str):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/phone_number/{phone_number}".format(
                phone_number=path_segment("phone_number", phone_number, "GET /fin_voice/phone_number/{phone_number}"),
            ),
            "extensions": {
                OPERATION: ("calls.collect_fin_voice_call_by_phone_number", "/fin_voice/phone_number/{phone_number}")
            },
        }

        parsed: AiCallResponse = await self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def collect_fin_voice_calls_by_conversation_id(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AiCallResponse]:
        """Collect Fin Voice calls by conversation ID

        Retrieve information about Fin Voice calls associated with a conversation.

        Returns all matched calls for the given conversation ID. A conversation may have multiple associated
        calls.

        Args:
            conversation_id (str):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            list[AiCallResponse]
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/conversation/{conversation_id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "GET /fin_voice/conversation/{conversation_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "calls.collect_fin_voice_calls_by_conversation_id",
                    "/fin_voice/conversation/{conversation_id}",
                )
            },
        }

        parsed: list[AiCallResponse] = await self._request(
            _kwargs,
            {200: list_of(AiCallResponse.from_dict)},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Call, CallList]:
        """List all calls

        Retrieve a paginated list of calls.

        Args:
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            per_page (int | None): Items per page; None leaves the API's default.
            max_items (int | None): Stop after this many items; None for all of them.
            max_pages (int | None): Stop after this many pages; None for all of them.
            start_cursor (Cursor | None): Resume from this cursor (a page's ``next_cursor``); None
                starts at the first page.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AsyncPaginator[Call, CallList]
        """

        from ...models.call_list import CallList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls",
            "extensions": {OPERATION: ("calls.list", "/calls")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.calls.list_calls"],
            _kwargs,
            {200: CallList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list_with_transcripts(
        self,
        *,
        body: ListCallsWithTranscriptsBody | ListCallsWithTranscriptsBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_ids: Sequence[str] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallWithTranscriptList:
        """List calls with transcripts

        Retrieve calls by a list of conversation ids and include transcripts when available.
        A maximum of 20 `conversation_ids` can be provided. If none are provided or more than 20 are
        provided, a 400 error is returned.

        Args:
            body (ListCallsWithTranscriptsBody | ListCallsWithTranscriptsBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_ids (Sequence[str]): The body's field conversation_ids (instead of body=). A
                list of conversation ids to fetch calls for. Maximum 20.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            CallWithTranscriptList
        """

        from ...models.call_with_transcript_list import CallWithTranscriptList
        from ...models.list_calls_with_transcripts_body import ListCallsWithTranscriptsBody

        body = cast(
            "ListCallsWithTranscriptsBody",
            request_body(
                body_fields(
                    body,
                    {"conversation_ids": conversation_ids},
                    "ListCallsWithTranscriptsBody",
                ),
                ListCallsWithTranscriptsBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/calls/search",
            "extensions": {
                OPERATION: ("calls.list_with_transcripts", "/calls/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CallWithTranscriptList = await self._request(
            _kwargs,
            {200: CallWithTranscriptList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def register_fin_voice_call(
        self,
        *,
        body: RegisterFinVoiceCallRequest | RegisterFinVoiceCallRequestDict = NOT_GIVEN,
        call_id: str = NOT_GIVEN,
        phone_number: str = NOT_GIVEN,
        data: Mapping[str, Any] | None = NOT_GIVEN,
        source: RegisterFinVoiceCallRequestSource = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Register a Fin Voice call

        Register a Fin Voice call with Intercom. This endpoint creates an external reference
        that links an external call identifier to an Intercom call and conversation.

        The call can be from different sources:
        - AWS Connect (default)
        - Five9
        - Zoom Phone

        Args:
            body (RegisterFinVoiceCallRequest | RegisterFinVoiceCallRequestDict): Register a Fin Voice
                call with Intercom
            call_id (str): The body's field call_id (instead of body=). External call identifier from
                the call provider
            phone_number (str): The body's field phone_number (instead of body=). Phone number in
                E.164 format for the call
            data (Mapping[str, Any] | None): The body's field data (instead of body=).
            source (RegisterFinVoiceCallRequestSource): The body's field source (instead of body=).
                Source of the call. Can be "five9", "zoom_phone", or defaults to "aws_connect"
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse
        from ...models.register_fin_voice_call_request import RegisterFinVoiceCallRequest

        body = cast(
            "RegisterFinVoiceCallRequest",
            request_body(
                body_fields(
                    body,
                    {"call_id": call_id, "phone_number": phone_number, "data": data, "source": source},
                    "RegisterFinVoiceCallRequest",
                ),
                RegisterFinVoiceCallRequest,
            ),
        )
        headers: dict[str, Any] = {}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin_voice/register",
            "extensions": {OPERATION: ("calls.register_fin_voice_call", "/fin_voice/register")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: AiCallResponse = await self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call:
        """Get a call

        Retrieve a single call by id.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Call
        """

        from ...models.call import Call

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls/{id}".format(
                id=path_segment("id", id, "GET /calls/{id}"),
            ),
            "extensions": {OPERATION: ("calls.retrieve", "/calls/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Call = await self._request(
            _kwargs,
            {200: Call.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_recording(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """Get call recording by call id

        Redirects to a signed URL for the call's recording if it exists.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            str
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls/{id}/recording".format(
                id=path_segment("id", id, "GET /calls/{id}/recording"),
            ),
            "extensions": {OPERATION: ("calls.retrieve_recording", "/calls/{id}/recording")},
        }
        _kwargs["headers"] = headers
        # The documented redirect is this operation's answer: the client returns it (see _redirects.py).
        _kwargs["extensions"] = {"intercom_client.documented_redirect": True}

        parsed: str = await self._request(
            _kwargs, {302: LOCATION}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def retrieve_transcript(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """Get call transcript by call id

        Returns the transcript for the specified call as a downloadable text file.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            str
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls/{id}/transcript".format(
                id=path_segment("id", id, "GET /calls/{id}/transcript"),
            ),
            "extensions": {OPERATION: ("calls.retrieve_transcript", "/calls/{id}/transcript")},
        }
        _kwargs["headers"] = headers
        _kwargs.setdefault("headers", {})["Accept"] = "text/plain"

        parsed: str = await self._request(
            _kwargs, {200: TEXT}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed


class AsyncCallsRawResource:
    """``client.calls.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCallsResource) -> None:
        raw = AsyncCallsResource(resource._client, raw=True)
        self.collect_fin_voice_call_by_external_id = async_raw(raw.collect_fin_voice_call_by_external_id)
        self.collect_fin_voice_call_by_id = async_raw(raw.collect_fin_voice_call_by_id)
        self.collect_fin_voice_call_by_phone_number = async_raw(raw.collect_fin_voice_call_by_phone_number)
        self.collect_fin_voice_calls_by_conversation_id = async_raw(raw.collect_fin_voice_calls_by_conversation_id)
        self.list_with_transcripts = async_raw(raw.list_with_transcripts)
        self.register_fin_voice_call = async_raw(raw.register_fin_voice_call)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_recording = async_raw(raw.retrieve_recording)
        self.retrieve_transcript = async_raw(raw.retrieve_transcript)


class CallsResource(SyncResource):
    """``client.calls`` of Intercom: 10 operations."""

    @property
    def with_raw_response(self) -> CallsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return CallsRawResource(self)

    def collect_fin_voice_call_by_external_id(
        self,
        external_id: str,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Collect Fin Voice call by external ID

        Retrieve information about a Fin Voice call using the external call identifier.

        Args:
            external_id (str):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/external_id/{external_id}".format(
                external_id=path_segment("external_id", external_id, "GET /fin_voice/external_id/{external_id}"),
            ),
            "extensions": {
                OPERATION: ("calls.collect_fin_voice_call_by_external_id", "/fin_voice/external_id/{external_id}")
            },
        }

        parsed: AiCallResponse = self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def collect_fin_voice_call_by_id(
        self,
        id: int,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Collect Fin Voice call by ID

        Retrieve information about a Fin Voice call using the external reference ID.

        Args:
            id (int):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/collect/{id}".format(
                id=path_segment("id", id, "GET /fin_voice/collect/{id}"),
            ),
            "extensions": {OPERATION: ("calls.collect_fin_voice_call_by_id", "/fin_voice/collect/{id}")},
        }

        parsed: AiCallResponse = self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def collect_fin_voice_call_by_phone_number(
        self,
        phone_number: str,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Collect Fin Voice call by phone number

        Retrieve information about a Fin Voice call using the phone number.

        Returns the most recent matched call for the given phone number, ordered by creation date.

        Args:
            phone_number (str):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/phone_number/{phone_number}".format(
                phone_number=path_segment("phone_number", phone_number, "GET /fin_voice/phone_number/{phone_number}"),
            ),
            "extensions": {
                OPERATION: ("calls.collect_fin_voice_call_by_phone_number", "/fin_voice/phone_number/{phone_number}")
            },
        }

        parsed: AiCallResponse = self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def collect_fin_voice_calls_by_conversation_id(
        self,
        conversation_id: str,
        *,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AiCallResponse]:
        """Collect Fin Voice calls by conversation ID

        Retrieve information about Fin Voice calls associated with a conversation.

        Returns all matched calls for the given conversation ID. A conversation may have multiple associated
        calls.

        Args:
            conversation_id (str):
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            list[AiCallResponse]
        """

        from ...models.ai_call_response import AiCallResponse

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/fin_voice/conversation/{conversation_id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "GET /fin_voice/conversation/{conversation_id}"
                ),
            ),
            "extensions": {
                OPERATION: (
                    "calls.collect_fin_voice_calls_by_conversation_id",
                    "/fin_voice/conversation/{conversation_id}",
                )
            },
        }

        parsed: list[AiCallResponse] = self._request(
            _kwargs,
            {200: list_of(AiCallResponse.from_dict)},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Call, CallList]:
        """List all calls

        Retrieve a paginated list of calls.

        Args:
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            per_page (int | None): Items per page; None leaves the API's default.
            max_items (int | None): Stop after this many items; None for all of them.
            max_pages (int | None): Stop after this many pages; None for all of them.
            start_cursor (Cursor | None): Resume from this cursor (a page's ``next_cursor``); None
                starts at the first page.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            SyncPaginator[Call, CallList]
        """

        from ...models.call_list import CallList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls",
            "extensions": {OPERATION: ("calls.list", "/calls")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.calls.list_calls"],
            _kwargs,
            {200: CallList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_with_transcripts(
        self,
        *,
        body: ListCallsWithTranscriptsBody | ListCallsWithTranscriptsBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_ids: Sequence[str] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CallWithTranscriptList:
        """List calls with transcripts

        Retrieve calls by a list of conversation ids and include transcripts when available.
        A maximum of 20 `conversation_ids` can be provided. If none are provided or more than 20 are
        provided, a 400 error is returned.

        Args:
            body (ListCallsWithTranscriptsBody | ListCallsWithTranscriptsBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_ids (Sequence[str]): The body's field conversation_ids (instead of body=). A
                list of conversation ids to fetch calls for. Maximum 20.
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            CallWithTranscriptList
        """

        from ...models.call_with_transcript_list import CallWithTranscriptList
        from ...models.list_calls_with_transcripts_body import ListCallsWithTranscriptsBody

        body = cast(
            "ListCallsWithTranscriptsBody",
            request_body(
                body_fields(
                    body,
                    {"conversation_ids": conversation_ids},
                    "ListCallsWithTranscriptsBody",
                ),
                ListCallsWithTranscriptsBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/calls/search",
            "extensions": {
                OPERATION: ("calls.list_with_transcripts", "/calls/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CallWithTranscriptList = self._request(
            _kwargs,
            {200: CallWithTranscriptList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def register_fin_voice_call(
        self,
        *,
        body: RegisterFinVoiceCallRequest | RegisterFinVoiceCallRequestDict = NOT_GIVEN,
        call_id: str = NOT_GIVEN,
        phone_number: str = NOT_GIVEN,
        data: Mapping[str, Any] | None = NOT_GIVEN,
        source: RegisterFinVoiceCallRequestSource = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AiCallResponse:
        """Register a Fin Voice call

        Register a Fin Voice call with Intercom. This endpoint creates an external reference
        that links an external call identifier to an Intercom call and conversation.

        The call can be from different sources:
        - AWS Connect (default)
        - Five9
        - Zoom Phone

        Args:
            body (RegisterFinVoiceCallRequest | RegisterFinVoiceCallRequestDict): Register a Fin Voice
                call with Intercom
            call_id (str): The body's field call_id (instead of body=). External call identifier from
                the call provider
            phone_number (str): The body's field phone_number (instead of body=). Phone number in
                E.164 format for the call
            data (Mapping[str, Any] | None): The body's field data (instead of body=).
            source (RegisterFinVoiceCallRequestSource): The body's field source (instead of body=).
                Source of the call. Can be "five9", "zoom_phone", or defaults to "aws_connect"
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            AiCallResponse
        """

        from ...models.ai_call_response import AiCallResponse
        from ...models.register_fin_voice_call_request import RegisterFinVoiceCallRequest

        body = cast(
            "RegisterFinVoiceCallRequest",
            request_body(
                body_fields(
                    body,
                    {"call_id": call_id, "phone_number": phone_number, "data": data, "source": source},
                    "RegisterFinVoiceCallRequest",
                ),
                RegisterFinVoiceCallRequest,
            ),
        )
        headers: dict[str, Any] = {}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin_voice/register",
            "extensions": {OPERATION: ("calls.register_fin_voice_call", "/fin_voice/register")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: AiCallResponse = self._request(
            _kwargs,
            {200: AiCallResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Call:
        """Get a call

        Retrieve a single call by id.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            Call
        """

        from ...models.call import Call

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls/{id}".format(
                id=path_segment("id", id, "GET /calls/{id}"),
            ),
            "extensions": {OPERATION: ("calls.retrieve", "/calls/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Call = self._request(
            _kwargs,
            {200: Call.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_recording(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """Get call recording by call id

        Redirects to a signed URL for the call's recording if it exists.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            str
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls/{id}/recording".format(
                id=path_segment("id", id, "GET /calls/{id}/recording"),
            ),
            "extensions": {OPERATION: ("calls.retrieve_recording", "/calls/{id}/recording")},
        }
        _kwargs["headers"] = headers
        # The documented redirect is this operation's answer: the client returns it (see _redirects.py).
        _kwargs["extensions"] = {"intercom_client.documented_redirect": True}

        parsed: str = self._request(
            _kwargs, {302: LOCATION}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def retrieve_transcript(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """Get call transcript by call id

        Returns the transcript for the specified call as a downloadable text file.

        Args:
            id (str):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            str
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/calls/{id}/transcript".format(
                id=path_segment("id", id, "GET /calls/{id}/transcript"),
            ),
            "extensions": {OPERATION: ("calls.retrieve_transcript", "/calls/{id}/transcript")},
        }
        _kwargs["headers"] = headers
        _kwargs.setdefault("headers", {})["Accept"] = "text/plain"

        parsed: str = self._request(
            _kwargs, {200: TEXT}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed


class CallsRawResource:
    """``client.calls.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: CallsResource) -> None:
        raw = CallsResource(resource._client, raw=True)
        self.collect_fin_voice_call_by_external_id = sync_raw(raw.collect_fin_voice_call_by_external_id)
        self.collect_fin_voice_call_by_id = sync_raw(raw.collect_fin_voice_call_by_id)
        self.collect_fin_voice_call_by_phone_number = sync_raw(raw.collect_fin_voice_call_by_phone_number)
        self.collect_fin_voice_calls_by_conversation_id = sync_raw(raw.collect_fin_voice_calls_by_conversation_id)
        self.list_with_transcripts = sync_raw(raw.list_with_transcripts)
        self.register_fin_voice_call = sync_raw(raw.register_fin_voice_call)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_recording = sync_raw(raw.retrieve_recording)
        self.retrieve_transcript = sync_raw(raw.retrieve_transcript)
