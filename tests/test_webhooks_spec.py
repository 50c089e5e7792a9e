"""A notification for each item type of ``ITEM_MODELS``, built from the spec's examples of that object.

The examples are those of the pinned OpenAPI description (normalised as the generator sees it):
every JSON response example of an operation whose response schema is the object's component
(directly or through ``allOf``), plus one object assembled from the ``example`` of each property
of the component, which also covers objects no operation returns an example of. Each is wrapped
in a notification, signed with stdlib hmac, and must come out of ``construct_event`` as the
model of its type, giving back the example with ``to_dict()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from intercom_client import decoding_issues, models
from intercom_client.webhooks import ITEM_MODELS, construct_event

from .spec_examples import response_examples
from .test_generated import _comparable
from .webhook_helpers import SECRET, encode, hub_signature, notification


def component_name(model: str) -> str:
    """The spec component a model class is generated from: ``DataEvent`` -> ``data_event``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model).lower()


def refers_to(schema: dict[str, Any], ref: str) -> bool:
    return schema.get("$ref") == ref or any(part.get("$ref") == ref for part in schema.get("allOf") or [])


def examples_of(spec: dict[str, Any], component: str, item_type: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, example) for every response example of ``component``, then one built from its property examples.

    A webhook item always carries its ``type``; response examples without one are partial objects
    (e.g. only the ``customers`` of a conversation) and are left out, and counted by the caller.
    """
    ref = f"#/components/schemas/{component}"
    for label, operation, status, name, value in response_examples(spec):
        response = operation["responses"].get(str(status)) or operation["responses"].get(status)
        schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
        if isinstance(value, dict) and refers_to(schema, ref):
            yield f"{label} {status} {name!r}", value
    schema = spec["components"]["schemas"][component]
    properties = schema.get("properties") or {}
    built = {key: prop["example"] for key, prop in properties.items() if "example" in prop}
    for key in schema.get("required") or []:  # a required map without an example of its own (custom_attributes)
        if key not in built and (properties.get(key) or {}).get("type") == "object":
            built[key] = {}
    if built:
        built.setdefault("type", item_type)  # some components give their type an enum but no example
        yield f"{component} property examples", built


@pytest.fixture(scope="module")
def spec(normalised_spec: dict[str, Any]) -> dict[str, Any]:
    return normalised_spec


@pytest.mark.parametrize("item_type, model_name", sorted(ITEM_MODELS.items()))
def test_each_item_type_parses_into_its_model(spec: dict[str, Any], item_type: str, model_name: str) -> None:
    model = getattr(models, model_name)
    examples = list(examples_of(spec, component_name(model_name), item_type))
    untyped = [where for where, example in examples if "type" not in example]
    examples = [(where, example) for where, example in examples if "type" in example]
    assert examples, f"the spec has no example of {model_name}"
    checked = 0
    for where, example in examples:
        assert example["type"] == item_type, f"{where}: the spec's {model_name} is of type {example['type']!r}"
        body = encode(notification(example, topic=f"{item_type}.updated", id=f"notif_{checked}"))
        event = construct_event(body, hub_signature(body), SECRET)
        assert decoding_issues(event.item) == [], f"{where}: {decoding_issues(event.item)}"
        assert type(event.item) is model, where
        assert event.data.item_type == item_type
        # A received model reads an absent field and a null one alike, and to_dict() leaves both out.
        assert _comparable(event.item.to_dict()) == _comparable(example), f"{where}: to_dict() lost data"
        checked += 1
    print(f"{model_name}: {checked} spec examples parsed; {len(untyped)} partial ones without a type left out")


def test_the_item_models_exist_under_their_stable_names() -> None:
    assert set(ITEM_MODELS.values()) <= set(models.__dir__())
    for model_name in ITEM_MODELS.values():
        assert getattr(models, model_name).__name__ == model_name
