# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.procedures``: the procedures resource of both clients, one method per operation.

``ProceduresResource`` is the sync one (on ``Intercom``), ``AsyncProceduresResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ...models.collect_agent_input_request import CollectAgentInputRequest, CollectAgentInputRequestDict
    from ...models.collect_agent_input_request_attribute_values_item import (
        CollectAgentInputRequestAttributeValuesItemDict,
    )
    from ...models.collect_procedure_agent_input_result import CollectProcedureAgentInputResult
    from ...models.intercom_version import IntercomVersion
    from ...types import TimeoutTypes

__all__ = ["AsyncProceduresResource", "ProceduresResource"]


class AsyncProceduresResource(AsyncResource):
    """``client.procedures`` of AsyncIntercom: 1 operations."""

    @property
    def with_raw_response(self) -> AsyncProceduresRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncProceduresRawResource(self)

    async def collect_agent_input(
        self,
        conversation_id: str,
        *,
        body: CollectAgentInputRequest | CollectAgentInputRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        attribute_values: Sequence[CollectAgentInputRequestAttributeValuesItemDict] = NOT_GIVEN,
        step_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CollectProcedureAgentInputResult:
        """Submit human input to a Fin Procedure HITL step

        Submit human-collected input to a Fin Procedure that is paused at a Human in the Loop (HITL) step.

        When a procedure reaches a HITL step with the API channel enabled, Intercom sends a
        `procedure.hitl_notification.created` webhook. Use the `callback_url` from that webhook payload to
        call this endpoint with the collected attribute values.

        The `step_id` must match the one from the webhook payload, and `attribute_values` must include a
        value for every attribute listed in `attributes_to_collect`.

        Note: Authentication
        This endpoint requires an OAuth token with the `write_conversations` scope. The admin associated
        with the token must have access to the conversation.

        Warning: Feature access
        This endpoint requires the Procedures HITL API feature to be enabled for your workspace.

        Args:
            conversation_id (str):
            body (CollectAgentInputRequest | CollectAgentInputRequestDict): Request body for
                submitting human-collected input to a HITL procedure step.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            attribute_values (Sequence[CollectAgentInputRequestAttributeValuesItemDict]): The body's
                field attribute_values (instead of body=). Array of attribute values matching the
                attributes_to_collect from the webhook payload. Must include a value for every attribute
                listed.
            step_id (str): The body's field step_id (instead of body=). The step_id from the webhook
                payload, identifying which HITL step this response is for.
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
            CollectProcedureAgentInputResult
        """

        from ...models.collect_agent_input_request import CollectAgentInputRequest
        from ...models.collect_procedure_agent_input_result import CollectProcedureAgentInputResult

        body = cast(
            "CollectAgentInputRequest",
            request_body(
                body_fields(
                    body,
                    {"attribute_values": attribute_values, "step_id": step_id},
                    "CollectAgentInputRequest",
                ),
                CollectAgentInputRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/procedures/{conversation_id}/collect_agent_input".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "POST /procedures/{conversation_id}/collect_agent_input"
                ),
            ),
            "extensions": {
                OPERATION: ("procedures.collect_agent_input", "/procedures/{conversation_id}/collect_agent_input")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CollectProcedureAgentInputResult = await self._request(
            _kwargs,
            {200: CollectProcedureAgentInputResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncProceduresRawResource:
    """``client.procedures.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncProceduresResource) -> None:
        raw = AsyncProceduresResource(resource._client, raw=True)
        self.collect_agent_input = async_raw(raw.collect_agent_input)


class ProceduresResource(SyncResource):
    """``client.procedures`` of Intercom: 1 operations."""

    @property
    def with_raw_response(self) -> ProceduresRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ProceduresRawResource(self)

    def collect_agent_input(
        self,
        conversation_id: str,
        *,
        body: CollectAgentInputRequest | CollectAgentInputRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        attribute_values: Sequence[CollectAgentInputRequestAttributeValuesItemDict] = NOT_GIVEN,
        step_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CollectProcedureAgentInputResult:
        """Submit human input to a Fin Procedure HITL step

        Submit human-collected input to a Fin Procedure that is paused at a Human in the Loop (HITL) step.

        When a procedure reaches a HITL step with the API channel enabled, Intercom sends a
        `procedure.hitl_notification.created` webhook. Use the `callback_url` from that webhook payload to
        call this endpoint with the collected attribute values.

        The `step_id` must match the one from the webhook payload, and `attribute_values` must include a
        value for every attribute listed in `attributes_to_collect`.

        Note: Authentication
        This endpoint requires an OAuth token with the `write_conversations` scope. The admin associated
        with the token must have access to the conversation.

        Warning: Feature access
        This endpoint requires the Procedures HITL API feature to be enabled for your workspace.

        Args:
            conversation_id (str):
            body (CollectAgentInputRequest | CollectAgentInputRequestDict): Request body for
                submitting human-collected input to a HITL procedure step.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            attribute_values (Sequence[CollectAgentInputRequestAttributeValuesItemDict]): The body's
                field attribute_values (instead of body=). Array of attribute values matching the
                attributes_to_collect from the webhook payload. Must include a value for every attribute
                listed.
            step_id (str): The body's field step_id (instead of body=). The step_id from the webhook
                payload, identifying which HITL step this response is for.
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
            CollectProcedureAgentInputResult
        """

        from ...models.collect_agent_input_request import CollectAgentInputRequest
        from ...models.collect_procedure_agent_input_result import CollectProcedureAgentInputResult

        body = cast(
            "CollectAgentInputRequest",
            request_body(
                body_fields(
                    body,
                    {"attribute_values": attribute_values, "step_id": step_id},
                    "CollectAgentInputRequest",
                ),
                CollectAgentInputRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/procedures/{conversation_id}/collect_agent_input".format(
                conversation_id=path_segment(
                    "conversation_id", conversation_id, "POST /procedures/{conversation_id}/collect_agent_input"
                ),
            ),
            "extensions": {
                OPERATION: ("procedures.collect_agent_input", "/procedures/{conversation_id}/collect_agent_input")
            },
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CollectProcedureAgentInputResult = self._request(
            _kwargs,
            {200: CollectProcedureAgentInputResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ProceduresRawResource:
    """``client.procedures.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ProceduresResource) -> None:
        raw = ProceduresResource(resource._client, raw=True)
        self.collect_agent_input = sync_raw(raw.collect_agent_input)
