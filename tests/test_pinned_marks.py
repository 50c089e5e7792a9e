"""On the pinned spec nothing the tests name may be missing and no ``pinned`` test is skipped: CI, which
runs on the pinned spec, never skips what it must check (tests/test_regeneration.py shows the skips on
another spec)."""

from __future__ import annotations

import pytest

from .operations import absent, generated_from_the_pin, require_method, require_model


@pytest.mark.pinned
def test_the_committed_package_is_the_pinned_specs() -> None:
    assert generated_from_the_pin()


@pytest.mark.pinned
def test_on_the_pinned_spec_a_missing_operation_or_model_fails_rather_than_skips() -> None:
    with pytest.raises(pytest.fail.Exception, match=r"the method client\.contacts\.no_such_method"):
        require_method("contacts", "no_such_method")
    with pytest.raises(pytest.fail.Exception, match="the model NoSuchModel is missing from the package generated"):
        require_model("NoSuchModel")
    with pytest.raises(pytest.fail.Exception, match="pinned spec"):
        absent("anything")
    require_method("contacts", "retrieve")
    assert require_model("Contact").__name__ == "Contact"
