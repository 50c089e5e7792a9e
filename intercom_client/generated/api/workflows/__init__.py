# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.workflows``: the workflows resource of both clients, one method per operation.

``WorkflowsResource`` is the sync one (on ``Intercom``), ``AsyncWorkflowsResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    path_segment,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.intercom_version import IntercomVersion
    from ...models.workflow_export import WorkflowExport
    from ...types import TimeoutTypes

__all__ = ["AsyncWorkflowsResource", "WorkflowsResource"]


class AsyncWorkflowsResource(AsyncResource):
    """``client.workflows`` of AsyncIntercom: 1 operations."""

    @property
    def with_raw_response(self) -> AsyncWorkflowsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncWorkflowsRawResource(self)

    async def export(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WorkflowExport:
        """Export a workflow

        Export a workflow configuration by its ID. This endpoint returns the complete workflow definition
        including its steps, targeting rules, and attributes.

        This endpoint is designed for EU Data Act compliance, allowing customers to export their workflow
        configurations.

        Note: Preview API
        This endpoint is available in the Preview API version. We may make iterative improvements, including
        adding new fields or refining existing ones.

        Args:
            id (str):  Example: 12345.
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
            WorkflowExport
        """

        from ...models.workflow_export import WorkflowExport

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/workflows/{id}".format(
                id=path_segment("id", id, "GET /export/workflows/{id}"),
            ),
            "extensions": {OPERATION: ("workflows.export", "/export/workflows/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: WorkflowExport = await self._request(
            _kwargs,
            {200: WorkflowExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncWorkflowsRawResource:
    """``client.workflows.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        raw = AsyncWorkflowsResource(resource._client, raw=True)
        self.export = async_raw(raw.export)


class WorkflowsResource(SyncResource):
    """``client.workflows`` of Intercom: 1 operations."""

    @property
    def with_raw_response(self) -> WorkflowsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return WorkflowsRawResource(self)

    def export(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> WorkflowExport:
        """Export a workflow

        Export a workflow configuration by its ID. This endpoint returns the complete workflow definition
        including its steps, targeting rules, and attributes.

        This endpoint is designed for EU Data Act compliance, allowing customers to export their workflow
        configurations.

        Note: Preview API
        This endpoint is available in the Preview API version. We may make iterative improvements, including
        adding new fields or refining existing ones.

        Args:
            id (str):  Example: 12345.
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
            WorkflowExport
        """

        from ...models.workflow_export import WorkflowExport

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/export/workflows/{id}".format(
                id=path_segment("id", id, "GET /export/workflows/{id}"),
            ),
            "extensions": {OPERATION: ("workflows.export", "/export/workflows/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: WorkflowExport = self._request(
            _kwargs,
            {200: WorkflowExport.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class WorkflowsRawResource:
    """``client.workflows.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: WorkflowsResource) -> None:
        raw = WorkflowsResource(resource._client, raw=True)
        self.export = sync_raw(raw.export)
