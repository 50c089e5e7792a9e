"""The fake's bulk jobs: ``/contacts/bulk/{id}``, ``/companies/bulk/{id}`` and ``/jobs/status/{id}``.

A test registers a job with the states its polls will see, in order (the last one repeats), e.g.
``state.add("contacts_bulk", "job_1", ["pending", "running", "completed"])``. Field names are the
spec's: ``state`` (pending, running, completed, completed_with_errors) for bulk jobs, ``status``
(pending, success, failed) for ``/jobs/status``. An unknown id is answered 404 as the spec's example
(``job_not_found``). Every request needs a bearer token (401 otherwise), as Intercom does.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

FAST = {"poll_interval": 0.01, "max_poll_interval": 0.05}
"""``wait_for_job`` options for tests: poll the fake every 10 to 50 ms instead of Intercom's pace."""


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """An error answered as Intercom answers it: the status and an ``error.list`` body."""
    body = {"type": "error.list", "request_id": "fake-request", "errors": [{"code": code, "message": message}]}
    return JSONResponse(body, status_code=status, headers=headers)


def unauthorized(request: Request) -> JSONResponse | None:
    """401 unless the request carries a bearer token."""
    if not request.headers.get("authorization", "").startswith("Bearer "):
        return error(401, "unauthorized", "Access Token Invalid")
    return None


_PATHS = {"contacts_bulk": "/contacts/bulk", "companies_bulk": "/companies/bulk", "job": "/jobs/status"}


class JobsState:
    """The bulk jobs the fake knows, and the polls each received."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[tuple[str, str], list[str]] = {}
        self.polls: dict[str, int] = {}
        self.throttled = 0  # polls still to answer 429 (Intercom's rate limit), before any job is looked up
        self.rejected = 0

    def throttle(self, polls: int) -> None:
        """Answer the next ``polls`` polls with 429 and ``Retry-After: 0``."""
        with self._lock:
            self.throttled = polls

    def add(self, kind: str, job_id: str, states: Sequence[str]) -> None:
        with self._lock:
            self._states[(kind, job_id)] = list(states)
            self.polls[job_id] = 0

    def _next(self, kind: str, job_id: str) -> str | None:
        with self._lock:
            states = self._states.get((kind, job_id))
            if states is None:
                return None
            self.polls[job_id] += 1
            return states.pop(0) if len(states) > 1 else states[0]

    def routes(self) -> list[Route]:
        return [Route(f"{path}/{{id}}", self._endpoint(kind), methods=["GET"]) for kind, path in _PATHS.items()]

    def _endpoint(self, kind: str) -> Any:
        async def status(request: Request) -> Response:
            if (denied := unauthorized(request)) is not None:
                return denied
            with self._lock:
                if self.throttled > 0:
                    self.throttled -= 1
                    self.rejected += 1
                    return error(429, "rate_limit_exceeded", "Rate Limit Exceeded", headers={"Retry-After": "0"})
            job_id = request.path_params["id"]
            state = self._next(kind, job_id)
            if state is None:
                return error(404, "job_not_found", "Job Not Found")
            url = f"https://api.intercom.io{_PATHS[kind]}/{job_id}"
            if kind == "job":
                return JSONResponse({"type": "job", "id": job_id, "status": state, "url": url})
            finished = state.startswith("completed")
            body = {
                "id": job_id,
                "type": f"{kind.replace('_bulk', '')}.bulk.job",
                "state": state,
                "created_at": 1713360000,
                "updated_at": 1713360060,
                "completed_at": 1713360120 if finished else None,
                "tasks": [{"id": "task_1", "item_count": 3, "state": state, "created_at": 1713360000}],
                "url": url,
            }
            return JSONResponse(body)

        return status
