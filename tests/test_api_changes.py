"""codegen/api_changes.py: what a regeneration changed for code that uses the SDK, from the Python API.

The committed generated package is copied and changed the way a spec change changes it (a method
removed, a return type changed, an argument added, a body made required, a field retyped, a body field
made required, a request body's field widened, an enum value added, a model added, the default version
changed, and a POST made a PUT,
which changes nothing for users); the summary must name each change once, classified, and nothing else,
and cover every breaking change griffe finds. The real
spec pairs are compared in tests/test_regeneration.py.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from codegen import api_changes

from .conftest import ROOT

GENERATED = ROOT / "intercom_client" / "generated"


def _edit(package: Path, relative: str, old: str, new: str, *, count: int | None = None, regex: bool = False) -> None:
    path = package / relative
    text = path.read_text()
    found = len(re.findall(old, text)) if regex else text.count(old)
    assert found and (count is None or found == count), f"{relative}: {old!r} found {found} times"
    path.write_text(re.sub(old, new, text) if regex else text.replace(old, new))


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> api_changes.Summary:
    package = tmp_path_factory.mktemp("mutated") / "generated"
    shutil.copytree(GENERATED, package, ignore=shutil.ignore_patterns("__pycache__"))
    # an operation removed (its sync, async and raw-response methods)
    _edit(package, "api/tags/__init__.py", "def attach_to_contact(", "def _attach_to_contact(")
    # a return type changed (sync and async)
    _edit(
        package,
        "api/contacts/__init__.py",
        ') -> Contact:\n        """Get a contact\n',
        ') -> ContactDeleted:\n        """Get a contact\n',
    )
    # an optional query parameter added
    _edit(
        package,
        "api/contacts/__init__.py",
        r"(def retrieve\(\n        self,\n        id: str,\n        \*,\n)",
        r"\1        expand: str | Unset = UNSET,\n",
        regex=True,
    )
    # a request body made required
    body = "body: UpdateContactRequest | UpdateContactRequestDict | Unset = UNSET,"
    _edit(package, "api/contacts/__init__.py", body, "body: UpdateContactRequest | UpdateContactRequestDict,")
    # a field retyped, a body field made required
    _edit(package, "models/contact.py", "    role: str\n", "    role: int\n", count=1)
    _edit(
        package,
        "models/merge_contacts_request.py",
        "skip_duplicate_validation: bool | Unset | None = UNSET",
        "skip_duplicate_validation: bool | None",
        count=1,
    )
    # a POST that became a PUT (sync and async): the same method, so no change for users
    _edit(
        package,
        "api/tags/__init__.py",
        '"method": "post",\n            "url": "/tags",',
        '"method": "put",\n            "url": "/tags",',
    )
    # a request body's field that accepts more (additive), beside a response model's retyped field (breaking)
    _edit(package, "models/merge_contacts_request.py", "    into: str\n", "    into: str | int\n", count=1)
    # an enum value added, a model added, the default version changed
    _edit(package, "models/intercom_version.py", '    "Preview",\n]', '    "Preview",\n    "2.17",\n]', count=1)
    (package / "models" / "new_thing.py").write_text(
        "from ..types import Model\n\n\nclass NewThing(Model):\n    id: str\n    name: str | None = None\n"
    )
    _edit(package, "_spec.py", 'DEFAULT_API_VERSION: Final = "Preview"', 'DEFAULT_API_VERSION: Final = "2.16"', count=1)
    return api_changes.compare_dirs(GENERATED, package)


EXPECTED = {
    (
        "default version",
        True,
        "the default `Intercom-Version` (`DEFAULT_API_VERSION`) changes from `'Preview'` to `'2.16'`: every "
        "request of a client made without `version=` sends the new value",
    ),
    ("methods", True, "`client.tags.attach_to_contact()` removed"),
    ("return types", True, "`client.contacts.retrieve()`: returns `ContactDeleted` (was `Contact`)"),
    ("arguments", False, "`client.contacts.retrieve()`: new optional argument `expand` (`str | Unset`)"),
    ("arguments", True, "`client.contacts.update()`: argument `body` is now required"),
    ("fields", True, "`Contact.role`: type `str` -> `int`"),
    (
        "fields",
        True,
        "`MergeContactsRequest.skip_duplicate_validation`: now required, type `bool | Unset | None` -> `bool | None`",
    ),
    ("fields", False, "`MergeContactsRequest.into`: type `str` -> `str | int` (a request body accepts more)"),
    ("types", False, "`IntercomVersion`: values added `'2.17'`"),
    ("models", False, "model `NewThing` added"),
}


@pytest.mark.pinned  # the mutations edit the pinned package's code
def test_each_change_is_named_once_and_classified(summary: api_changes.Summary) -> None:
    assert {(c.group, c.breaking, c.text) for c in summary.changes} == EXPECTED
    assert len(summary.changes) == len(EXPECTED)


@pytest.mark.pinned
def test_every_breaking_change_griffe_finds_is_covered(summary: api_changes.Summary) -> None:
    # griffe alone names 2 of the 6: no return types, attribute types, required fields or values.
    assert summary.griffe_found == [
        ("generated.api.contacts.ContactsResource.update", "Parameter is now required"),
        ("generated.api.tags.TagsResource.attach_to_contact", "Public object was removed"),
    ]
    assert [c for c in summary.changes if c.group == "other"] == []


@pytest.mark.pinned
def test_the_summary_line_comes_first_and_the_default_version_leads_the_breaking_changes(
    summary: api_changes.Summary,
) -> None:
    text = api_changes.render(summary, current_version="0.1.0")
    lines = [line for line in text.splitlines() if line]
    assert lines[1].startswith("**Major change: release 0.2.0** (from 0.1.0): 6 breaking, 4 additive")
    assert f"griffe's comparison finds {summary.griffe_count} breaking changes" in lines[1]
    assert lines[2] == "#### Breaking"
    assert lines[3].startswith("- default version: the default `Intercom-Version`")
    assert text.index("#### Additive") > text.index("`Contact.role`")


def test_an_identical_package_has_no_change() -> None:
    summary = api_changes.compare_dirs(GENERATED, GENERATED)
    assert (summary.changes, summary.griffe_count, summary.bump) == ([], 0, "patch")


@pytest.mark.parametrize(
    ("annotation", "members"),
    [
        ("str | None", {"str", "None"}),
        ("list[A | B] | dict[str, C | D] | Unset", {"list[A | B]", "dict[str, C | D]", "Unset"}),
        ("SyncPaginator[Contact]", {"SyncPaginator[Contact]"}),
    ],
)
def test_union_members_split_at_the_top_level_only(annotation: str, members: set[str]) -> None:
    assert api_changes.union_members(annotation) == members


def test_literal_values() -> None:
    assert api_changes.literal_values("Literal['a', 'b']") == ["'a'", "'b'"]
    assert api_changes.literal_values("Literal['a']") == ["'a'"]
    assert api_changes.literal_values("A | B") is None


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("0.1.0", "major", "0.2.0"),
        ("0.1.0", "minor", "0.1.1"),
        ("0.1.3", "patch", "0.1.4"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
    ],
)
def test_next_version(current: str, bump: str, expected: str) -> None:
    assert api_changes.next_version(current, bump) == expected


def test_a_folder_that_is_not_a_generated_package_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="is not a generated package"):
        api_changes.load_package(tmp_path)
