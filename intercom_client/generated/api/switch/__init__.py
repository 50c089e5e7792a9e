# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.switch``: the switch resource of both clients, one method per operation.

``SwitchResource`` is the sync one (on ``Intercom``), ``AsyncSwitchResource`` the async one (on
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
    from ...models.create_phone_switch_request import CreatePhoneSwitchRequest, CreatePhoneSwitchRequestDict
    from ...models.intercom_version import IntercomVersion
    from ...models.phone_switch import PhoneSwitch
    from ...types import TimeoutTypes

__all__ = ["AsyncSwitchResource", "SwitchResource"]


class AsyncSwitchResource(AsyncResource):
    """``client.switch`` of AsyncIntercom: 1 operations."""

    @property
    def with_raw_response(self) -> AsyncSwitchRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncSwitchRawResource(self)

    async def create(
        self,
        *,
        body: CreatePhoneSwitchRequest | CreatePhoneSwitchRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        phone: str = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PhoneSwitch:
        """Create a phone Switch

        You can use the API to deflect phone calls to the Intercom Messenger.
        Calling this endpoint will send an SMS with a link to the Messenger to the phone number specified.

        If custom attributes are specified, they will be added to the user or lead's custom data attributes.

        Args:
            body (CreatePhoneSwitchRequest | CreatePhoneSwitchRequestDict): You can create an phone
                switch
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            phone (str): The body's field phone (instead of body=). Phone number in E.164 format, that
                will receive the SMS to continue the conversation in the Messenger.
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). An object containing the different custom attributes associated to the
                conversation as key-value pairs. For relationship attributes the value will be a list of
                custom object instance models. System-defined attributes such as "CX Score rating" and "CX
                Score explanation" may also be included.
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
            PhoneSwitch
        """

        from ...models.create_phone_switch_request import CreatePhoneSwitchRequest
        from ...models.phone_switch import PhoneSwitch

        body = cast(
            "CreatePhoneSwitchRequest",
            request_body(
                body_fields(
                    body,
                    {"phone": phone, "custom_attributes": custom_attributes},
                    "CreatePhoneSwitchRequest",
                ),
                CreatePhoneSwitchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/phone_call_redirects",
            "extensions": {OPERATION: ("switch.create", "/phone_call_redirects")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: PhoneSwitch = await self._request(
            _kwargs,
            {200: PhoneSwitch.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncSwitchRawResource:
    """``client.switch.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncSwitchResource) -> None:
        raw = AsyncSwitchResource(resource._client, raw=True)
        self.create = async_raw(raw.create)


class SwitchResource(SyncResource):
    """``client.switch`` of Intercom: 1 operations."""

    @property
    def with_raw_response(self) -> SwitchRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return SwitchRawResource(self)

    def create(
        self,
        *,
        body: CreatePhoneSwitchRequest | CreatePhoneSwitchRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        phone: str = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PhoneSwitch:
        """Create a phone Switch

        You can use the API to deflect phone calls to the Intercom Messenger.
        Calling this endpoint will send an SMS with a link to the Messenger to the phone number specified.

        If custom attributes are specified, they will be added to the user or lead's custom data attributes.

        Args:
            body (CreatePhoneSwitchRequest | CreatePhoneSwitchRequestDict): You can create an phone
                switch
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            phone (str): The body's field phone (instead of body=). Phone number in E.164 format, that
                will receive the SMS to continue the conversation in the Messenger.
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). An object containing the different custom attributes associated to the
                conversation as key-value pairs. For relationship attributes the value will be a list of
                custom object instance models. System-defined attributes such as "CX Score rating" and "CX
                Score explanation" may also be included.
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
            PhoneSwitch
        """

        from ...models.create_phone_switch_request import CreatePhoneSwitchRequest
        from ...models.phone_switch import PhoneSwitch

        body = cast(
            "CreatePhoneSwitchRequest",
            request_body(
                body_fields(
                    body,
                    {"phone": phone, "custom_attributes": custom_attributes},
                    "CreatePhoneSwitchRequest",
                ),
                CreatePhoneSwitchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/phone_call_redirects",
            "extensions": {OPERATION: ("switch.create", "/phone_call_redirects")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: PhoneSwitch = self._request(
            _kwargs,
            {200: PhoneSwitch.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class SwitchRawResource:
    """``client.switch.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: SwitchResource) -> None:
        raw = SwitchResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
