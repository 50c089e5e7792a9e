"""The access token is checked when a client is made: a ``str`` of printable ASCII without whitespace.

Before, a non-ASCII token was sent as its UTF-8 bytes (a header no server accepts as the token it
issued) and a ``bytes`` token raised a raw ``AttributeError``. The error never names the token.
"""

from __future__ import annotations

import traceback
from typing import Any

import pytest

from intercom_client import AsyncIntercom, ConfigurationError, Intercom

SECRET = "tok_Zq8xSECRETx7f3b91c2e4d5"

BAD_TOKENS: dict[str, Any] = {
    "non-ascii letter": SECRET + "é",
    "non-ascii in the middle": "tok_Zq8x\u00fcSECRETx7f3b91",
    "a non-breaking space": SECRET + "\u00a0x",
    "a zero-width space": SECRET + "\u200b",
    "an inner space": "tok_Zq8x SECRETx7f3b91",
    "a tab": SECRET + "\tx",
    "a newline": SECRET + "\nX-Evil: 1",
    "a DEL": SECRET + "\x7f",
    "bytes": SECRET.encode(),
    "bytearray": bytearray(SECRET.encode()),
    "an int": 12345678901234,
    "a list": [SECRET],
}


def texts(error: BaseException) -> list[str]:
    """Every text an error shows: its message, repr, args, traceback, and those of its chain."""
    out = ["".join(traceback.format_exception(error))]
    current: BaseException | None = error
    while current is not None:
        out += [str(current), repr(current), repr(current.args)]
        current = current.__cause__ or current.__context__
    return out


@pytest.mark.parametrize("kind", ["async", "sync"])
@pytest.mark.parametrize("name", list(BAD_TOKENS))
def test_a_bad_token_is_refused_at_construction_without_being_named(name: str, kind: str) -> None:
    cls = AsyncIntercom if kind == "async" else Intercom
    with pytest.raises(ConfigurationError) as caught:
        cls(token=BAD_TOKENS[name])
    message = str(caught.value)
    assert "token" in message
    for text in texts(caught.value):
        assert "SECRET" not in text and "Zq8x" not in text, text


@pytest.mark.parametrize("name", ["non-ascii letter", "an inner space"])
def test_a_bad_token_from_the_environment_is_refused_too(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERCOM_ACCESS_TOKEN", BAD_TOKENS[name])
    with pytest.raises(ConfigurationError) as caught:
        Intercom()
    for text in texts(caught.value):
        assert "SECRET" not in text and "Zq8x" not in text, text


def test_a_bytes_token_is_named_by_its_type() -> None:
    with pytest.raises(ConfigurationError, match=r"str.*bytes"):
        Intercom(token=SECRET.encode())  # type: ignore[arg-type]


@pytest.mark.parametrize("token", [SECRET, "dG9rOjEyMzQ1Njc4OTA6MTIzNDU2Nzg5MA==", "a-b_c.d~e+f/g=h!"])
def test_printable_ascii_tokens_are_accepted(token: str) -> None:
    assert Intercom(token=token)._headers["Authorization"] == f"Bearer {token}"


SLASHED = "tok/Zq8xSECRET/x7f3b91+c2e4=="  # printable ASCII, so a valid token; "/" is escapable in JSON


def escaped_echoes() -> dict[str, bytes]:
    """Error bodies that repeat the token as JSON may write it: "/" as "\\/" (PHP's json_encode does by
    default), or every character as a \\u escape. Decoded, each string is the token itself."""
    slashes = SLASHED.replace("/", "\\/")
    unicode = "".join(f"\\u{ord(c):04x}" for c in SLASHED)
    return {
        "escaped-slash": b'{"type": "error.list", "errors": [{"code": "unauthorized", "message": "bad token '
        + slashes.encode()
        + b'"}]}',
        "unicode-escapes": b'{"error": "token ' + unicode.encode() + b' refused"}',
        "in-a-key": b'{"' + slashes.encode() + b'": "unknown token"}',
    }


@pytest.mark.parametrize("echo", ["escaped-slash", "unicode-escapes", "in-a-key"])
@pytest.mark.parametrize("client", ["httpx", "aiohttp", "sync"])
def test_a_token_echoed_in_an_escaped_json_body_is_redacted(client: str, echo: str) -> None:
    import asyncio

    from intercom_client import AuthenticationError
    from tests.faults.server import FaultServer, reply

    body = escaped_echoes()[echo]

    async def run() -> BaseException:
        with FaultServer(default=reply(401, body, reason="Unauthorized")) as server:
            if client == "sync":
                with Intercom(token=SLASHED, base_url=server.url, max_retries=0) as sync:
                    with pytest.raises(AuthenticationError) as caught:
                        await asyncio.to_thread(sync.request, "GET", "/me")
                    return caught.value
            async with AsyncIntercom(
                token=SLASHED, base_url=server.url, max_retries=0, http_backend=client
            ) as intercom:  # type: ignore[arg-type]
                with pytest.raises(AuthenticationError) as caught:
                    await intercom.request("GET", "/me")
                return caught.value

    error = asyncio.run(run())
    assert isinstance(error, AuthenticationError)
    assert "[secure]" in repr(error.body)  # the echo is still shown, as redacted
    for text in [*texts(error), repr(error.body), error.message]:
        assert "SECRET" not in text and "Zq8x" not in text, text


BAD_OPTIONS: dict[str, tuple[dict[str, Any], str]] = {
    "a version that is an int": ({"version": 2}, "version must be a str"),
    "a version with a newline": ({"version": "2.14\nX-Evil: 1"}, "version must be printable ASCII"),
    "a version that is empty": ({"version": ""}, "version must be printable ASCII"),
    "a region that is an int": ({"region": 1}, "region must be a str"),
    "a base_url that is bytes": ({"base_url": b"https://api.intercom.io"}, "base_url must be a str"),
    "a base_url without a host": ({"base_url": "https://"}, "base_url must be an http\\(s\\) URL"),
    "a base_url of another scheme": ({"base_url": "ftp://user:" + SECRET + "@example.com"}, "http\\(s\\) URL"),
}


@pytest.mark.parametrize("cls", [AsyncIntercom, Intercom])
@pytest.mark.parametrize("case", list(BAD_OPTIONS))
def test_other_options_of_the_wrong_type_or_shape_are_configuration_errors(cls: Any, case: str) -> None:
    """``version``, ``region`` and ``base_url`` are checked at construction; a base URL is never repeated
    (it may carry credentials). Before, an int version raised httpx's TypeError at the first call and an
    int region an AttributeError."""
    options, message = BAD_OPTIONS[case]
    with pytest.raises(ConfigurationError, match=message) as caught:
        cls(token="tok_fine", **options)
    assert not any(SECRET in text for text in texts(caught.value))


def test_with_options_checks_the_version_too() -> None:
    with Intercom(token="tok_fine") as client, pytest.raises(ConfigurationError, match="version must be a str"):
        client.with_options(version=2.14)  # type: ignore[arg-type]
