"""The errors of intercom_client.webhooks: one small hierarchy under IntercomError.

None of them ever holds the signing secret: messages name what was wrong with the request, never
the secret or the signature Intercom would have expected.
"""

from __future__ import annotations

from .._exceptions import IntercomError

__all__ = ["WebhookError", "WebhookExpiredError", "WebhookPayloadError", "WebhookSignatureError"]


class WebhookError(IntercomError):
    """A webhook request was rejected: base class of the errors below."""


class WebhookSignatureError(WebhookError):
    """The ``X-Hub-Signature`` header is missing, malformed, or does not match the body.

    The request cannot be trusted to come from Intercom: nothing of its body was parsed.
    """


class WebhookPayloadError(WebhookError):
    """The body is authentic (its signature matched) but is not an Intercom notification.

    Attributes:
        field: The JSON field that was wrong (e.g. ``"data.item"``), when the error is about one.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WebhookExpiredError(WebhookError):
    """The notification's ``created_at`` is older than the ``max_age`` the receiver accepts.

    Attributes:
        age: How old the notification was, in seconds.
        max_age: The limit it exceeded, in seconds.
    """

    def __init__(self, message: str, *, age: float, max_age: float) -> None:
        super().__init__(message)
        self.age = age
        self.max_age = max_age
