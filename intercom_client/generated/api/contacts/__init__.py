# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.contacts``: the contacts resource of both clients, one method per operation.

``ContactsResource`` is the sync one (on ``Intercom``), ``AsyncContactsResource`` the async one (on
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
    from ...models.bulk_create_contacts_request import BulkCreateContactsRequest, BulkCreateContactsRequestDict
    from ...models.bulk_create_contacts_request_contacts_item import BulkCreateContactsRequestContactsItemDict
    from ...models.bulk_create_contacts_request_job import BulkCreateContactsRequestJobDict
    from ...models.bulk_delete_contacts_request import BulkDeleteContactsRequest, BulkDeleteContactsRequestDict
    from ...models.bulk_delete_contacts_request_contacts_item import BulkDeleteContactsRequestContactsItemDict
    from ...models.bulk_delete_contacts_request_job import BulkDeleteContactsRequestJobDict
    from ...models.bulk_update_contacts_request import BulkUpdateContactsRequest, BulkUpdateContactsRequestDict
    from ...models.bulk_update_contacts_request_contacts_item import BulkUpdateContactsRequestContactsItemDict
    from ...models.bulk_update_contacts_request_job import BulkUpdateContactsRequestJobDict
    from ...models.company import Company
    from ...models.contact import Contact
    from ...models.contact_activity import ContactActivity
    from ...models.contact_activity_list import ContactActivityList
    from ...models.contact_archived import ContactArchived
    from ...models.contact_attached_companies import ContactAttachedCompanies
    from ...models.contact_blocked import ContactBlocked
    from ...models.contact_deleted import ContactDeleted
    from ...models.contact_list import ContactList
    from ...models.contact_search_request import ContactSearchRequest, ContactSearchRequestDict
    from ...models.contact_search_request_sort import ContactSearchRequestSortDict
    from ...models.contact_segments import ContactSegments
    from ...models.contact_unarchived import ContactUnarchived
    from ...models.contacts_bulk_job import ContactsBulkJob
    from ...models.create_contact_request import CreateContactRequest, CreateContactRequestDict
    from ...models.intercom_version import IntercomVersion
    from ...models.list_contact_merge_history_order import ListContactMergeHistoryOrder
    from ...models.merge_contacts_request import MergeContactsRequest, MergeContactsRequestDict
    from ...models.merge_history_item import MergeHistoryItem
    from ...models.merge_history_list import MergeHistoryList
    from ...models.merge_preview_allowed import MergePreviewAllowed
    from ...models.merge_preview_blocked import MergePreviewBlocked
    from ...models.merge_preview_request import MergePreviewRequest, MergePreviewRequestDict
    from ...models.starting_after_paging import StartingAfterPagingDict
    from ...models.subscription_type_list import SubscriptionTypeList
    from ...models.tag_list import TagList
    from ...models.update_contact_request import UpdateContactRequest, UpdateContactRequestDict
    from ...types import AsyncPaginator, Cursor, SearchQueryDict, SyncPaginator, TimeoutTypes

__all__ = ["AsyncContactsResource", "ContactsResource"]


class AsyncContactsResource(AsyncResource):
    """``client.contacts`` of AsyncIntercom: 22 operations."""

    @property
    def with_raw_response(self) -> AsyncContactsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncContactsRawResource(self)

    async def archive(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactArchived:
        """Archive contact

        You can archive a single contact.

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
            ContactArchived
        """

        from ...models.contact_archived import ContactArchived

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/archive".format(
                id=path_segment("id", id, "POST /contacts/{id}/archive"),
            ),
            "extensions": {OPERATION: ("contacts.archive", "/contacts/{id}/archive")},
        }
        _kwargs["headers"] = headers

        parsed: ContactArchived = await self._request(
            _kwargs,
            {200: ContactArchived.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def block(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactBlocked:
        """Block contact

        Block a single contact.
        **Note:** conversations of the contact will also be archived during the process.
        More details in [FAQ How do I block Inbox
        spam?](https://www.intercom.com/help/en/articles/8838656-inbox-faqs)

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
            ContactBlocked
        """

        from ...models.contact_blocked import ContactBlocked

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/block".format(
                id=path_segment("id", id, "POST /contacts/{id}/block"),
            ),
            "extensions": {OPERATION: ("contacts.block", "/contacts/{id}/block")},
        }
        _kwargs["headers"] = headers

        parsed: ContactBlocked = await self._request(
            _kwargs,
            {200: ContactBlocked.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def bulk_create(
        self,
        *,
        body: BulkCreateContactsRequest | BulkCreateContactsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[BulkCreateContactsRequestContactsItemDict] = NOT_GIVEN,
        job: BulkCreateContactsRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Bulk create contacts

        You can bulk create contacts by submitting an array of contact objects. This is a **strict create**
        and never updates an existing contact.

        The endpoint creates an async job that processes the items in the background. Use the returned job
        ID with `GET /contacts/bulk/{id}` to check the job status.

        Only the fields listed in the request schema below can be set. Any other fields in a contact object
        are ignored.

        Note: Handling existing contacts
        If a contact already exists with the given `external_id` or `email` (including an archived contact),
        that item is rejected and the job's `state` ends as `completed_with_errors`. New contacts in the
        same request are still created. The job `state` from `GET /contacts/bulk/{id}` is the signal that
        one or more items were rejected.

        Created contacts aren't returned with IDs in the response. Look them up afterwards with [Get a
        contact by External ID](/docs/references/preview/rest-
        api/api.intercom.io/contacts/showcontactbyexternalid) or [Search
        contacts](/docs/references/preview/rest-api/api.intercom.io/contacts/searchcontacts).

        Note: Limits
        - Maximum of 100 contacts per request.
        - You can append tasks to an existing job by including `job.id` in the request body.
        - Tag application is best-effort and processed asynchronously: unknown tag IDs are skipped, and per-
        tag results are not returned in the job status.

        Args:
            body (BulkCreateContactsRequest | BulkCreateContactsRequestDict): Request body for bulk
                creating contacts.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[BulkCreateContactsRequestContactsItemDict]): The body's field contacts
                (instead of body=). An array of contact objects to create. Maximum 100 contacts per
                request.
            job (BulkCreateContactsRequestJobDict): The body's field job (instead of body=). Optional.
                Include to append tasks to an existing job.
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
            ContactsBulkJob
        """

        from ...models.bulk_create_contacts_request import BulkCreateContactsRequest
        from ...models.contacts_bulk_job import ContactsBulkJob

        body = cast(
            "BulkCreateContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"contacts": contacts, "job": job},
                    "BulkCreateContactsRequest",
                ),
                BulkCreateContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/bulk",
            "extensions": {OPERATION: ("contacts.bulk_create", "/contacts/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = await self._request(
            _kwargs,
            {202: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def bulk_delete(
        self,
        *,
        body: BulkDeleteContactsRequest | BulkDeleteContactsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[BulkDeleteContactsRequestContactsItemDict] = NOT_GIVEN,
        job: BulkDeleteContactsRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Bulk delete contacts

        You can delete contacts in bulk by submitting an array of contact `id`s.

        The endpoint creates an async job that processes the deletes in the background. Use the returned job
        ID with `GET /contacts/bulk/{id}` to check the job status.

        Warning: Permanent deletion
        A contact that doesn't exist, or can't be deleted, fails that item and the job's `state` ends as
        `completed_with_errors` (visible via `GET /contacts/bulk/{id}`) without failing the rest of the
        batch.

        Note: Limits
        - Maximum of 100 contacts per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkDeleteContactsRequest | BulkDeleteContactsRequestDict): Request body for
                permanently bulk deleting contacts.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[BulkDeleteContactsRequestContactsItemDict]): The body's field contacts
                (instead of body=). An array of contacts to delete, each identified by `id`. Maximum 100
                contacts per request.
            job (BulkDeleteContactsRequestJobDict): The body's field job (instead of body=). Optional.
                Include to append tasks to an existing job.
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
            ContactsBulkJob
        """

        from ...models.bulk_delete_contacts_request import BulkDeleteContactsRequest
        from ...models.contacts_bulk_job import ContactsBulkJob

        body = cast(
            "BulkDeleteContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"contacts": contacts, "job": job},
                    "BulkDeleteContactsRequest",
                ),
                BulkDeleteContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/bulk/delete",
            "extensions": {OPERATION: ("contacts.bulk_delete", "/contacts/bulk/delete")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = await self._request(
            _kwargs,
            {202: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def bulk_update(
        self,
        *,
        body: BulkUpdateContactsRequest | BulkUpdateContactsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[BulkUpdateContactsRequestContactsItemDict] = NOT_GIVEN,
        job: BulkUpdateContactsRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Bulk update contacts

        You can bulk update contacts by submitting an array of contact objects with the fields to update.
        Each contact must include an `id` field identifying the contact to update. You can also add or
        remove tags on each contact by including a `tags` object.

        Only the fields listed in the request schema below can be set. Any other fields in a contact object
        are ignored.

        The endpoint creates an async job that processes the updates in the background. Use the returned job
        ID with `GET /contacts/bulk/{id}` to check the job status.

        Note: Limits
        - Maximum of 100 contacts per request.
        - You can append tasks to an existing job by including `job.id` in the request body.
        - Tag application is best-effort and processed asynchronously: unknown tag IDs are skipped, and per-
        tag results are not returned in the job status.

        Args:
            body (BulkUpdateContactsRequest | BulkUpdateContactsRequestDict): Request body for bulk
                updating contacts.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[BulkUpdateContactsRequestContactsItemDict]): The body's field contacts
                (instead of body=). An array of contact objects to update. Each must include an `id` and
                the fields to update. Maximum 100 contacts per request.
            job (BulkUpdateContactsRequestJobDict): The body's field job (instead of body=). Optional.
                Include to append tasks to an existing job.
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
            ContactsBulkJob
        """

        from ...models.bulk_update_contacts_request import BulkUpdateContactsRequest
        from ...models.contacts_bulk_job import ContactsBulkJob

        body = cast(
            "BulkUpdateContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"contacts": contacts, "job": job},
                    "BulkUpdateContactsRequest",
                ),
                BulkUpdateContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/contacts/bulk",
            "extensions": {OPERATION: ("contacts.bulk_update", "/contacts/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = await self._request(
            _kwargs,
            {202: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create(
        self,
        *,
        body: CreateContactRequest | CreateContactRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        avatar: str | None = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] | None = NOT_GIVEN,
        email: str = NOT_GIVEN,
        email_verified: bool | None = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        language_override: str | None = NOT_GIVEN,
        last_seen_at: int | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        owner_id: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        role: str = NOT_GIVEN,
        signed_up_at: int | None = NOT_GIVEN,
        unsubscribed_from_emails: bool | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Create contact

        You can create a new contact (ie. user or lead).

        Args:
            body (CreateContactRequest | CreateContactRequestDict): Payload to create a contact
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            avatar (str | None): The body's field avatar (instead of body=). An image URL containing
                the avatar of a contact
            custom_attributes (Mapping[str, Any] | None): The body's field custom_attributes (instead
                of body=).
            email (str): The body's field email (instead of body=). The contacts email
            email_verified (bool | None): The body's field email_verified (instead of body=). Whether
                the contact's email address has been verified. Set to true to indicate you have verified
                the contact owns this email address, or false to mark it as unverified. Must be supplied
                together with an email in the same request; sending it without an email returns a 400.
            external_id (str): The body's field external_id (instead of body=). A unique identifier
                for the contact which is given to Intercom
            language_override (str | None): The body's field language_override (instead of body=). A
                preferred language setting for the contact, used by Intercom as the language of Fin and
                the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
                language codes. If an unsupported code is supplied, the field will be set to null.
            last_seen_at (int | None): The body's field last_seen_at (instead of body=). (Unix
                timestamp in seconds) The time when the contact was last seen (either where the Intercom
                Messenger was installed or when specified manually).
            name (str | None): The body's field name (instead of body=). The contacts name
            owner_id (str | None): The body's field owner_id (instead of body=). The id of an admin
                that has been assigned account ownership of the contact
            phone (str | None): The body's field phone (instead of body=). The contacts phone
            role (str): The body's field role (instead of body=). The role of the contact.
            signed_up_at (int | None): The body's field signed_up_at (instead of body=). (Unix
                timestamp in seconds) The time specified for when a contact signed up.
            unsubscribed_from_emails (bool | None): The body's field unsubscribed_from_emails (instead
                of body=). Whether the contact is unsubscribed from emails
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
        from ...models.create_contact_request import CreateContactRequest

        body = cast(
            "CreateContactRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "avatar": avatar,
                        "custom_attributes": custom_attributes,
                        "email": email,
                        "email_verified": email_verified,
                        "external_id": external_id,
                        "language_override": language_override,
                        "last_seen_at": last_seen_at,
                        "name": name,
                        "owner_id": owner_id,
                        "phone": phone,
                        "role": role,
                        "signed_up_at": signed_up_at,
                        "unsubscribed_from_emails": unsubscribed_from_emails,
                    },
                    "CreateContactRequest",
                ),
                CreateContactRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts",
            "extensions": {OPERATION: ("contacts.create", "/contacts")},
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
    ) -> ContactDeleted:
        """Delete a contact

        You can delete a single contact.

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
            ContactDeleted
        """

        from ...models.contact_deleted import ContactDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{id}".format(
                id=path_segment("id", id, "DELETE /contacts/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.delete", "/contacts/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContactDeleted = await self._request(
            _kwargs,
            {200: ContactDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        include_merge_history: bool | Unset = UNSET,
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
    ) -> AsyncPaginator[Contact, ContactList]:
        """List all contacts

        You can fetch a list of all contacts (ie. users or leads) in your workspace.

        Note: Merged contacts
        Contacts that have been merged (via POST /contacts/merge) will not appear in list results. Only the
        target contact from the merge remains accessible.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `50` results per
        page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

        Args:
            include_merge_history (bool | Unset):
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
            AsyncPaginator[Contact, ContactList]
        """

        from ...models.contact_list import ContactList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts",
            "extensions": {OPERATION: ("contacts.list", "/contacts")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_contacts"],
            _kwargs,
            {200: ContactList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_activities(
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
    ) -> AsyncPaginator[ContactActivity, ContactActivityList]:
        """List all contact activities

        You can fetch a list of contact activity events for your workspace, such as when contacts are
        created, role updated, merged, or deleted. Events are returned oldest first.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `50` results per
        page, with a maximum of `150`.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

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
            AsyncPaginator[ContactActivity, ContactActivityList]
        """

        from ...models.contact_activity_list import ContactActivityList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/activities",
            "extensions": {OPERATION: ("contacts.list_activities", "/contacts/activities")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_contact_activities"],
            _kwargs,
            {200: ContactActivityList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_companies(
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
    ) -> AsyncPaginator[Company, ContactAttachedCompanies]:
        """List attached companies for contact

        You can fetch a list of companies that are associated to a contact.

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
            AsyncPaginator[Company, ContactAttachedCompanies]
        """

        from ...models.contact_attached_companies import ContactAttachedCompanies
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/companies".format(
                id=path_segment("id", id, "GET /contacts/{id}/companies"),
            ),
            "extensions": {OPERATION: ("contacts.list_companies", "/contacts/{id}/companies")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_companies_for_a_contact"],
            _kwargs,
            {200: ContactAttachedCompanies.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_merge_history(
        self,
        id: str,
        *,
        order: ListContactMergeHistoryOrder | Unset = UNSET,
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
    ) -> AsyncPaginator[MergeHistoryItem, MergeHistoryList]:
        """Get contact merge history

        Retrieve the paginated list of contacts that have been merged into a given contact.

        Only available for contacts with a `user` role. Returns a `404` if the contact is not found or has a
        `lead` role.

        Args:
            id (str):
            order (ListContactMergeHistoryOrder | Unset):
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
            AsyncPaginator[MergeHistoryItem, MergeHistoryList]
        """

        from ...models.merge_history_list import MergeHistoryList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_order: str | Unset = UNSET
        if not isinstance(order, Unset):
            json_order = order

        params["order"] = json_order
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/merge_history".format(
                id=path_segment("id", id, "GET /contacts/{id}/merge_history"),
            ),
            "extensions": {OPERATION: ("contacts.list_merge_history", "/contacts/{id}/merge_history")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_contact_merge_history"],
            _kwargs,
            {200: MergeHistoryList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list_segments(
        self,
        contact_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactSegments:
        """List attached segments for contact

        You can fetch a list of segments that are associated to a contact.

        Args:
            contact_id (str):
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
            ContactSegments
        """

        from ...models.contact_segments import ContactSegments

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{contact_id}/segments".format(
                contact_id=path_segment("contact_id", contact_id, "GET /contacts/{contact_id}/segments"),
            ),
            "extensions": {OPERATION: ("contacts.list_segments", "/contacts/{contact_id}/segments")},
        }
        _kwargs["headers"] = headers

        parsed: ContactSegments = await self._request(
            _kwargs,
            {200: ContactSegments.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_subscriptions(
        self,
        contact_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubscriptionTypeList:
        """List subscriptions for a contact

        You can fetch a list of subscription types that are attached to a contact. These can be
        subscriptions that a user has 'opted-in' to or has 'opted-out' from, depending on the subscription
        type.
        This will return a list of Subscription Type objects that the contact is associated with.

        The data property will show a combined list of:

          1.Opt-out subscription types that the user has opted-out from.
          2.Opt-in subscription types that the user has opted-in to receiving.

        **Note:** This endpoint only returns subscriptions where the contact has explicitly configured their
        preference. Subscriptions that are in the default state — where the contact has not made an explicit
        opt-in or opt-out choice — are not included in the response.

        Args:
            contact_id (str):
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
            "url": "/contacts/{contact_id}/subscriptions".format(
                contact_id=path_segment("contact_id", contact_id, "GET /contacts/{contact_id}/subscriptions"),
            ),
            "extensions": {OPERATION: ("contacts.list_subscriptions", "/contacts/{contact_id}/subscriptions")},
        }
        _kwargs["headers"] = headers

        parsed: SubscriptionTypeList = await self._request(
            _kwargs,
            {200: SubscriptionTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def list_tags(
        self,
        contact_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TagList:
        """List tags attached to a contact

        You can fetch a list of all tags that are attached to a specific contact.

        Args:
            contact_id (str):
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
            "url": "/contacts/{contact_id}/tags".format(
                contact_id=path_segment("contact_id", contact_id, "GET /contacts/{contact_id}/tags"),
            ),
            "extensions": {OPERATION: ("contacts.list_tags", "/contacts/{contact_id}/tags")},
        }
        _kwargs["headers"] = headers

        parsed: TagList = await self._request(
            _kwargs,
            {200: TagList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def merge(
        self,
        *,
        body: MergeContactsRequest | MergeContactsRequestDict = NOT_GIVEN,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_: str = NOT_GIVEN,
        into: str = NOT_GIVEN,
        skip_duplicate_validation: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Merge a lead and a user

        You can merge a contact with a `role` of `lead` into a contact with a `role` of `user`.

        Warning: Merged contacts are not retrievable via the API
        Once a merge is completed, the source contact (`from`) is permanently removed from the active
        contact list. This means:
        - **GET /contacts/{id}** — Requesting the source contact by its original ID will return `410 Gone`
        with a `Link` header pointing to the canonical (merged-into) contact.
        - **POST /contacts/search** — The source contact will not appear in search results, including
        queries filtered by `updated_at`.
        - **GET /contacts** — The source contact will not appear in list results.

        Only the target contact (`into`) remains accessible. If your application stores contact IDs, update
        them to use the target contact's ID after a merge.

        Args:
            body (MergeContactsRequest | MergeContactsRequestDict): Merge contact data.
            include_merge_history (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_ (str): The body's field from (instead of body=). The unique identifier for the
                contact to merge away from. Must be a lead.
            into (str): The body's field into (instead of body=). The unique identifier for the
                contact to merge into. Must be a user.
            skip_duplicate_validation (bool): The body's field skip_duplicate_validation (instead of
                body=). Set to `true` to merge two contacts that are not duplicates (they share no
                matching email or phone).
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
        from ...models.merge_contacts_request import MergeContactsRequest

        body = cast(
            "MergeContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"from": from_, "into": into, "skip_duplicate_validation": skip_duplicate_validation},
                    "MergeContactsRequest",
                ),
                MergeContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/merge",
            "extensions": {OPERATION: ("contacts.merge", "/contacts/merge")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Contact = await self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def preview_merge(
        self,
        *,
        body: MergePreviewRequest | MergePreviewRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_: str = NOT_GIVEN,
        into: str = NOT_GIVEN,
        skip_duplicate_validation: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MergePreviewAllowed | MergePreviewBlocked:
        """Preview a contact merge

        Preview the result of merging one contact into another without applying the merge. This is a read-
        only dry run: it reports whether the merge is allowed and, if so, exactly what would change,
        **without modifying any data**.

        Send the same `from` (a `lead`) and `into` (a `user`) contact IDs you would pass to [Merge a lead
        and a user](/docs/references/preview/rest-api/api.intercom.io/contacts/mergecontact).

        - When `allowed` is `true`, the response contains a `summary`: every attribute change (with the
        resulting value on the surviving contact) and, for each object type, two counts — `from`, how many
        are on the lead and would move to the user, and `into`, how many the user already has. Counts are
        reported for conversations, tickets, phone calls, notes, and tags. `conversations` counts non-ticket
        conversations only; tickets are reported separately under `tickets`, and `phone_calls` is present
        only for phone-lead merges.
        - When `allowed` is `false`, the response contains `reasons`. Each reason has a stable `code` you
        can branch on and a human-readable `message` you can display.

        Warning: Previewing non-duplicate contacts
        By default a merge requires the two contacts to share an identifier (email, phone, or external ID).
        Set `skip_duplicate_validation` to `true` to preview a merge of contacts that don't — the same rule
        the merge endpoint enforces.

        When `allowed` is `false`, `reasons[].code` is one of:

        | code | meaning |
        | --- | --- |
        | `invalid_merge_role_pair` | The `from`/`into` roles aren't mergeable. `from` must be a lead and
        `into` a user. |
        | `no_shared_identifier` | The contacts share no email, phone, or external ID. Set
        `skip_duplicate_validation` to preview anyway. |
        | `facebook_user` | Facebook contacts can't be merged. |
        | `external_lead_channel_not_allowed` | The source is an external-channel lead that isn't eligible
        for merging. |
        | `mailing_list` | Contacts created from a mailing list can't be merged. |

        Args:
            body (MergePreviewRequest | MergePreviewRequestDict): Preview a contact merge.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_ (str): The body's field from (instead of body=). The unique identifier for the
                contact to merge away from. Must be a lead.
            into (str): The body's field into (instead of body=). The unique identifier for the
                contact to merge into. Must be a user.
            skip_duplicate_validation (bool): The body's field skip_duplicate_validation (instead of
                body=). When true, previews the merge even if the contacts don't share a common
                identifier. Defaults to false.
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
            MergePreviewAllowed | MergePreviewBlocked
        """

        from ...models.merge_preview_allowed import MergePreviewAllowed
        from ...models.merge_preview_blocked import MergePreviewBlocked
        from ...models.merge_preview_request import MergePreviewRequest

        body = cast(
            "MergePreviewRequest",
            request_body(
                body_fields(
                    body,
                    {"from": from_, "into": into, "skip_duplicate_validation": skip_duplicate_validation},
                    "MergePreviewRequest",
                ),
                MergePreviewRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/merge/preview",
            "extensions": {OPERATION: ("contacts.preview_merge", "/contacts/merge/preview")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: MergePreviewAllowed | MergePreviewBlocked = await self._request(
            _kwargs,
            {200: one_of(MergePreviewAllowed.from_dict, MergePreviewBlocked.from_dict)},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve(
        self,
        id: str,
        *,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Get a contact

        You can fetch the details of a single contact.

        Note: Merged contacts return 410 Gone
        If a contact has been merged into another contact via the Merge endpoint (`POST /contacts/merge`),
        requesting it by its original ID will return **HTTP 410 Gone** with a `Link` header pointing to the
        canonical (merged-into) contact.

        **Response headers:**

        ::

            Link: </contacts/{canonical_id}>; rel="canonical"

        **Response body:**

        ::

            {
              "type": "error.list",
              "errors": [{ "code": "contact_merged", "message": "This contact has been merged. See the 'Link' header for the canonical contact." }]
            }

        The `Link` header contains the path to the final merge target, resolving multi-hop merge chains (up
        to 3 hops).

        Args:
            id (str):
            include_merge_history (bool | Unset):
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
            Contact
        """

        from ...models.contact import Contact

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}".format(
                id=path_segment("id", id, "GET /contacts/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.retrieve", "/contacts/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Contact = await self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_bulk_update_contacts_job(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Get a bulk update job

        You can check the status of a bulk contact update job. The `state` field indicates the overall job
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
            ContactsBulkJob
        """

        from ...models.contacts_bulk_job import ContactsBulkJob

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/bulk/{id}".format(
                id=path_segment("id", id, "GET /contacts/bulk/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.retrieve_bulk_update_contacts_job", "/contacts/bulk/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = await self._request(
            _kwargs,
            {200: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_by_external_id(
        self,
        external_id: str,
        *,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Get a contact by External ID

        You can fetch the details of a single contact by external ID. Note that this endpoint only supports
        users and not leads.

        Note: Merged contacts return 410 Gone
        If the contact with this external ID has been merged into another contact, the API returns **HTTP
        410 Gone** with a `Link` header pointing to the canonical (merged-into) contact. See `GET
        /contacts/{id}` for details on the response format.

        Args:
            external_id (str):
            include_merge_history (bool | Unset):
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
            Contact
        """

        from ...models.contact import Contact

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/find_by_external_id/{external_id}".format(
                external_id=path_segment("external_id", external_id, "GET /contacts/find_by_external_id/{external_id}"),
            ),
            "extensions": {
                OPERATION: ("contacts.retrieve_by_external_id", "/contacts/find_by_external_id/{external_id}")
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Contact = await self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        body: ContactSearchRequest | ContactSearchRequestDict = NOT_GIVEN,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        query: SearchQueryDict = NOT_GIVEN,
        pagination: StartingAfterPagingDict | None = NOT_GIVEN,
        sort: ContactSearchRequestSortDict = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Contact, ContactList]:
        """Search contacts

        You can search for multiple contacts by the value of their attributes in order to fetch exactly who
        you want.

        To search for contacts, you need to send a `POST` request to
        `https://api.intercom.io/contacts/search`.

        This will accept a query object in the body which will define your filters in order to search for
        contacts.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `50` results per page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Merged Contacts

        Contacts that have been merged (via POST /contacts/merge) are excluded from search results. If a
        contact was recently merged into another, it will no longer appear in queries filtered by
        `updated_at` or any other field. Only the target contact from the merge remains searchable.

        ### Contact Creation Delay

        If a contact has recently been created, there is a possibility that it will not yet be available
        when searching. This means that it may not appear in the response. This delay can take a few
        minutes. If you need to be instantly notified it is recommended to use webhooks and iterate to see
        if they match your search filters.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiple's there can be:
        * There's a limit of max 2 nested filters
        * There's a limit of max 15 filters for each AND or OR group

        ### Searching for Timestamp Fields

        Standard timestamp fields and Date custom attributes behave differently.

        **Standard timestamp fields** (`created_at`, `updated_at`, `last_seen_at` etc.) are filtered on the
        exact second, in UTC. `=` matches only Contacts whose value is that exact second, and `>`, `<`, `>=`
        and `<=` compare against the exact instant you pass - the value is not rounded or truncated. These
        fields report a type of `datetime` on the Data Attributes endpoint. Note that `!=` also matches
        Contacts with no value set for the field.

        **Date custom attributes** are matched by calendar day, and the day boundary is always UTC
        regardless of your workspace's timezone. `=` matches the whole UTC day, `>` matches from the start
        of the *next* UTC day, and `<` matches everything before the start of that day. The `!=`, `>=`,
        `<=`, `IN` and `NIN` operators are not supported on these fields and return an error.

        **Example.** Searching for `created_at` greater than `1577869200` (January 1st, 2020 9:00 AM UTC)
        returns Contacts created after that exact instant. Passing the same value for a Date custom
        attribute truncates it to `1577836800` (January 1st, 2020 12:00 AM UTC), so those results begin from
        January 2nd, 2020 12:00 AM UTC.

        Only search queries behave this way. Responses always carry the full UNIX timestamp, and sorting
        uses the full value.

        ### Accepted Fields

        Most key listed as part of the Contacts Model are searchable, whether writeable or not. The value
        you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
        accepts a date, the `value` cannot be a string such as `"foorbar"`).

        | Field                              | Type                           |
        | ---------------------------------- | ------------------------------ |
        | id                                 | String                         |
        | role                               | String
        Accepts user or lead |
        | name                               | String                         |
        | avatar                             | String                         |
        | owner_id                           | Integer                        |
        | email                              | String                         |
        | email_domain                       | String                         |
        | phone                              | String                         |
        | formatted_phone                    | String                         |
        | external_id                        | String                         |
        | created_at                         | Datetime (Unix timestamp in seconds) |
        | signed_up_at                       | Datetime (Unix timestamp in seconds) |
        | updated_at                         | Datetime (Unix timestamp in seconds) |
        | last_seen_at                       | Datetime (Unix timestamp in seconds) |
        | last_contacted_at                  | Datetime (Unix timestamp in seconds) |
        | last_replied_at                    | Datetime (Unix timestamp in seconds) |
        | last_email_opened_at               | Datetime (Unix timestamp in seconds) |
        | last_email_clicked_at              | Datetime (Unix timestamp in seconds) |
        | language_override                  | String                         |
        | browser                            | String                         |
        | browser_language                   | String                         |
        | os                                 | String                         |
        | location.country                   | String                         |
        | location.region                    | String                         |
        | location.city                      | String                         |
        | unsubscribed_from_emails           | Boolean                        |
        | marked_email_as_spam               | Boolean                        |
        | has_hard_bounced                   | Boolean                        |
        | ios_last_seen_at                   | Datetime (Unix timestamp in seconds) |
        | ios_app_version                    | String                         |
        | ios_device                         | String                         |
        | ios_app_device                     | String                         |
        | ios_os_version                     | String                         |
        | ios_app_name                       | String                         |
        | ios_sdk_version                    | String                         |
        | android_last_seen_at               | Datetime (Unix timestamp in seconds) |
        | android_app_version                | String                         |
        | android_device                     | String                         |
        | android_app_name                   | String                         |
        | andoid_sdk_version                 | String                         |
        | segment_id                         | String                         |
        | tag_id                             | String                         |
        | custom_attributes.{attribute_name} | Matches the attribute's own type
        (String, Integer, Float, Boolean or Date) |

        ### Accepted Operators

        Warning: Operators not supported on Date custom attributes
        Date custom attributes do not support the `!=`, `>=`, or `<=` operators. Using them returns an
        error. Standard timestamp fields (`created_at`, `updated_at` etc.) do support these operators, and
        are filtered on the exact second.

        The table below shows the operators you can use to define how you want to search for the value. The
        operator should be put in as a string (`"="`). Which operators are valid depends on the field's type
        - see the "Valid Types" column below. Searching by `tag_id` supports only the `=` and `!=`
        operators.

        | Operator | Valid Types                        | Description
        |
        | :------- | :---------------------------------- |
        :----------------------------------------------------------------------|
        | =        | All                                  | Equals
        |
        | !=       | All except Date                      | Doesn't Equal
        Also matches Contacts with no value set                |
        | IN       | All except Date, Datetime and tag_id | In
        Shortcut for `OR` queries
        Values must be in Array              |
        | NIN      | All except Date, Datetime and tag_id | Not In
        Shortcut for `OR !` queries
        Values must be in Array        |
        | >        | Integer
        Datetime
        Date | Greater than
        On Date custom attributes, matches from the start of the next day |
        | <        | Integer
        Datetime
        Date | Lower than
        On Date custom attributes, matches before the start of the day |
        | >=       | Integer
        Datetime         | Greater than or equal to
        Not supported on Date custom attributes    |
        | <=       | Integer
        Datetime         | Lower than or equal to
        Not supported on Date custom attributes      |
        | ~        | String                               | Contains
        |
        | !~       | String                               | Doesn't Contain
        |
        | ^        | String                               | Starts With
        |
        | $        | String                               | Ends With
        |

        Args:
            body (ContactSearchRequest | ContactSearchRequestDict): Search for contacts using
                Intercom's Search API.
            include_merge_history (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            query (SearchQueryDict): The body's field query (instead of body=).
            pagination (StartingAfterPagingDict | None): The body's field pagination (instead of
                body=).
            sort (ContactSearchRequestSortDict): The body's field sort (instead of body=). An optional
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
            AsyncPaginator[Contact, ContactList]
        """

        from ...models.contact_list import ContactList
        from ...models.contact_search_request import ContactSearchRequest
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "ContactSearchRequest",
            request_body(
                body_fields(
                    body,
                    {"query": query, "pagination": pagination, "sort": sort},
                    "ContactSearchRequest",
                ),
                ContactSearchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/search",
            "extensions": {
                OPERATION: ("contacts.search", "/contacts/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.search_contacts"],
            _kwargs,
            {200: ContactList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def unarchive(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactUnarchived:
        """Unarchive contact

        You can unarchive a single contact.

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
            ContactUnarchived
        """

        from ...models.contact_unarchived import ContactUnarchived

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/unarchive".format(
                id=path_segment("id", id, "POST /contacts/{id}/unarchive"),
            ),
            "extensions": {OPERATION: ("contacts.unarchive", "/contacts/{id}/unarchive")},
        }
        _kwargs["headers"] = headers

        parsed: ContactUnarchived = await self._request(
            _kwargs,
            {200: ContactUnarchived.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update(
        self,
        id: str,
        *,
        body: UpdateContactRequest | UpdateContactRequestDict | Unset = UNSET,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        avatar: str | None = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] | None = NOT_GIVEN,
        email: str = NOT_GIVEN,
        email_verified: bool | None = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        language_override: str | None = NOT_GIVEN,
        last_seen_at: int | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        owner_id: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        role: str = NOT_GIVEN,
        signed_up_at: int | None = NOT_GIVEN,
        unsubscribed_from_emails: bool | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Update a contact

        You can update an existing contact (ie. user or lead).

        Note: This endpoint handles both **contact updates** and **custom object associations**.

        See _`update a contact with an association to a custom object instance`_ in the request/response
        examples to see the custom object association format.

        Args:
            id (str):
            body (UpdateContactRequest | UpdateContactRequestDict | Unset): You can update a contact
            include_merge_history (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            avatar (str | None): The body's field avatar (instead of body=). An image URL containing
                the avatar of a contact
            custom_attributes (Mapping[str, Any] | None): The body's field custom_attributes (instead
                of body=).
            email (str): The body's field email (instead of body=). The contacts email
            email_verified (bool | None): The body's field email_verified (instead of body=). Whether
                the contact's email address has been verified. Set to true to indicate you have verified
                the contact owns this email address, or false to mark it as unverified. Must be supplied
                together with an email in the same request; sending it without an email returns a 400.
            external_id (str): The body's field external_id (instead of body=). A unique identifier
                for the contact which is given to Intercom
            language_override (str | None): The body's field language_override (instead of body=). A
                preferred language setting for the contact, used by Intercom as the language of Fin and
                the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
                language codes. If an unsupported code is supplied, the field will be set to null.
            last_seen_at (int | None): The body's field last_seen_at (instead of body=). (Unix
                timestamp in seconds) The time when the contact was last seen (either where the Intercom
                Messenger was installed or when specified manually).
            name (str | None): The body's field name (instead of body=). The contacts name
            owner_id (str | None): The body's field owner_id (instead of body=). The id of an admin
                that has been assigned account ownership of the contact
            phone (str | None): The body's field phone (instead of body=). The contacts phone
            role (str): The body's field role (instead of body=). The role of the contact.
            signed_up_at (int | None): The body's field signed_up_at (instead of body=). (Unix
                timestamp in seconds) The time specified for when a contact signed up.
            unsubscribed_from_emails (bool | None): The body's field unsubscribed_from_emails (instead
                of body=). Whether the contact is unsubscribed from emails
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
        from ...models.update_contact_request import UpdateContactRequest

        body = cast(
            "UpdateContactRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "avatar": avatar,
                        "custom_attributes": custom_attributes,
                        "email": email,
                        "email_verified": email_verified,
                        "external_id": external_id,
                        "language_override": language_override,
                        "last_seen_at": last_seen_at,
                        "name": name,
                        "owner_id": owner_id,
                        "phone": phone,
                        "role": role,
                        "signed_up_at": signed_up_at,
                        "unsubscribed_from_emails": unsubscribed_from_emails,
                    },
                    "UpdateContactRequest",
                ),
                UpdateContactRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/contacts/{id}".format(
                id=path_segment("id", id, "PUT /contacts/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.update", "/contacts/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Contact = await self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncContactsRawResource:
    """``client.contacts.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        raw = AsyncContactsResource(resource._client, raw=True)
        self.archive = async_raw(raw.archive)
        self.block = async_raw(raw.block)
        self.bulk_create = async_raw(raw.bulk_create)
        self.bulk_delete = async_raw(raw.bulk_delete)
        self.bulk_update = async_raw(raw.bulk_update)
        self.create = async_raw(raw.create)
        self.delete = async_raw(raw.delete)
        self.list_segments = async_raw(raw.list_segments)
        self.list_subscriptions = async_raw(raw.list_subscriptions)
        self.list_tags = async_raw(raw.list_tags)
        self.merge = async_raw(raw.merge)
        self.preview_merge = async_raw(raw.preview_merge)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_bulk_update_contacts_job = async_raw(raw.retrieve_bulk_update_contacts_job)
        self.retrieve_by_external_id = async_raw(raw.retrieve_by_external_id)
        self.unarchive = async_raw(raw.unarchive)
        self.update = async_raw(raw.update)


class ContactsResource(SyncResource):
    """``client.contacts`` of Intercom: 22 operations."""

    @property
    def with_raw_response(self) -> ContactsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return ContactsRawResource(self)

    def archive(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactArchived:
        """Archive contact

        You can archive a single contact.

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
            ContactArchived
        """

        from ...models.contact_archived import ContactArchived

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/archive".format(
                id=path_segment("id", id, "POST /contacts/{id}/archive"),
            ),
            "extensions": {OPERATION: ("contacts.archive", "/contacts/{id}/archive")},
        }
        _kwargs["headers"] = headers

        parsed: ContactArchived = self._request(
            _kwargs,
            {200: ContactArchived.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def block(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactBlocked:
        """Block contact

        Block a single contact.
        **Note:** conversations of the contact will also be archived during the process.
        More details in [FAQ How do I block Inbox
        spam?](https://www.intercom.com/help/en/articles/8838656-inbox-faqs)

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
            ContactBlocked
        """

        from ...models.contact_blocked import ContactBlocked

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/block".format(
                id=path_segment("id", id, "POST /contacts/{id}/block"),
            ),
            "extensions": {OPERATION: ("contacts.block", "/contacts/{id}/block")},
        }
        _kwargs["headers"] = headers

        parsed: ContactBlocked = self._request(
            _kwargs,
            {200: ContactBlocked.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def bulk_create(
        self,
        *,
        body: BulkCreateContactsRequest | BulkCreateContactsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[BulkCreateContactsRequestContactsItemDict] = NOT_GIVEN,
        job: BulkCreateContactsRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Bulk create contacts

        You can bulk create contacts by submitting an array of contact objects. This is a **strict create**
        and never updates an existing contact.

        The endpoint creates an async job that processes the items in the background. Use the returned job
        ID with `GET /contacts/bulk/{id}` to check the job status.

        Only the fields listed in the request schema below can be set. Any other fields in a contact object
        are ignored.

        Note: Handling existing contacts
        If a contact already exists with the given `external_id` or `email` (including an archived contact),
        that item is rejected and the job's `state` ends as `completed_with_errors`. New contacts in the
        same request are still created. The job `state` from `GET /contacts/bulk/{id}` is the signal that
        one or more items were rejected.

        Created contacts aren't returned with IDs in the response. Look them up afterwards with [Get a
        contact by External ID](/docs/references/preview/rest-
        api/api.intercom.io/contacts/showcontactbyexternalid) or [Search
        contacts](/docs/references/preview/rest-api/api.intercom.io/contacts/searchcontacts).

        Note: Limits
        - Maximum of 100 contacts per request.
        - You can append tasks to an existing job by including `job.id` in the request body.
        - Tag application is best-effort and processed asynchronously: unknown tag IDs are skipped, and per-
        tag results are not returned in the job status.

        Args:
            body (BulkCreateContactsRequest | BulkCreateContactsRequestDict): Request body for bulk
                creating contacts.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[BulkCreateContactsRequestContactsItemDict]): The body's field contacts
                (instead of body=). An array of contact objects to create. Maximum 100 contacts per
                request.
            job (BulkCreateContactsRequestJobDict): The body's field job (instead of body=). Optional.
                Include to append tasks to an existing job.
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
            ContactsBulkJob
        """

        from ...models.bulk_create_contacts_request import BulkCreateContactsRequest
        from ...models.contacts_bulk_job import ContactsBulkJob

        body = cast(
            "BulkCreateContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"contacts": contacts, "job": job},
                    "BulkCreateContactsRequest",
                ),
                BulkCreateContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/bulk",
            "extensions": {OPERATION: ("contacts.bulk_create", "/contacts/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = self._request(
            _kwargs,
            {202: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def bulk_delete(
        self,
        *,
        body: BulkDeleteContactsRequest | BulkDeleteContactsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[BulkDeleteContactsRequestContactsItemDict] = NOT_GIVEN,
        job: BulkDeleteContactsRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Bulk delete contacts

        You can delete contacts in bulk by submitting an array of contact `id`s.

        The endpoint creates an async job that processes the deletes in the background. Use the returned job
        ID with `GET /contacts/bulk/{id}` to check the job status.

        Warning: Permanent deletion
        A contact that doesn't exist, or can't be deleted, fails that item and the job's `state` ends as
        `completed_with_errors` (visible via `GET /contacts/bulk/{id}`) without failing the rest of the
        batch.

        Note: Limits
        - Maximum of 100 contacts per request.
        - You can append tasks to an existing job by including `job.id` in the request body.

        Args:
            body (BulkDeleteContactsRequest | BulkDeleteContactsRequestDict): Request body for
                permanently bulk deleting contacts.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[BulkDeleteContactsRequestContactsItemDict]): The body's field contacts
                (instead of body=). An array of contacts to delete, each identified by `id`. Maximum 100
                contacts per request.
            job (BulkDeleteContactsRequestJobDict): The body's field job (instead of body=). Optional.
                Include to append tasks to an existing job.
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
            ContactsBulkJob
        """

        from ...models.bulk_delete_contacts_request import BulkDeleteContactsRequest
        from ...models.contacts_bulk_job import ContactsBulkJob

        body = cast(
            "BulkDeleteContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"contacts": contacts, "job": job},
                    "BulkDeleteContactsRequest",
                ),
                BulkDeleteContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/bulk/delete",
            "extensions": {OPERATION: ("contacts.bulk_delete", "/contacts/bulk/delete")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = self._request(
            _kwargs,
            {202: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def bulk_update(
        self,
        *,
        body: BulkUpdateContactsRequest | BulkUpdateContactsRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        contacts: Sequence[BulkUpdateContactsRequestContactsItemDict] = NOT_GIVEN,
        job: BulkUpdateContactsRequestJobDict = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Bulk update contacts

        You can bulk update contacts by submitting an array of contact objects with the fields to update.
        Each contact must include an `id` field identifying the contact to update. You can also add or
        remove tags on each contact by including a `tags` object.

        Only the fields listed in the request schema below can be set. Any other fields in a contact object
        are ignored.

        The endpoint creates an async job that processes the updates in the background. Use the returned job
        ID with `GET /contacts/bulk/{id}` to check the job status.

        Note: Limits
        - Maximum of 100 contacts per request.
        - You can append tasks to an existing job by including `job.id` in the request body.
        - Tag application is best-effort and processed asynchronously: unknown tag IDs are skipped, and per-
        tag results are not returned in the job status.

        Args:
            body (BulkUpdateContactsRequest | BulkUpdateContactsRequestDict): Request body for bulk
                updating contacts.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            contacts (Sequence[BulkUpdateContactsRequestContactsItemDict]): The body's field contacts
                (instead of body=). An array of contact objects to update. Each must include an `id` and
                the fields to update. Maximum 100 contacts per request.
            job (BulkUpdateContactsRequestJobDict): The body's field job (instead of body=). Optional.
                Include to append tasks to an existing job.
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
            ContactsBulkJob
        """

        from ...models.bulk_update_contacts_request import BulkUpdateContactsRequest
        from ...models.contacts_bulk_job import ContactsBulkJob

        body = cast(
            "BulkUpdateContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"contacts": contacts, "job": job},
                    "BulkUpdateContactsRequest",
                ),
                BulkUpdateContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/contacts/bulk",
            "extensions": {OPERATION: ("contacts.bulk_update", "/contacts/bulk")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = self._request(
            _kwargs,
            {202: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create(
        self,
        *,
        body: CreateContactRequest | CreateContactRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        avatar: str | None = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] | None = NOT_GIVEN,
        email: str = NOT_GIVEN,
        email_verified: bool | None = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        language_override: str | None = NOT_GIVEN,
        last_seen_at: int | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        owner_id: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        role: str = NOT_GIVEN,
        signed_up_at: int | None = NOT_GIVEN,
        unsubscribed_from_emails: bool | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Create contact

        You can create a new contact (ie. user or lead).

        Args:
            body (CreateContactRequest | CreateContactRequestDict): Payload to create a contact
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            avatar (str | None): The body's field avatar (instead of body=). An image URL containing
                the avatar of a contact
            custom_attributes (Mapping[str, Any] | None): The body's field custom_attributes (instead
                of body=).
            email (str): The body's field email (instead of body=). The contacts email
            email_verified (bool | None): The body's field email_verified (instead of body=). Whether
                the contact's email address has been verified. Set to true to indicate you have verified
                the contact owns this email address, or false to mark it as unverified. Must be supplied
                together with an email in the same request; sending it without an email returns a 400.
            external_id (str): The body's field external_id (instead of body=). A unique identifier
                for the contact which is given to Intercom
            language_override (str | None): The body's field language_override (instead of body=). A
                preferred language setting for the contact, used by Intercom as the language of Fin and
                the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
                language codes. If an unsupported code is supplied, the field will be set to null.
            last_seen_at (int | None): The body's field last_seen_at (instead of body=). (Unix
                timestamp in seconds) The time when the contact was last seen (either where the Intercom
                Messenger was installed or when specified manually).
            name (str | None): The body's field name (instead of body=). The contacts name
            owner_id (str | None): The body's field owner_id (instead of body=). The id of an admin
                that has been assigned account ownership of the contact
            phone (str | None): The body's field phone (instead of body=). The contacts phone
            role (str): The body's field role (instead of body=). The role of the contact.
            signed_up_at (int | None): The body's field signed_up_at (instead of body=). (Unix
                timestamp in seconds) The time specified for when a contact signed up.
            unsubscribed_from_emails (bool | None): The body's field unsubscribed_from_emails (instead
                of body=). Whether the contact is unsubscribed from emails
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
        from ...models.create_contact_request import CreateContactRequest

        body = cast(
            "CreateContactRequest",
            request_body(
                body_fields(
                    body,
                    {
                        "avatar": avatar,
                        "custom_attributes": custom_attributes,
                        "email": email,
                        "email_verified": email_verified,
                        "external_id": external_id,
                        "language_override": language_override,
                        "last_seen_at": last_seen_at,
                        "name": name,
                        "owner_id": owner_id,
                        "phone": phone,
                        "role": role,
                        "signed_up_at": signed_up_at,
                        "unsubscribed_from_emails": unsubscribed_from_emails,
                    },
                    "CreateContactRequest",
                ),
                CreateContactRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts",
            "extensions": {OPERATION: ("contacts.create", "/contacts")},
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
    ) -> ContactDeleted:
        """Delete a contact

        You can delete a single contact.

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
            ContactDeleted
        """

        from ...models.contact_deleted import ContactDeleted

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "delete",
            "url": "/contacts/{id}".format(
                id=path_segment("id", id, "DELETE /contacts/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.delete", "/contacts/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContactDeleted = self._request(
            _kwargs,
            {200: ContactDeleted.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
        self,
        *,
        include_merge_history: bool | Unset = UNSET,
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
    ) -> SyncPaginator[Contact, ContactList]:
        """List all contacts

        You can fetch a list of all contacts (ie. users or leads) in your workspace.

        Note: Merged contacts
        Contacts that have been merged (via POST /contacts/merge) will not appear in list results. Only the
        target contact from the merge remains accessible.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `50` results per
        page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

        Args:
            include_merge_history (bool | Unset):
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
            SyncPaginator[Contact, ContactList]
        """

        from ...models.contact_list import ContactList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts",
            "extensions": {OPERATION: ("contacts.list", "/contacts")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_contacts"],
            _kwargs,
            {200: ContactList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_activities(
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
    ) -> SyncPaginator[ContactActivity, ContactActivityList]:
        """List all contact activities

        You can fetch a list of contact activity events for your workspace, such as when contacts are
        created, role updated, merged, or deleted. Events are returned oldest first.

        Warning: Pagination
        You can use pagination to limit the number of results returned. The default is `50` results per
        page, with a maximum of `150`.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the
        `starting_after` param.

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
            SyncPaginator[ContactActivity, ContactActivityList]
        """

        from ...models.contact_activity_list import ContactActivityList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/activities",
            "extensions": {OPERATION: ("contacts.list_activities", "/contacts/activities")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_contact_activities"],
            _kwargs,
            {200: ContactActivityList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_companies(
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
    ) -> SyncPaginator[Company, ContactAttachedCompanies]:
        """List attached companies for contact

        You can fetch a list of companies that are associated to a contact.

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
            SyncPaginator[Company, ContactAttachedCompanies]
        """

        from ...models.contact_attached_companies import ContactAttachedCompanies
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/companies".format(
                id=path_segment("id", id, "GET /contacts/{id}/companies"),
            ),
            "extensions": {OPERATION: ("contacts.list_companies", "/contacts/{id}/companies")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_companies_for_a_contact"],
            _kwargs,
            {200: ContactAttachedCompanies.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_merge_history(
        self,
        id: str,
        *,
        order: ListContactMergeHistoryOrder | Unset = UNSET,
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
    ) -> SyncPaginator[MergeHistoryItem, MergeHistoryList]:
        """Get contact merge history

        Retrieve the paginated list of contacts that have been merged into a given contact.

        Only available for contacts with a `user` role. Returns a `404` if the contact is not found or has a
        `lead` role.

        Args:
            id (str):
            order (ListContactMergeHistoryOrder | Unset):
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
            SyncPaginator[MergeHistoryItem, MergeHistoryList]
        """

        from ...models.merge_history_list import MergeHistoryList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        json_order: str | Unset = UNSET
        if not isinstance(order, Unset):
            json_order = order

        params["order"] = json_order
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/merge_history".format(
                id=path_segment("id", id, "GET /contacts/{id}/merge_history"),
            ),
            "extensions": {OPERATION: ("contacts.list_merge_history", "/contacts/{id}/merge_history")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.list_contact_merge_history"],
            _kwargs,
            {200: MergeHistoryList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_segments(
        self,
        contact_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactSegments:
        """List attached segments for contact

        You can fetch a list of segments that are associated to a contact.

        Args:
            contact_id (str):
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
            ContactSegments
        """

        from ...models.contact_segments import ContactSegments

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{contact_id}/segments".format(
                contact_id=path_segment("contact_id", contact_id, "GET /contacts/{contact_id}/segments"),
            ),
            "extensions": {OPERATION: ("contacts.list_segments", "/contacts/{contact_id}/segments")},
        }
        _kwargs["headers"] = headers

        parsed: ContactSegments = self._request(
            _kwargs,
            {200: ContactSegments.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_subscriptions(
        self,
        contact_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubscriptionTypeList:
        """List subscriptions for a contact

        You can fetch a list of subscription types that are attached to a contact. These can be
        subscriptions that a user has 'opted-in' to or has 'opted-out' from, depending on the subscription
        type.
        This will return a list of Subscription Type objects that the contact is associated with.

        The data property will show a combined list of:

          1.Opt-out subscription types that the user has opted-out from.
          2.Opt-in subscription types that the user has opted-in to receiving.

        **Note:** This endpoint only returns subscriptions where the contact has explicitly configured their
        preference. Subscriptions that are in the default state — where the contact has not made an explicit
        opt-in or opt-out choice — are not included in the response.

        Args:
            contact_id (str):
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
            "url": "/contacts/{contact_id}/subscriptions".format(
                contact_id=path_segment("contact_id", contact_id, "GET /contacts/{contact_id}/subscriptions"),
            ),
            "extensions": {OPERATION: ("contacts.list_subscriptions", "/contacts/{contact_id}/subscriptions")},
        }
        _kwargs["headers"] = headers

        parsed: SubscriptionTypeList = self._request(
            _kwargs,
            {200: SubscriptionTypeList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list_tags(
        self,
        contact_id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TagList:
        """List tags attached to a contact

        You can fetch a list of all tags that are attached to a specific contact.

        Args:
            contact_id (str):
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
            "url": "/contacts/{contact_id}/tags".format(
                contact_id=path_segment("contact_id", contact_id, "GET /contacts/{contact_id}/tags"),
            ),
            "extensions": {OPERATION: ("contacts.list_tags", "/contacts/{contact_id}/tags")},
        }
        _kwargs["headers"] = headers

        parsed: TagList = self._request(
            _kwargs,
            {200: TagList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def merge(
        self,
        *,
        body: MergeContactsRequest | MergeContactsRequestDict = NOT_GIVEN,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_: str = NOT_GIVEN,
        into: str = NOT_GIVEN,
        skip_duplicate_validation: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Merge a lead and a user

        You can merge a contact with a `role` of `lead` into a contact with a `role` of `user`.

        Warning: Merged contacts are not retrievable via the API
        Once a merge is completed, the source contact (`from`) is permanently removed from the active
        contact list. This means:
        - **GET /contacts/{id}** — Requesting the source contact by its original ID will return `410 Gone`
        with a `Link` header pointing to the canonical (merged-into) contact.
        - **POST /contacts/search** — The source contact will not appear in search results, including
        queries filtered by `updated_at`.
        - **GET /contacts** — The source contact will not appear in list results.

        Only the target contact (`into`) remains accessible. If your application stores contact IDs, update
        them to use the target contact's ID after a merge.

        Args:
            body (MergeContactsRequest | MergeContactsRequestDict): Merge contact data.
            include_merge_history (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_ (str): The body's field from (instead of body=). The unique identifier for the
                contact to merge away from. Must be a lead.
            into (str): The body's field into (instead of body=). The unique identifier for the
                contact to merge into. Must be a user.
            skip_duplicate_validation (bool): The body's field skip_duplicate_validation (instead of
                body=). Set to `true` to merge two contacts that are not duplicates (they share no
                matching email or phone).
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
        from ...models.merge_contacts_request import MergeContactsRequest

        body = cast(
            "MergeContactsRequest",
            request_body(
                body_fields(
                    body,
                    {"from": from_, "into": into, "skip_duplicate_validation": skip_duplicate_validation},
                    "MergeContactsRequest",
                ),
                MergeContactsRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/merge",
            "extensions": {OPERATION: ("contacts.merge", "/contacts/merge")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Contact = self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def preview_merge(
        self,
        *,
        body: MergePreviewRequest | MergePreviewRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        from_: str = NOT_GIVEN,
        into: str = NOT_GIVEN,
        skip_duplicate_validation: bool = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MergePreviewAllowed | MergePreviewBlocked:
        """Preview a contact merge

        Preview the result of merging one contact into another without applying the merge. This is a read-
        only dry run: it reports whether the merge is allowed and, if so, exactly what would change,
        **without modifying any data**.

        Send the same `from` (a `lead`) and `into` (a `user`) contact IDs you would pass to [Merge a lead
        and a user](/docs/references/preview/rest-api/api.intercom.io/contacts/mergecontact).

        - When `allowed` is `true`, the response contains a `summary`: every attribute change (with the
        resulting value on the surviving contact) and, for each object type, two counts — `from`, how many
        are on the lead and would move to the user, and `into`, how many the user already has. Counts are
        reported for conversations, tickets, phone calls, notes, and tags. `conversations` counts non-ticket
        conversations only; tickets are reported separately under `tickets`, and `phone_calls` is present
        only for phone-lead merges.
        - When `allowed` is `false`, the response contains `reasons`. Each reason has a stable `code` you
        can branch on and a human-readable `message` you can display.

        Warning: Previewing non-duplicate contacts
        By default a merge requires the two contacts to share an identifier (email, phone, or external ID).
        Set `skip_duplicate_validation` to `true` to preview a merge of contacts that don't — the same rule
        the merge endpoint enforces.

        When `allowed` is `false`, `reasons[].code` is one of:

        | code | meaning |
        | --- | --- |
        | `invalid_merge_role_pair` | The `from`/`into` roles aren't mergeable. `from` must be a lead and
        `into` a user. |
        | `no_shared_identifier` | The contacts share no email, phone, or external ID. Set
        `skip_duplicate_validation` to preview anyway. |
        | `facebook_user` | Facebook contacts can't be merged. |
        | `external_lead_channel_not_allowed` | The source is an external-channel lead that isn't eligible
        for merging. |
        | `mailing_list` | Contacts created from a mailing list can't be merged. |

        Args:
            body (MergePreviewRequest | MergePreviewRequestDict): Preview a contact merge.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            from_ (str): The body's field from (instead of body=). The unique identifier for the
                contact to merge away from. Must be a lead.
            into (str): The body's field into (instead of body=). The unique identifier for the
                contact to merge into. Must be a user.
            skip_duplicate_validation (bool): The body's field skip_duplicate_validation (instead of
                body=). When true, previews the merge even if the contacts don't share a common
                identifier. Defaults to false.
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
            MergePreviewAllowed | MergePreviewBlocked
        """

        from ...models.merge_preview_allowed import MergePreviewAllowed
        from ...models.merge_preview_blocked import MergePreviewBlocked
        from ...models.merge_preview_request import MergePreviewRequest

        body = cast(
            "MergePreviewRequest",
            request_body(
                body_fields(
                    body,
                    {"from": from_, "into": into, "skip_duplicate_validation": skip_duplicate_validation},
                    "MergePreviewRequest",
                ),
                MergePreviewRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/merge/preview",
            "extensions": {OPERATION: ("contacts.preview_merge", "/contacts/merge/preview")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: MergePreviewAllowed | MergePreviewBlocked = self._request(
            _kwargs,
            {200: one_of(MergePreviewAllowed.from_dict, MergePreviewBlocked.from_dict)},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve(
        self,
        id: str,
        *,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Get a contact

        You can fetch the details of a single contact.

        Note: Merged contacts return 410 Gone
        If a contact has been merged into another contact via the Merge endpoint (`POST /contacts/merge`),
        requesting it by its original ID will return **HTTP 410 Gone** with a `Link` header pointing to the
        canonical (merged-into) contact.

        **Response headers:**

        ::

            Link: </contacts/{canonical_id}>; rel="canonical"

        **Response body:**

        ::

            {
              "type": "error.list",
              "errors": [{ "code": "contact_merged", "message": "This contact has been merged. See the 'Link' header for the canonical contact." }]
            }

        The `Link` header contains the path to the final merge target, resolving multi-hop merge chains (up
        to 3 hops).

        Args:
            id (str):
            include_merge_history (bool | Unset):
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
            Contact
        """

        from ...models.contact import Contact

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}".format(
                id=path_segment("id", id, "GET /contacts/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.retrieve", "/contacts/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Contact = self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_bulk_update_contacts_job(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactsBulkJob:
        """Get a bulk update job

        You can check the status of a bulk contact update job. The `state` field indicates the overall job
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
            ContactsBulkJob
        """

        from ...models.contacts_bulk_job import ContactsBulkJob

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/bulk/{id}".format(
                id=path_segment("id", id, "GET /contacts/bulk/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.retrieve_bulk_update_contacts_job", "/contacts/bulk/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: ContactsBulkJob = self._request(
            _kwargs,
            {200: ContactsBulkJob.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_by_external_id(
        self,
        external_id: str,
        *,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Get a contact by External ID

        You can fetch the details of a single contact by external ID. Note that this endpoint only supports
        users and not leads.

        Note: Merged contacts return 410 Gone
        If the contact with this external ID has been merged into another contact, the API returns **HTTP
        410 Gone** with a `Link` header pointing to the canonical (merged-into) contact. See `GET
        /contacts/{id}` for details on the response format.

        Args:
            external_id (str):
            include_merge_history (bool | Unset):
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
            Contact
        """

        from ...models.contact import Contact

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/find_by_external_id/{external_id}".format(
                external_id=path_segment("external_id", external_id, "GET /contacts/find_by_external_id/{external_id}"),
            ),
            "extensions": {
                OPERATION: ("contacts.retrieve_by_external_id", "/contacts/find_by_external_id/{external_id}")
            },
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: Contact = self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def search(
        self,
        *,
        body: ContactSearchRequest | ContactSearchRequestDict = NOT_GIVEN,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        query: SearchQueryDict = NOT_GIVEN,
        pagination: StartingAfterPagingDict | None = NOT_GIVEN,
        sort: ContactSearchRequestSortDict = NOT_GIVEN,
        per_page: int | None = None,
        max_items: int | None = None,
        max_pages: int | None = None,
        start_cursor: Cursor | None = None,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPaginator[Contact, ContactList]:
        """Search contacts

        You can search for multiple contacts by the value of their attributes in order to fetch exactly who
        you want.

        To search for contacts, you need to send a `POST` request to
        `https://api.intercom.io/contacts/search`.

        This will accept a query object in the body which will define your filters in order to search for
        contacts.

        Warning: Optimizing search queries
        Search queries can be complex, so optimizing them can help the performance of your search.
        Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and
        utilize
        pagination to limit the number of results returned. The default is `50` results per page.
        See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-
        more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the
        `starting_after` param.

        ### Merged Contacts

        Contacts that have been merged (via POST /contacts/merge) are excluded from search results. If a
        contact was recently merged into another, it will no longer appear in queries filtered by
        `updated_at` or any other field. Only the target contact from the merge remains searchable.

        ### Contact Creation Delay

        If a contact has recently been created, there is a possibility that it will not yet be available
        when searching. This means that it may not appear in the response. This delay can take a few
        minutes. If you need to be instantly notified it is recommended to use webhooks and iterate to see
        if they match your search filters.

        ### Nesting & Limitations

        You can nest these filters in order to get even more granular insights that pinpoint exactly what
        you need. Example: (1 OR 2) AND (3 OR 4).
        There are some limitations to the amount of multiple's there can be:
        * There's a limit of max 2 nested filters
        * There's a limit of max 15 filters for each AND or OR group

        ### Searching for Timestamp Fields

        Standard timestamp fields and Date custom attributes behave differently.

        **Standard timestamp fields** (`created_at`, `updated_at`, `last_seen_at` etc.) are filtered on the
        exact second, in UTC. `=` matches only Contacts whose value is that exact second, and `>`, `<`, `>=`
        and `<=` compare against the exact instant you pass - the value is not rounded or truncated. These
        fields report a type of `datetime` on the Data Attributes endpoint. Note that `!=` also matches
        Contacts with no value set for the field.

        **Date custom attributes** are matched by calendar day, and the day boundary is always UTC
        regardless of your workspace's timezone. `=` matches the whole UTC day, `>` matches from the start
        of the *next* UTC day, and `<` matches everything before the start of that day. The `!=`, `>=`,
        `<=`, `IN` and `NIN` operators are not supported on these fields and return an error.

        **Example.** Searching for `created_at` greater than `1577869200` (January 1st, 2020 9:00 AM UTC)
        returns Contacts created after that exact instant. Passing the same value for a Date custom
        attribute truncates it to `1577836800` (January 1st, 2020 12:00 AM UTC), so those results begin from
        January 2nd, 2020 12:00 AM UTC.

        Only search queries behave this way. Responses always carry the full UNIX timestamp, and sorting
        uses the full value.

        ### Accepted Fields

        Most key listed as part of the Contacts Model are searchable, whether writeable or not. The value
        you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at`
        accepts a date, the `value` cannot be a string such as `"foorbar"`).

        | Field                              | Type                           |
        | ---------------------------------- | ------------------------------ |
        | id                                 | String                         |
        | role                               | String
        Accepts user or lead |
        | name                               | String                         |
        | avatar                             | String                         |
        | owner_id                           | Integer                        |
        | email                              | String                         |
        | email_domain                       | String                         |
        | phone                              | String                         |
        | formatted_phone                    | String                         |
        | external_id                        | String                         |
        | created_at                         | Datetime (Unix timestamp in seconds) |
        | signed_up_at                       | Datetime (Unix timestamp in seconds) |
        | updated_at                         | Datetime (Unix timestamp in seconds) |
        | last_seen_at                       | Datetime (Unix timestamp in seconds) |
        | last_contacted_at                  | Datetime (Unix timestamp in seconds) |
        | last_replied_at                    | Datetime (Unix timestamp in seconds) |
        | last_email_opened_at               | Datetime (Unix timestamp in seconds) |
        | last_email_clicked_at              | Datetime (Unix timestamp in seconds) |
        | language_override                  | String                         |
        | browser                            | String                         |
        | browser_language                   | String                         |
        | os                                 | String                         |
        | location.country                   | String                         |
        | location.region                    | String                         |
        | location.city                      | String                         |
        | unsubscribed_from_emails           | Boolean                        |
        | marked_email_as_spam               | Boolean                        |
        | has_hard_bounced                   | Boolean                        |
        | ios_last_seen_at                   | Datetime (Unix timestamp in seconds) |
        | ios_app_version                    | String                         |
        | ios_device                         | String                         |
        | ios_app_device                     | String                         |
        | ios_os_version                     | String                         |
        | ios_app_name                       | String                         |
        | ios_sdk_version                    | String                         |
        | android_last_seen_at               | Datetime (Unix timestamp in seconds) |
        | android_app_version                | String                         |
        | android_device                     | String                         |
        | android_app_name                   | String                         |
        | andoid_sdk_version                 | String                         |
        | segment_id                         | String                         |
        | tag_id                             | String                         |
        | custom_attributes.{attribute_name} | Matches the attribute's own type
        (String, Integer, Float, Boolean or Date) |

        ### Accepted Operators

        Warning: Operators not supported on Date custom attributes
        Date custom attributes do not support the `!=`, `>=`, or `<=` operators. Using them returns an
        error. Standard timestamp fields (`created_at`, `updated_at` etc.) do support these operators, and
        are filtered on the exact second.

        The table below shows the operators you can use to define how you want to search for the value. The
        operator should be put in as a string (`"="`). Which operators are valid depends on the field's type
        - see the "Valid Types" column below. Searching by `tag_id` supports only the `=` and `!=`
        operators.

        | Operator | Valid Types                        | Description
        |
        | :------- | :---------------------------------- |
        :----------------------------------------------------------------------|
        | =        | All                                  | Equals
        |
        | !=       | All except Date                      | Doesn't Equal
        Also matches Contacts with no value set                |
        | IN       | All except Date, Datetime and tag_id | In
        Shortcut for `OR` queries
        Values must be in Array              |
        | NIN      | All except Date, Datetime and tag_id | Not In
        Shortcut for `OR !` queries
        Values must be in Array        |
        | >        | Integer
        Datetime
        Date | Greater than
        On Date custom attributes, matches from the start of the next day |
        | <        | Integer
        Datetime
        Date | Lower than
        On Date custom attributes, matches before the start of the day |
        | >=       | Integer
        Datetime         | Greater than or equal to
        Not supported on Date custom attributes    |
        | <=       | Integer
        Datetime         | Lower than or equal to
        Not supported on Date custom attributes      |
        | ~        | String                               | Contains
        |
        | !~       | String                               | Doesn't Contain
        |
        | ^        | String                               | Starts With
        |
        | $        | String                               | Ends With
        |

        Args:
            body (ContactSearchRequest | ContactSearchRequestDict): Search for contacts using
                Intercom's Search API.
            include_merge_history (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            query (SearchQueryDict): The body's field query (instead of body=).
            pagination (StartingAfterPagingDict | None): The body's field pagination (instead of
                body=).
            sort (ContactSearchRequestSortDict): The body's field sort (instead of body=). An optional
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
            SyncPaginator[Contact, ContactList]
        """

        from ...models.contact_list import ContactList
        from ...models.contact_search_request import ContactSearchRequest
        from ...pagination_table import PAGINATED_OPERATIONS

        body = cast(
            "ContactSearchRequest",
            request_body(
                body_fields(
                    body,
                    {"query": query, "pagination": pagination, "sort": sort},
                    "ContactSearchRequest",
                ),
                ContactSearchRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/search",
            "extensions": {
                OPERATION: ("contacts.search", "/contacts/search"),
                READ_ONLY: True,
            },  # a search: retried like a GET
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.contacts.search_contacts"],
            _kwargs,
            {200: ContactList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def unarchive(
        self,
        id: str,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ContactUnarchived:
        """Unarchive contact

        You can unarchive a single contact.

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
            ContactUnarchived
        """

        from ...models.contact_unarchived import ContactUnarchived

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/unarchive".format(
                id=path_segment("id", id, "POST /contacts/{id}/unarchive"),
            ),
            "extensions": {OPERATION: ("contacts.unarchive", "/contacts/{id}/unarchive")},
        }
        _kwargs["headers"] = headers

        parsed: ContactUnarchived = self._request(
            _kwargs,
            {200: ContactUnarchived.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update(
        self,
        id: str,
        *,
        body: UpdateContactRequest | UpdateContactRequestDict | Unset = UNSET,
        include_merge_history: bool | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        avatar: str | None = NOT_GIVEN,
        custom_attributes: Mapping[str, Any] | None = NOT_GIVEN,
        email: str = NOT_GIVEN,
        email_verified: bool | None = NOT_GIVEN,
        external_id: str = NOT_GIVEN,
        language_override: str | None = NOT_GIVEN,
        last_seen_at: int | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        owner_id: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        role: str = NOT_GIVEN,
        signed_up_at: int | None = NOT_GIVEN,
        unsubscribed_from_emails: bool | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Contact:
        """Update a contact

        You can update an existing contact (ie. user or lead).

        Note: This endpoint handles both **contact updates** and **custom object associations**.

        See _`update a contact with an association to a custom object instance`_ in the request/response
        examples to see the custom object association format.

        Args:
            id (str):
            body (UpdateContactRequest | UpdateContactRequestDict | Unset): You can update a contact
            include_merge_history (bool | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            avatar (str | None): The body's field avatar (instead of body=). An image URL containing
                the avatar of a contact
            custom_attributes (Mapping[str, Any] | None): The body's field custom_attributes (instead
                of body=).
            email (str): The body's field email (instead of body=). The contacts email
            email_verified (bool | None): The body's field email_verified (instead of body=). Whether
                the contact's email address has been verified. Set to true to indicate you have verified
                the contact owns this email address, or false to mark it as unverified. Must be supplied
                together with an email in the same request; sending it without an email returns a 400.
            external_id (str): The body's field external_id (instead of body=). A unique identifier
                for the contact which is given to Intercom
            language_override (str | None): The body's field language_override (instead of body=). A
                preferred language setting for the contact, used by Intercom as the language of Fin and
                the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
                language codes. If an unsupported code is supplied, the field will be set to null.
            last_seen_at (int | None): The body's field last_seen_at (instead of body=). (Unix
                timestamp in seconds) The time when the contact was last seen (either where the Intercom
                Messenger was installed or when specified manually).
            name (str | None): The body's field name (instead of body=). The contacts name
            owner_id (str | None): The body's field owner_id (instead of body=). The id of an admin
                that has been assigned account ownership of the contact
            phone (str | None): The body's field phone (instead of body=). The contacts phone
            role (str): The body's field role (instead of body=). The role of the contact.
            signed_up_at (int | None): The body's field signed_up_at (instead of body=). (Unix
                timestamp in seconds) The time specified for when a contact signed up.
            unsubscribed_from_emails (bool | None): The body's field unsubscribed_from_emails (instead
                of body=). Whether the contact is unsubscribed from emails
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
        from ...models.update_contact_request import UpdateContactRequest

        body = cast(
            "UpdateContactRequest | Unset",
            request_body(
                body_fields(
                    body,
                    {
                        "avatar": avatar,
                        "custom_attributes": custom_attributes,
                        "email": email,
                        "email_verified": email_verified,
                        "external_id": external_id,
                        "language_override": language_override,
                        "last_seen_at": last_seen_at,
                        "name": name,
                        "owner_id": owner_id,
                        "phone": phone,
                        "role": role,
                        "signed_up_at": signed_up_at,
                        "unsubscribed_from_emails": unsubscribed_from_emails,
                    },
                    "UpdateContactRequest",
                ),
                UpdateContactRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["include_merge_history"] = include_merge_history
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/contacts/{id}".format(
                id=path_segment("id", id, "PUT /contacts/{id}"),
            ),
            "extensions": {OPERATION: ("contacts.update", "/contacts/{id}")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params

        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Contact = self._request(
            _kwargs,
            {200: Contact.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class ContactsRawResource:
    """``client.contacts.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ContactsResource) -> None:
        raw = ContactsResource(resource._client, raw=True)
        self.archive = sync_raw(raw.archive)
        self.block = sync_raw(raw.block)
        self.bulk_create = sync_raw(raw.bulk_create)
        self.bulk_delete = sync_raw(raw.bulk_delete)
        self.bulk_update = sync_raw(raw.bulk_update)
        self.create = sync_raw(raw.create)
        self.delete = sync_raw(raw.delete)
        self.list_segments = sync_raw(raw.list_segments)
        self.list_subscriptions = sync_raw(raw.list_subscriptions)
        self.list_tags = sync_raw(raw.list_tags)
        self.merge = sync_raw(raw.merge)
        self.preview_merge = sync_raw(raw.preview_merge)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_bulk_update_contacts_job = sync_raw(raw.retrieve_bulk_update_contacts_job)
        self.retrieve_by_external_id = sync_raw(raw.retrieve_by_external_id)
        self.unarchive = sync_raw(raw.unarchive)
        self.update = sync_raw(raw.update)
