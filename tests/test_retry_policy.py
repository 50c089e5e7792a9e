"""The retry policy (``intercom_client/_retry.py``) on its own: each rule, with real httpx requests and
responses and no client.

``tests/test_client_retries.py`` checks the same rules end to end through both clients (the waits they
make, what they log); here each rule is pinned where it is decided, including the cases an end-to-end
test reaches only with a fault server (an error before the request was sent, a body that does not
decode).
"""

from __future__ import annotations

import email.utils
import random

import httpx
import pytest

from intercom_client._reads import READ_ONLY
from intercom_client._retry import backoff, retry_delay

NOW = 1_700_000_000.0  # the wall clock the policy is given
URL = "https://api.intercom.io/contacts"
# The rules as the README and the client's docstring state them (not read from the module under test).
RETRYABLE = [408, 429, 500, 502, 503, 504]
NOT_ACTED_ON = [408, 429]  # the server says it did not act: even a POST may be sent again
FIVE_XX = [500, 502, 503, 504]
IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]
INITIAL_BACKOFF, MAX_BACKOFF = 0.5, 8.0


def request(method: str = "GET", *, read_only: object = None) -> httpx.Request:
    extensions = {} if read_only is None else {READ_ONLY: read_only}
    return httpx.Request(method, URL, extensions=extensions)


def response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def delay(
    req: httpx.Request,
    *,
    status: int | None = None,
    headers: dict[str, str] | None = None,
    error: Exception | None = None,
    attempt: int = 0,
    max_retries: int = 2,
    max_retry_wait: float = 60.0,
    retry_unsafe_methods: bool = False,
) -> float | None:
    """The policy's answer for one attempt that ended in ``status`` (with ``headers``) or ``error``."""
    return retry_delay(
        req,
        attempt,
        None if status is None else response(status, headers),
        error,
        max_retries=max_retries,
        max_retry_wait=max_retry_wait,
        retry_unsafe_methods=retry_unsafe_methods,
        clock=lambda: NOW,
        rng=random.Random(7),
    )


def backoff_bounds(attempt: int) -> tuple[float, float]:
    """The range the jittered backoff of ``attempt`` falls in (up to a quarter shorter than its base)."""
    base = min(MAX_BACKOFF, INITIAL_BACKOFF * 2**attempt)
    return 0.75 * base, base


# -- statuses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", RETRYABLE)
def test_a_retryable_status_of_a_get_is_retried_after_a_backoff(status: int) -> None:
    low, high = backoff_bounds(0)
    waited = delay(request("GET"), status=status)
    assert waited is not None and low <= waited <= high


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505, 599])
def test_any_other_status_is_final_whatever_the_method(status: int) -> None:
    assert delay(request("GET"), status=status) is None
    assert delay(request("POST"), status=status, retry_unsafe_methods=True) is None


# -- methods ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", IDEMPOTENT)
def test_an_idempotent_method_is_retried_on_a_5xx(method: str) -> None:
    assert delay(request(method), status=503) is not None


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", FIVE_XX)
def test_a_method_that_may_have_acted_is_not_retried_on_a_5xx(method: str, status: int) -> None:
    assert delay(request(method), status=status) is None


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", NOT_ACTED_ON)
def test_any_method_is_retried_when_the_status_says_the_server_did_not_act(method: str, status: int) -> None:
    assert delay(request(method), status=status) is not None


def test_retry_unsafe_methods_retries_a_post_on_a_5xx() -> None:
    assert delay(request("POST"), status=502, retry_unsafe_methods=True) is not None


# -- the read-only mark -----------------------------------------------------------------------------


def test_a_post_marked_read_only_is_retried_like_a_get() -> None:
    assert delay(request("POST", read_only=True), status=503) is not None
    assert delay(request("POST", read_only=True), error=httpx.ReadTimeout("slow")) is not None


@pytest.mark.parametrize("mark", [False, "true", 1])
def test_only_the_mark_true_makes_a_post_repeatable(mark: object) -> None:
    assert delay(request("POST", read_only=mark), status=503) is None


# -- Retry-After and max_retry_wait -----------------------------------------------------------------


