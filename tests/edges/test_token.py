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
