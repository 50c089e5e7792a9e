# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.tags``: the tags resource of both clients, one method per operation.

``TagsResource`` is the sync one (on ``Intercom``), ``AsyncTagsResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    body_fields,
    path_segment,
    request_body,
    request_options,
    sync_raw,
    to_jsonable,
)

if TYPE_CHECKING:
    from ...models.attach_tag_to_contact_body import AttachTagToContactBody, AttachTagToContactBodyDict
    from ...models.attach_tag_to_conversation_body import AttachTagToConversationBody, AttachTagToConversationBodyDict
    from ...models.attach_tag_to_ticket_body import AttachTagToTicketBody, AttachTagToTicketBodyDict
    from ...models.create_or_update_tag_request import CreateOrUpdateTagRequest, CreateOrUpdateTagRequestDict
    from ...models.detach_tag_from_conversation_body import (
        DetachTagFromConversationBody,
        DetachTagFromConversationBodyDict,
    )
    from ...models.detach_tag_from_ticket_body import DetachTagFromTicketBody, DetachTagFromTicketBodyDict
    from ...models.intercom_version import IntercomVersion
    from ...models.tag import Tag
    from ...models.tag_basic import TagBasic
    from ...models.tag_company_request import TagCompanyRequest, TagCompanyRequestDict
    from ...models.tag_create_response import TagCreateResponse
    from ...models.tag_list import TagList
    from ...models.tag_multiple_users_request import TagMultipleUsersRequest, TagMultipleUsersRequestDict
    from ...models.untag_company_request import UntagCompanyRequest, UntagCompanyRequestDict
    from ...types import TimeoutTypes

__all__ = ["AsyncTagsResource", "TagsResource"]


