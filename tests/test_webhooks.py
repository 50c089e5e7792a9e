"""intercom_client.webhooks: signatures, parsing, topics, dedupe and the receiver, without a server.

Every signature the tests expect is computed here with stdlib hmac (tests/webhook_helpers.py), not
with the SDK's ``sign``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import traceback

import pytest

import intercom_client
from intercom_client import ConfigurationError, IntercomError, decoding_issues
from intercom_client.models import Contact, Conversation
from intercom_client.webhooks import (
    KNOWN_TOPICS,
    DedupeStore,
    MemoryDedupeStore,
    Notification,
    WebhookExpiredError,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookSignatureError,
    construct_event,
    parse_notification,
    sign,
)

from .webhook_helpers import SECRET, encode, hub_signature, notification

CONTACT = {"type": "contact", "id": "6762f0d51bb69f9f2193bb7f", "role": "user", "email": "joe@example.com"}
BODY = encode(notification(CONTACT))


# -- signatures ----------------------------------------------------------------------------------


def test_a_body_signed_with_the_secret_verifies_and_parses() -> None:
    event = construct_event(BODY, hub_signature(BODY), SECRET)
    assert isinstance(event, Notification)
    assert isinstance(event.item, Contact)
    assert (event.item.id, event.item.email) == ("6762f0d51bb69f9f2193bb7f", "joe@example.com")


def test_sign_gives_the_header_intercom_sends() -> None:
    assert sign(BODY, SECRET) == hub_signature(BODY)
    # The example of Intercom's signed-notifications page: a 40-hex-digit digest after "sha1=".
    assert len(sign(b"{}", "x")) == len("sha1=") + 40


def test_uppercase_hex_digits_are_the_same_signature() -> None:
    assert construct_event(BODY, "sha1=" + hub_signature(BODY)[5:].upper(), SECRET).id == notification(CONTACT)["id"]


def _flip_one_byte(body: bytes, at: int) -> bytes:
    return body[:at] + bytes([body[at] ^ 0x01]) + body[at + 1 :]


@pytest.mark.parametrize("at", [0, len(BODY) // 2, len(BODY) - 1])
def test_one_byte_changed_is_rejected(at: int) -> None:
    tampered = _flip_one_byte(BODY, at)
    assert tampered != BODY and len(tampered) == len(BODY)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        construct_event(tampered, hub_signature(BODY), SECRET)


def test_a_changed_value_that_is_still_valid_json_is_rejected() -> None:
    tampered = BODY.replace(b"joe@example.com", b"eve@example.com")
    assert json.loads(tampered)["data"]["item"]["email"] == "eve@example.com"
    with pytest.raises(WebhookSignatureError, match="does not match"):
        construct_event(tampered, hub_signature(BODY), SECRET)


def test_the_wrong_secret_is_rejected() -> None:
    with pytest.raises(WebhookSignatureError, match="does not match"):
        construct_event(BODY, hub_signature(BODY, "another-apps-secret"), SECRET)


@pytest.mark.parametrize("header", [None, ""])
def test_a_missing_header_is_rejected(header: str | None) -> None:
    with pytest.raises(WebhookSignatureError, match="header is missing"):
        construct_event(BODY, header, SECRET)


def test_a_sha256_signature_is_rejected_even_when_it_is_a_correct_one() -> None:
    import hashlib
    import hmac

    sha256 = "sha256=" + hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    with pytest.raises(WebhookSignatureError, match="'sha256' scheme"):
        construct_event(BODY, sha256, SECRET)


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda s: s[:-1], id="truncated by one digit"),
        pytest.param(lambda s: s[:25], id="truncated to 20 digits"),
        pytest.param(lambda s: s + "0", id="one digit too many"),
        pytest.param(lambda s: s[:-1] + "g", id="non-hex digit"),
        pytest.param(lambda s: s[:-2] + " 0", id="space inside"),
        pytest.param(lambda s: " " + s, id="leading space"),
        pytest.param(lambda s: "SHA1=" + s[5:], id="upper-case scheme"),
        pytest.param(lambda s: s[5:], id="digest without scheme"),
        pytest.param(lambda s: "sha1=", id="empty digest"),
    ],
)
def test_a_malformed_header_is_rejected(mangle: object) -> None:
    header = mangle(hub_signature(BODY))  # type: ignore[operator]
    with pytest.raises(WebhookSignatureError):
        construct_event(BODY, header, SECRET)


def test_a_body_re_serialised_with_different_whitespace_is_rejected() -> None:
    original = encode(notification(CONTACT))  # indent=2, as sent
    reserialised = json.dumps(json.loads(original), separators=(",", ":")).encode()
    assert json.loads(reserialised) == json.loads(original) and reserialised != original
    with pytest.raises(WebhookSignatureError, match="does not match"):
        construct_event(reserialised, hub_signature(original), SECRET)


def test_the_signature_is_checked_before_the_body_is_parsed() -> None:
    not_json = b"<html>not json</html>"
    with pytest.raises(WebhookSignatureError):
        construct_event(not_json, hub_signature(b"something else"), SECRET)
    with pytest.raises(WebhookPayloadError, match="not valid JSON"):
        construct_event(not_json, hub_signature(not_json), SECRET)


def test_a_decoded_body_is_refused_with_a_typed_error() -> None:
    with pytest.raises(WebhookPayloadError, match="raw request body as bytes"):
        construct_event(BODY.decode(), hub_signature(BODY), SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize("secret", ["", None, b"bytes-secret"])
def test_an_empty_or_non_str_secret_is_a_configuration_error(secret: object) -> None:
    with pytest.raises(ConfigurationError, match="non-empty str"):
        construct_event(BODY, hub_signature(BODY), secret)  # type: ignore[arg-type]


def test_the_errors_are_intercom_errors_exported_from_the_package() -> None:
    for name in ("WebhookError", "WebhookSignatureError", "WebhookPayloadError", "WebhookExpiredError"):
        error = getattr(intercom_client, name)
        assert issubclass(error, IntercomError) and name in intercom_client.__all__
    assert intercom_client.WebhookSignatureError is WebhookSignatureError


# -- what a rejection says, and what it never says ------------------------------------------------


def _every_text_of(exc: BaseException) -> str:
    return "\n".join([str(exc), repr(exc), *traceback.format_exception(exc)])


@pytest.mark.parametrize(
    "body, header",
    [
        (BODY, None),
        (BODY, "sha256=" + "0" * 64),
        (BODY, "sha1=" + "z" * 40),
        (_flip_one_byte(BODY, 10), hub_signature(BODY)),
        (b"[1, 2]", hub_signature(b"[1, 2]")),
    ],
)
def test_no_error_mentions_the_secret_or_the_expected_digest(body: bytes, header: str | None) -> None:
    with pytest.raises(IntercomError) as caught:
        construct_event(body, header, SECRET)
    text = _every_text_of(caught.value)
    assert SECRET not in text
    assert hub_signature(body)[5:] not in text


# -- parsing -------------------------------------------------------------------------------------


def test_every_envelope_field_is_typed() -> None:
    body = notification(CONTACT, topic="contact.user.created", id="notif_1", created_at=1_700_000_123)
    body["delivery_attempts"] = 3
    event = parse_notification(encode(body))
    assert event.type == "notification_event"
    assert (event.id, event.topic, event.app_id) == ("notif_1", "contact.user.created", "a86dr8yl")
    assert (event.created_at, event.first_sent_at, event.delivery_attempts, event.delivery_status) == (
        1_700_000_123,
        1_700_000_123,
        3,
        "pending",
    )
    assert event.created_at_datetime is not None and event.created_at_datetime.timestamp() == 1_700_000_123
    assert event.data.type == "notification_event_data" and event.data.item_type == "contact"
    assert event.raw["links"] == {} and event.known_topic


def test_an_unknown_topic_and_an_unknown_item_type_are_kept_readable() -> None:
    item = {"type": "hologram", "id": "h1", "depth": {"metres": 3}}
    body = encode(notification(item, topic="hologram.projected"))
    event = construct_event(body, hub_signature(body), SECRET)
    assert event.topic == "hologram.projected" and not event.known_topic
    assert event.item == item and event.data.item_type == "hologram"


def test_an_item_without_a_type_is_kept_as_json() -> None:
    event = parse_notification(encode(notification({"id": "x"})))
    assert event.item == {"id": "x"} and event.data.item_type is None


def test_an_item_value_that_does_not_fit_its_model_is_kept_and_reported() -> None:
    item = {"type": "conversation", "id": "1", "source": "not an object"}
    event = parse_notification(encode(notification(item, topic="conversation.user.created")))
    assert isinstance(event.item, Conversation) and event.item.id == "1"
    assert event.item.source == "not an object"  # kept as received, like in API responses
    assert ("source",) in [issue.path for issue in decoding_issues(event.item)]
    assert event.item.to_dict() == item


def test_unknown_fields_of_a_known_item_are_kept() -> None:
    event = parse_notification(encode(notification({**CONTACT, "brand_new_field": [1]})))
    assert isinstance(event.item, Contact)
    assert event.item.additional_properties == {"brand_new_field": [1]}


def test_a_deleted_topic_minimal_item_still_decodes() -> None:
    # "*.deleted webhook topics send a minimal identification payload" (webhook models reference).
    event = parse_notification(encode(notification({"type": "conversation", "id": "42"}, topic="conversation.deleted")))
    assert isinstance(event.item, Conversation) and event.item.id == "42"


@pytest.mark.parametrize(
    "body, message, field",
    [
        (b"[]", "not a JSON object but a JSON array", None),
        (b'"notification_event"', "JSON string", None),
        (b"{not json", "not valid JSON", None),
        (b"\xff\xfe\xfa", "not valid JSON", None),
        (json.dumps({**notification(CONTACT), "type": "event"}).encode(), "not 'notification_event'", "type"),
        (json.dumps({k: v for k, v in notification(CONTACT).items() if k != "id"}).encode(), "id must be", "id"),
        (json.dumps({**notification(CONTACT), "topic": 7}).encode(), "topic must be", "topic"),
        (json.dumps({**notification(CONTACT), "data": []}).encode(), "data must be an object", "data"),
        (json.dumps({**notification(CONTACT), "data": {"item": None}}).encode(), "data.item must be", "data.item"),
        (json.dumps({**notification(CONTACT), "created_at": "yesterday"}).encode(), "created_at must be", "created_at"),
        (json.dumps({**notification(CONTACT), "app_id": {"x": 1}}).encode(), "app_id must be", "app_id"),
    ],
)
def test_a_signed_body_that_is_not_a_notification_is_a_payload_error(
    body: bytes, message: str, field: str | None
) -> None:
    with pytest.raises(WebhookPayloadError, match=message) as caught:
        construct_event(body, hub_signature(body), SECRET)
    assert caught.value.field == field


def test_the_known_topics_name_their_source() -> None:
    assert {
        "conversation.user.created",
        "conversation.admin.replied",
        "contact.user.created",
        "ticket.state.updated",
    } <= (set(KNOWN_TOPICS))
    for name, topic in KNOWN_TOPICS.items():
        assert topic.name == name and topic.object
        assert topic.source.startswith(
            ("https://developers.intercom.com/", "https://intercom-developer-hub.readme.io/")
        )
    with pytest.raises(TypeError):
        KNOWN_TOPICS["new.topic"] = KNOWN_TOPICS["ping"]  # type: ignore[index]


# -- max_age -------------------------------------------------------------------------------------


def test_max_age_rejects_an_old_notification_and_accepts_a_recent_one() -> None:
    body = encode(notification(CONTACT, created_at=1_000))
    assert construct_event(body, hub_signature(body), SECRET, max_age=60, clock=lambda: 1_060).created_at == 1_000
    with pytest.raises(WebhookExpiredError, match="61 s ago") as caught:
        construct_event(body, hub_signature(body), SECRET, max_age=60, clock=lambda: 1_061)
    assert (caught.value.age, caught.value.max_age) == (61, 60)


def test_max_age_needs_a_created_at() -> None:
    body = json.dumps({k: v for k, v in notification(CONTACT).items() if k != "created_at"}).encode()
    assert construct_event(body, hub_signature(body), SECRET).created_at is None
    with pytest.raises(WebhookPayloadError, match="created_at is missing"):
        construct_event(body, hub_signature(body), SECRET, max_age=60)


@pytest.mark.parametrize("max_age", [-1, float("nan"), "60", True])
def test_an_invalid_max_age_is_a_configuration_error(max_age: object) -> None:
    with pytest.raises(ConfigurationError, match="max_age"):
        construct_event(BODY, hub_signature(BODY), SECRET, max_age=max_age)  # type: ignore[arg-type]


# -- dedupe --------------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_the_memory_store_claims_an_id_once_within_its_ttl() -> None:
    clock = FakeClock()
    store = MemoryDedupeStore(ttl=10, clock=clock)
    assert isinstance(store, DedupeStore)
    assert await store.claim("a") is True
    assert await store.claim("a") is False
    clock.now = 9.9
    assert await store.claim("a") is False
    clock.now = 10.0
    assert await store.claim("a") is True  # expired: a redelivery this late is processed again
    assert len(store) == 1


async def test_the_memory_store_is_bounded_and_forgets_the_oldest_first() -> None:
    store = MemoryDedupeStore(max_entries=3, clock=FakeClock())
    for key in "abcd":
        assert await store.claim(key) is True
    assert len(store) == 3
    assert await store.claim("a") is True  # forgotten to make room for "d"
    assert await store.claim("d") is False


async def test_release_forgets_an_id() -> None:
    store = MemoryDedupeStore()
    assert await store.claim("a")
    await store.release("a")
    await store.release("never-claimed")
    assert await store.claim("a")


@pytest.mark.parametrize("kwargs", [{"max_entries": 0}, {"max_entries": 1.5}, {"ttl": 0}, {"ttl": float("nan")}])
def test_invalid_store_bounds_are_configuration_errors(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        MemoryDedupeStore(**kwargs)  # type: ignore[arg-type]


# -- the receiver, called directly ------------------------------------------------------------------


def signed(body: bytes) -> tuple[bytes, str]:
    return body, hub_signature(body)


async def test_the_receiver_answers_head_and_refuses_other_methods() -> None:
    async def handler(n: Notification) -> None:
        raise AssertionError("not called")

    receiver = WebhookReceiver(SECRET, handler)
    assert (await receiver.handle("HEAD", b"", None)).status == 200
    refused = await receiver.handle("GET", b"", None)
    assert refused.status == 405 and refused.headers["Allow"] == "HEAD, POST"


async def test_the_receiver_answers_before_the_handler_finishes_and_runs_it_once() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    seen: list[str] = []

    async def handler(n: Notification) -> None:
        started.set()
        await release.wait()
        seen.append(n.id)

    receiver = WebhookReceiver(SECRET, handler)
    body, header = signed(BODY)
    first = await receiver.handle("POST", body, header)
    assert first.status == 200 and receiver.pending == 1
    await asyncio.wait_for(started.wait(), 5)
    assert seen == []  # answered while the handler is still waiting
    again = await receiver.handle("POST", body, header)
    assert (again.status, again.body) == (200, b"duplicate\n")
    release.set()
    await receiver.aclose()
    assert seen == [notification(CONTACT)["id"]] and receiver.pending == 0
    assert (await receiver.handle("POST", body, header)).status == 503


async def test_the_receiver_maps_rejections_to_statuses() -> None:
    async def handler(n: Notification) -> None:
        raise AssertionError("not called")

    receiver = WebhookReceiver(SECRET, handler, max_age=60, clock=lambda: 1_700_000_000 + 61)
    assert (await receiver.handle("POST", BODY, None)).status == 403
    assert (await receiver.handle("POST", BODY, hub_signature(BODY, "wrong"))).status == 403
    assert (await receiver.handle("POST", *signed(b"[]"))).status == 400
    assert (await receiver.handle("POST", *signed(BODY))).body == b"notification too old\n"
    await receiver.aclose()


async def test_a_full_receiver_answers_429_and_processes_the_redelivery() -> None:
    release = asyncio.Event()
    seen: list[str] = []

    async def handler(n: Notification) -> None:
        await release.wait()
        seen.append(n.id)

    receiver = WebhookReceiver(SECRET, handler, max_pending=1)
    first = encode(notification(CONTACT, id="n-1"))
    second = encode(notification(CONTACT, id="n-2"))
    assert (await receiver.handle("POST", *signed(first))).status == 200
    busy = await receiver.handle("POST", *signed(second))
    assert busy.status == 429 and "Retry-After" in busy.headers
    release.set()
    await asyncio.sleep(0)
    while receiver.pending:
        await asyncio.sleep(0.01)
    assert (await receiver.handle("POST", *signed(second))).status == 200  # released, so processed now
    await receiver.aclose()
    assert seen == ["n-1", "n-2"]


async def test_a_failing_handler_is_logged_without_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    async def handler(n: Notification) -> None:
        raise RuntimeError(f"boom in {n.id}")

    receiver = WebhookReceiver(SECRET, handler)
    caplog.set_level(logging.DEBUG, logger="intercom_client")
    assert (await receiver.handle("POST", *signed(BODY))).status == 200
    assert (await receiver.handle("POST", BODY, hub_signature(BODY, "wrong"))).status == 403
    assert (await receiver.handle("POST", *signed(b"{}"))).status == 400
    await receiver.aclose()
    failed = [r for r in caplog.records if "handler failed" in r.getMessage()]
    assert len(failed) == 1 and failed[0].exc_info is not None
    assert {r.name for r in caplog.records} == {"intercom_client.webhooks"}
    logged = caplog.text + "\n" + repr(receiver)
    assert SECRET not in logged and hub_signature(BODY)[5:] not in logged


def test_the_receiver_repr_hides_the_secret() -> None:
    async def handler(n: Notification) -> None:
        pass

    text = repr(WebhookReceiver(SECRET, handler, max_age=5))
    assert SECRET not in text and "handler" in text and "max_age=5" in text


@pytest.mark.parametrize(
    "kwargs", [{"secret": ""}, {"handler": None}, {"max_pending": 0}, {"max_age": -5}], ids=lambda k: next(iter(k))
)
def test_invalid_receiver_options_are_configuration_errors(kwargs: dict[str, object]) -> None:
    async def handler(n: Notification) -> None:
        pass

    options: dict[str, object] = {"secret": SECRET, "handler": handler, **kwargs}
    with pytest.raises(ConfigurationError) as caught:
        WebhookReceiver(**options)  # type: ignore[arg-type]
    assert SECRET not in _every_text_of(caught.value)
