# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.teams``: the teams resource of both clients, one method per operation.

``TeamsResource`` is the sync one (on ``Intercom``), ``AsyncTeamsResource`` the async one (on
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
    from ...models.admin_priority_level_request import AdminPriorityLevelRequestDict
    from ...models.intercom_version import IntercomVersion
    from ...models.team import Team
    from ...models.team_list import TeamList
    from ...models.team_metric_list import TeamMetricList
    from ...models.update_team_members_request import UpdateTeamMembersRequest, UpdateTeamMembersRequestDict
    from ...types import TimeoutTypes

__all__ = ["AsyncTeamsResource", "TeamsResource"]


class AsyncTeamsResource(AsyncResource):
    """``client.teams`` of AsyncIntercom: 4 operations."""

    @property
    def with_raw_response(self) -> AsyncTeamsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncTeamsRawResource(self)

    async def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TeamList:
        """List all teams

        This will return a list of team objects for the App.

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
            TeamList
        """

        from ...models.team_list import TeamList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/teams",
            "extensions": {OPERATION: ("teams.list", "/teams")},
        }
        _kwargs["headers"] = headers

        parsed: TeamList = await self._request(
            _kwargs,
            {200: TeamList.from_dict},
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
    ) -> Team:
        """Retrieve a team

        You can fetch the details of a single team, containing an array of admins that belong to this team.

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
            Team
        """

        from ...models.team import Team

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/teams/{id}".format(
                id=path_segment("id", id, "GET /teams/{id}"),
            ),
            "extensions": {OPERATION: ("teams.retrieve", "/teams/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Team = await self._request(
            _kwargs,
            {200: Team.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def retrieve_metrics(
        self,
        team_id: str,
        *,
        idle_threshold: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TeamMetricList:
        """Retrieve team metrics

        Returns real-time activity metrics for admins in the specified team. For each admin, the response
        includes counts of open, idle, and snoozed conversations.

        This endpoint requires the `realtime_monitoring` feature to be enabled for your workspace.

        Args:
            team_id (str):
            idle_threshold (int | Unset):  Example: 1800.
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
            TeamMetricList
        """

        from ...models.team_metric_list import TeamMetricList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["idle_threshold"] = idle_threshold
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/teams/{team_id}/metrics".format(
                team_id=path_segment("team_id", team_id, "GET /teams/{team_id}/metrics"),
            ),
            "extensions": {OPERATION: ("teams.retrieve_metrics", "/teams/{team_id}/metrics")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: TeamMetricList = await self._request(
            _kwargs,
            {200: TeamMetricList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    async def update_members(
        self,
        id: str,
        *,
        body: UpdateTeamMembersRequest | UpdateTeamMembersRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_ids: Sequence[int] = NOT_GIVEN,
        admin_priority_level: AdminPriorityLevelRequestDict | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Team:
        """Update a team's members

        You can replace the set of teammates who belong to a team. Send the full list of
        teammates the team should end up with — any teammate currently on the team and
        missing from the list is removed. This makes the endpoint safe to call on a
        schedule to keep Intercom in step with an external rota or workforce management
        system, since sending an unchanged list makes no changes at all.

        A token that acts on behalf of a teammate carries that teammate's permissions:
        they must be able to manage teams, and any team or teammate their access is
        restricted from remains out of reach here.

        Args:
            id (str):
            body (UpdateTeamMembersRequest | UpdateTeamMembersRequestDict): The request payload for
                updating a team's membership.
                `admin_ids` is the complete set of teammates who should be on the team once
                the request completes, not a list of changes to apply. Any teammate currently
                on the team but absent from `admin_ids` is removed.

                The team's members and their priority levels are the only parts of a team this
                endpoint writes, and the request is read from the body: a parameter sent in the
                query string is rejected rather than applied. A team read from the API can be sent
                back whole, since the other fields of the representation are accepted as long as
                they are unchanged. Trying to change one of them returns a 400 rather than being
                ignored, as does any field a team does not have.

                `admin_priority_level` sets which teammates take work first. It is optional, and
                names only the teammates whose level the request is setting: a teammate it leaves
                out keeps the level they already have, and one joining the team without a level
                named becomes a primary member. A level named for a teammate the request removes is
                ignored, so a team read from the API can still be sent back whole with only
                `admin_ids` changed.

                Naming an id that is on neither the team nor `admin_ids` returns a 400. So does
                naming the same id at both levels, unless the team really does hold that teammate
                at both: a read reports that shape, and sending it back settles them at a single
                level rather than being refused.

                Only a team whose `distribution_method` is `load_balanced` can have secondary
                members, so `secondary_admin_ids` returns a 400 on any other team.
                `primary_admin_ids` is accepted on every team, but a team that does not balance
                assignment does not report `admin_priority_level` back and does not use the levels
                to decide who work goes to.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_ids (Sequence[int]): The body's field admin_ids (instead of body=). The ids of every
                teammate who should be a member of the team. Must contain at least one id, and no more
                than 1000.
            admin_priority_level (AdminPriorityLevelRequestDict | None): The body's field
                admin_priority_level (instead of body=).
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
            Team
        """

        from ...models.team import Team
        from ...models.update_team_members_request import UpdateTeamMembersRequest

        body = cast(
            "UpdateTeamMembersRequest",
            request_body(
                body_fields(
                    body,
                    {"admin_ids": admin_ids, "admin_priority_level": admin_priority_level},
                    "UpdateTeamMembersRequest",
                ),
                UpdateTeamMembersRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/teams/{id}".format(
                id=path_segment("id", id, "PUT /teams/{id}"),
            ),
            "extensions": {OPERATION: ("teams.update_members", "/teams/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Team = await self._request(
            _kwargs,
            {200: Team.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncTeamsRawResource:
    """``client.teams.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTeamsResource) -> None:
        raw = AsyncTeamsResource(resource._client, raw=True)
        self.list = async_raw(raw.list)
        self.retrieve = async_raw(raw.retrieve)
        self.retrieve_metrics = async_raw(raw.retrieve_metrics)
        self.update_members = async_raw(raw.update_members)


class TeamsResource(SyncResource):
    """``client.teams`` of Intercom: 4 operations."""

    @property
    def with_raw_response(self) -> TeamsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return TeamsRawResource(self)

    def list(
        self,
        *,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TeamList:
        """List all teams

        This will return a list of team objects for the App.

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
            TeamList
        """

        from ...models.team_list import TeamList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/teams",
            "extensions": {OPERATION: ("teams.list", "/teams")},
        }
        _kwargs["headers"] = headers

        parsed: TeamList = self._request(
            _kwargs,
            {200: TeamList.from_dict},
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
    ) -> Team:
        """Retrieve a team

        You can fetch the details of a single team, containing an array of admins that belong to this team.

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
            Team
        """

        from ...models.team import Team

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/teams/{id}".format(
                id=path_segment("id", id, "GET /teams/{id}"),
            ),
            "extensions": {OPERATION: ("teams.retrieve", "/teams/{id}")},
        }
        _kwargs["headers"] = headers

        parsed: Team = self._request(
            _kwargs,
            {200: Team.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def retrieve_metrics(
        self,
        team_id: str,
        *,
        idle_threshold: int | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> TeamMetricList:
        """Retrieve team metrics

        Returns real-time activity metrics for admins in the specified team. For each admin, the response
        includes counts of open, idle, and snoozed conversations.

        This endpoint requires the `realtime_monitoring` feature to be enabled for your workspace.

        Args:
            team_id (str):
            idle_threshold (int | Unset):  Example: 1800.
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
            TeamMetricList
        """

        from ...models.team_metric_list import TeamMetricList

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        params: dict[str, Any] = {}
        params["idle_threshold"] = idle_threshold
        params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

        _kwargs: dict[str, Any] = {
            "method": "get",
            "url": "/teams/{team_id}/metrics".format(
                team_id=path_segment("team_id", team_id, "GET /teams/{team_id}/metrics"),
            ),
            "extensions": {OPERATION: ("teams.retrieve_metrics", "/teams/{team_id}/metrics")},
        }
        if params:  # no params at all spares httpx a second parse of the URL
            _kwargs["params"] = params
        _kwargs["headers"] = headers

        parsed: TeamMetricList = self._request(
            _kwargs,
            {200: TeamMetricList.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed

    def update_members(
        self,
        id: str,
        *,
        body: UpdateTeamMembersRequest | UpdateTeamMembersRequestDict = NOT_GIVEN,
        intercom_version: IntercomVersion | Unset = UNSET,
        admin_ids: Sequence[int] = NOT_GIVEN,
        admin_priority_level: AdminPriorityLevelRequestDict | None = NOT_GIVEN,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Team:
        """Update a team's members

        You can replace the set of teammates who belong to a team. Send the full list of
        teammates the team should end up with — any teammate currently on the team and
        missing from the list is removed. This makes the endpoint safe to call on a
        schedule to keep Intercom in step with an external rota or workforce management
        system, since sending an unchanged list makes no changes at all.

        A token that acts on behalf of a teammate carries that teammate's permissions:
        they must be able to manage teams, and any team or teammate their access is
        restricted from remains out of reach here.

        Args:
            id (str):
            body (UpdateTeamMembersRequest | UpdateTeamMembersRequestDict): The request payload for
                updating a team's membership.
                `admin_ids` is the complete set of teammates who should be on the team once
                the request completes, not a list of changes to apply. Any teammate currently
                on the team but absent from `admin_ids` is removed.

                The team's members and their priority levels are the only parts of a team this
                endpoint writes, and the request is read from the body: a parameter sent in the
                query string is rejected rather than applied. A team read from the API can be sent
                back whole, since the other fields of the representation are accepted as long as
                they are unchanged. Trying to change one of them returns a 400 rather than being
                ignored, as does any field a team does not have.

                `admin_priority_level` sets which teammates take work first. It is optional, and
                names only the teammates whose level the request is setting: a teammate it leaves
                out keeps the level they already have, and one joining the team without a level
                named becomes a primary member. A level named for a teammate the request removes is
                ignored, so a team read from the API can still be sent back whole with only
                `admin_ids` changed.

                Naming an id that is on neither the team nor `admin_ids` returns a 400. So does
                naming the same id at both levels, unless the team really does hold that teammate
                at both: a read reports that shape, and sending it back settles them at a single
                level rather than being refused.

                Only a team whose `distribution_method` is `load_balanced` can have secondary
                members, so `secondary_admin_ids` returns a 400 on any other team.
                `primary_admin_ids` is accepted on every team, but a team that does not balance
                assignment does not report `admin_priority_level` back and does not use the levels
                to decide who work goes to.
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            admin_ids (Sequence[int]): The body's field admin_ids (instead of body=). The ids of every
                teammate who should be a member of the team. Must contain at least one id, and no more
                than 1000.
            admin_priority_level (AdminPriorityLevelRequestDict | None): The body's field
                admin_priority_level (instead of body=).
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
            Team
        """

        from ...models.team import Team
        from ...models.update_team_members_request import UpdateTeamMembersRequest

        body = cast(
            "UpdateTeamMembersRequest",
            request_body(
                body_fields(
                    body,
                    {"admin_ids": admin_ids, "admin_priority_level": admin_priority_level},
                    "UpdateTeamMembersRequest",
                ),
                UpdateTeamMembersRequest,
            ),
        )
        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "put",
            "url": "/teams/{id}".format(
                id=path_segment("id", id, "PUT /teams/{id}"),
            ),
            "extensions": {OPERATION: ("teams.update_members", "/teams/{id}")},
        }
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
        _kwargs["headers"] = headers

        parsed: Team = self._request(
            _kwargs,
            {200: Team.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class TeamsRawResource:
    """``client.teams.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TeamsResource) -> None:
        raw = TeamsResource(resource._client, raw=True)
        self.list = sync_raw(raw.list)
        self.retrieve = sync_raw(raw.retrieve)
        self.retrieve_metrics = sync_raw(raw.retrieve_metrics)
        self.update_members = sync_raw(raw.update_members)