class AsyncTagsResource(AsyncResource):
    """``client.tags`` of AsyncIntercom: 10 operations."""

    @property
    def with_raw_response(self) -> AsyncTagsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncTagsRawResource(self)

    async def attach_to_contact(
        self,
        contact_id: str,
        *,
        body: AttachTagToContactBody | AttachTagToContactBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add tag to a contact

        You can tag a specific contact. This will return a tag object for the tag that was added to the
        contact.

        Args:
            contact_id (str):
            body (AttachTagToContactBody | AttachTagToContactBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            id (str): The body's field id (instead of body=). The unique identifier for the tag which
                is given by Intercom
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
            Tag
        """

        from ...models.attach_tag_to_contact_body import AttachTagToContactBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToContactBody",
            request_body(
                body_fields(
                    body,
                    {"id": id},
                    "AttachTagToContactBody",
                ),
                AttachTagToContactBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{contact_id}/tags".format(
                contact_id=path_segment("contact_id", contact_id, "POST /contacts/{contact_id}/tags"),
            ),
            "extensions": {OPERATION: ("tags.attach_to_contact", "/contacts/{contact_id}/tags")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def attach_to_conversation(
        self,
        conversation_id: str,
        *,
        body: AttachTagToConversationBody | AttachTagToConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add tag to a conversation

        You can tag a specific conversation. This will return a tag object for the tag that was added to the
        conversation.

        Args:
            conversation_id (str):
            body (AttachTagToConversationBody | AttachTagToConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
            id (str): The body's field id (instead of body=). The unique identifier for the tag which
                is given by Intercom
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
            Tag
        """

        from ...models.attach_tag_to_conversation_body import AttachTagToConversationBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToConversationBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "id": id},
                    "AttachTagToConversationBody",
                ),
                AttachTagToConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{conversation_id}/tags".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "POST /conversations/{conversation_id}/tags"
                ),
            ),
            "extensions": {OPERATION: ("tags.attach_to_conversation", "/conversations/{conversation_id}/tags")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def attach_to_ticket(
        self,
        ticket_id: str,
        *,
        body: AttachTagToTicketBody | AttachTagToTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add tag to a ticket

        You can tag a specific ticket. This will return a tag object for the tag that was added to the
        ticket.

        Args:
            ticket_id (str):
            body (AttachTagToTicketBody | AttachTagToTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
            id (str): The body's field id (instead of body=). The unique identifier for the tag which
                is given by Intercom
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
            Tag
        """

        from ...models.attach_tag_to_ticket_body import AttachTagToTicketBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToTicketBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "id": id},
                    "AttachTagToTicketBody",
                ),
                AttachTagToTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{ticket_id}/tags".format(
                ticket_id=path_segment("ticket_id", ticket_id, "POST /tickets/{ticket_id}/tags"),
            ),
            "extensions": {OPERATION: ("tags.attach_to_ticket", "/tickets/{ticket_id}/tags")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def create(
        self,
        *,
        body: CreateOrUpdateTagRequest
        | CreateOrUpdateTagRequestDict
        | TagCompanyRequest
        | TagCompanyRequestDict
        | UntagCompanyRequest
        | UntagCompanyRequestDict
        | TagMultipleUsersRequest
        | TagMultipleUsersRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TagCreateResponse:
        """Create or update a tag, Tag or untag companies, Tag contacts

        You can use this endpoint to perform the following operations:

          **1. Create a new tag:** You can create a new tag by passing in the tag name as specified in
        "Create or Update Tag Request Payload" described below.

          **2. Update an existing tag:** You can update an existing tag by passing the id of the tag as
        specified in "Create or Update Tag Request Payload" described below.

          **3. Tag Companies:** You can tag single company or a list of companies. You can tag a company by
        passing in the tag name and the company details as specified in "Tag Company Request Payload"
        described below. Also, if the tag doesn't exist then a new one will be created automatically.

          **4. Untag Companies:** You can untag a single company or a list of companies. You can untag a
        company by passing in the tag id and the company details as specified in "Untag Company Request
        Payload" described below.

          **5. Tag Multiple Users:** You can tag a list of users. You can tag the users by passing in the
        tag name and the user details as specified in "Tag Users Request Payload" described below.

        Each operation will return a tag object.

        Args:
            body (CreateOrUpdateTagRequest | CreateOrUpdateTagRequestDict | TagCompanyRequest |
                TagCompanyRequestDict | UntagCompanyRequest | UntagCompanyRequestDict |
                TagMultipleUsersRequest | TagMultipleUsersRequestDict):
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
            TagCreateResponse
        """

        from ...models.create_or_update_tag_request import CreateOrUpdateTagRequest
        from ...models.tag_company_request import TagCompanyRequest
        from ...models.tag_create_response import TagCreateResponse
        from ...models.tag_multiple_users_request import TagMultipleUsersRequest
        from ...models.untag_company_request import UntagCompanyRequest

        body = cast(
            "CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | UntagCompanyRequest",
            request_body(
                body, CreateOrUpdateTagRequest, TagCompanyRequest, UntagCompanyRequest, TagMultipleUsersRequest
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tags",
            "extensions": {OPERATION: ("tags.create", "/tags")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TagCreateResponse = await self._request(
            _kwargs,
            {200: TagCreateResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def delete(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete tag

        You can delete the details of tags that are on the workspace by passing in the id.

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
            None
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tags/{id}".format(
                id=path_segment("id", id, "DELETE /tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.delete", "/tags/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = await self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def detach_from_contact(
        self,
        contact_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove tag from a contact

        You can remove tag from a specific contact. This will return a tag object for the tag that was
        removed from the contact.

        Args:
            contact_id (str):
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
            Tag
        """

        from ...models.tag import Tag

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{contact_id}/tags/{id}".format(
                contact_id=path_segment("contact_id", contact_id, "DELETE /contacts/{contact_id}/tags/{id}"),
                id=path_segment("id", id, "DELETE /contacts/{contact_id}/tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.detach_from_contact", "/contacts/{contact_id}/tags/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def detach_from_conversation(
        self,
        conversation_id: str,
        id: str,
        *,
        body: DetachTagFromConversationBody | DetachTagFromConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove tag from a conversation

        You can remove tag from a specific conversation. This will return a tag object for the tag that was
        removed from the conversation.

        Args:
            conversation_id (str):
            id (str):
            body (DetachTagFromConversationBody | DetachTagFromConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
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
            Tag
        """

        from ...models.detach_tag_from_conversation_body import DetachTagFromConversationBody
        from ...models.tag import Tag

        body = cast(
            "DetachTagFromConversationBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "DetachTagFromConversationBody",
                ),
                DetachTagFromConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/{conversation_id}/tags/{id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "DELETE /conversations/{conversation_id}/tags/{id}"
                ),
                id=path_segment("id", id, "DELETE /conversations/{conversation_id}/tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.detach_from_conversation", "/conversations/{conversation_id}/tags/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def detach_from_ticket(
        self,
        ticket_id: str,
        id: str,
        *,
        body: DetachTagFromTicketBody | DetachTagFromTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove tag from a ticket

        You can remove tag from a specific ticket. This will return a tag object for the tag that was
        removed from the ticket.

        Args:
            ticket_id (str):
            id (str):
            body (DetachTagFromTicketBody | DetachTagFromTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
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
            Tag
        """

        from ...models.detach_tag_from_ticket_body import DetachTagFromTicketBody
        from ...models.tag import Tag

        body = cast(
            "DetachTagFromTicketBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "DetachTagFromTicketBody",
                ),
                DetachTagFromTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tickets/{ticket_id}/tags/{id}".format(
                ticket_id=path_segment("ticket_id", ticket_id, "DELETE /tickets/{ticket_id}/tags/{id}"),
                id=path_segment("id", id, "DELETE /tickets/{ticket_id}/tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.detach_from_ticket", "/tickets/{ticket_id}/tags/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = await self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    async def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TagList:
        """List all tags

        You can fetch a list of all tags for a given workspace.

        Args:
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
            TagList
        """

        from ...models.tag_list import TagList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/tags",
            "extensions": {OPERATION: ("tags.list", "/tags")},
        }
        _kwargs["headers"] = headers

        parsed: TagList = await self._request(
            _kwargs,
            {200: TagList.from_dict},
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
    ) -> TagBasic:
        """Find a specific tag

        You can fetch the details of tags that are on the workspace by their id.
        This will return a tag object.

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
            TagBasic
        """

        from ...models.tag_basic import TagBasic

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/tags/{id}".format(
                id=path_segment("id", id, "GET /tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.retrieve", "/tags/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: TagBasic = await self._request(
            _kwargs,
            {200: TagBasic.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncTagsRawResource:
    """``client.tags.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        raw = AsyncTagsResource(resource._client, raw=True)
        self.attach_to_contact = async_raw(raw.attach_to_contact)
        self.attach_to_conversation = async_raw(raw.attach_to_conversation)
        self.attach_to_ticket = async_raw(raw.attach_to_ticket)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.detach_from_contact = async_raw(raw.detach_from_contact)
        self.detach_from_conversation = async_raw(raw.detach_from_conversation)
        self.detach_from_ticket = async_raw(raw.detach_from_ticket)
        self.list = async_raw(raw.list)
        self.retrieve = async_raw(raw.retrieve)


class TagsResource(SyncResource):
    """``client.tags`` of Intercom: 10 operations."""

    @property
    def with_raw_response(self) -> TagsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return TagsRawResource(self)

    def attach_to_contact(
        self,
        contact_id: str,
        *,
        body: AttachTagToContactBody | AttachTagToContactBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add tag to a contact

        You can tag a specific contact. This will return a tag object for the tag that was added to the
        contact.

        Args:
            contact_id (str):
            body (AttachTagToContactBody | AttachTagToContactBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            id (str): The body's field id (instead of body=). The unique identifier for the tag which
                is given by Intercom
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
            Tag
        """

        from ...models.attach_tag_to_contact_body import AttachTagToContactBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToContactBody",
            request_body(
                body_fields(
                    body,
                    {"id": id},
                    "AttachTagToContactBody",
                ),
                AttachTagToContactBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{contact_id}/tags".format(
                contact_id=path_segment("contact_id", contact_id, "POST /contacts/{contact_id}/tags"),
            ),
            "extensions": {OPERATION: ("tags.attach_to_contact", "/contacts/{contact_id}/tags")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def attach_to_conversation(
        self,
        conversation_id: str,
        *,
        body: AttachTagToConversationBody | AttachTagToConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add tag to a conversation

        You can tag a specific conversation. This will return a tag object for the tag that was added to the
        conversation.

        Args:
            conversation_id (str):
            body (AttachTagToConversationBody | AttachTagToConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
            id (str): The body's field id (instead of body=). The unique identifier for the tag which
                is given by Intercom
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
            Tag
        """

        from ...models.attach_tag_to_conversation_body import AttachTagToConversationBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToConversationBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "id": id},
                    "AttachTagToConversationBody",
                ),
                AttachTagToConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/conversations/{conversation_id}/tags".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "POST /conversations/{conversation_id}/tags"
                ),
            ),
            "extensions": {OPERATION: ("tags.attach_to_conversation", "/conversations/{conversation_id}/tags")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def attach_to_ticket(
        self,
        ticket_id: str,
        *,
        body: AttachTagToTicketBody | AttachTagToTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Add tag to a ticket

        You can tag a specific ticket. This will return a tag object for the tag that was added to the
        ticket.

        Args:
            ticket_id (str):
            body (AttachTagToTicketBody | AttachTagToTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
            id (str): The body's field id (instead of body=). The unique identifier for the tag which
                is given by Intercom
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
            Tag
        """

        from ...models.attach_tag_to_ticket_body import AttachTagToTicketBody
        from ...models.tag import Tag

        body = cast(
            "AttachTagToTicketBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "id": id},
                    "AttachTagToTicketBody",
                ),
                AttachTagToTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tickets/{ticket_id}/tags".format(
                ticket_id=path_segment("ticket_id", ticket_id, "POST /tickets/{ticket_id}/tags"),
            ),
            "extensions": {OPERATION: ("tags.attach_to_ticket", "/tickets/{ticket_id}/tags")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def create(
        self,
        *,
        body: CreateOrUpdateTagRequest
        | CreateOrUpdateTagRequestDict
        | TagCompanyRequest
        | TagCompanyRequestDict
        | UntagCompanyRequest
        | UntagCompanyRequestDict
        | TagMultipleUsersRequest
        | TagMultipleUsersRequestDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TagCreateResponse:
        """Create or update a tag, Tag or untag companies, Tag contacts

        You can use this endpoint to perform the following operations:

          **1. Create a new tag:** You can create a new tag by passing in the tag name as specified in
        "Create or Update Tag Request Payload" described below.

          **2. Update an existing tag:** You can update an existing tag by passing the id of the tag as
        specified in "Create or Update Tag Request Payload" described below.

          **3. Tag Companies:** You can tag single company or a list of companies. You can tag a company by
        passing in the tag name and the company details as specified in "Tag Company Request Payload"
        described below. Also, if the tag doesn't exist then a new one will be created automatically.

          **4. Untag Companies:** You can untag a single company or a list of companies. You can untag a
        company by passing in the tag id and the company details as specified in "Untag Company Request
        Payload" described below.

          **5. Tag Multiple Users:** You can tag a list of users. You can tag the users by passing in the
        tag name and the user details as specified in "Tag Users Request Payload" described below.

        Each operation will return a tag object.

        Args:
            body (CreateOrUpdateTagRequest | CreateOrUpdateTagRequestDict | TagCompanyRequest |
                TagCompanyRequestDict | UntagCompanyRequest | UntagCompanyRequestDict |
                TagMultipleUsersRequest | TagMultipleUsersRequestDict):
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
            TagCreateResponse
        """

        from ...models.create_or_update_tag_request import CreateOrUpdateTagRequest
        from ...models.tag_company_request import TagCompanyRequest
        from ...models.tag_create_response import TagCreateResponse
        from ...models.tag_multiple_users_request import TagMultipleUsersRequest
        from ...models.untag_company_request import UntagCompanyRequest

        body = cast(
            "CreateOrUpdateTagRequest | TagCompanyRequest | TagMultipleUsersRequest | UntagCompanyRequest",
            request_body(
                body, CreateOrUpdateTagRequest, TagCompanyRequest, UntagCompanyRequest, TagMultipleUsersRequest
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/tags",
            "extensions": {OPERATION: ("tags.create", "/tags")},
        }
        _kwargs["json"] = to_jsonable(body)

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: TagCreateResponse = self._request(
            _kwargs,
            {200: TagCreateResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def delete(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete tag

        You can delete the details of tags that are on the workspace by passing in the id.

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
            None
        """

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tags/{id}".format(
                id=path_segment("id", id, "DELETE /tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.delete", "/tags/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: None = self._request(
            _kwargs, {200: None}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def detach_from_contact(
        self,
        contact_id: str,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove tag from a contact

        You can remove tag from a specific contact. This will return a tag object for the tag that was
        removed from the contact.

        Args:
            contact_id (str):
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
            Tag
        """

        from ...models.tag import Tag

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{contact_id}/tags/{id}".format(
                contact_id=path_segment("contact_id", contact_id, "DELETE /contacts/{contact_id}/tags/{id}"),
                id=path_segment("id", id, "DELETE /contacts/{contact_id}/tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.detach_from_contact", "/contacts/{contact_id}/tags/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def detach_from_conversation(
        self,
        conversation_id: str,
        id: str,
        *,
        body: DetachTagFromConversationBody | DetachTagFromConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove tag from a conversation

        You can remove tag from a specific conversation. This will return a tag object for the tag that was
        removed from the conversation.

        Args:
            conversation_id (str):
            id (str):
            body (DetachTagFromConversationBody | DetachTagFromConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
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
            Tag
        """

        from ...models.detach_tag_from_conversation_body import DetachTagFromConversationBody
        from ...models.tag import Tag

        body = cast(
            "DetachTagFromConversationBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "DetachTagFromConversationBody",
                ),
                DetachTagFromConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/conversations/{conversation_id}/tags/{id}".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "DELETE /conversations/{conversation_id}/tags/{id}"
                ),
                id=path_segment("id", id, "DELETE /conversations/{conversation_id}/tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.detach_from_conversation", "/conversations/{conversation_id}/tags/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def detach_from_ticket(
        self,
        ticket_id: str,
        id: str,
        *,
        body: DetachTagFromTicketBody | DetachTagFromTicketBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tag:
        """Remove tag from a ticket

        You can remove tag from a specific ticket. This will return a tag object for the tag that was
        removed from the ticket.

        Args:
            ticket_id (str):
            id (str):
            body (DetachTagFromTicketBody | DetachTagFromTicketBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier for
                the admin which is given by Intercom.
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
            Tag
        """

        from ...models.detach_tag_from_ticket_body import DetachTagFromTicketBody
        from ...models.tag import Tag

        body = cast(
            "DetachTagFromTicketBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "DetachTagFromTicketBody",
                ),
                DetachTagFromTicketBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/tickets/{ticket_id}/tags/{id}".format(
                ticket_id=path_segment("ticket_id", ticket_id, "DELETE /tickets/{ticket_id}/tags/{id}"),
                id=path_segment("id", id, "DELETE /tickets/{ticket_id}/tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.detach_from_ticket", "/tickets/{ticket_id}/tags/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Tag = self._request(
            _kwargs, {200: Tag.from_dict}, request_options(timeout, max_retries, extra_headers, extra_query, extra_body)
        )
        return parsed

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TagList:
        """List all tags

        You can fetch a list of all tags for a given workspace.

        Args:
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
            TagList
        """

        from ...models.tag_list import TagList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/tags",
            "extensions": {OPERATION: ("tags.list", "/tags")},
        }
        _kwargs["headers"] = headers

        parsed: TagList = self._request(
            _kwargs,
            {200: TagList.from_dict},
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
    ) -> TagBasic:
        """Find a specific tag

        You can fetch the details of tags that are on the workspace by their id.
        This will return a tag object.

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
            TagBasic
        """

        from ...models.tag_basic import TagBasic

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/tags/{id}".format(
                id=path_segment("id", id, "GET /tags/{id}"),
            ),
            "extensions": {OPERATION: ("tags.retrieve", "/tags/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: TagBasic = self._request(
            _kwargs,
            {200: TagBasic.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class TagsRawResource:
    """``client.tags.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TagsResource) -> None:
        raw = TagsResource(resource._client, raw=True)
        self.attach_to_contact = sync_raw(raw.attach_to_contact)
        self.attach_to_conversation = sync_raw(raw.attach_to_conversation)
        self.attach_to_ticket = sync_raw(raw.attach_to_ticket)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.detach_from_contact = sync_raw(raw.detach_from_contact)
        self.detach_from_conversation = sync_raw(raw.detach_from_conversation)
        self.detach_from_ticket = sync_raw(raw.detach_from_ticket)
        self.list = sync_raw(raw.list)
        self.retrieve = sync_raw(raw.retrieve)
