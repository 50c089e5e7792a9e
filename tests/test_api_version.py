"""The default ``Intercom-Version``: a pinned decision (openapi/source.json), typed, documented once.

The client sends ``DEFAULT_API_VERSION`` unless told otherwise (tests/test_client.py checks the header);
here: where that value comes from (the pin, not the spec's default), that regeneration refuses a spec
which lacks it, that the typed ``version=``/``region=`` values agree with the pinned spec and the regions,
and that the docs (method docstrings, the client's docstring, the README) say what the client sends.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest

import intercom_client
from codegen import regenerate
from intercom_client import DEFAULT_API_VERSION, REGIONS, ApiVersion, AsyncIntercom, Region
from intercom_client.models import IntercomVersion

from .conftest import ROOT
from .operations import method_of

PIN = json.loads((ROOT / "openapi" / "source.json").read_text())


def _spec(values: list[str], default: str | None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "enum": values}
    if default is not None:
        schema["default"] = default
    header = {"name": "Intercom-Version", "in": "header", "schema": {"$ref": "#/components/schemas/intercom_version"}}
    return {
        "openapi": "3.0.1",
        "info": {"version": "X"},
        "paths": {"/me": {"get": {"parameters": [header], "responses": {"200": {"description": "OK"}}}}},
        "components": {"schemas": {"intercom_version": schema}},
    }


@pytest.mark.pinned
def test_the_default_version_is_the_pins_decision() -> None:
    assert DEFAULT_API_VERSION == PIN["default_api_version"] == regenerate.pinned_default_version()
    assert AsyncIntercom(token="t")._version == DEFAULT_API_VERSION


def test_regeneration_keeps_the_pinned_default_rather_than_the_specs() -> None:
    spec = _spec(["2.14", "Preview", "Unstable"], default="Unstable")
    assert regenerate.spec_versions(spec) == (["2.14", "Preview", "Unstable"], "Unstable")
    assert regenerate.check_default_version(spec, "Preview") == "Preview"


def test_regeneration_refuses_a_spec_that_lacks_the_pinned_default() -> None:
    spec = _spec(["2.14", "Unstable"], default="Unstable")
    with pytest.raises(regenerate.RegenerateError) as caught:
        regenerate.check_default_version(spec, "Preview")
    message = str(caught.value)
    assert "'Preview'" in message and "2.14, Unstable" in message and "its default: Unstable" in message
    assert "--default-version" in message and "make update-spec" in message


def test_a_spec_without_the_header_accepts_any_default() -> None:
    spec = _spec([], None)
    spec["paths"]["/me"]["get"]["parameters"] = []
    assert regenerate.spec_versions(spec) == ([], None)
    assert regenerate.check_default_version(spec, "2.11") == "2.11"


@pytest.mark.pinned
def test_the_typed_versions_are_the_pinned_specs_and_the_regions_are_regions() -> None:
    # ApiVersion is hand-written (the runtime imports nothing generated): it must name the pinned spec's values.
    assert sorted(typing.get_args(ApiVersion)) == sorted(typing.get_args(IntercomVersion))
    assert DEFAULT_API_VERSION in typing.get_args(ApiVersion)
    assert list(typing.get_args(Region)) == list(REGIONS)


def test_method_docstrings_say_what_the_client_sends() -> None:
    doc = method_of("contacts", "retrieve").__doc__ or ""
    assert "unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``)" in " ".join(doc.split())
    generated = "".join(p.read_text() for p in (ROOT / "intercom_client" / "generated" / "api").glob("*/__init__.py"))
    assert "version set in the app package" not in generated  # the spec's words, untrue of this client
    assert "Example: Preview." not in generated  # the example that made a renamed value touch every method


@pytest.mark.pinned
def test_the_client_and_the_readme_name_the_default() -> None:
    client_doc = " ".join((intercom_client.AsyncIntercom.__doc__ or "").split())
    assert f'Default: ``intercom_client.DEFAULT_API_VERSION`` (``"{DEFAULT_API_VERSION}"``' in client_doc
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert f'`intercom_client.DEFAULT_API_VERSION` (`"{DEFAULT_API_VERSION}"`' in readme