def test_retry_after_in_seconds_is_the_wait() -> None:
    assert delay(request("GET"), status=503, headers={"Retry-After": "7"}) == 7.0
    assert delay(request("POST"), status=429, headers={"Retry-After": "2.5"}) == 2.5


def test_retry_after_as_a_date_is_read_on_the_clock_given() -> None:
    when = email.utils.formatdate(NOW + 30, usegmt=True)
    assert delay(request("GET"), status=503, headers={"Retry-After": when}) == pytest.approx(30.0)


def test_a_rate_limit_reset_is_the_wait_of_a_429_only() -> None:
    reset = {"X-RateLimit-Reset": str(int(NOW + 12))}
    assert delay(request("GET"), status=429, headers=reset) == pytest.approx(12.0)
    low, high = backoff_bounds(0)
    waited = delay(request("GET"), status=503, headers=reset)  # Intercom sends it on every response
    assert waited is not None and low <= waited <= high


@pytest.mark.parametrize("asked", ["0", "-5", "soon", "inf"])
def test_an_unusable_retry_after_falls_back_to_the_backoff(asked: str) -> None:
    low, high = backoff_bounds(1)
    waited = delay(request("GET"), status=503, headers={"Retry-After": asked}, attempt=1)
    assert waited is not None and low <= waited <= high


def test_a_retry_after_over_max_retry_wait_is_not_waited_for() -> None:
    assert delay(request("GET"), status=429, headers={"Retry-After": "61"}, max_retry_wait=60.0) is None
    assert delay(request("GET"), status=429, headers={"Retry-After": "60"}, max_retry_wait=60.0) == 60.0
    assert delay(request("GET"), status=429, headers={"Retry-After": "1"}, max_retry_wait=0.0) is None


def test_max_retry_wait_does_not_bound_the_backoff() -> None:
    assert delay(request("GET"), status=503, max_retry_wait=0.0) is not None


# -- attempts exhausted -----------------------------------------------------------------------------


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_no_retry_after_max_retries(max_retries: int) -> None:
    for attempt in range(max_retries):
        assert delay(request("GET"), status=503, attempt=attempt, max_retries=max_retries) is not None
    assert delay(request("GET"), status=503, attempt=max_retries, max_retries=max_retries) is None
    assert (
        delay(request("GET"), error=httpx.ConnectError("refused"), attempt=max_retries, max_retries=max_retries) is None
    )


# -- errors -----------------------------------------------------------------------------------------


def test_a_body_that_does_not_decode_is_never_retried() -> None:
    error = httpx.DecodingError("not gzip")
    assert delay(request("GET"), error=error) is None
    assert delay(request("POST"), error=error, retry_unsafe_methods=True) is None
    assert delay(request("POST", read_only=True), error=error) is None


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
)
def test_an_error_before_the_request_was_sent_is_retried_whatever_the_method(error: Exception) -> None:
    assert delay(request("POST"), error=error) is not None
    assert delay(request("GET"), error=error) is not None


@pytest.mark.parametrize(
    "error",
    [httpx.ReadTimeout("slow"), httpx.WriteTimeout("slow"), httpx.ReadError("reset"), httpx.RemoteProtocolError("eof")],
)
def test_an_error_after_sending_is_retried_only_when_the_request_is_safe_to_repeat(error: Exception) -> None:
    assert delay(request("POST"), error=error) is None
    assert delay(request("GET"), error=error) is not None
    assert delay(request("POST"), error=error, retry_unsafe_methods=True) is not None


# -- backoff ----------------------------------------------------------------------------------------


def test_the_backoff_doubles_from_half_a_second_up_to_its_cap_with_bounded_jitter() -> None:
    rng = random.Random(1)
    for attempt in range(12):
        low, high = backoff_bounds(attempt)
        for _ in range(50):
            assert low <= backoff(attempt, rng) <= high
    assert backoff_bounds(11) == (0.75 * MAX_BACKOFF, MAX_BACKOFF)


def test_the_backoff_is_jittered_by_the_rng_given() -> None:
    assert backoff(2, random.Random(3)) == backoff(2, random.Random(3))
    assert len({backoff(2, random.Random(seed)) for seed in range(20)}) > 1
