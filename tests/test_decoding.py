"""decode_json: the fast decoder when installed, the standard one for what it refuses, typed errors."""

from __future__ import annotations

import json

import httpx
import pytest

from intercom_client import ResponseDecodingError
from intercom_client import _decoding as types


def test_integers_beyond_64_bits_are_decoded() -> None:
    big = 2**70
    assert types.decode_json(httpx.Response(200, content=json.dumps({"n": big}).encode())) == {"n": big}


def test_a_utf16_body_is_decoded() -> None:
    body = json.dumps({"name": "Zoë"}).encode("utf-16")
    assert types.decode_json(httpx.Response(200, content=body)) == {"name": "Zoë"}


def test_the_standard_decoder_is_used_when_no_fast_one_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "_fast_loads", None)
    assert types.decode_json(httpx.Response(200, content=b'{"a": [1, 2.5, null]}')) == {"a": [1, 2.5, None]}


@pytest.mark.parametrize("body", [b"<html>busy</html>", b'{"a": ', b""])
def test_a_body_that_is_not_json_is_a_typed_error_carrying_the_response(body: bytes) -> None:
    response = httpx.Response(200, content=body)
    with pytest.raises(ResponseDecodingError, match="not valid JSON") as caught:
        types.decode_json(response)
    assert caught.value.response is response
