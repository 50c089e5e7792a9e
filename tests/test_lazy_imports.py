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


@pytest.mark.pinned
def test_every_model_name_is_reachable_through_the_lazy_package() -> None:
    from intercom_client.generated import models

    names = models.__all__
    assert len(names) > 900
    assert set(names) <= set(dir(models))
    assert getattr(models, names[0]).__name__ == names[0]
