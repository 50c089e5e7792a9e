"""Client behaviours the Prism mock can drive: error statuses, authentication, API versions.

Prism answers ``Prefer: code=NNN`` with the response the spec documents for that status (its first
example), so each test picks an operation that documents the status it asks for. Arguments come from
the spec, built as in the contract test.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from intercom_client import (
    AsyncIntercom,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from intercom_client.generated._spec import DEFAULT_API_VERSION

from .conftest import needs_spec
from .spec_examples import json_examples, resolve
from .test_contract import SPEC, build_call, call_surface

pytestmark = needs_spec

TOKEN = "test-token"
# GET /articles/{id} documents 401 and 404 with Intercom error lists (2.15 names its parameter article_id)
NOT_FOUND_OPERATION = (
    next((p for p in SPEC.get("paths", {}) if re.fullmatch(r"/articles/\{\w+\}", p)), "/articles/{id}"),
    "get",
)
RATE_LIMITED_OPERATION = ("/export/reporting_data/enqueue", "post")  # the only operation documenting 429


def documented_error_codes(path: str, method: str, status: int) -> set[str]:
    """The ``errors[].code`` values of the spec's examples of one error response."""
    response = resolve(SPEC, SPEC["paths"][path][method]["responses"][str(status)])
    media = response["content"]["application/json"]
    return {
        error["code"]
        for _, example in json_examples(SPEC, media)
        for error in (example.get("errors") or [])
        if isinstance(error, dict) and "code" in error
    }


def call(path: str, method: str) -> Callable[[AsyncIntercom], Awaitable[Any]]:
    """The operation's resource method with spec-derived arguments, waiting for a client."""
    kwargs, _ = build_call(path, method, SPEC["paths"][path][method])

    def with_client(client: AsyncIntercom) -> Awaitable[Any]:
        return call_surface(client, path, method, dict(kwargs))

    return with_client


def version_enum() -> list[str]:
    return [str(value) for value in SPEC["components"]["schemas"]["intercom_version"]["enum"]]


@pytest.fixture
async def client(mock_url: str) -> AsyncIterator[AsyncIntercom]:
    async with AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0) as client:
        yield client


# -- error statuses ------------------------------------------------------------------------------


async def test_prefer_404_raises_not_found_with_the_error_list(client: AsyncIntercom) -> None:
    path, method = NOT_FOUND_OPERATION
    expected_codes = documented_error_codes(path, method, 404)
    assert expected_codes, f"{method.upper()} {path} no longer documents a 404 example"

    with pytest.raises(NotFoundError) as caught:
        await call(path, method)(client.with_options(default_headers={"Prefer": "code=404"}))

    error = caught.value
    assert error.status_code == 404
    assert error.errors, f"no error list parsed from {error.body!r}"
    assert {detail.code for detail in error.errors} <= expected_codes
    assert all(detail.message for detail in error.errors)
    assert error.request_id == error.body["request_id"]
    assert "Bearer" not in str(error) and TOKEN not in str(error)


async def test_prefer_429_raises_rate_limit_error_without_retrying(mock_url: str) -> None:
    path, method = RATE_LIMITED_OPERATION
    expected_codes = documented_error_codes(path, method, 429)
    sent: list[httpx.Request] = []

    async def count(request: httpx.Request) -> None:
        sent.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [count]})
    async with http, AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0, http_client=http) as client:
        with pytest.raises(RateLimitError) as caught:
            await call(path, method)(client.with_options(default_headers={"Prefer": "code=429"}))

    assert caught.value.status_code == 429
    assert {detail.code for detail in caught.value.errors} == expected_codes == {"rate_limit_exceeded"}
    assert caught.value.retry_after is None  # the spec documents no Retry-After / X-RateLimit-Reset header
    assert len(sent) == 1  # max_retries=0: no second attempt, no waiting


async def test_prefer_an_undocumented_status_is_a_prism_404(client: AsyncIntercom) -> None:
    """What Prism does when asked for a status the operation does not document (here 429 on GET /me):
    it answers 404 with its own problem+json, not the requested status; tests must ask for documented ones."""
    assert "429" not in SPEC["paths"]["/me"]["get"]["responses"]
    with pytest.raises(NotFoundError) as caught:
        await call("/me", "get")(client.with_options(default_headers={"Prefer": "code=429"}))
    assert caught.value.body["detail"] == "Requested status code 429 is not defined in the document."
    assert caught.value.errors == []  # not an Intercom error list


# -- authentication -------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["", None])
def test_the_client_refuses_a_missing_token(token: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTERCOM_ACCESS_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="no Intercom access token"):
        AsyncIntercom(token=token, base_url="http://127.0.0.1:9")


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer", "Basic dGVzdDp0ZXN0"],
    ids=["no-header", "empty-bearer-token", "wrong-scheme"],
)
async def test_a_request_without_a_valid_bearer_token_raises_authentication_error(
    mock_url: str, authorization: str | None
) -> None:
    """The client always sends its token, so a request hook stands in for a server that refuses it: the
    request still goes through the generated function and the client's error mapping."""

    async def replace_authorization(request: httpx.Request) -> None:
        del request.headers["Authorization"]
        if authorization is not None:
            request.headers["Authorization"] = authorization

    path, method = NOT_FOUND_OPERATION
    http = httpx.AsyncClient(event_hooks={"request": [replace_authorization]})
    async with http, AsyncIntercom(token=TOKEN, base_url=mock_url, max_retries=0, http_client=http) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(path, method)(client)

    assert caught.value.status_code == 401
    assert {detail.code for detail in caught.value.errors} <= documented_error_codes(path, method, 401)
    assert caught.value.errors


# -- Intercom-Version ----------------------------------------------------------------------------


@pytest.mark.parametrize("position", ["default", "first", "last-numbered", "middle"])
async def test_a_listed_intercom_version_is_accepted(client: AsyncIntercom, position: str) -> None:
    listed = version_enum()
    numbered = [value for value in listed if value[0].isdigit()]
    version = {
        "default": DEFAULT_API_VERSION,
        "first": listed[0],
        "last-numbered": numbered[-1],
        "middle": numbered[len(numbered) // 2],
    }[position]
    assert version in listed

    response = await call("/me", "get")(client.with_options(version=version))

    assert response.status_code == 200
    assert response.parsed is not None
    assert response.parsed.to_dict()["type"] == "admin"


# Intercom's unstable version was "Unstable" and is "Preview": whichever name this package's spec does not use.
RENAMED_VERSION = "Preview" if DEFAULT_API_VERSION == "Unstable" else "Unstable"


@pytest.mark.parametrize("version", ["0.9", "2.99", "3.0", "latest", RENAMED_VERSION])
async def test_an_unlisted_intercom_version_is_rejected(client: AsyncIntercom, version: str) -> None:
    assert version not in version_enum()

    with pytest.raises(UnprocessableEntityError) as caught:
        await call("/me", "get")(client.with_options(version=version))

    assert caught.value.status_code == 422
    validation = caught.value.body["validation"]
    assert [item["location"] for item in validation] == [["header", "intercom-version"]]
    assert all(listed in validation[0]["message"] for listed in (version_enum()[0], DEFAULT_API_VERSION))
