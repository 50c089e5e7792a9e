# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.subscription_types``: the subscription_types resource of both clients, one method per operation.

``SubscriptionTypesResource`` is the sync one (on ``Intercom``), ``AsyncSubscriptionTypesResource`` the async one (on
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
)

if TYPE_CHECKING:
    from ...models.attach_subscription_type_to_contact_body import (
        AttachSubscriptionTypeToContactBody,
        AttachSubscriptionTypeToContactBodyDict,
    )
    from ...models.intercom_version import IntercomVersion
    from ...models.subscription_type import SubscriptionType
    from ...models.subscription_type_list import SubscriptionTypeList
    from ...types import TimeoutTypes

__all__ = ["AsyncSubscriptionTypesResource", "SubscriptionTypesResource"]


class AsyncSubscriptionTypesResource(AsyncResource):
    """``client.subscription_types`` of AsyncIntercom: 3 operations."""

    @property
    def with_raw_response(self) -> AsyncSubscriptionTypesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncSubscriptionTypesRawResource(self)

    async def attach_to_contact(
        self,
        contact_id: str,
        *,
        body: AttachSubscriptionTypeToContactBody | AttachSubscriptionTypeToContactBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        consent_type: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubscriptionType:
        """Add subscription to a contact

        You can add a specific subscription to a contact. In Intercom, we have two different subscription
        types based on user consent - opt-out and opt-in:

          1.Attaching a contact to an opt-out subscription type will opt that user out from receiving
        messages related to that subscription type.

          2.Attaching a contact to an opt-in subscription type will opt that user in to receiving messages
        related to that subscription type.

        This will return a subscription type model for the subscription type that was added to the contact.

        Args:
            contact_id (str):
            body (AttachSubscriptionTypeToContactBody | AttachSubscriptionTypeToContactBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            consent_type (str): The body's field consent_type (instead of body=). The consent_type of
                a subscription, opt_out or opt_in.
            id (str): The body's field id (instead of body=). The unique identifier for the
                subscription which is given by Intercom
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
            SubscriptionType
        """

        from ...models.attach_subscription_type_to_contact_body import AttachSubscriptionTypeToContactBody
        from ...models.subscription_type import SubscriptionType

        body = cast(
            "AttachSubscriptionTypeToContactBody",
            request_body(
                body_fields(
                    body,
                    {"consent_type": consent_type, "id": id},
                    "AttachSubscriptionTypeToContactBody",
                ),
                AttachSubscriptionTypeToContactBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{contact_id}/subscriptions".format(
                contact_id=path_segment("contact_id", contact_id, "POST /contacts/{contact_id}/subscriptions"),
            ),
            "extensions": {OPERATION: ("subscription_types.attach_to_contact", "/contacts/{contact_id}/subscriptions")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: SubscriptionType = await self._request(
            _kwargs,
            {200: SubscriptionType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
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
    ) -> SubscriptionType:
        """Remove subscription from a contact

        You can remove a specific subscription from a contact. This will return a subscription type model
        for the subscription type that was removed from the contact.

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
            SubscriptionType
        """

        from ...models.subscription_type import SubscriptionType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{contact_id}/subscriptions/{id}".format(
                contact_id=path_segment("contact_id", contact_id, "DELETE /contacts/{contact_id}/subscriptions/{id}"),
                id=path_segment("id", id, "DELETE /contacts/{contact_id}/subscriptions/{id}"),
            ),
            "extensions": {
                OPERATION: ("subscription_types.detach_from_contact", "/contacts/{contact_id}/subscriptions/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: SubscriptionType = await self._request(
            _kwargs,
            {200: SubscriptionType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
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
    ) -> SubscriptionTypeList:
        """List subscription types

        You can list all subscription types. A list of subscription type objects will be returned.

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
            SubscriptionTypeList
        """

        from ...models.subscription_type_list import SubscriptionTypeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/subscription_types",
            "extensions": {OPERATION: ("subscription_types.list", "/subscription_types")},
        }
        _kwargs["headers"] = headers

        parsed: SubscriptionTypeList = await self._request(
            _kwargs,
            {200: SubscriptionTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncSubscriptionTypesRawResource:
    """``client.subscription_types.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSubscriptionTypesResource) -> None:
        raw = AsyncSubscriptionTypesResource(resource._client, raw=True)
        self.attach_to_contact = async_raw(raw.attach_to_contact)
        self.detach_from_contact = async_raw(raw.detach_from_contact)
        self.list = async_raw(raw.list)


class SubscriptionTypesResource(SyncResource):
    """``client.subscription_types`` of Intercom: 3 operations."""

    @property
    def with_raw_response(self) -> SubscriptionTypesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return SubscriptionTypesRawResource(self)

    def attach_to_contact(
        self,
        contact_id: str,
        *,
        body: AttachSubscriptionTypeToContactBody | AttachSubscriptionTypeToContactBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        consent_type: str = NOT_GIVEN,
        id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubscriptionType:
        """Add subscription to a contact

        You can add a specific subscription to a contact. In Intercom, we have two different subscription
        types based on user consent - opt-out and opt-in:

          1.Attaching a contact to an opt-out subscription type will opt that user out from receiving
        messages related to that subscription type.

          2.Attaching a contact to an opt-in subscription type will opt that user in to receiving messages
        related to that subscription type.

        This will return a subscription type model for the subscription type that was added to the contact.

        Args:
            contact_id (str):
            body (AttachSubscriptionTypeToContactBody | AttachSubscriptionTypeToContactBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            consent_type (str): The body's field consent_type (instead of body=). The consent_type of
                a subscription, opt_out or opt_in.
            id (str): The body's field id (instead of body=). The unique identifier for the
                subscription which is given by Intercom
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
            SubscriptionType
        """

        from ...models.attach_subscription_type_to_contact_body import AttachSubscriptionTypeToContactBody
        from ...models.subscription_type import SubscriptionType

        body = cast(
            "AttachSubscriptionTypeToContactBody",
            request_body(
                body_fields(
                    body,
                    {"consent_type": consent_type, "id": id},
                    "AttachSubscriptionTypeToContactBody",
                ),
                AttachSubscriptionTypeToContactBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{contact_id}/subscriptions".format(
                contact_id=path_segment("contact_id", contact_id, "POST /contacts/{contact_id}/subscriptions"),
            ),
            "extensions": {OPERATION: ("subscription_types.attach_to_contact", "/contacts/{contact_id}/subscriptions")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: SubscriptionType = self._request(
            _kwargs,
            {200: SubscriptionType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
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
    ) -> SubscriptionType:
        """Remove subscription from a contact

        You can remove a specific subscription from a contact. This will return a subscription type model
        for the subscription type that was removed from the contact.

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
            SubscriptionType
        """

        from ...models.subscription_type import SubscriptionType

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{contact_id}/subscriptions/{id}".format(
                contact_id=path_segment("contact_id", contact_id, "DELETE /contacts/{contact_id}/subscriptions/{id}"),
                id=path_segment("id", id, "DELETE /contacts/{contact_id}/subscriptions/{id}"),
            ),
            "extensions": {
                OPERATION: ("subscription_types.detach_from_contact", "/contacts/{contact_id}/subscriptions/{id}")
            },
        }
        _kwargs["headers"] = headers

        parsed: SubscriptionType = self._request(
            _kwargs,
            {200: SubscriptionType.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
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
    ) -> SubscriptionTypeList:
        """List subscription types

        You can list all subscription types. A list of subscription type objects will be returned.

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
            SubscriptionTypeList
        """

        from ...models.subscription_type_list import SubscriptionTypeList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/subscription_types",
            "extensions": {OPERATION: ("subscription_types.list", "/subscription_types")},
        }
        _kwargs["headers"] = headers

        parsed: SubscriptionTypeList = self._request(
            _kwargs,
            {200: SubscriptionTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class SubscriptionTypesRawResource:
    """``client.subscription_types.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: SubscriptionTypesResource) -> None:
        raw = SubscriptionTypesResource(resource._client, raw=True)
        self.attach_to_contact = sync_raw(raw.attach_to_contact)
        self.detach_from_contact = sync_raw(raw.detach_from_contact)
        self.list = sync_raw(raw.list)
