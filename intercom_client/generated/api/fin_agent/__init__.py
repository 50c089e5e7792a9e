# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.fin_agent``: the fin_agent resource of both clients, one method per operation.

``FinAgentResource`` is the sync one (on ``Intercom``), ``AsyncFinAgentResource`` the async one (on
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
    from ...models.ask_fin_body import AskFinBody, AskFinBodyDict
    from ...models.ask_fin_result import AskFinResult
    from ...models.escalate_fin_conversation_body import EscalateFinConversationBody, EscalateFinConversationBodyDict
    from ...models.escalate_fin_conversation_body_user import EscalateFinConversationBodyUserDict
    from ...models.escalate_fin_conversation_result import EscalateFinConversationResult
    from ...models.fin_agent_attachment import FinAgentAttachmentDict
    from ...models.fin_agent_conversation_metadata import FinAgentConversationMetadataDict
    from ...models.fin_agent_message import FinAgentMessageDict
    from ...models.fin_agent_settings import FinAgentSettingsDict
    from ...models.fin_agent_user import FinAgentUserDict
    from ...models.fin_capabilities import FinCapabilities
    from ...models.intercom_version import IntercomVersion
    from ...models.list_fin_capabilities_body import ListFinCapabilitiesBody, ListFinCapabilitiesBodyDict
    from ...models.list_fin_capabilities_body_user import ListFinCapabilitiesBodyUserDict
    from ...models.reply_to_fin_body import ReplyToFinBody, ReplyToFinBodyDict
    from ...models.reply_to_fin_result import ReplyToFinResult
    from ...models.run_fin_procedure_body import RunFinProcedureBody, RunFinProcedureBodyDict
    from ...models.run_fin_procedure_body_conversation_metadata import RunFinProcedureBodyConversationMetadataDict
    from ...models.run_fin_procedure_body_settings import RunFinProcedureBodySettingsDict
    from ...models.run_fin_procedure_result import RunFinProcedureResult
    from ...models.start_fin_conversation_body import StartFinConversationBody, StartFinConversationBodyDict
    from ...models.start_fin_conversation_result import StartFinConversationResult
    from ...models.submit_fin_csat_body import SubmitFinCsatBody, SubmitFinCsatBodyDict
    from ...models.submit_fin_csat_body_rating import SubmitFinCsatBodyRating
    from ...models.submit_fin_csat_result import SubmitFinCsatResult
    from ...types import TimeoutTypes

__all__ = ["AsyncFinAgentResource", "FinAgentResource"]


class AsyncFinAgentResource(AsyncResource):
    """``client.fin_agent`` of AsyncIntercom: 7 operations."""

    @property
    def with_raw_response(self) -> AsyncFinAgentRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncFinAgentRawResource(self)

    async def ask_fin(
        self,
        *,
        body: AskFinBody | AskFinBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        attachments: Sequence[FinAgentAttachmentDict] = NOT_GIVEN,
        conversation_metadata: FinAgentConversationMetadataDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AskFinResult:
        """Ask Fin

        Ask Fin a single, self-contained question and receive one informational answer.

        Unlike a conversation, `/fin/ask` is non-conversational: Fin will not ask follow-up
        questions, will not run procedures, and will not escalate to a human on its own. You can
        still escalate one yourself with `POST /fin/escalate`; the ask conversation stays closed
        and the handoff is routed separately.

        Fin's answer is delivered asynchronously via the `fin_replied` event. The conversation
        ends with a `complete` status — there is no `awaiting_user_reply` cycle.

        Args:
            body (AskFinBody | AskFinBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). Your external
                conversation ID. Fin creates a conversation for this ID. If a conversation already exists
                for it, use `/fin/reply` instead.
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            attachments (Sequence[FinAgentAttachmentDict]): The body's field attachments (instead of
                body=). An array of attachments to include with the message. Maximum of 10 attachments.
            conversation_metadata (FinAgentConversationMetadataDict): The body's field
                conversation_metadata (instead of body=). Metadata about the conversation, including
                history and attributes.
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
            AskFinResult
        """

        from ...models.ask_fin_body import AskFinBody
        from ...models.ask_fin_result import AskFinResult

        body = cast(
            "AskFinBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "user": user,
                        "attachments": attachments,
                        "conversation_metadata": conversation_metadata,
                    },
                    "AskFinBody",
                ),
                AskFinBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/ask",
            "extensions": {OPERATION: ("fin_agent.ask_fin", "/fin/ask")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: AskFinResult = await self._request(
            _kwargs,
            {200: AskFinResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def escalate_fin_conversation(
        self,
        *,
        body: EscalateFinConversationBody | EscalateFinConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        context: str = NOT_GIVEN,
        conversation_id: str = NOT_GIVEN,
        message: str = NOT_GIVEN,
        user: EscalateFinConversationBodyUserDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EscalateFinConversationResult:
        """Escalate to a human

        Hand a conversation off to a human teammate. If you use the Intercom Helpdesk, the
        handoff lands in your team inbox.

        Provide either `conversation_id` or `user`:

        - `conversation_id` — escalate an existing agent conversation, including one started
          with `/fin/ask`. On the Intercom Helpdesk, Fin by default summarises the conversation
          and opens a new Helpdesk conversation that carries the summary as an internal note;
          the original agent conversation is not reassigned. Configure an escalation Operator
          Workflow to change this default.
        - `user` — escalate on behalf of a user with no prior agent conversation. On the Intercom
          Helpdesk, a new Helpdesk conversation is created for the teammate. Include an optional
          `message` for its first message. Not supported on Fin for Platforms — see below.

        In both cases the optional `context` is attached as an internal note (supplied by your
        orchestrating agent, not generated by Fin) alongside any summary.

        Escalating an existing conversation also sets its AI Agent resolution state to
        `escalated`, readable as `ai_agent.resolution_state` on the Conversations API. This is a
        resolution state, not a billable resolution.

        On Fin for Platforms, `conversation_id` is required — `user` is not supported and is
        rejected, because there is no Intercom Helpdesk in which to create a conversation. There
        is no Intercom inbox either, so an escalation that no workflow handles does not open a
        Helpdesk conversation for a teammate. You are notified with the `escalated` status and
        hand the conversation to a human on your own platform.

        You are notified over the existing webhook or SSE channel with an `escalated` status
        followed by `complete`. The `complete` status signals that Fin is done; it does not close
        the conversation. On the Intercom Helpdesk it remains open in the human inbox; on Fin for
        Platforms it remains open for whoever handles it on your own platform.

        Args:
            body (EscalateFinConversationBody | EscalateFinConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            context (str): The body's field context (instead of body=). Optional context for the
                receiving teammate explaining why the conversation is being escalated. Attached as an
                internal note, never shown to the user. Avoid including credentials or unnecessary
                personal data — the note is visible to any teammate with access to the conversation.
            conversation_id (str): The body's field conversation_id (instead of body=). The external
                ID of the conversation to escalate. Provide this or `user`. Required on Fin for Platforms,
                where `user` is not supported.
            message (str): The body's field message (instead of body=). Optional first message for the
                new conversation, used only when escalating on behalf of a `user`. Shown to the end-user
                (unlike `context`, which is an internal note), so don't include sensitive orchestration
                data. Defaults to "Requesting human support".
            user (EscalateFinConversationBodyUserDict): The body's field user (instead of body=).
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
            EscalateFinConversationResult
        """

        from ...models.escalate_fin_conversation_body import EscalateFinConversationBody
        from ...models.escalate_fin_conversation_result import EscalateFinConversationResult

        body = cast(
            "EscalateFinConversationBody",
            request_body(
                body_fields(
                    body,
                    {"context": context, "conversation_id": conversation_id, "message": message, "user": user},
                    "EscalateFinConversationBody",
                ),
                EscalateFinConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/escalate",
            "extensions": {OPERATION: ("fin_agent.escalate_fin_conversation", "/fin/escalate")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: EscalateFinConversationResult = await self._request(
            _kwargs,
            {200: EscalateFinConversationResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_fin_capabilities(
        self,
        *,
        body: ListFinCapabilitiesBody | ListFinCapabilitiesBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        user: ListFinCapabilitiesBodyUserDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FinCapabilities:
        """Discover Fin's capabilities

        Return a machine-readable, per-user list of what Fin can do for a given end user, so an
        orchestrating agent can decide which endpoint to call.

        The response is audience-matched to the supplied user: each live, API-triggerable
        procedure is checked against that user before being included, alongside the static
        `reply` and `ask` actions.

        Args:
            body (ListFinCapabilitiesBody | ListFinCapabilitiesBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            user (ListFinCapabilitiesBodyUserDict): The body's field user (instead of body=).
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
            FinCapabilities
        """

        from ...models.fin_capabilities import FinCapabilities
        from ...models.list_fin_capabilities_body import ListFinCapabilitiesBody

        body = cast(
            "ListFinCapabilitiesBody",
            request_body(
                body_fields(
                    body,
                    {"user": user},
                    "ListFinCapabilitiesBody",
                ),
                ListFinCapabilitiesBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/capabilities",
            "extensions": {OPERATION: ("fin_agent.list_fin_capabilities", "/fin/capabilities")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: FinCapabilities = await self._request(
            _kwargs,
            {200: FinCapabilities.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def reply_to_fin(
        self,
        *,
        body: ReplyToFinBody | ReplyToFinBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        attachments: Sequence[FinAgentAttachmentDict] = NOT_GIVEN,
        settings: FinAgentSettingsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReplyToFinResult:
        """Reply to Fin

        Send a follow-up message in an existing conversation. When Fin needs more information to
        complete an action, it sets the conversation to `awaiting_user_reply` — send the user's
        response so Fin can continue.

        Args:
            body (ReplyToFinBody | ReplyToFinBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). The ID of the
                conversation.
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            attachments (Sequence[FinAgentAttachmentDict]): The body's field attachments (instead of
                body=). An array of attachments to include with the message. Maximum of 10 attachments.
            settings (FinAgentSettingsDict): The body's field settings (instead of body=). Optional
                settings to control Fin's behaviour for this request.
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
            ReplyToFinResult
        """

        from ...models.reply_to_fin_body import ReplyToFinBody
        from ...models.reply_to_fin_result import ReplyToFinResult

        body = cast(
            "ReplyToFinBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "user": user,
                        "attachments": attachments,
                        "settings": settings,
                    },
                    "ReplyToFinBody",
                ),
                ReplyToFinBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/reply",
            "extensions": {OPERATION: ("fin_agent.reply_to_fin", "/fin/reply")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ReplyToFinResult = await self._request(
            _kwargs,
            {200: ReplyToFinResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def run_fin_procedure(
        self,
        procedure_id: str,
        *,
        body: RunFinProcedureBody | RunFinProcedureBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        conversation_metadata: RunFinProcedureBodyConversationMetadataDict = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        settings: RunFinProcedureBodySettingsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RunFinProcedureResult:
        """Run a Fin procedure

        Deterministically run a specific procedure on a new conversation. Calling this endpoint
        guarantees that the named procedure runs — there is no non-deterministic routing.

        Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
        procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
        send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
        agent/replytofin).

        Args:
            procedure_id (str):
            body (RunFinProcedureBody | RunFinProcedureBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). Your external
                conversation ID. Fin creates a conversation for this ID. If a conversation already exists
                for it, use `/fin/reply` instead.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            conversation_metadata (RunFinProcedureBodyConversationMetadataDict): The body's field
                conversation_metadata (instead of body=). Metadata about the conversation. Only attributes
                are accepted (no history).
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            settings (RunFinProcedureBodySettingsDict): The body's field settings (instead of body=).
                Optional settings to control Fin's behaviour for this procedure run.
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
            RunFinProcedureResult
        """

        from ...models.run_fin_procedure_body import RunFinProcedureBody
        from ...models.run_fin_procedure_result import RunFinProcedureResult

        body = cast(
            "RunFinProcedureBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "user": user,
                        "conversation_metadata": conversation_metadata,
                        "message": message,
                        "settings": settings,
                    },
                    "RunFinProcedureBody",
                ),
                RunFinProcedureBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/procedures/{procedure_id}/run".format(
                procedure_id=path_segment("procedure_id", procedure_id, "POST /fin/procedures/{procedure_id}/run"),
            ),
            "extensions": {OPERATION: ("fin_agent.run_fin_procedure", "/fin/procedures/{procedure_id}/run")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: RunFinProcedureResult = await self._request(
            _kwargs,
            {200: RunFinProcedureResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def start_fin_conversation(
        self,
        *,
        body: StartFinConversationBody | StartFinConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        attachments: Sequence[FinAgentAttachmentDict] = NOT_GIVEN,
        conversation_metadata: FinAgentConversationMetadataDict = NOT_GIVEN,
        settings: FinAgentSettingsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> StartFinConversationResult:
        """Start a conversation with Fin

        Note: Legacy — conversational mode
        `/fin/start` powers the conversational model, where your own UI drives a back-and-forth with Fin.
        This endpoint is no longer actively developed and is maintained only for existing integrations — new
        functionality lands on the orchestration endpoints.

        Initialize Fin by passing it the user's message along with conversation history and user details.

        These additional pieces of context will be used by Fin to provide a better and more contextual
        answer to the user.

        Once Fin is initialized, it progresses through a series of statuses such as *thinking*, *replying*,
        *awaiting_user_reply*, or *resolved* before ending with a status of *complete*.

        During this workflow, the client should allow Fin to continue uninterrupted until a final *complete*
        status is returned, at which point control of the conversation passes back to the client.

        Events can be received via webhooks or Server-Sent Events (SSE) using the `sse_subscription_url` in
        the response.

        Args:
            body (StartFinConversationBody | StartFinConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). The ID of the
                conversation that is calling Fin via this API.
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            attachments (Sequence[FinAgentAttachmentDict]): The body's field attachments (instead of
                body=). An array of attachments to include with the message. Maximum of 10 attachments.
            conversation_metadata (FinAgentConversationMetadataDict): The body's field
                conversation_metadata (instead of body=). Metadata about the conversation, including
                history and attributes.
            settings (FinAgentSettingsDict): The body's field settings (instead of body=). Optional
                settings to control Fin's behaviour for this request.
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
            StartFinConversationResult
        """

        from ...models.start_fin_conversation_body import StartFinConversationBody
        from ...models.start_fin_conversation_result import StartFinConversationResult

        body = cast(
            "StartFinConversationBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "user": user,
                        "attachments": attachments,
                        "conversation_metadata": conversation_metadata,
                        "settings": settings,
                    },
                    "StartFinConversationBody",
                ),
                StartFinConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/start",
            "extensions": {OPERATION: ("fin_agent.start_fin_conversation", "/fin/start")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: StartFinConversationResult = await self._request(
            _kwargs,
            {200: StartFinConversationResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def submit_fin_csat(
        self,
        *,
        body: SubmitFinCsatBody | SubmitFinCsatBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        rating: SubmitFinCsatBodyRating = NOT_GIVEN,
        remark: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubmitFinCsatResult:
        """Submit a CSAT rating

        Record a customer's satisfaction rating for a conversation, with an optional free-text
        remark.

        Fin decides *when* to ask for a rating — this reuses the CSAT settings on your Fin
        workflow, not this API. When Fin asks, it fires a `csat_requested` event over webhooks or
        SSE carrying the rating options to show the user. Present those options, then submit the
        user's choice here.

        Submitting the same rating again, with no new remark, is a no-op and stays successful,
        so an at-least-once client can safely retry. Submitting a *different* rating updates the
        stored rating while the update window is still open, and a first remark can be added to
        an already-rated survey. Once a remark has been recorded the rating is locked and can no
        longer be changed.

        Args:
            body (SubmitFinCsatBody | SubmitFinCsatBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). Your external
                conversation ID — the same ID you started the conversation with, and the one echoed on the
                `csat_requested` event.
            rating (SubmitFinCsatBodyRating): The body's field rating (instead of body=). The rating
                the user selected — one of the `key` values from the `csat_requested` event's options.
            remark (str): The body's field remark (instead of body=). Optional free-text comment the
                user left alongside the rating. Can be added to an already-rated survey, but only once —
                the rating locks after a remark is recorded.
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
            SubmitFinCsatResult
        """

        from ...models.submit_fin_csat_body import SubmitFinCsatBody
        from ...models.submit_fin_csat_result import SubmitFinCsatResult

        body = cast(
            "SubmitFinCsatBody",
            request_body(
                body_fields(
                    body,
                    {"conversation_id": conversation_id, "rating": rating, "remark": remark},
                    "SubmitFinCsatBody",
                ),
                SubmitFinCsatBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/csat",
            "extensions": {OPERATION: ("fin_agent.submit_fin_csat", "/fin/csat")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: SubmitFinCsatResult = await self._request(
            _kwargs,
            {200: SubmitFinCsatResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncFinAgentRawResource:
    """``client.fin_agent.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncFinAgentResource) -> None:
        raw = AsyncFinAgentResource(resource._client, raw=True)
        self.ask_fin = async_raw(raw.ask_fin)
        self.escalate_fin_conversation = async_raw(raw.escalate_fin_conversation)
        self.list_fin_capabilities = async_raw(raw.list_fin_capabilities)
        self.reply_to_fin = async_raw(raw.reply_to_fin)
        self.run_fin_procedure = async_raw(raw.run_fin_procedure)
        self.start_fin_conversation = async_raw(raw.start_fin_conversation)
        self.submit_fin_csat = async_raw(raw.submit_fin_csat)


class FinAgentResource(SyncResource):
    """``client.fin_agent`` of Intercom: 7 operations."""

    @property
    def with_raw_response(self) -> FinAgentRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return FinAgentRawResource(self)

    def ask_fin(
        self,
        *,
        body: AskFinBody | AskFinBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        attachments: Sequence[FinAgentAttachmentDict] = NOT_GIVEN,
        conversation_metadata: FinAgentConversationMetadataDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AskFinResult:
        """Ask Fin

        Ask Fin a single, self-contained question and receive one informational answer.

        Unlike a conversation, `/fin/ask` is non-conversational: Fin will not ask follow-up
        questions, will not run procedures, and will not escalate to a human on its own. You can
        still escalate one yourself with `POST /fin/escalate`; the ask conversation stays closed
        and the handoff is routed separately.

        Fin's answer is delivered asynchronously via the `fin_replied` event. The conversation
        ends with a `complete` status — there is no `awaiting_user_reply` cycle.

        Args:
            body (AskFinBody | AskFinBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). Your external
                conversation ID. Fin creates a conversation for this ID. If a conversation already exists
                for it, use `/fin/reply` instead.
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            attachments (Sequence[FinAgentAttachmentDict]): The body's field attachments (instead of
                body=). An array of attachments to include with the message. Maximum of 10 attachments.
            conversation_metadata (FinAgentConversationMetadataDict): The body's field
                conversation_metadata (instead of body=). Metadata about the conversation, including
                history and attributes.
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
            AskFinResult
        """

        from ...models.ask_fin_body import AskFinBody
        from ...models.ask_fin_result import AskFinResult

        body = cast(
            "AskFinBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "user": user,
                        "attachments": attachments,
                        "conversation_metadata": conversation_metadata,
                    },
                    "AskFinBody",
                ),
                AskFinBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/ask",
            "extensions": {OPERATION: ("fin_agent.ask_fin", "/fin/ask")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: AskFinResult = self._request(
            _kwargs,
            {200: AskFinResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def escalate_fin_conversation(
        self,
        *,
        body: EscalateFinConversationBody | EscalateFinConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        context: str = NOT_GIVEN,
        conversation_id: str = NOT_GIVEN,
        message: str = NOT_GIVEN,
        user: EscalateFinConversationBodyUserDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EscalateFinConversationResult:
        """Escalate to a human

        Hand a conversation off to a human teammate. If you use the Intercom Helpdesk, the
        handoff lands in your team inbox.

        Provide either `conversation_id` or `user`:

        - `conversation_id` — escalate an existing agent conversation, including one started
          with `/fin/ask`. On the Intercom Helpdesk, Fin by default summarises the conversation
          and opens a new Helpdesk conversation that carries the summary as an internal note;
          the original agent conversation is not reassigned. Configure an escalation Operator
          Workflow to change this default.
        - `user` — escalate on behalf of a user with no prior agent conversation. On the Intercom
          Helpdesk, a new Helpdesk conversation is created for the teammate. Include an optional
          `message` for its first message. Not supported on Fin for Platforms — see below.

        In both cases the optional `context` is attached as an internal note (supplied by your
        orchestrating agent, not generated by Fin) alongside any summary.

        Escalating an existing conversation also sets its AI Agent resolution state to
        `escalated`, readable as `ai_agent.resolution_state` on the Conversations API. This is a
        resolution state, not a billable resolution.

        On Fin for Platforms, `conversation_id` is required — `user` is not supported and is
        rejected, because there is no Intercom Helpdesk in which to create a conversation. There
        is no Intercom inbox either, so an escalation that no workflow handles does not open a
        Helpdesk conversation for a teammate. You are notified with the `escalated` status and
        hand the conversation to a human on your own platform.

        You are notified over the existing webhook or SSE channel with an `escalated` status
        followed by `complete`. The `complete` status signals that Fin is done; it does not close
        the conversation. On the Intercom Helpdesk it remains open in the human inbox; on Fin for
        Platforms it remains open for whoever handles it on your own platform.

        Args:
            body (EscalateFinConversationBody | EscalateFinConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            context (str): The body's field context (instead of body=). Optional context for the
                receiving teammate explaining why the conversation is being escalated. Attached as an
                internal note, never shown to the user. Avoid including credentials or unnecessary
                personal data — the note is visible to any teammate with access to the conversation.
            conversation_id (str): The body's field conversation_id (instead of body=). The external
                ID of the conversation to escalate. Provide this or `user`. Required on Fin for Platforms,
                where `user` is not supported.
            message (str): The body's field message (instead of body=). Optional first message for the
                new conversation, used only when escalating on behalf of a `user`. Shown to the end-user
                (unlike `context`, which is an internal note), so don't include sensitive orchestration
                data. Defaults to "Requesting human support".
            user (EscalateFinConversationBodyUserDict): The body's field user (instead of body=).
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
            EscalateFinConversationResult
        """

        from ...models.escalate_fin_conversation_body import EscalateFinConversationBody
        from ...models.escalate_fin_conversation_result import EscalateFinConversationResult

        body = cast(
            "EscalateFinConversationBody",
            request_body(
                body_fields(
                    body,
                    {"context": context, "conversation_id": conversation_id, "message": message, "user": user},
                    "EscalateFinConversationBody",
                ),
                EscalateFinConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/escalate",
            "extensions": {OPERATION: ("fin_agent.escalate_fin_conversation", "/fin/escalate")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: EscalateFinConversationResult = self._request(
            _kwargs,
            {200: EscalateFinConversationResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_fin_capabilities(
        self,
        *,
        body: ListFinCapabilitiesBody | ListFinCapabilitiesBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        user: ListFinCapabilitiesBodyUserDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FinCapabilities:
        """Discover Fin's capabilities

        Return a machine-readable, per-user list of what Fin can do for a given end user, so an
        orchestrating agent can decide which endpoint to call.

        The response is audience-matched to the supplied user: each live, API-triggerable
        procedure is checked against that user before being included, alongside the static
        `reply` and `ask` actions.

        Args:
            body (ListFinCapabilitiesBody | ListFinCapabilitiesBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            user (ListFinCapabilitiesBodyUserDict): The body's field user (instead of body=).
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
            FinCapabilities
        """

        from ...models.fin_capabilities import FinCapabilities
        from ...models.list_fin_capabilities_body import ListFinCapabilitiesBody

        body = cast(
            "ListFinCapabilitiesBody",
            request_body(
                body_fields(
                    body,
                    {"user": user},
                    "ListFinCapabilitiesBody",
                ),
                ListFinCapabilitiesBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/capabilities",
            "extensions": {OPERATION: ("fin_agent.list_fin_capabilities", "/fin/capabilities")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: FinCapabilities = self._request(
            _kwargs,
            {200: FinCapabilities.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def reply_to_fin(
        self,
        *,
        body: ReplyToFinBody | ReplyToFinBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        attachments: Sequence[FinAgentAttachmentDict] = NOT_GIVEN,
        settings: FinAgentSettingsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ReplyToFinResult:
        """Reply to Fin

        Send a follow-up message in an existing conversation. When Fin needs more information to
        complete an action, it sets the conversation to `awaiting_user_reply` — send the user's
        response so Fin can continue.

        Args:
            body (ReplyToFinBody | ReplyToFinBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). The ID of the
                conversation.
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            attachments (Sequence[FinAgentAttachmentDict]): The body's field attachments (instead of
                body=). An array of attachments to include with the message. Maximum of 10 attachments.
            settings (FinAgentSettingsDict): The body's field settings (instead of body=). Optional
                settings to control Fin's behaviour for this request.
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
            ReplyToFinResult
        """

        from ...models.reply_to_fin_body import ReplyToFinBody
        from ...models.reply_to_fin_result import ReplyToFinResult

        body = cast(
            "ReplyToFinBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "user": user,
                        "attachments": attachments,
                        "settings": settings,
                    },
                    "ReplyToFinBody",
                ),
                ReplyToFinBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/reply",
            "extensions": {OPERATION: ("fin_agent.reply_to_fin", "/fin/reply")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ReplyToFinResult = self._request(
            _kwargs,
            {200: ReplyToFinResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def run_fin_procedure(
        self,
        procedure_id: str,
        *,
        body: RunFinProcedureBody | RunFinProcedureBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        conversation_metadata: RunFinProcedureBodyConversationMetadataDict = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        settings: RunFinProcedureBodySettingsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RunFinProcedureResult:
        """Run a Fin procedure

        Deterministically run a specific procedure on a new conversation. Calling this endpoint
        guarantees that the named procedure runs — there is no non-deterministic routing.

        Fin's progress is delivered asynchronously via events or Server-Sent Events. If the
        procedure pauses for user input, the conversation status becomes `awaiting_user_reply` —
        send the user's response with [`/fin/reply`](/docs/references/preview/rest-api/api.intercom.io/fin-
        agent/replytofin).

        Args:
            procedure_id (str):
            body (RunFinProcedureBody | RunFinProcedureBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). Your external
                conversation ID. Fin creates a conversation for this ID. If a conversation already exists
                for it, use `/fin/reply` instead.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            conversation_metadata (RunFinProcedureBodyConversationMetadataDict): The body's field
                conversation_metadata (instead of body=). Metadata about the conversation. Only attributes
                are accepted (no history).
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            settings (RunFinProcedureBodySettingsDict): The body's field settings (instead of body=).
                Optional settings to control Fin's behaviour for this procedure run.
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
            RunFinProcedureResult
        """

        from ...models.run_fin_procedure_body import RunFinProcedureBody
        from ...models.run_fin_procedure_result import RunFinProcedureResult

        body = cast(
            "RunFinProcedureBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "user": user,
                        "conversation_metadata": conversation_metadata,
                        "message": message,
                        "settings": settings,
                    },
                    "RunFinProcedureBody",
                ),
                RunFinProcedureBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/procedures/{procedure_id}/run".format(
                procedure_id=path_segment("procedure_id", procedure_id, "POST /fin/procedures/{procedure_id}/run"),
            ),
            "extensions": {OPERATION: ("fin_agent.run_fin_procedure", "/fin/procedures/{procedure_id}/run")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: RunFinProcedureResult = self._request(
            _kwargs,
            {200: RunFinProcedureResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def start_fin_conversation(
        self,
        *,
        body: StartFinConversationBody | StartFinConversationBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        message: FinAgentMessageDict = NOT_GIVEN,
        user: FinAgentUserDict = NOT_GIVEN,
        attachments: Sequence[FinAgentAttachmentDict] = NOT_GIVEN,
        conversation_metadata: FinAgentConversationMetadataDict = NOT_GIVEN,
        settings: FinAgentSettingsDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> StartFinConversationResult:
        """Start a conversation with Fin

        Note: Legacy — conversational mode
        `/fin/start` powers the conversational model, where your own UI drives a back-and-forth with Fin.
        This endpoint is no longer actively developed and is maintained only for existing integrations — new
        functionality lands on the orchestration endpoints.

        Initialize Fin by passing it the user's message along with conversation history and user details.

        These additional pieces of context will be used by Fin to provide a better and more contextual
        answer to the user.

        Once Fin is initialized, it progresses through a series of statuses such as *thinking*, *replying*,
        *awaiting_user_reply*, or *resolved* before ending with a status of *complete*.

        During this workflow, the client should allow Fin to continue uninterrupted until a final *complete*
        status is returned, at which point control of the conversation passes back to the client.

        Events can be received via webhooks or Server-Sent Events (SSE) using the `sse_subscription_url` in
        the response.

        Args:
            body (StartFinConversationBody | StartFinConversationBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). The ID of the
                conversation that is calling Fin via this API.
            message (FinAgentMessageDict): The body's field message (instead of body=). A message
                exchanged within a Fin Agent conversation.
            user (FinAgentUserDict): The body's field user (instead of body=). A user object
                representing the user in a Fin Agent conversation.
            attachments (Sequence[FinAgentAttachmentDict]): The body's field attachments (instead of
                body=). An array of attachments to include with the message. Maximum of 10 attachments.
            conversation_metadata (FinAgentConversationMetadataDict): The body's field
                conversation_metadata (instead of body=). Metadata about the conversation, including
                history and attributes.
            settings (FinAgentSettingsDict): The body's field settings (instead of body=). Optional
                settings to control Fin's behaviour for this request.
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
            StartFinConversationResult
        """

        from ...models.start_fin_conversation_body import StartFinConversationBody
        from ...models.start_fin_conversation_result import StartFinConversationResult

        body = cast(
            "StartFinConversationBody",
            request_body(
                body_fields(
                    body,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "user": user,
                        "attachments": attachments,
                        "conversation_metadata": conversation_metadata,
                        "settings": settings,
                    },
                    "StartFinConversationBody",
                ),
                StartFinConversationBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/start",
            "extensions": {OPERATION: ("fin_agent.start_fin_conversation", "/fin/start")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: StartFinConversationResult = self._request(
            _kwargs,
            {200: StartFinConversationResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def submit_fin_csat(
        self,
        *,
        body: SubmitFinCsatBody | SubmitFinCsatBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        conversation_id: str = NOT_GIVEN,
        rating: SubmitFinCsatBodyRating = NOT_GIVEN,
        remark: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubmitFinCsatResult:
        """Submit a CSAT rating

        Record a customer's satisfaction rating for a conversation, with an optional free-text
        remark.

        Fin decides *when* to ask for a rating — this reuses the CSAT settings on your Fin
        workflow, not this API. When Fin asks, it fires a `csat_requested` event over webhooks or
        SSE carrying the rating options to show the user. Present those options, then submit the
        user's choice here.

        Submitting the same rating again, with no new remark, is a no-op and stays successful,
        so an at-least-once client can safely retry. Submitting a *different* rating updates the
        stored rating while the update window is still open, and a first remark can be added to
        an already-rated survey. Once a remark has been recorded the rating is locked and can no
        longer be changed.

        Args:
            body (SubmitFinCsatBody | SubmitFinCsatBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            conversation_id (str): The body's field conversation_id (instead of body=). Your external
                conversation ID — the same ID you started the conversation with, and the one echoed on the
                `csat_requested` event.
            rating (SubmitFinCsatBodyRating): The body's field rating (instead of body=). The rating
                the user selected — one of the `key` values from the `csat_requested` event's options.
            remark (str): The body's field remark (instead of body=). Optional free-text comment the
                user left alongside the rating. Can be added to an already-rated survey, but only once —
                the rating locks after a remark is recorded.
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
            SubmitFinCsatResult
        """

        from ...models.submit_fin_csat_body import SubmitFinCsatBody
        from ...models.submit_fin_csat_result import SubmitFinCsatResult

        body = cast(
            "SubmitFinCsatBody",
            request_body(
                body_fields(
                    body,
                    {"conversation_id": conversation_id, "rating": rating, "remark": remark},
                    "SubmitFinCsatBody",
                ),
                SubmitFinCsatBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/fin/csat",
            "extensions": {OPERATION: ("fin_agent.submit_fin_csat", "/fin/csat")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: SubmitFinCsatResult = self._request(
            _kwargs,
            {200: SubmitFinCsatResult.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class FinAgentRawResource:
    """``client.fin_agent.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: FinAgentResource) -> None:
        raw = FinAgentResource(resource._client, raw=True)
        self.ask_fin = sync_raw(raw.ask_fin)
        self.escalate_fin_conversation = sync_raw(raw.escalate_fin_conversation)
        self.list_fin_capabilities = sync_raw(raw.list_fin_capabilities)
        self.reply_to_fin = sync_raw(raw.reply_to_fin)
        self.run_fin_procedure = sync_raw(raw.run_fin_procedure)
        self.start_fin_conversation = sync_raw(raw.start_fin_conversation)
        self.submit_fin_csat = sync_raw(raw.submit_fin_csat)
