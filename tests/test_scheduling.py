"""The xdist scheduler's groups (tests/conftest.py): tests sharing an expensive fixture go to one worker."""

from __future__ import annotations

import pytest

from .conftest import SHARED_FIXTURE_GROUPS, shared_fixture_group


@pytest.mark.parametrize(
    ("nodeid", "group"),
    [
        ("tests/test_contract.py::test_operation[GET /me]", "prism"),  # a whole module
        ("tests/test_bulk_sync.py::test_against_the_prism_mock[contacts-0]", "prism"),  # a parametrized test
        ("tests/test_bulk_sync.py::test_against_the_prism_mock", "prism"),
        ("tests/test_bulk_sync.py::test_against_the_prism_mockery", None),  # a prefix of a name is not the name
        ("tests/test_bulk_sync.py::test_checkpoint_round_trips", None),  # the rest of the module: anywhere
        ("tests/test_typing.py::test_every_mistake_is_flagged_and_nothing_else[mypy]", "typing"),
    ],
)
def test_a_test_belongs_to_the_group_of_its_longest_prefix(nodeid: str, group: str | None) -> None:
    assert shared_fixture_group(nodeid) == group


def test_every_group_names_a_test_file_that_exists() -> None:
    from .conftest import ROOT

    for prefix in SHARED_FIXTURE_GROUPS:
        assert (ROOT / prefix.split("::")[0]).is_file(), prefix
