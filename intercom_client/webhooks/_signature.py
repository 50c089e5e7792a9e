"""Signing and verifying webhook bodies: ``X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>``.

Intercom signs every notification with the app's client secret: "The signature is the hexadecimal
(40-byte) representation of a SHA-1 signature computed using the HMAC algorithm as defined in
RFC2104", sent as ``X-Hub-Signature`` whose value "starts with the string sha1= followed by the
signature" (https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications,
and the same in https://developers.intercom.com/building-apps/docs/webhook-model#section-signed-notifications).
The signature covers the bytes as sent, so it is checked before anything parses them.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from .._exceptions import ConfigurationError
from ._errors import WebhookPayloadError, WebhookSignatureError

__all__ = ["SIGNATURE_HEADER", "sign", "verify_signature"]

SIGNATURE_HEADER = "X-Hub-Signature"
"""The request header that carries the signature (header names are case-insensitive)."""

_SCHEME = "sha1="
_HEX_DIGEST = re.compile(r"[0-9a-f]{40}", re.ASCII)
_OTHER_SCHEME = re.compile(r"([A-Za-z0-9_-]{1,16})=")


def sign(payload: bytes, secret: str) -> str:
    """The ``X-Hub-Signature`` value Intercom would send with ``payload``, e.g. for your tests::

    body = json.dumps(notification).encode()
    headers = {"X-Hub-Signature": sign(body, secret)}
    """
    return _SCHEME + _digest(_as_bytes(payload), _key(secret))


def verify_signature(payload: bytes, signature: str | None, secret: str) -> None:
    """Raise WebhookSignatureError unless ``signature`` is ``sha1=`` + the HMAC-SHA1 of ``payload``.

    The header must be exactly ``sha1=`` followed by 40 hex digits; the digests are compared in
    constant time. Neither the secret nor the expected digest ever appears in the error.
    """
    body = _as_bytes(payload)
    key = _key(secret)
    if signature is None or signature == "":
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is missing")
    if not isinstance(signature, str):
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header must be a str, got {type(signature).__name__}")
    if not signature.startswith(_SCHEME):
        other = _OTHER_SCHEME.match(signature)
        if other:
            raise WebhookSignatureError(
                f"the {SIGNATURE_HEADER} header uses the {other.group(1)!r} scheme; Intercom signs with 'sha1='"
            )
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header does not start with 'sha1='")
    given = signature[len(_SCHEME) :].lower()
    if not _HEX_DIGEST.fullmatch(given):
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is not 'sha1=' followed by 40 hex digits")
    if not hmac.compare_digest(_digest(body, key), given):
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} signature does not match the body")


def _digest(payload: bytes, key: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha1).hexdigest()


def _key(secret: str) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise ConfigurationError("the webhook secret (your app's client secret) must be a non-empty str")
    return secret.encode("utf-8")


def _as_bytes(payload: bytes) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, bytearray | memoryview):
        return bytes(payload)
    raise WebhookPayloadError(
        f"the payload must be the raw request body as bytes, got {type(payload).__name__} "
        "(a decoded or re-serialised body no longer matches its signature)"
    )
