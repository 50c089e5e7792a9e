# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.companies``: the companies resource of both clients, one method per operation.

``CompaniesResource`` is the sync one (on ``Intercom``), ``AsyncCompaniesResource`` the async one (on
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
    READ_ONLY,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    body_fields,
    one_of,
    path_segment,
    request_body,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.attach_contact_to_a_company_body import AttachContactToACompanyBody, AttachContactToACompanyBodyDict
    from ...models.bulk_create_companies_request import BulkCreateCompaniesRequest, BulkCreateCompaniesRequestDict
    from ...models.bulk_create_companies_request_companies_item import BulkCreateCompaniesRequestCompaniesItemDict
    from ...models.bulk_create_companies_request_job import BulkCreateCompaniesRequestJobDict
    from ...models.bulk_delete_companies_request import BulkDeleteCompaniesRequest, BulkDeleteCompaniesRequestDict
    from ...models.bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItemDict
    from ...models.bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJobDict
    from ...models.bulk_update_companies_request import BulkUpdateCompaniesRequest, BulkUpdateCompaniesRequestDict
    from ...models.bulk_update_companies_request_companies_item import BulkUpdateCompaniesRequestCompaniesItemDict
    from ...models.bulk_update_companies_request_job import BulkUpdateCompaniesRequestJobDict
    from ...models.companies_bulk_job import CompaniesBulkJob
    from ...models.company import Company
    from ...models.company_attached_contacts import CompanyAttachedContacts
    from ...models.company_attached_segments import CompanyAttachedSegments
    from ...models.company_list import CompanyList
    from ...models.company_scroll import CompanyScroll
    from ...models.company_search_request import CompanySearchRequest, CompanySearchRequestDict
    from ...models.company_search_request_sort import CompanySearchRequestSortDict
    from ...models.contact import Contact
    from ...models.create_or_update_company_request import (
        CreateOrUpdateCompanyRequest,
        CreateOrUpdateCompanyRequestDict,
    )
    from ...models.deleted_company_object import DeletedCompanyObject
    from ...models.intercom_version import IntercomVersion
    from ...models.starting_after_paging import StartingAfterPagingDict
    from ...types import AsyncPaginator, Cursor, SearchQueryDict, SyncPaginator, TimeoutTypes

__all__ = ["AsyncCompaniesResource", "CompaniesResource"]


class AsyncCompaniesResource(AsyncResource):
    """``client.companies`` of AsyncIntercom: 16 operations."""

    @property
    def with_raw_response(self) -> AsyncCompaniesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncCompaniesRawResource(self)

    async def attach_contact(
        self,
        id: str,
        *,
        body: AttachContactToACompanyBody | AttachContactToACompanyBodyDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Attach a Contact to a Company

        You can attach a company to a single contact.

        Args:
            id (str):
            body (AttachContactToACompanyBody | AttachContactToACompanyBodyDict):
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
            Company
        """

        from ...models.attach_contact_to_a_company_body import AttachContactToACompanyBody
        from ...models.company import Company

        body = cast("AttachContactToACompanyBody", request_body(body, AttachContactToACompanyBody))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/companies".format(
                id=path_segment("id", id, "POST /contacts/{id}/companies"),
            ),
            "extensions": {OPERATION: ("companies.attach_contact", "/contacts/{id}/companies")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Company = await self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def bulk_create(
        self,
        *,
        body: BulkCreateCompaniesRequest | BulkCreateCompaniesRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        companies: Sequence[BulkCreateCompaniesRequestCompaniesItemDict] = NOT_GIVEN,
        job: BulkCreateCompaniesRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Bulk create or update companies

        You can bulk create or update companies by submitting an array of company objects. Each company is
        matched on the `company_id` you have defined for it: a new company is created if none exists with
        that `company_id`, otherwise the matching company is updated. This mirrors the single [Create or
        update a company](/docs/references/preview/rest-api/api.intercom.io/companies/createorupdatecompany)
        endpoint.

        The endpoint creates an async job that processes the items in the background. Use the returned job
        ID with `GET /companies/bulk/{id}` to check the job status.

        Note: Handling failures
        If an item fails validation, that item is rejected and the job's `state` ends as
        `completed_with_errors`. The other companies in the same request are still processed. The job
        `state` from `GET /companies/bulk/{id}` is the signal that one or more items were rejected.

        Note: Limits
        - Maximum of 100 companies per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkCreateCompaniesRequest | BulkCreateCompaniesRequestDict): Request body for bulk
                creating or updating companies.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            companies (Sequence[BulkCreateCompaniesRequestCompaniesItemDict]): The body's field
                companies (instead of body=). An array of company objects to create or update. Maximum 100
                companies per request.
            job (BulkCreateCompaniesRequestJobDict): The body's field job (instead of body=).
                Optional. Include to append tasks to an existing job.
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
            CompaniesBulkJob
        """

        from ...models.bulk_create_companies_request import BulkCreateCompaniesRequest
        from ...models.companies_bulk_job import CompaniesBulkJob

        body = cast(
            "BulkCreateCompaniesRequest",
            request_body(
                body_fields(
                    body,
                    {"companies": companies, "job": job},
                    "BulkCreateCompaniesRequest",
                ),
                BulkCreateCompaniesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/bulk",
            "extensions": {OPERATION: ("companies.bulk_create", "/companies/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = await self._request(
            _kwargs,
            {202: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def bulk_delete(
        self,
        *,
        body: BulkDeleteCompaniesRequest | BulkDeleteCompaniesRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        companies: Sequence[BulkDeleteCompaniesRequestCompaniesItemDict] = NOT_GIVEN,
        job: BulkDeleteCompaniesRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Bulk delete companies

        You can bulk delete companies by submitting an array of companies, each identified by its Intercom
        company `id`. Deleting a company detaches all of its associated contacts but keeps the company
        record itself — the same archival behaviour as the single [Delete a
        company](/docs/references/preview/rest-api/api.intercom.io/companies/deletecompany) endpoint.

        The endpoint creates an async job that processes the deletes in the background. Use the returned job
        ID with `GET /companies/bulk/{id}` to check the job status.

        Note: Limits
        - Maximum of 100 companies per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkDeleteCompaniesRequest | BulkDeleteCompaniesRequestDict): Request body for bulk
                deleting companies.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            companies (Sequence[BulkDeleteCompaniesRequestCompaniesItemDict]): The body's field
                companies (instead of body=). An array of companies to delete, each identified by its
                Intercom company `id`. Maximum 100 companies per request.
            job (BulkDeleteCompaniesRequestJobDict): The body's field job (instead of body=).
                Optional. Include to append tasks to an existing job.
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
            CompaniesBulkJob
        """

        from ...models.bulk_delete_companies_request import BulkDeleteCompaniesRequest
        from ...models.companies_bulk_job import CompaniesBulkJob

        body = cast(
            "BulkDeleteCompaniesRequest",
            request_body(
                body_fields(
                    body,
                    {"companies": companies, "job": job},
                    "BulkDeleteCompaniesRequest",
                ),
                BulkDeleteCompaniesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/bulk/delete",
            "extensions": {OPERATION: ("companies.bulk_delete", "/companies/bulk/delete")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = await self._request(
            _kwargs,
            {202: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def bulk_update(
        self,
        *,
        body: BulkUpdateCompaniesRequest | BulkUpdateCompaniesRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        companies: Sequence[BulkUpdateCompaniesRequestCompaniesItemDict] = NOT_GIVEN,
        job: BulkUpdateCompaniesRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Bulk update companies

        You can bulk update companies by submitting an array of company objects with the fields to update.
        Each company must include an `id` field identifying the company to update by its Intercom company
        `id`. An unknown `id` fails that item and never creates a company.

        Only the fields listed in the request schema below can be set. Any other fields in a company object
        are ignored.

        The endpoint creates an async job that processes the updates in the background. Use the returned job
        ID with `GET /companies/bulk/{id}` to check the job status.

        Note: Limits
        - Maximum of 100 companies per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkUpdateCompaniesRequest | BulkUpdateCompaniesRequestDict): Request body for bulk
                updating companies.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            companies (Sequence[BulkUpdateCompaniesRequestCompaniesItemDict]): The body's field
                companies (instead of body=). An array of company objects to update. Each must include an
                `id` and the fields to update. Maximum 100 companies per request.
            job (BulkUpdateCompaniesRequestJobDict): The body's field job (instead of body=).
                Optional. Include to append tasks to an existing job.
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
            CompaniesBulkJob
        """

        from ...models.bulk_update_companies_request import BulkUpdateCompaniesRequest
        from ...models.companies_bulk_job import CompaniesBulkJob

        body = cast(
            "BulkUpdateCompaniesRequest",
            request_body(
                body_fields(
                    body,
                    {"companies": companies, "job": job},
                    "BulkUpdateCompaniesRequest",
                ),
                BulkUpdateCompaniesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/companies/bulk",
            "extensions": {OPERATION: ("companies.bulk_update", "/companies/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = await self._request(
            _kwargs,
            {202: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create_or_update(
        self,
        *,
        body: CreateOrUpdateCompanyRequest | CreateOrUpdateCompanyRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        company_id: str = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        industry: str = NOT_GIVEN,
        monthly_spend: int = NOT_GIVEN,
        name: str = NOT_GIVEN,
        plan: str = NOT_GIVEN,
        remote_created_at: int = NOT_GIVEN,
        size: int = NOT_GIVEN,
        update_last_request_at: bool = NOT_GIVEN,
        website: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Create or Update a company

        You can create or update a company.

        Companies will be only visible in Intercom when there is at least one associated user.

        Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new
        company will be created, if found, that company will be updated.

        Warning: Using `company_id`
        You can set a unique `company_id` value when creating a company. However, it is not possible to
        update `company_id`. Be sure to set a unique value once upon creation of the company.

        Args:
            body (CreateOrUpdateCompanyRequest | CreateOrUpdateCompanyRequestDict | Unset): You can
                create or update a Company
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            company_id (str): The body's field company_id (instead of body=). The company id you have
                defined for the company. Can't be updated
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). A hash of key/value pairs containing any other data about the company you want
                Intercom to store.
            industry (str): The body's field industry (instead of body=). The industry that this
                company operates in.
            monthly_spend (int): The body's field monthly_spend (instead of body=). How much revenue
                the company generates for your business. Note that this will truncate floats. i.e. it only
                allow for whole integers, 155.98 will be truncated to 155. Note that this has an upper
                limit of 2**31-1 or 2147483647..
            name (str): The body's field name (instead of body=). The name of the Company
            plan (str): The body's field plan (instead of body=). The name of the plan you have
                associated with the company.
            remote_created_at (int): The body's field remote_created_at (instead of body=). The time
                the company was created by you.
            size (int): The body's field size (instead of body=). The number of employees in this
                company.
            update_last_request_at (bool): The body's field update_last_request_at (instead of body=).
                Set to true to update the company's last seen time to now.
            website (str): The body's field website (instead of body=). The URL for this company's
                website. Please note that the value specified here is not validated. Accepts any string.
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
            Company
        """

        from ...models.company import Company
        from ...models.create_or_update_company_request import CreateOrUpdateCompanyRequest

        body = cast(
            "CreateOrUpdateCompanyRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "company_id": company_id,
                        "custom_attributes": custom_attributes,
                        "industry": industry,
                        "monthly_spend": monthly_spend,
                        "name": name,
                        "plan": plan,
                        "remote_created_at": remote_created_at,
                        "size": size,
                        "update_last_request_at": update_last_request_at,
                        "website": website,
                    },
                    "CreateOrUpdateCompanyRequest",
                ),
                CreateOrUpdateCompanyRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies",
            "extensions": {OPERATION: ("companies.create_or_update", "/companies")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Company = await self._request(
            _kwargs,
            {200: Company.from_dict},
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
    ) -> DeletedCompanyObject:
        """Delete a company

        Delete a single company.

        This endpoint does not permanently remove the company. It archives the company record and detaches
        any contacts attached to it; the contacts themselves are not deleted. A `company.deleted` webhook is
        sent once archival completes.

        The endpoint returns `200` with `"deleted": true` as soon as the request is accepted — archival is
        processed asynchronously.

        Warning: Third-party integrations that sync companies into Intercom (for example, Salesforce or
        Chargebee) will recreate any company deleted through this endpoint on their next sync. To prevent
        recreation, remove or filter the company at the source integration before deleting it via the API.

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
            DeletedCompanyObject
        """

        from ...models.deleted_company_object import DeletedCompanyObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/companies/{id}".format(
                id=path_segment("id", id, "DELETE /companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.delete", "/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedCompanyObject = await self._request(
            _kwargs,
            {200: DeletedCompanyObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def detach_contact(
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
    ) -> Company:
        """Detach a contact from a company

        You can detach a company from a single contact.

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
            Company
        """

        from ...models.company import Company

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{contact_id}/companies/{id}".format(
                contact_id=path_segment("contact_id", contact_id, "DELETE /contacts/{contact_id}/companies/{id}"),
                id=path_segment("id", id, "DELETE /contacts/{contact_id}/companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.detach_contact", "/contacts/{contact_id}/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Company = await self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def find(
        self,
        *,
        name: str | Unset = UNSET,
        company_id: str | Unset = UNSET,
        tag_id: str | Unset = UNSET,
        segment_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company | CompanyList:
        """Retrieve companies

        You can fetch a single company by passing in `company_id` or `name`.

          `https://api.intercom.io/companies?name={name}`

          `https://api.intercom.io/companies?company_id={company_id}`

        You can fetch all companies and filter by `segment_id` or `tag_id` as a query parameter.

          `https://api.intercom.io/companies?tag_id={tag_id}`

          `https://api.intercom.io/companies?segment_id={segment_id}`

        Args:
            name (str | Unset):
            company_id (str | Unset):
            tag_id (str | Unset):
            segment_id (str | Unset):
            page (int | Unset):
            per_page (int | Unset):
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
            Company | CompanyList
        """

        from ...models.company import Company
        from ...models.company_list import CompanyList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["name"] = name
        params["company_id"] = company_id
        params["tag_id"] = tag_id
        params["segment_id"] = segment_id
        params["page"] = page
        params["per_page"] = per_page
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies",
            "extensions": {OPERATION: ("companies.find", "/companies")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Company | CompanyList = await self._request(
            _kwargs,
            {200: one_of(Company.from_dict, CompanyList.from_dict)},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        order: str | Unset = UNSET,
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
    ) -> AsyncPaginator[Company, CompanyList]:
        """List all companies

        You can list companies. The company list is sorted by the `last_request_at` field and by default is
        ordered descending, most recently requested first.

        Note that the API does not include companies who have no associated users in list responses.

        When using the Companies endpoint and the pages object to iterate through the returned companies,
        there is a limit of 10,000 Companies that can be returned. If you need to list or iterate on more
        than 10,000 Companies, please use the [Scroll
        API](https://developers.intercom.com/reference#iterating-over-all-companies).

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `20` results per
        page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

        Args:
            order (str | Unset):
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
            AsyncPaginator[Company, CompanyList]
        """

        from ...models.company_list import CompanyList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["order"] = order
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/list",
            "extensions": {OPERATION: ("companies.list", "/companies/list")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.list_all_companies"],
            _kwargs,
            {200: CompanyList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_attached_contacts(
        self,
        id: str,
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
    ) -> AsyncPaginator[Contact, CompanyAttachedContacts]:
        """List attached contacts

        You can fetch a list of all contacts that belong to a company.

        Args:
            id (str):
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
            AsyncPaginator[Contact, CompanyAttachedContacts]
        """

        from ...models.company_attached_contacts import CompanyAttachedContacts
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{id}/contacts".format(
                id=path_segment("id", id, "GET /companies/{id}/contacts"),
            ),
            "extensions": {OPERATION: ("companies.list_attached_contacts", "/companies/{id}/contacts")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.list_attached_contacts"],
            _kwargs,
            {200: CompanyAttachedContacts.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list_attached_segments(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompanyAttachedSegments:
        """List attached segments for companies

        You can fetch a list of all segments that belong to a company.

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
            CompanyAttachedSegments
        """

        from ...models.company_attached_segments import CompanyAttachedSegments

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{id}/segments".format(
                id=path_segment("id", id, "GET /companies/{id}/segments"),
            ),
            "extensions": {OPERATION: ("companies.list_attached_segments", "/companies/{id}/segments")},
        }
        _kwargs["headers"] = headers

        parsed: CompanyAttachedSegments = await self._request(
            _kwargs,
            {200: CompanyAttachedSegments.from_dict},
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
    ) -> Company:
        """Retrieve a company by ID

        You can fetch a single company.

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
            Company
        """

        from ...models.company import Company

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{id}".format(
                id=path_segment("id", id, "GET /companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.retrieve", "/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Company = await self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_bulk_companies_job(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Get a bulk companies job

        You can check the status of a bulk companies job. The `state` field indicates the overall job
        progress: `pending`, `running`, `completed`, or `completed_with_errors`.

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
            CompaniesBulkJob
        """

        from ...models.companies_bulk_job import CompaniesBulkJob

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/bulk/{id}".format(
                id=path_segment("id", id, "GET /companies/bulk/{id}"),
            ),
            "extensions": {OPERATION: ("companies.retrieve_bulk_companies_job", "/companies/bulk/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = await self._request(
            _kwargs,
            {200: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def scroll(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Company, CompanyScroll]:
        """Scroll over all companies

        The `list all companies` functionality does not work well for huge datasets, and can result in
        errors and performance problems when paging deeply. The Scroll API provides an efficient mechanism
        for iterating over all companies in a dataset.

        - Each app can only have 1 scroll open at a time. You'll get an error message if you try to have
        more than one open per app.
        - If the scroll isn't used for 1 minute, it expires and calls with that scroll param will fail
        - If the end of the scroll is reached, "companies" will be empty and the scroll parameter will
        expire

        Note: Scroll Parameter
        You can get the first page of companies by simply sending a GET request to the scroll endpoint.
        For subsequent requests you will need to use the scroll parameter from the response.

        Warning: Scroll network timeouts
        Since scroll is often used on large datasets network errors such as timeouts can be encountered.
        When this occurs you will see a HTTP 500 error with the following message:
        "Request failed due to an internal network error. Please restart the scroll operation."
        If this happens, you will need to restart your scroll query: It is not possible to continue from a
        specific point when using scroll.

        Args:
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
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
            AsyncPaginator[Company, CompanyScroll]
        """

        from ...models.company_scroll import CompanyScroll
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/scroll",
            "extensions": {OPERATION: ("companies.scroll", "/companies/scroll")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.scroll_over_all_companies"],
            _kwargs,
            {200: CompanyScroll.from_dict},
            None,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def search(
        self,
        *,
        body: CompanySearchRequest | CompanySearchRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        query: SearchQueryDict = NOT_GIVEN,
        pagination: StartingAfterPagingDict | None = NOT_GIVEN,
        sort: CompanySearchRequestSortDict = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Company, CompanyList]:
        """Search companies

        You can search for companies by the value of their attributes in order to fetch exactly the
        companies you want.

        To search for companies, send a `POST` request to `https://api.intercom.io/companies/search`, with a
        query object in the body defining your filters.

        Note that the API does not include companies who have no associated users in search results.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `15` results per page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiple's there can be:
        * There's a limit of max 2 nested filters
        * There's a limit of max 15 filters for each AND or OR group

        ### Accepted Fields

        Most keys listed as part of the Companies Model are searchable. The value you search for has to
        match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the
        `value` cannot be a string such as `"foobar"`).

        | Field                              | Type                           |
        | ---------------------------------- | ------------------------------ |
        | company_id                         | String                         |
        | name                               | String                         |
        | created_at                         | Date (UNIX Timestamp)          |
        | updated_at                         | Date (UNIX Timestamp)          |
        | remote_created_at                  | Date (UNIX Timestamp)          |
        | last_request_at                    | Date (UNIX Timestamp)          |
        | monthly_spend                      | Integer                        |
        | session_count                      | Integer                        |
        | user_count                         | Integer                        |
        | tag_id                             | String                         |
        | custom_attributes.{attribute_name} | String                         |

        The `plan.id` and `plan.name` fields are not searchable and return a `400` error with code
        `invalid_field`.

        ### Accepted Operators

        The table below shows the operators you can use to define how you want to search for the value. The
        operator should be put in as a string (`"="`). The operator has to be compatible with the field's
        type (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
        and dates). Searching by `tag_id` supports only the `=` and `!=` operators. The `IN` and `NIN`
        operators are not supported for Date fields.

        | Operator | Valid Types                      | Description
        |
        | :------- | :------------------------------- |
        :--------------------------------------------------------------- |
        | =        | All                              | Equals
        |
        | !=       | All                              | Doesn't Equal
        |
        | IN       | All except Date and tag_id       | In
        Shortcut for `OR` queries
        Values must be in Array       |
        | NIN      | All except Date and tag_id       | Not In
        Shortcut for `OR !` queries
        Values must be in Array |
        | >        | Integer
        Date (UNIX Timestamp) | Greater than                                                     |
        | <       | Integer
        Date (UNIX Timestamp) | Lower than                                                       |
        | ~        | String                           | Contains
        |
        | !~       | String                           | Doesn't Contain
        |
        | ^        | String                           | Starts With
        |
        | $        | String                           | Ends With
        |

        ### Sorting

        Pass an optional `sort` object with a `field` and an `order` (`ascending` or `descending`; defaults
        to `descending`) to order the results. An invalid `order` returns a `400` error with code
        `invalid_sort_order`. `tag_id` can be used as a filter but not as a sort field.

        Args:
            body (CompanySearchRequest | CompanySearchRequestDict): Search for companies using
                Intercom's Search API.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            query (SearchQueryDict): The body's field query (instead of body=).
            pagination (StartingAfterPagingDict | None): The body's field pagination (instead of
                body=).
            sort (CompanySearchRequestSortDict): The body's field sort (instead of body=). An optional
                object to sort the results by.
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
            AsyncPaginator[Company, CompanyList]
        """

        from ...models.company_list import CompanyList
        from ...models.company_search_request import CompanySearchRequest
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "CompanySearchRequest",
            request_body(
                body_fields(
                    body,
                    {"query": query, "pagination": pagination, "sort": sort},
                    "CompanySearchRequest",
                ),
                CompanySearchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/search",
            "extensions": {
                OPERATION: ("companies.search", "/companies/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.search_companies"],
            _kwargs,
            {200: CompanyList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Update a company

        You can update a single company using the Intercom provisioned `id`.

        Warning: Using `company_id`
        When updating a company it is not possible to update `company_id`. This can only be set once upon
        creation of the company.

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
            Company
        """

        from ...models.company import Company

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/companies/{id}".format(
                id=path_segment("id", id, "PUT /companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.update", "/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Company = await self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncCompaniesRawResource:
    """``client.companies.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCompaniesResource) -> None:
        raw = AsyncCompaniesResource(resource._client, raw=True)
        self.attach_contact = async_raw(raw.attach_contact)
        self.bulk_create = async_raw(raw.bulk_create)
        self.bulk_delete = async_raw(raw.bulk_delete)
        self.bulk_update = async_raw(raw.bulk_update)
        self.create_or_update = async_raw(raw.create_or_update)
        self.delete = async_raw(raw.delete)
        self.detach_contact = async_raw(raw.detach_contact)
        self.find = async_raw(raw.find)
        self.list_attached_segments = async_raw(raw.list_attached_segments)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_bulk_companies_job = async_raw(raw.retrieve_bulk_companies_job)
        self.update = async_raw(raw.update)


class CompaniesResource(SyncResource):
    """``client.companies`` of Intercom: 16 operations."""

    @property
    def with_raw_response(self) -> CompaniesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return CompaniesRawResource(self)

    def attach_contact(
        self,
        id: str,
        *,
        body: AttachContactToACompanyBody | AttachContactToACompanyBodyDict,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Attach a Contact to a Company

        You can attach a company to a single contact.

        Args:
            id (str):
            body (AttachContactToACompanyBody | AttachContactToACompanyBodyDict):
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
            Company
        """

        from ...models.attach_contact_to_a_company_body import AttachContactToACompanyBody
        from ...models.company import Company

        body = cast("AttachContactToACompanyBody", request_body(body, AttachContactToACompanyBody))
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/companies".format(
                id=path_segment("id", id, "POST /contacts/{id}/companies"),
            ),
            "extensions": {OPERATION: ("companies.attach_contact", "/contacts/{id}/companies")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Company = self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def bulk_create(
        self,
        *,
        body: BulkCreateCompaniesRequest | BulkCreateCompaniesRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        companies: Sequence[BulkCreateCompaniesRequestCompaniesItemDict] = NOT_GIVEN,
        job: BulkCreateCompaniesRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Bulk create or update companies

        You can bulk create or update companies by submitting an array of company objects. Each company is
        matched on the `company_id` you have defined for it: a new company is created if none exists with
        that `company_id`, otherwise the matching company is updated. This mirrors the single [Create or
        update a company](/docs/references/preview/rest-api/api.intercom.io/companies/createorupdatecompany)
        endpoint.

        The endpoint creates an async job that processes the items in the background. Use the returned job
        ID with `GET /companies/bulk/{id}` to check the job status.

        Note: Handling failures
        If an item fails validation, that item is rejected and the job's `state` ends as
        `completed_with_errors`. The other companies in the same request are still processed. The job
        `state` from `GET /companies/bulk/{id}` is the signal that one or more items were rejected.

        Note: Limits
        - Maximum of 100 companies per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkCreateCompaniesRequest | BulkCreateCompaniesRequestDict): Request body for bulk
                creating or updating companies.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            companies (Sequence[BulkCreateCompaniesRequestCompaniesItemDict]): The body's field
                companies (instead of body=). An array of company objects to create or update. Maximum 100
                companies per request.
            job (BulkCreateCompaniesRequestJobDict): The body's field job (instead of body=).
                Optional. Include to append tasks to an existing job.
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
            CompaniesBulkJob
        """

        from ...models.bulk_create_companies_request import BulkCreateCompaniesRequest
        from ...models.companies_bulk_job import CompaniesBulkJob

        body = cast(
            "BulkCreateCompaniesRequest",
            request_body(
                body_fields(
                    body,
                    {"companies": companies, "job": job},
                    "BulkCreateCompaniesRequest",
                ),
                BulkCreateCompaniesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/bulk",
            "extensions": {OPERATION: ("companies.bulk_create", "/companies/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = self._request(
            _kwargs,
            {202: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def bulk_delete(
        self,
        *,
        body: BulkDeleteCompaniesRequest | BulkDeleteCompaniesRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        companies: Sequence[BulkDeleteCompaniesRequestCompaniesItemDict] = NOT_GIVEN,
        job: BulkDeleteCompaniesRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Bulk delete companies

        You can bulk delete companies by submitting an array of companies, each identified by its Intercom
        company `id`. Deleting a company detaches all of its associated contacts but keeps the company
        record itself — the same archival behaviour as the single [Delete a
        company](/docs/references/preview/rest-api/api.intercom.io/companies/deletecompany) endpoint.

        The endpoint creates an async job that processes the deletes in the background. Use the returned job
        ID with `GET /companies/bulk/{id}` to check the job status.

        Note: Limits
        - Maximum of 100 companies per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkDeleteCompaniesRequest | BulkDeleteCompaniesRequestDict): Request body for bulk
                deleting companies.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            companies (Sequence[BulkDeleteCompaniesRequestCompaniesItemDict]): The body's field
                companies (instead of body=). An array of companies to delete, each identified by its
                Intercom company `id`. Maximum 100 companies per request.
            job (BulkDeleteCompaniesRequestJobDict): The body's field job (instead of body=).
                Optional. Include to append tasks to an existing job.
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
            CompaniesBulkJob
        """

        from ...models.bulk_delete_companies_request import BulkDeleteCompaniesRequest
        from ...models.companies_bulk_job import CompaniesBulkJob

        body = cast(
            "BulkDeleteCompaniesRequest",
            request_body(
                body_fields(
                    body,
                    {"companies": companies, "job": job},
                    "BulkDeleteCompaniesRequest",
                ),
                BulkDeleteCompaniesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/bulk/delete",
            "extensions": {OPERATION: ("companies.bulk_delete", "/companies/bulk/delete")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = self._request(
            _kwargs,
            {202: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def bulk_update(
        self,
        *,
        body: BulkUpdateCompaniesRequest | BulkUpdateCompaniesRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        companies: Sequence[BulkUpdateCompaniesRequestCompaniesItemDict] = NOT_GIVEN,
        job: BulkUpdateCompaniesRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Bulk update companies

        You can bulk update companies by submitting an array of company objects with the fields to update.
        Each company must include an `id` field identifying the company to update by its Intercom company
        `id`. An unknown `id` fails that item and never creates a company.

        Only the fields listed in the request schema below can be set. Any other fields in a company object
        are ignored.

        The endpoint creates an async job that processes the updates in the background. Use the returned job
        ID with `GET /companies/bulk/{id}` to check the job status.

        Note: Limits
        - Maximum of 100 companies per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkUpdateCompaniesRequest | BulkUpdateCompaniesRequestDict): Request body for bulk
                updating companies.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            companies (Sequence[BulkUpdateCompaniesRequestCompaniesItemDict]): The body's field
                companies (instead of body=). An array of company objects to update. Each must include an
                `id` and the fields to update. Maximum 100 companies per request.
            job (BulkUpdateCompaniesRequestJobDict): The body's field job (instead of body=).
                Optional. Include to append tasks to an existing job.
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
            CompaniesBulkJob
        """

        from ...models.bulk_update_companies_request import BulkUpdateCompaniesRequest
        from ...models.companies_bulk_job import CompaniesBulkJob

        body = cast(
            "BulkUpdateCompaniesRequest",
            request_body(
                body_fields(
                    body,
                    {"companies": companies, "job": job},
                    "BulkUpdateCompaniesRequest",
                ),
                BulkUpdateCompaniesRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/companies/bulk",
            "extensions": {OPERATION: ("companies.bulk_update", "/companies/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = self._request(
            _kwargs,
            {202: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create_or_update(
        self,
        *,
        body: CreateOrUpdateCompanyRequest | CreateOrUpdateCompanyRequestDict | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        company_id: str = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] = NOT_GIVEN,
        industry: str = NOT_GIVEN,
        monthly_spend: int = NOT_GIVEN,
        name: str = NOT_GIVEN,
        plan: str = NOT_GIVEN,
        remote_created_at: int = NOT_GIVEN,
        size: int = NOT_GIVEN,
        update_last_request_at: bool = NOT_GIVEN,
        website: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Create or Update a company

        You can create or update a company.

        Companies will be only visible in Intercom when there is at least one associated user.

        Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new
        company will be created, if found, that company will be updated.

        Warning: Using `company_id`
        You can set a unique `company_id` value when creating a company. However, it is not possible to
        update `company_id`. Be sure to set a unique value once upon creation of the company.

        Args:
            body (CreateOrUpdateCompanyRequest | CreateOrUpdateCompanyRequestDict | Unset): You can
                create or update a Company
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            company_id (str): The body's field company_id (instead of body=). The company id you have
                defined for the company. Can't be updated
            custom_attributes (Mapping[str, Any]): The body's field custom_attributes (instead of
                body=). A hash of key/value pairs containing any other data about the company you want
                Intercom to store.
            industry (str): The body's field industry (instead of body=). The industry that this
                company operates in.
            monthly_spend (int): The body's field monthly_spend (instead of body=). How much revenue
                the company generates for your business. Note that this will truncate floats. i.e. it only
                allow for whole integers, 155.98 will be truncated to 155. Note that this has an upper
                limit of 2**31-1 or 2147483647..
            name (str): The body's field name (instead of body=). The name of the Company
            plan (str): The body's field plan (instead of body=). The name of the plan you have
                associated with the company.
            remote_created_at (int): The body's field remote_created_at (instead of body=). The time
                the company was created by you.
            size (int): The body's field size (instead of body=). The number of employees in this
                company.
            update_last_request_at (bool): The body's field update_last_request_at (instead of body=).
                Set to true to update the company's last seen time to now.
            website (str): The body's field website (instead of body=). The URL for this company's
                website. Please note that the value specified here is not validated. Accepts any string.
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
            Company
        """

        from ...models.company import Company
        from ...models.create_or_update_company_request import CreateOrUpdateCompanyRequest

        body = cast(
            "CreateOrUpdateCompanyRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "company_id": company_id,
                        "custom_attributes": custom_attributes,
                        "industry": industry,
                        "monthly_spend": monthly_spend,
                        "name": name,
                        "plan": plan,
                        "remote_created_at": remote_created_at,
                        "size": size,
                        "update_last_request_at": update_last_request_at,
                        "website": website,
                    },
                    "CreateOrUpdateCompanyRequest",
                ),
                CreateOrUpdateCompanyRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies",
            "extensions": {OPERATION: ("companies.create_or_update", "/companies")},
        }

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Company = self._request(
            _kwargs,
            {200: Company.from_dict},
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
    ) -> DeletedCompanyObject:
        """Delete a company

        Delete a single company.

        This endpoint does not permanently remove the company. It archives the company record and detaches
        any contacts attached to it; the contacts themselves are not deleted. A `company.deleted` webhook is
        sent once archival completes.

        The endpoint returns `200` with `"deleted": true` as soon as the request is accepted — archival is
        processed asynchronously.

        Warning: Third-party integrations that sync companies into Intercom (for example, Salesforce or
        Chargebee) will recreate any company deleted through this endpoint on their next sync. To prevent
        recreation, remove or filter the company at the source integration before deleting it via the API.

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
            DeletedCompanyObject
        """

        from ...models.deleted_company_object import DeletedCompanyObject

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/companies/{id}".format(
                id=path_segment("id", id, "DELETE /companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.delete", "/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: DeletedCompanyObject = self._request(
            _kwargs,
            {200: DeletedCompanyObject.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def detach_contact(
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
    ) -> Company:
        """Detach a contact from a company

        You can detach a company from a single contact.

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
            Company
        """

        from ...models.company import Company

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{contact_id}/companies/{id}".format(
                contact_id=path_segment("contact_id", contact_id, "DELETE /contacts/{contact_id}/companies/{id}"),
                id=path_segment("id", id, "DELETE /contacts/{contact_id}/companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.detach_contact", "/contacts/{contact_id}/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Company = self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def find(
        self,
        *,
        name: str | Unset = UNSET,
        company_id: str | Unset = UNSET,
        tag_id: str | Unset = UNSET,
        segment_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company | CompanyList:
        """Retrieve companies

        You can fetch a single company by passing in `company_id` or `name`.

          `https://api.intercom.io/companies?name={name}`

          `https://api.intercom.io/companies?company_id={company_id}`

        You can fetch all companies and filter by `segment_id` or `tag_id` as a query parameter.

          `https://api.intercom.io/companies?tag_id={tag_id}`

          `https://api.intercom.io/companies?segment_id={segment_id}`

        Args:
            name (str | Unset):
            company_id (str | Unset):
            tag_id (str | Unset):
            segment_id (str | Unset):
            page (int | Unset):
            per_page (int | Unset):
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
            Company | CompanyList
        """

        from ...models.company import Company
        from ...models.company_list import CompanyList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["name"] = name
        params["company_id"] = company_id
        params["tag_id"] = tag_id
        params["segment_id"] = segment_id
        params["page"] = page
        params["per_page"] = per_page
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies",
            "extensions": {OPERATION: ("companies.find", "/companies")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Company | CompanyList = self._request(
            _kwargs,
            {200: one_of(Company.from_dict, CompanyList.from_dict)},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        order: str | Unset = UNSET,
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
    ) -> SyncPaginator[Company, CompanyList]:
        """List all companies

        You can list companies. The company list is sorted by the `last_request_at` field and by default is
        ordered descending, most recently requested first.

        Note that the API does not include companies who have no associated users in list responses.

        When using the Companies endpoint and the pages object to iterate through the returned companies,
        there is a limit of 10,000 Companies that can be returned. If you need to list or iterate on more
        than 10,000 Companies, please use the [Scroll
        API](https://developers.intercom.com/reference#iterating-over-all-companies).

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `20` results per
        page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

        Args:
            order (str | Unset):
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
            SyncPaginator[Company, CompanyList]
        """

        from ...models.company_list import CompanyList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["order"] = order
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/list",
            "extensions": {OPERATION: ("companies.list", "/companies/list")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.list_all_companies"],
            _kwargs,
            {200: CompanyList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_attached_contacts(
        self,
        id: str,
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
    ) -> SyncPaginator[Contact, CompanyAttachedContacts]:
        """List attached contacts

        You can fetch a list of all contacts that belong to a company.

        Args:
            id (str):
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
            SyncPaginator[Contact, CompanyAttachedContacts]
        """

        from ...models.company_attached_contacts import CompanyAttachedContacts
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{id}/contacts".format(
                id=path_segment("id", id, "GET /companies/{id}/contacts"),
            ),
            "extensions": {OPERATION: ("companies.list_attached_contacts", "/companies/{id}/contacts")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.list_attached_contacts"],
            _kwargs,
            {200: CompanyAttachedContacts.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_attached_segments(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompanyAttachedSegments:
        """List attached segments for companies

        You can fetch a list of all segments that belong to a company.

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
            CompanyAttachedSegments
        """

        from ...models.company_attached_segments import CompanyAttachedSegments

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{id}/segments".format(
                id=path_segment("id", id, "GET /companies/{id}/segments"),
            ),
            "extensions": {OPERATION: ("companies.list_attached_segments", "/companies/{id}/segments")},
        }
        _kwargs["headers"] = headers

        parsed: CompanyAttachedSegments = self._request(
            _kwargs,
            {200: CompanyAttachedSegments.from_dict},
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
    ) -> Company:
        """Retrieve a company by ID

        You can fetch a single company.

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
            Company
        """

        from ...models.company import Company

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{id}".format(
                id=path_segment("id", id, "GET /companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.retrieve", "/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Company = self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_bulk_companies_job(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CompaniesBulkJob:
        """Get a bulk companies job

        You can check the status of a bulk companies job. The `state` field indicates the overall job
        progress: `pending`, `running`, `completed`, or `completed_with_errors`.

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
            CompaniesBulkJob
        """

        from ...models.companies_bulk_job import CompaniesBulkJob

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/bulk/{id}".format(
                id=path_segment("id", id, "GET /companies/bulk/{id}"),
            ),
            "extensions": {OPERATION: ("companies.retrieve_bulk_companies_job", "/companies/bulk/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: CompaniesBulkJob = self._request(
            _kwargs,
            {200: CompaniesBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def scroll(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Company, CompanyScroll]:
        """Scroll over all companies

        The `list all companies` functionality does not work well for huge datasets, and can result in
        errors and performance problems when paging deeply. The Scroll API provides an efficient mechanism
        for iterating over all companies in a dataset.

        - Each app can only have 1 scroll open at a time. You'll get an error message if you try to have
        more than one open per app.
        - If the scroll isn't used for 1 minute, it expires and calls with that scroll param will fail
        - If the end of the scroll is reached, "companies" will be empty and the scroll parameter will
        expire

        Note: Scroll Parameter
        You can get the first page of companies by simply sending a GET request to the scroll endpoint.
        For subsequent requests you will need to use the scroll parameter from the response.

        Warning: Scroll network timeouts
        Since scroll is often used on large datasets network errors such as timeouts can be encountered.
        When this occurs you will see a HTTP 500 error with the following message:
        "Request failed due to an internal network error. Please restart the scroll operation."
        If this happens, you will need to restart your scroll query: It is not possible to continue from a
        specific point when using scroll.

        Args:
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
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
            SyncPaginator[Company, CompanyScroll]
        """

        from ...models.company_scroll import CompanyScroll
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/scroll",
            "extensions": {OPERATION: ("companies.scroll", "/companies/scroll")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.scroll_over_all_companies"],
            _kwargs,
            {200: CompanyScroll.from_dict},
            None,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def search(
        self,
        *,
        body: CompanySearchRequest | CompanySearchRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        query: SearchQueryDict = NOT_GIVEN,
        pagination: StartingAfterPagingDict | None = NOT_GIVEN,
        sort: CompanySearchRequestSortDict = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Company, CompanyList]:
        """Search companies

        You can search for companies by the value of their attributes in order to fetch exactly the
        companies you want.

        To search for companies, send a `POST` request to `https://api.intercom.io/companies/search`, with a
        query object in the body defining your filters.

        Note that the API does not include companies who have no associated users in search results.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `15` results per page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiple's there can be:
        * There's a limit of max 2 nested filters
        * There's a limit of max 15 filters for each AND or OR group

        ### Accepted Fields

        Most keys listed as part of the Companies Model are searchable. The value you search for has to
        match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the
        `value` cannot be a string such as `"foobar"`).

        | Field                              | Type                           |
        | ---------------------------------- | ------------------------------ |
        | company_id                         | String                         |
        | name                               | String                         |
        | created_at                         | Date (UNIX Timestamp)          |
        | updated_at                         | Date (UNIX Timestamp)          |
        | remote_created_at                  | Date (UNIX Timestamp)          |
        | last_request_at                    | Date (UNIX Timestamp)          |
        | monthly_spend                      | Integer                        |
        | session_count                      | Integer                        |
        | user_count                         | Integer                        |
        | tag_id                             | String                         |
        | custom_attributes.{attribute_name} | String                         |

        The `plan.id` and `plan.name` fields are not searchable and return a `400` error with code
        `invalid_field`.

        ### Accepted Operators

        The table below shows the operators you can use to define how you want to search for the value. The
        operator should be put in as a string (`"="`). The operator has to be compatible with the field's
        type (eg. you cannot search with `>` for a given string value as it's only compatible for integer's
        and dates). Searching by `tag_id` supports only the `=` and `!=` operators. The `IN` and `NIN`
        operators are not supported for Date fields.

        | Operator | Valid Types                      | Description
        |
        | :------- | :------------------------------- |
        :--------------------------------------------------------------- |
        | =        | All                              | Equals
        |
        | !=       | All                              | Doesn't Equal
        |
        | IN       | All except Date and tag_id       | In
        Shortcut for `OR` queries
        Values must be in Array       |
        | NIN      | All except Date and tag_id       | Not In
        Shortcut for `OR !` queries
        Values must be in Array |
        | >        | Integer
        Date (UNIX Timestamp) | Greater than                                                     |
        | <       | Integer
        Date (UNIX Timestamp) | Lower than                                                       |
        | ~        | String                           | Contains
        |
        | !~       | String                           | Doesn't Contain
        |
        | ^        | String                           | Starts With
        |
        | $        | String                           | Ends With
        |

        ### Sorting

        Pass an optional `sort` object with a `field` and an `order` (`ascending` or `descending`; defaults
        to `descending`) to order the results. An invalid `order` returns a `400` error with code
        `invalid_sort_order`. `tag_id` can be used as a filter but not as a sort field.

        Args:
            body (CompanySearchRequest | CompanySearchRequestDict): Search for companies using
                Intercom's Search API.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            query (SearchQueryDict): The body's field query (instead of body=).
            pagination (StartingAfterPagingDict | None): The body's field pagination (instead of
                body=).
            sort (CompanySearchRequestSortDict): The body's field sort (instead of body=). An optional
                object to sort the results by.
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
            SyncPaginator[Company, CompanyList]
        """

        from ...models.company_list import CompanyList
        from ...models.company_search_request import CompanySearchRequest
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "CompanySearchRequest",
            request_body(
                body_fields(
                    body,
                    {"query": query, "pagination": pagination, "sort": sort},
                    "CompanySearchRequest",
                ),
                CompanySearchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/search",
            "extensions": {
                OPERATION: ("companies.search", "/companies/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.companies.search_companies"],
            _kwargs,
            {200: CompanyList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Company:
        """Update a company

        You can update a single company using the Intercom provisioned `id`.

        Warning: Using `company_id`
        When updating a company it is not possible to update `company_id`. This can only be set once upon
        creation of the company.

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
            Company
        """

        from ...models.company import Company

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/companies/{id}".format(
                id=path_segment("id", id, "PUT /companies/{id}"),
            ),
            "extensions": {OPERATION: ("companies.update", "/companies/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Company = self._request(
            _kwargs,
            {200: Company.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class CompaniesRawResource:
    """``client.companies.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: CompaniesResource) -> None:
        raw = CompaniesResource(resource._client, raw=True)
        self.attach_contact = sync_raw(raw.attach_contact)
        self.bulk_create = sync_raw(raw.bulk_create)
        self.bulk_delete = sync_raw(raw.bulk_delete)
        self.bulk_update = sync_raw(raw.bulk_update)
        self.create_or_update = sync_raw(raw.create_or_update)
        self.delete = sync_raw(raw.delete)
        self.detach_contact = sync_raw(raw.detach_contact)
        self.find = sync_raw(raw.find)
        self.list_attached_segments = sync_raw(raw.list_attached_segments)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_bulk_companies_job = sync_raw(raw.retrieve_bulk_companies_job)
        self.update = sync_raw(raw.update)
