"""Importing the package and constructing a client loads no model or resource module; models load on use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

PROBE = """
import json, sys
import intercom_client
intercom_client.AsyncIntercom(token="x")
intercom_client.Intercom(token="x")
before = sorted(m for m in sys.modules if ".generated.models." in m or ".generated.api." in m)
from intercom_client.models import Contact
from intercom_client.generated.api.contacts import ContactsResource
after = sorted(m for m in sys.modules if ".generated.models." in m or ".generated.api." in m)
print(json.dumps({"before": before, "after": after, "contact": Contact.__name__}))
"""


def test_constructing_a_client_imports_no_model_and_no_resource() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = json.loads(result.stdout)
    assert loaded["before"] == []
    assert loaded["contact"] == "Contact"
    # Contact and one resource module, which imports a model only when a method needs it.
    assert "intercom_client.generated.models.contact" in loaded["after"]
    assert "intercom_client.generated.api.contacts" in loaded["after"]
    assert 0 < len(loaded["after"]) < 80, len(loaded["after"])
    # A model names the models it holds (ModelRef) rather than importing them: Contact alone is loaded.
    assert [m for m in loaded["after"] if ".generated.models." in m] == ["intercom_client.generated.models.contact"]


NESTED = """
import json, sys
from intercom_client.models import Contact
contact = Contact.from_dict({"type": "contact", "id": "1", "role": "user", "workspace_id": "w", "created_at": 1,
    "updated_at": 2, "custom_attributes": {}, "location": {"type": "location", "city": "Dublin"},
    "tags": {"type": "list", "data": []}})
loaded = lambda: sorted(m.rsplit(".", 1)[1] for m in sys.modules if ".generated.models." in m)
before = loaded()
city = contact.location.city
print(json.dumps({"before": before, "after": loaded(), "city": city, "location": type(contact.location).__name__}))
"""


def test_a_nested_model_is_imported_when_its_value_is_first_read() -> None:
    result = subprocess.run([sys.executable, "-c", NESTED], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = json.loads(result.stdout)
    assert loaded["before"] == ["contact"]
    assert loaded["city"] == "Dublin" and loaded["location"] == "ContactLocation"
    assert loaded["after"] == ["contact", "contact_location"]  # the tags are not read: not imported


@pytest.mark.pinned
def test_every_model_name_is_reachable_through_the_lazy_package() -> None:
    from intercom_client.generated import models

    names = models.__all__
    assert len(names) > 900
    assert set(names) <= set(dir(models))
    assert getattr(models, names[0]).__name__ == names[0]
