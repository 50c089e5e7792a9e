"""Tests of the naming rules (codegen/normalize/rules_concepts.py) and the naming table (openapi/names.yaml).

Each rule is run on a tiny hand-written spec where it must fire and on one where it must not; then
the real descriptions are checked: no numbered class names, the contact operations share one
subclass of ``contact``, and names stay the same between the pinned and the 2026-01-27 Preview.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from codegen.normalize import names_table
from codegen.normalize import rules_concepts as concepts
from codegen.normalize.rules_names import _all_named, class_key
from codegen.spec import iter_operations

from .conftest import SHARED_OPENAPI
from .spec_examples import load_normalised
from .test_normalize import REF, spec_of

JSON = dict[str, Any]


def get_op(op_id: str, *responses: tuple[str, JSON]) -> JSON:
    """A GET operation answering each ``(status, schema)`` with JSON."""
    return {
        "get": {
            "operationId": op_id,
            "responses": {
                status: {"description": "d", "content": {"application/json": {"schema": schema}}}
                for status, schema in responses
            },
        }
    }


def body(spec: JSON, path: str, status: str = "200") -> Any:
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


CONTACT: JSON = {
    "type": "object",
    "description": "A contact.",
    "properties": {
        "type": {"type": "string", "example": "contact"},
        "id": {"type": "string"},
        "email": {"type": "string", "nullable": True},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["type", "id"],
}


def contact_copy(**extra: JSON) -> JSON:
    """``CONTACT`` written out again, keys in another order, other annotations, plus ``extra`` fields."""
    props = dict(reversed(list(CONTACT["properties"].items())))
    props["type"] = {"example": "contact", "type": "string", "description": "Always contact."}
    return {
        "required": ["id", "type"],
        "properties": {**props, **extra},
        "type": "object",
        "title": "Contact",
    }


# -- canonical ----------------------------------------------------------------------------------------


def test_canonical_ignores_annotations_key_order_and_set_order() -> None:
    assert concepts.canonical(contact_copy()) == concepts.canonical(CONTACT)
    assert concepts.canonical({"enum": ["a", "b"], "nullable": True}) == concepts.canonical({"enum": ["b", "a"]})
    # nullable below the top is part of the shape; a different type is a different shape
    other = contact_copy()
    other["properties"]["email"] = {"type": "string"}
    assert concepts.canonical(other) != concepts.canonical(CONTACT)
    assert concepts.canonical({"type": "object", "x-any": 1}) == concepts.canonical({"type": "object"})


# -- inline-component-copies --------------------------------------------------------------------------


def test_inline_copies_become_the_component_and_supersets_extend_it() -> None:
    spec = spec_of(
        {
            "/c": get_op("showContact", ("200", contact_copy())),
            "/c2": get_op("createContact", ("200", contact_copy(push={"type": "boolean"}))),
            "/c3": get_op("mergeContact", ("200", {"allOf": [{"$ref": REF + "contact"}, {"properties": {"x": {}}}]})),
        },
        {
            "contact": CONTACT,
            "page": {"type": "object", "properties": {"owner": {**contact_copy(), "nullable": True}}},
        },
    )
    assert concepts.inline_component_copies(spec) == 4
    assert body(spec, "/c") == {"$ref": REF + "contact"}
    assert spec["components"]["schemas"]["page"]["properties"]["owner"] == {"$ref": REF + "contact", "nullable": True}
    extension = body(spec, "/c2")
    assert extension["x-intercom-base"] == "contact"
    assert extension["allOf"] == [
        {"$ref": REF + "contact"},
        {"type": "object", "properties": {"push": {"type": "boolean"}}},
    ]
    assert body(spec, "/c3")["x-intercom-base"] == "contact"
    assert [(where, base) for where, base, _extra in concepts.LAST_COPIES.extensions] == [
        ("createContact 200", "contact"),
        ("mergeContact 200", "contact"),
    ]
    assert concepts.inline_component_copies(spec) == 0


def test_inline_copies_keep_different_concepts_apart() -> None:
    tag = {"type": "object", "properties": {"type": {"type": "string", "example": "tag"}, "id": {}, "name": {}}}
    role = {"type": "object", "properties": {"type": {"type": "string", "example": "role"}, "id": {}, "name": {}}}
    small = {"type": "object", "properties": {"type": {"type": "string"}, "id": {"type": "string"}}}
    generic = {  # shares 3 generic fields with tag but adds as many: not "a tag plus more"
        "type": "object",
        "properties": {**tag["properties"], "a": {}, "b": {}, "c": {}},
    }
    spec = spec_of(
        {"/r": get_op("getRole", ("200", role)), "/g": get_op("getThing", ("200", generic))},
        {"tag": tag, "ref": small, "note": {"type": "object", "properties": {"contact": dict(small)}}},
    )
    assert concepts.inline_component_copies(spec) == 0
    assert body(spec, "/r") == role
    assert spec["components"]["schemas"]["note"]["properties"]["contact"] == small


# -- rename-operations and naming-table ---------------------------------------------------------------


@pytest.fixture
def names_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "names.yaml"
    monkeypatch.setattr(names_table, "DEFAULT_NAMES", path)
    return path


def test_rename_operations_fixes_listed_ids_only(names_file: Path) -> None:
    names_file.write_text("operations:\n  lisThings: listThings\n  gone: other\n")
    spec = spec_of({"/t": get_op("lisThings", ("200", {})), "/u": get_op("lisp", ("200", {}))})
    assert concepts.rename_operations(spec) == 1
    assert [op["operationId"] for _p, _m, op in iter_operations(spec)] == ["listThings", "lisp"]
    assert concepts.rename_operations(spec) == 0


def test_naming_table_hoists_addresses_and_shares_equal_schemas(names_file: Path, capsys: Any) -> None:
    names_file.write_text(
        "schemas:\n"
        '  "delA 200": deleted\n'
        '  "delB 200": deleted\n'
        '  "other 200": deleted\n'
        '  "deleted.meta": deleted_meta\n'
        '  "list.pages.next": next_cursor\n'
        '  "list.data[]": item\n'
        '  "missing.x": nothing\n'
    )
    receipt = {"type": "object", "properties": {"id": {"type": "string"}, "deleted": {"type": "boolean"}}}
    receipt_b = {**receipt, "description": "another receipt"}
    spec = spec_of(
        {
            "/a": get_op(
                "delA", ("200", {**receipt, "properties": {**receipt["properties"], "meta": {"type": "object"}}})
            ),
            "/b": get_op(
                "delB", ("200", {**receipt_b, "properties": {**receipt["properties"], "meta": {"type": "object"}}})
            ),
            "/c": get_op("other", ("200", {"type": "object", "properties": {"x": {"type": "integer"}}})),
        },
        {
            "list": {
                "type": "object",
                "properties": {
                    "pages": {"type": "object", "properties": {"next": {"type": "object", "nullable": True}}},
                    "data": {"type": "array", "items": {"type": "object", "properties": {"n": {}}}},
                },
            }
        },
    )
    assert concepts.naming_table(spec) == 6
    components = spec["components"]["schemas"]
    assert body(spec, "/a") == body(spec, "/b") == {"$ref": REF + "deleted"}
    assert body(spec, "/c") == {"$ref": REF + "deleted_2"}
    assert "'other 200' differs" in capsys.readouterr().err
    assert components["deleted"]["properties"]["meta"] == {"$ref": REF + "deleted_meta"}
    assert components["list"]["properties"]["pages"]["properties"]["next"] == {
        "$ref": REF + "next_cursor",
        "nullable": True,
    }
    assert "nullable" not in components["next_cursor"]
    assert components["list"]["properties"]["data"]["items"] == {"$ref": REF + "item"}
    assert concepts.naming_table(spec) == 0


def test_names_table_rejects_a_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text("schemas:\n  a: [1]\n")
    with pytest.raises(ValueError, match="must map strings to strings"):
        names_table.load_names(path)
    path.write_text("renames: {}\n")
    with pytest.raises(ValueError, match="unknown top-level keys"):
        names_table.load_names(path)


def test_repository_names_table_is_valid_and_every_entry_says_why() -> None:
    table = names_table.load_names()
    assert table.operations["lisDataEvents"] == "listDataEvents"
    commented = False
    for line in names_table.DEFAULT_NAMES.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not line.startswith("  ") or not stripped:
            commented = False  # a top-level key or a blank line starts a new group
        elif stripped.startswith("#"):
            commented = True
        else:
            assert commented, f"names.yaml entry without a comment saying why: {stripped}"


# -- name-response-bodies and name-extensions ---------------------------------------------------------


def test_response_bodies_are_named_after_their_role() -> None:
    listing = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["list"]},
            "data": {"type": "array", "items": {"$ref": REF + "folder"}},
        },
    }
    error = {"type": "object", "properties": {"error_key": {"type": "string"}}}
    extension = {"allOf": [{"$ref": REF + "contact"}, {"type": "object", "properties": {"push_enabled": {}}}]}
    spec = spec_of(
        {
            "/ask": get_op(
                "askFin", ("200", {"type": "object", "properties": {"status": {"enum": ["a"]}}}), ("422", error)
            ),
            "/folders": get_op("listFolders", ("200", listing)),
            "/c1": get_op("showContact", ("200", {**extension, "x-intercom-base": "contact"})),
            "/c2": get_op("updateContact", ("200", {**extension, "x-intercom-base": "contact"})),
            "/ref": get_op("getFolder", ("200", {"$ref": REF + "folder"})),
            "/text": get_op("getText", ("200", {"type": "string"})),
        },
        {"contact": CONTACT, "folder": {"type": "object", "properties": {"id": {}}}},
    )
    assert concepts.name_response_bodies(spec) == 5
    components = spec["components"]["schemas"]
    assert body(spec, "/ask") == {"$ref": REF + "ask_fin_result"}
    assert body(spec, "/ask", "422") == {"$ref": REF + "ask_fin_unprocessable_entity"}
    assert body(spec, "/folders") == {"$ref": REF + "folder_list"}
    assert body(spec, "/c1") == body(spec, "/c2") == {"$ref": REF + "contact_with_push_enabled"}
    assert components["contact_with_push_enabled"]["x-intercom-base"] == "contact"
    assert body(spec, "/ref") == {"$ref": REF + "folder"}
    assert body(spec, "/text") == {"type": "string"}


def test_extensions_below_components_get_a_with_name() -> None:
    call = {"type": "object", "properties": {"id": {}, "state": {}, "duration": {}}}
    item = {
        "allOf": [
            {"$ref": REF + "call"},
            {"type": "object", "properties": {"transcript": {}, "transcript_status": {}}},
        ],
        "x-intercom-base": "call",
    }
    plain = {"allOf": [{"$ref": REF + "call"}, {"type": "object", "properties": {"a": {}, "b": {}, "c": {}}}]}
    spec = spec_of(
        {},
        {
            "call": call,
            "calls": {"type": "object", "properties": {"data": {"type": "array", "items": item}, "other": plain}},
        },
    )
    assert concepts.name_extensions(spec) == 1
    props = spec["components"]["schemas"]["calls"]["properties"]
    assert props["data"]["items"] == {"$ref": REF + "call_with_transcript"}
    assert props["other"] == plain  # not marked as an extension: left where it is


# -- name-nullable-schemas ----------------------------------------------------------------------------


def test_nullable_inline_objects_enums_and_array_items_move_to_named_components() -> None:
    spec = spec_of(
        {},
        {
            "contact": {
                "type": "object",
                "properties": {
                    "avatar": {"type": "object", "nullable": True, "description": "d", "properties": {"url": {}}},
                    "answer": {"type": "string", "nullable": True, "enum": [None, "ai", "custom"]},
                    "recipients": {
                        "type": "array",
                        "nullable": True,
                        "items": {"type": "object", "properties": {"e": {}}},
                    },
                    "plain": {"type": "object", "properties": {"x": {}}},
                    "state": {"type": "string", "nullable": True, "enum": ["open", "closed"]},
                    "owner": {"$ref": REF + "other", "nullable": True},
                },
            },
            "other": {"type": "object"},
        },
    )
    assert concepts.name_nullable_schemas(spec) == 3
    components = spec["components"]["schemas"]
    props = components["contact"]["properties"]
    assert props["avatar"] == {"$ref": REF + "contact_avatar", "nullable": True}
    assert components["contact_avatar"] == {"type": "object", "description": "d", "properties": {"url": {}}}
    assert props["answer"] == {"$ref": REF + "contact_answer", "nullable": True}
    assert components["contact_answer"]["enum"] == ["ai", "custom"]
    assert props["recipients"]["items"] == {"$ref": REF + "contact_recipients_item"}
    assert props["plain"] == {"type": "object", "properties": {"x": {}}}
    assert props["state"]["enum"] == ["open", "closed"]  # named plainly by the generator already
    assert concepts.name_nullable_schemas(spec) == 0


def test_nullable_schema_names_avoid_existing_classes() -> None:
    spec = spec_of(
        {},
        {
            "contact": {
                "type": "object",
                "properties": {"avatar": {"type": "object", "nullable": True, "properties": {"u": {}}}},
            },
            "ContactAvatar": {"type": "string"},
        },
    )
    assert concepts.name_nullable_schemas(spec) == 1
    assert spec["components"]["schemas"]["contact"]["properties"]["avatar"]["$ref"] == REF + "contact_avatar_2"


# -- name-union-variants ------------------------------------------------------------------------------


def test_union_variants_are_named_by_their_own_properties_or_type() -> None:
    spec = spec_of(
        {},
        {
            "ticket_request": {
                "type": "object",
                "properties": {
                    "contacts": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {"properties": {"id": {}}, "required": ["id"]},
                                {"properties": {"external_id": {}, "note": {}}},
                                {"properties": {"email": {}, "note": {}}},
                            ]
                        },
                    },
                    "event": {
                        "anyOf": [
                            {"type": "object", "properties": {"type": {"enum": ["click"]}, "x": {}}},
                            {"type": "object", "properties": {"type": {"enum": ["view"]}, "x": {}}},
                            {"type": "string"},
                        ]
                    },
                },
            }
        },
    )
    assert concepts.name_union_variants(spec) == 5
    props = spec["components"]["schemas"]["ticket_request"]["properties"]
    assert props["contacts"]["items"]["oneOf"] == [
        {"$ref": REF + "ticket_request_contact_with_id"},
        {"$ref": REF + "ticket_request_contact_with_external_id"},
        {"$ref": REF + "ticket_request_contact_with_email"},
    ]
    assert props["event"]["anyOf"] == [
        {"$ref": REF + "ticket_request_event_click"},
        {"$ref": REF + "ticket_request_event_view"},
        {"type": "string"},
    ]


def test_union_variants_that_cannot_be_told_apart_stay_inline() -> None:
    same = {"type": "object", "properties": {"a": {}}}
    spec = spec_of({}, {"x": {"type": "object", "properties": {"u": {"oneOf": [dict(same), dict(same)]}}}})
    assert concepts.name_union_variants(spec) == 0
    assert spec["components"]["schemas"]["x"]["properties"]["u"]["oneOf"] == [same, same]


# -- the real descriptions ----------------------------------------------------------------------------

NUMBERED = re.compile(r"_type_\d|response_\d")


def _normalised(name: str) -> JSON:
    path = SHARED_OPENAPI / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    return load_normalised(path)


@pytest.fixture(scope="module")
def pinned() -> JSON:
    return _normalised("intercom-preview.yaml")


@pytest.fixture(scope="module")
def preview_2026() -> JSON:
    return _normalised("intercom-preview-2026-01-27.yaml")


def _class_keys(spec: JSON) -> set[str]:
    """Class names as the generator makes them (compared ignoring case and separators)."""
    return {item.key for item in _all_named(spec)}


def _response_ref(spec: JSON, op_id: str) -> str:
    for _path, _method, operation in iter_operations(spec):
        if operation.get("operationId") == op_id:
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            return str(schema["$ref"])
    raise AssertionError(f"no operation {op_id}")


@pytest.mark.parametrize("spec_name", ["pinned", "preview_2026"])
def test_real_descriptions_have_no_numbered_class_names(spec_name: str, request: pytest.FixtureRequest) -> None:
    spec: JSON = request.getfixturevalue(spec_name)
    numbered = sorted(item.snake for item in _all_named(spec) if NUMBERED.search(item.snake))
    assert numbered == []
    op_ids = [op["operationId"] for _p, _m, op in iter_operations(spec)]
    assert "listDataEvents" in op_ids and not [o for o in op_ids if o.startswith("lis") and not o.startswith("list")]


@pytest.mark.parametrize("spec_name", ["pinned", "preview_2026"])
def test_contact_operations_answer_with_contact_itself(spec_name: str, request: pytest.FixtureRequest) -> None:
    """The spec extends contact with enabled_push_messaging there; a correction adds it to contact."""
    spec: JSON = request.getfixturevalue(spec_name)
    refs = {_response_ref(spec, op) for op in ("ShowContact", "CreateContact", "UpdateContact", "MergeContact")}
    assert refs == {REF + "contact"}
    assert "enabled_push_messaging" in spec["components"]["schemas"]["contact"]["properties"]


def test_an_extension_that_adds_only_what_its_base_has_is_the_base() -> None:
    spec: JSON = {
        "openapi": "3.0.1",
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "ShowThing",
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "allOf": [
                                            {"$ref": REF + "thing"},
                                            {"type": "object", "properties": {"flag": {"type": "boolean"}}},
                                        ]
                                    }
                                }
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "thing": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string"},
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "flag": {"type": "boolean"},
                    },
                }
            }
        },
    }
    assert concepts.inline_component_copies(spec) == 1
    assert _response_ref(spec, "ShowThing") == REF + "thing"


STABLE_NAMES = (
    "Contact",
    "ContactAvatar",
    "AiAgentLastAnswerType",
    "CallWithTranscriptList",
    "CreatePhoneSwitchBadRequest",
    "CreateTicketRequestContactWithExternalId",
    "AttachContactToConversationRequestCustomerWithEmail",
    "ReportingDataset",
    "ReportingDataExportJob",
    "NextPageCursor",
    "TicketPartUpdatedAttributeData",
)


def test_names_are_stable_across_preview_versions(pinned: JSON, preview_2026: JSON) -> None:
    """Concepts present in both descriptions get the same class names from both."""
    wanted = {class_key(name) for name in STABLE_NAMES}
    assert wanted <= _class_keys(pinned)
    assert wanted <= _class_keys(preview_2026)
    assert _response_ref(pinned, "ShowContact") == _response_ref(preview_2026, "ShowContact")
