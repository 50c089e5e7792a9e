"""The company scroll of the loopback fake: ``GET /companies/scroll``, with Intercom's rules enforced.

From https://developers.intercom.com/docs/references/rest-api/api.intercom.io/companies/scrolloverallcompanies
and public recorded answers:

- one open scroll per app: opening another while one is open (not expired, not finished) is answered
  400 ``{"code": "scroll_exists", "message": "scroll already exists for this app"}`` (as recorded in
  https://github.com/intercom/intercom-ruby/issues/474);
- a scroll unused for ``idle_expiry`` seconds (Intercom: one minute; tests set e.g. 0.5) expires; its
  ``scroll_param`` is then answered 404 (as reported in https://github.com/airbytehq/airbyte/issues/9339;
  the body is not documented: the fake sends ``not_found``);
- a server error mid-scroll (``fail_page`` / :meth:`ScrollState.fail_next`) is answered 500 with the
  documented message and ends the scroll: it cannot be resumed;
- the last page has no companies and closes the scroll.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .jobs import error

SERVER_ERROR_MESSAGE = "Request failed due to an internal network error. Please restart the scroll operation."


def company(index: int) -> dict[str, Any]:
    """The body of company number ``index``."""
    return {
        "type": "company",
        "id": f"c{index:06d}",
        "company_id": f"acme-{index}",
        "name": f"Company {index}",
        "created_at": 1_600_000_000,
        "updated_at": 1_700_000_000 + index,
    }


class ScrollState:
    """The companies and the one scroll of the app (thread-safe); tests inspect and drive it."""

    def __init__(self, count: int, *, page_size: int = 50, idle_expiry: float = 60.0) -> None:
        self._lock = threading.Lock()
        self.companies = [company(i) for i in range(count)]
        self.page_size = page_size
        self.idle_expiry = idle_expiry
        self.param: str | None = None
        self.position = 0
        self.last_used = 0.0
        self.opened = 0
        self.answers: list[int] = []
        self._failures: list[int] = []

    def fail_next(self, times: int = 1) -> None:
        """Answer the next ``times`` continuation requests (those with a scroll_param) with a 500."""
        with self._lock:
            self._failures.extend([500] * times)

    def open_elsewhere(self) -> None:
        """Open a scroll as another integration would: this app's scroll is busy until it expires."""
        with self._lock:
            self._open()

    def _open(self) -> None:
        self.param = str(uuid.uuid4())
        self.position = 0
        self.last_used = time.monotonic()
        self.opened += 1

    def _live(self) -> bool:
        return self.param is not None and time.monotonic() - self.last_used < self.idle_expiry

    def scroll(self, scroll_param: str | None) -> JSONResponse:
        with self._lock:
            answer = self._answer(scroll_param)
            self.answers.append(answer.status_code)
            return answer

    def _answer(self, scroll_param: str | None) -> JSONResponse:
        if scroll_param is None:
            if self._live():
                return error(400, "scroll_exists", "scroll already exists for this app")
            self._open()
        elif scroll_param != self.param or not self._live():
            return error(404, "not_found", "scroll parameter not found")
        elif self._failures:
            self._failures.pop(0)
            self.param = None  # a scroll cannot be resumed after a server error
            return error(500, "server_error", SERVER_ERROR_MESSAGE)
        page = self.companies[self.position : self.position + self.page_size]
        self.position += len(page)
        self.last_used = time.monotonic()
        param = self.param
        if not page:
            self.param = None  # the end: "companies will be empty and the scroll parameter will expire"
        return JSONResponse({"type": "list", "data": page, "scroll_param": param, "total_count": len(self.companies)})


def routes(state: ScrollState) -> list[Route]:
    """The Starlette route of the scroll endpoint, served from ``state``."""

    async def scroll(request: Request) -> JSONResponse:
        return state.scroll(request.query_params.get("scroll_param"))

    return [Route("/companies/scroll", scroll, methods=["GET"])]
