# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.visitors``: the visitors resource of both clients, one method per operation.

``VisitorsResource`` is the sync one (on ``Intercom``), ``AsyncVisitorsResource`` the async one (on
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
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.contact import Contact
    from ...models.convert_visitor_request import ConvertVisitorRequest, ConvertVisitorRequestDict
    from ...models.convert_visitor_request_user import ConvertVisitorRequestUserDict
    from ...models.convert_visitor_request_visitor import ConvertVisitorRequestVisitorDict
    from ...models.intercom_version import IntercomVersion
    from ...models.update_visitor_request import UpdateVisitorRequest, UpdateVisitorRequestDict
    from ...models.visitor import Visitor
    from ...types import TimeoutTypes

__all__ = ["AsyncVisitorsResource", "VisitorsResource"]


class AsyncVisitorsResource(AsyncResource):
    """``client.visitors`` of AsyncIntercom: 3 operations."""

    @property
    def with_raw_response(self) -> AsyncVisitorsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncVisitorsRawResource(self)

    async def convert(
        self,
        *,
        body: ConvertVisitorRequest | ConvertVisitorRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        type: str = NOT_GIVEN,
        user: ConvertVisitorRequestUserDict = NOT_GIVEN,
        visitor: ConvertVisitorRequestVisitorDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Convert a visitor

        You can merge a Visitor to a Contact of role type `lead` or `user`.

        > 📘 What happens upon a visitor being converted?
        >
        > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User
        returned. If the User does not exist, the Visitor will be converted to a User, with the User
        identifiers replacing it's Visitor identifiers.

        Args:
            body (ConvertVisitorRequest | ConvertVisitorRequestDict): You can merge a Visitor to a
                Contact of role type lead or user.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            type (str): The body's field type (instead of body=). Represents the role of the Contact
                model. Accepts `lead` or `user`.
            user (ConvertVisitorRequestUserDict): The body's field user (instead of body=). The unique
                identifiers retained after converting or merging.
            visitor (ConvertVisitorRequestVisitorDict): The body's field visitor (instead of body=).
                The unique identifiers to convert a single Visitor.
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
            Contact
        """

        from ...models.contact import Contact
        from ...models.convert_visitor_request import ConvertVisitorRequest

        body = cast(
            "ConvertVisitorRequest",
            request_body(
                body_fields(
                    body,
                    {"type": type, "user": user, "visitor": visitor},
                    "ConvertVisitorRequest",
                ),
                ConvertVisitorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/visitors/convert",
            "extensions": {OPERATION: ("visitors.convert", "/visitors/convert")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Contact = await self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_with_user_id(
        self,
        *,
        user_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Visitor:
        """Retrieve a visitor with User ID

        You can fetch the details of a single visitor.

        Args:
            user_id (str):
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
            Visitor
        """

        from ...models.visitor import Visitor

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["user_id"] = user_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/visitors",
            "extensions": {OPERATION: ("visitors.retrieve_with_user_id", "/visitors")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Visitor = await self._request(
            _kwargs,
            {200: Visitor.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        *,
        body: UpdateVisitorRequest | UpdateVisitorRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        id: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        user_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Visitor:
        """Update a visitor

        Sending a PUT request to `/visitors` will result in an update of an existing Visitor.

        **Option 1.** You can update a visitor by passing in the `user_id` of the visitor in the Request
        body.

        **Option 2.** You can update a visitor by passing in the `id` of the visitor in the Request body.

        Args:
            body (UpdateVisitorRequest | UpdateVisitorRequestDict): Update an existing visitor.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). The custom attributes which are set for the visitor.
            id (str): The body's field id (instead of body=). A unique identified for the visitor
                which is given by Intercom.
            name (str): The body's field name (instead of body=). The visitor's name.
            user_id (str): The body's field user_id (instead of body=). A unique identified for the
                visitor which is given by you.
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
            Visitor
        """

        from ...models.update_visitor_request import UpdateVisitorRequest
        from ...models.visitor import Visitor

        body = cast(
            "UpdateVisitorRequest",
            request_body(
                body_fields(
                    body,
                    {"custom_attributes": custom_attributes, "id": id, "name": name, "user_id": user_id},
                    "UpdateVisitorRequest",
                ),
                UpdateVisitorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/visitors",
            "extensions": {OPERATION: ("visitors.update", "/visitors")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Visitor = await self._request(
            _kwargs,
            {200: Visitor.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncVisitorsRawResource:
    """``client.visitors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVisitorsResource) -> None:
        raw = AsyncVisitorsResource(resource._client, raw=True)
        self.convert = async_raw(raw.convert)
        self.retrieve_with_user_id = async_raw(raw.retrieve_with_user_id)
        self.update = async_raw(raw.update)


