# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.notes``: the notes resource of both clients, one method per operation.

``NotesResource`` is the sync one (on ``Intercom``), ``AsyncNotesResource`` the async one (on
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
    from ...models.create_company_note_body import CreateCompanyNoteBody, CreateCompanyNoteBodyDict
    from ...models.create_note_body import CreateNoteBody, CreateNoteBodyDict
    from ...models.intercom_version import IntercomVersion
    from ...models.note import Note
    from ...models.note_list import NoteList
    from ...types import AsyncPaginator, Cursor, SyncPaginator, TimeoutTypes

__all__ = ["AsyncNotesResource", "NotesResource"]


class AsyncNotesResource(AsyncResource):
    """``client.notes`` of AsyncIntercom: 5 operations."""

    @property
    def with_raw_response(self) -> AsyncNotesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncNotesRawResource(self)

    async def create(
        self,
        id: str,
        *,
        body: CreateNoteBody | CreateNoteBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        contact_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Create a note

        You can add a note to a single contact.

        Args:
            id (str):
            body (CreateNoteBody | CreateNoteBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier of a
                given admin.
            contact_id (str): The body's field contact_id (instead of body=). The unique identifier of
                a given contact.
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
            Note
        """

        from ...models.create_note_body import CreateNoteBody
        from ...models.note import Note

        body = cast(
            "CreateNoteBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "contact_id": contact_id},
                    "CreateNoteBody",
                ),
                CreateNoteBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/notes".format(
                id=path_segment("id", id, "POST /contacts/{id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.create", "/contacts/{id}/notes")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Note = await self._request(
            _kwargs,
            {200: Note.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def create_for_company(
        self,
        company_id: str,
        *,
        body: CreateCompanyNoteBody | CreateCompanyNoteBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Create a company note

        You can add a note to a single company.

        Args:
            company_id (str):
            body (CreateCompanyNoteBody | CreateCompanyNoteBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier of the
                admin creating the note. If not provided, defaults to the admin associated with the access
                token.
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
            Note
        """

        from ...models.create_company_note_body import CreateCompanyNoteBody
        from ...models.note import Note

        body = cast(
            "CreateCompanyNoteBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "CreateCompanyNoteBody",
                ),
                CreateCompanyNoteBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/{company_id}/notes".format(
                company_id=path_segment("company_id", company_id, "POST /companies/{company_id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.create_for_company", "/companies/{company_id}/notes")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Note = await self._request(
            _kwargs,
            {200: Note.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
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
    ) -> AsyncPaginator[Note, NoteList]:
        """List all contact notes

        You can fetch a list of notes that are associated to a contact.

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
            AsyncPaginator[Note, NoteList]
        """

        from ...models.note_list import NoteList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/notes".format(
                id=path_segment("id", id, "GET /contacts/{id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.list", "/contacts/{id}/notes")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.notes.list_notes"],
            _kwargs,
            {200: NoteList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_for_company(
        self,
        company_id: str,
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
    ) -> AsyncPaginator[Note, NoteList]:
        """List all company notes

        You can fetch a list of notes that are associated to a company.

        Args:
            company_id (str):
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
            AsyncPaginator[Note, NoteList]
        """

        from ...models.note_list import NoteList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{company_id}/notes".format(
                company_id=path_segment("company_id", company_id, "GET /companies/{company_id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.list_for_company", "/companies/{company_id}/notes")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.notes.list_company_notes"],
            _kwargs,
            {200: NoteList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Retrieve a note

        You can fetch the details of a single note.

        Args:
            id (int):
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
            Note
        """

        from ...models.note import Note

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/notes/{id}".format(
                id=path_segment("id", id, "GET /notes/{id}"),
            ),
            "extensions": {OPERATION: ("notes.retrieve", "/notes/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Note = await self._request(
            _kwargs,
            {200: Note.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncNotesRawResource:
    """``client.notes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        raw = AsyncNotesResource(resource._client, raw=True)
        self.create = async_raw(raw.create)
        self.create_for_company = async_raw(raw.create_for_company)
        self.retrieve = async_raw(raw.retrieve)


class NotesResource(SyncResource):
    """``client.notes`` of Intercom: 5 operations."""

    @property
    def with_raw_response(self) -> NotesRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return NotesRawResource(self)

    def create(
        self,
        id: str,
        *,
        body: CreateNoteBody | CreateNoteBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        contact_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Create a note

        You can add a note to a single contact.

        Args:
            id (str):
            body (CreateNoteBody | CreateNoteBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier of a
                given admin.
            contact_id (str): The body's field contact_id (instead of body=). The unique identifier of
                a given contact.
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
            Note
        """

        from ...models.create_note_body import CreateNoteBody
        from ...models.note import Note

        body = cast(
            "CreateNoteBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id, "contact_id": contact_id},
                    "CreateNoteBody",
                ),
                CreateNoteBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/contacts/{id}/notes".format(
                id=path_segment("id", id, "POST /contacts/{id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.create", "/contacts/{id}/notes")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Note = self._request(
            _kwargs,
            {200: Note.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def create_for_company(
        self,
        company_id: str,
        *,
        body: CreateCompanyNoteBody | CreateCompanyNoteBodyDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_id: str = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Create a company note

        You can add a note to a single company.

        Args:
            company_id (str):
            body (CreateCompanyNoteBody | CreateCompanyNoteBodyDict):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_id (str): The body's field admin_id (instead of body=). The unique identifier of the
                admin creating the note. If not provided, defaults to the admin associated with the access
                token.
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
            Note
        """

        from ...models.create_company_note_body import CreateCompanyNoteBody
        from ...models.note import Note

        body = cast(
            "CreateCompanyNoteBody",
            request_body(
                body_fields(
                    body,
                    {"admin_id": admin_id},
                    "CreateCompanyNoteBody",
                ),
                CreateCompanyNoteBody,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/companies/{company_id}/notes".format(
                company_id=path_segment("company_id", company_id, "POST /companies/{company_id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.create_for_company", "/companies/{company_id}/notes")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Note = self._request(
            _kwargs,
            {200: Note.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def list(
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
    ) -> SyncPaginator[Note, NoteList]:
        """List all contact notes

        You can fetch a list of notes that are associated to a contact.

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
            SyncPaginator[Note, NoteList]
        """

        from ...models.note_list import NoteList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/contacts/{id}/notes".format(
                id=path_segment("id", id, "GET /contacts/{id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.list", "/contacts/{id}/notes")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.notes.list_notes"],
            _kwargs,
            {200: NoteList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list_for_company(
        self,
        company_id: str,
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
    ) -> SyncPaginator[Note, NoteList]:
        """List all company notes

        You can fetch a list of notes that are associated to a company.

        Args:
            company_id (str):
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
            SyncPaginator[Note, NoteList]
        """

        from ...models.note_list import NoteList
        from ...pagination_table import PAGINATED_OPERATIONS

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/companies/{company_id}/notes".format(
                company_id=path_segment("company_id", company_id, "GET /companies/{company_id}/notes"),
            ),
            "extensions": {OPERATION: ("notes.list_for_company", "/companies/{company_id}/notes")},
        }
        _kwargs["headers"] = headers

        return self._paginate(
            PAGINATED_OPERATIONS["api.notes.list_company_notes"],
            _kwargs,
            {200: NoteList.from_dict},
            per_page,
            max_items,
            max_pages,
            start_cursor,
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        id: int,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Note:
        """Retrieve a note

        You can fetch the details of a single note.

        Args:
            id (int):
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
            Note
        """

        from ...models.note import Note

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/notes/{id}".format(
                id=path_segment("id", id, "GET /notes/{id}"),
            ),
            "extensions": {OPERATION: ("notes.retrieve", "/notes/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Note = self._request(
            _kwargs,
            {200: Note.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class NotesRawResource:
    """``client.notes.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: NotesResource) -> None:
        raw = NotesResource(resource._client, raw=True)
        self.create = sync_raw(raw.create)
        self.create_for_company = sync_raw(raw.create_for_company)
        self.retrieve = sync_raw(raw.retrieve)