class VisitorsResource(SyncResource):
    """``client.visitors`` of Intercom: 3 operations."""

    @property
    def with_raw_response(self) -> VisitorsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return VisitorsRawResource(self)

    def convert(
        self,
        *,
        body: ConvertVisitorRequest | ConvertVisitorRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        type: str = NOT_GIVEN,
        user: ConvertVisitorRequestUserDict = NOT_GIVEN,
        visitor: ConvertVisitorRequestVisitorDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Convert a visitor

        You can merge a Visitor to a Contact of role type `lead` or `user`.

        > 📘 What happens upon a visitor being converted?
        >
        > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User
        returned. If the User does not exist, the Visitor will be converted to a User, with the User
        identifiers replacing it's Visitor identifiers.

        Args:
            body (ConvertVisitorRequest | ConvertVisitorRequestDict): You can merge a Visitor to a
                Contact of role type lead or user.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            type (str): The body's field type (instead of body=). Represents the role of the Contact
                model. Accepts `lead` or `user`.
            user (ConvertVisitorRequestUserDict): The body's field user (instead of body=). The unique
                identifiers retained after converting or merging.
            visitor (ConvertVisitorRequestVisitorDict): The body's field visitor (instead of body=).
                The unique identifiers to convert a single Visitor.
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
            Contact
        """

        from ...models.contact import Contact
        from ...models.convert_visitor_request import ConvertVisitorRequest

        body = cast(
            "ConvertVisitorRequest",
            request_body(
                body_fields(
                    body,
                    {"type": type, "user": user, "visitor": visitor},
                    "ConvertVisitorRequest",
                ),
                ConvertVisitorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/visitors/convert",
            "extensions": {OPERATION: ("visitors.convert", "/visitors/convert")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Contact = self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_with_user_id(
        self,
        *,
        user_id: str,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Visitor:
        """Retrieve a visitor with User ID

        You can fetch the details of a single visitor.

        Args:
            user_id (str):
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
            Visitor
        """

        from ...models.visitor import Visitor

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["user_id"] = user_id
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/visitors",
            "extensions": {OPERATION: ("visitors.retrieve_with_user_id", "/visitors")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Visitor = self._request(
            _kwargs,
            {200: Visitor.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        *,
        body: UpdateVisitorRequest | UpdateVisitorRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        id: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        user_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Visitor:
        """Update a visitor

        Sending a PUT request to `/visitors` will result in an update of an existing Visitor.

        **Option 1.** You can update a visitor by passing in the `user_id` of the visitor in the Request
        body.

        **Option 2.** You can update a visitor by passing in the `id` of the visitor in the Request body.

        Args:
            body (UpdateVisitorRequest | UpdateVisitorRequestDict): Update an existing visitor.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). The custom attributes which are set for the visitor.
            id (str): The body's field id (instead of body=). A unique identified for the visitor
                which is given by Intercom.
            name (str): The body's field name (instead of body=). The visitor's name.
            user_id (str): The body's field user_id (instead of body=). A unique identified for the
                visitor which is given by you.
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
            Visitor
        """

        from ...models.update_visitor_request import UpdateVisitorRequest
        from ...models.visitor import Visitor

        body = cast(
            "UpdateVisitorRequest",
            request_body(
                body_fields(
                    body,
                    {"custom_attributes": custom_attributes, "id": id, "name": name, "user_id": user_id},
                    "UpdateVisitorRequest",
                ),
                UpdateVisitorRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/visitors",
            "extensions": {OPERATION: ("visitors.update", "/visitors")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Visitor = self._request(
            _kwargs,
            {200: Visitor.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class VisitorsRawResource:
    """``client.visitors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VisitorsResource) -> None:
        raw = VisitorsResource(resource._client, raw=True)
        self.convert = sync_raw(raw.convert)
        self.retrieve_with_user_id = sync_raw(raw.retrieve_with_user_id)
        self.update = sync_raw(raw.update)
