"""Tests of the spec normaliser (codegen/normalize/): each rule on a tiny fragment, then the real specs.

The end-to-end tests run openapi-python-client on the normalised real spec (from $INTERCOM_SPEC, else
the shared copy beside the checkout) and the two other shared versions when present.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.normalize import RULES, normalize
from codegen.normalize import rules_names as names
from codegen.normalize import rules_operations as ops
from codegen.normalize import rules_schemas as schemas
from codegen.normalize.patches import apply_patches, merge_patch
from codegen.spec import dump_spec, iter_operations, load_spec

from .spec_examples import normalised_with_counts

ROOT = Path(__file__).resolve().parent.parent

JSON = dict[str, Any]
REF = "#/components/schemas/"


def spec_of(paths: JSON | None = None, components: JSON | None = None) -> JSON:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": components or {}},
    }


def ok(schema: JSON | None = None) -> JSON:
    """A 200 response, JSON with ``schema`` if given."""
    if schema is None:
        return {"200": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


# -- operation rules ---------------------------------------------------------------------------------


def test_dangling_refs_are_replaced_by_what_the_generator_can_use() -> None:
    spec = spec_of(
        {
            "/a": {
                "post": {
                    "parameters": [{"$ref": "#/components/parameters/gone"}, {"name": "q", "in": "query"}],
                    "requestBody": {"$ref": "#/components/requestBodies/gone"},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": REF + "gone"}}},
                        },
                        "404": {"$ref": "#/components/responses/gone", "description": "Not found"},
                        "500": {"$ref": "#/components/responses/error"},
                    },
                }
            }
        },
        {
            "x": {
                "type": "object",
                "properties": {"a": {"$ref": REF + "missing", "description": "d"}, "b": {"$ref": REF + "x"}},
            }
        },
    )
    spec["components"]["responses"] = {"error": {"description": "error"}}
    assert ops.dangling_refs(spec) == 5
    operation = spec["paths"]["/a"]["post"]
    assert operation["parameters"] == [{"name": "q", "in": "query"}]
    assert "requestBody" not in operation
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {}
    assert operation["responses"]["404"] == {"description": "Not found"}
    assert operation["responses"]["500"] == {"$ref": "#/components/responses/error"}
    assert spec["components"]["schemas"]["x"]["properties"] == {"a": {"description": "d"}, "b": {"$ref": REF + "x"}}


def test_path_param_location_moves_template_parameters_to_the_path() -> None:
    spec = spec_of(
        {
            "/jobs/{job_id}": {
                "get": {
                    "parameters": [
                        {"name": "job_id", "in": "query", "schema": {"type": "string"}},
                        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    ],
                    "responses": ok(),
                }
            }
        }
    )
    assert ops.path_param_location(spec) == 1
    job_id, verbose = spec["paths"]["/jobs/{job_id}"]["get"]["parameters"]
    assert job_id == {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
    assert verbose["in"] == "query"
    assert ops.path_param_location(spec) == 0


def test_path_param_location_leaves_correct_path_level_parameters_alone() -> None:
    spec = spec_of(
        {
            "/a/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {"parameters": [{"name": "id", "in": "query", "schema": {"type": "string"}}], "responses": ok()},
            }
        }
    )
    assert ops.path_param_location(spec) == 0
    assert spec["paths"]["/a/{id}"]["get"]["parameters"][0]["in"] == "query"


def test_path_param_missing_adds_a_string_path_parameter() -> None:
    spec = spec_of({"/a/{x}/b/{y}": {"get": {"parameters": [{"name": "y", "in": "path"}], "responses": ok()}}})
    assert ops.path_param_missing(spec) == 1
    params = spec["paths"]["/a/{x}/b/{y}"]["get"]["parameters"]
    assert {"name": "x", "in": "path", "required": True, "schema": {"type": "string"}} in params
    assert len(params) == 2


def test_missing_operation_ids_get_the_generators_own_name() -> None:
    spec = {
        "paths": {
            "/export/reporting_data/{job_identifier}": {"get": {"responses": {}}},
            "/me": {"get": {"operationId": "identifyAdmin", "responses": {}}},
        }
    }
    assert ops.missing_operation_ids(spec) == 1
    assert spec["paths"]["/export/reporting_data/{job_identifier}"]["get"]["operationId"] == (
        "get_export_reporting_data_job_identifier"
    )
    assert spec["paths"]["/me"]["get"]["operationId"] == "identifyAdmin"
    assert ops.missing_operation_ids(spec) == 0


def test_explode_object_query_params_gives_each_property_its_own_parameter() -> None:
    alternatives = {
        "type": "object",
        "oneOf": [
            {"properties": {"user_id": {"type": "string"}}, "required": ["user_id"]},
            {"properties": {"email": {"type": "string"}}, "required": ["email"]},
        ],
    }
    spec = {
        "paths": {
            "/events": {
                "get": {
                    "operationId": "listEvents",
                    "parameters": [
                        {
                            "in": "query",
                            "name": "filter",
                            "required": True,
                            "style": "form",
                            "explode": True,
                            "schema": alternatives,
                        },
                        {
                            "in": "query",
                            "name": "deep",
                            "style": "deepObject",
                            "schema": {"type": "object", "properties": {"a": {}}},
                        },
                        {"in": "query", "name": "type", "schema": {"type": "string"}},
                    ],
                    "responses": {},
                }
            }
        }
    }
    assert ops.explode_object_query_params(spec) == 1
    parameters = spec["paths"]["/events"]["get"]["parameters"]
    assert [(p["name"], p.get("required")) for p in parameters] == [
        ("user_id", False),
        ("email", False),
        ("deep", None),
        ("type", None),
    ]
    assert ops.explode_object_query_params(spec) == 0


def test_contradictory_uuid_format_is_dropped_only_when_the_schema_contradicts_it() -> None:
    spec = spec_of(
        {},
        {
            "ids": {
                "type": "object",
                "properties": {
                    "short": {"type": "string", "format": "uuid", "maxLength": 24},
                    "hex": {"type": "string", "format": "uuid", "example": "536e564f316c83104c000020"},
                    "real": {"type": "string", "format": "uuid", "example": "a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb"},
                },
            }
        },
    )
    assert schemas.contradictory_uuid_format(spec) == 2
    properties = spec["components"]["schemas"]["ids"]["properties"]
    assert "format" not in properties["short"] and "format" not in properties["hex"]
    assert properties["real"]["format"] == "uuid"


def test_path_patches_merge_into_operations() -> None:
    spec = {"paths": {"/a": {"get": {"responses": {"404": {"description": "x"}}}}}}
    patches = {"paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}, "/gone": {}}}
    applied, stale = apply_patches(spec, patches)
    assert (applied, stale) == (1, ["/gone"])
    assert set(spec["paths"]["/a"]["get"]["responses"]) == {"200", "404"}


def test_optional_query_param_defaults_move_into_the_description() -> None:
    spec = {
        "paths": {
            "/contacts/{id}": {
                "get": {
                    "parameters": [
                        {
                            "in": "query",
                            "name": "include_merge_history",
                            "schema": {"type": "boolean", "default": False},
                        },
                        {
                            "in": "query",
                            "name": "needed",
                            "required": True,
                            "schema": {"type": "integer", "default": 1},
                        },
                        {"in": "header", "name": "X", "schema": {"type": "string", "default": "a"}},
                    ],
                    "responses": {},
                }
            }
        }
    }
    assert ops.optional_query_param_defaults(spec) == 1
    optional, required, header = spec["paths"]["/contacts/{id}"]["get"]["parameters"]
    assert "default" not in optional["schema"] and "false" in optional["description"]
    assert required["schema"]["default"] == 1 and header["schema"]["default"] == "a"


def test_dedupe_operation_ids_renames_ids_equal_in_snake_case() -> None:
    spec = spec_of(
        {
            "/things": {"get": {"operationId": "listThings", "responses": ok()}},
            "/other/things": {"get": {"operationId": "list_things", "responses": ok()}},
            "/x": {"get": {"operationId": "unique", "responses": ok()}},
        }
    )
    assert ops.dedupe_operation_ids(spec) == 1
    assert spec["paths"]["/things"]["get"]["operationId"] == "listThings"
    assert spec["paths"]["/other/things"]["get"]["operationId"] == "list_things_get_other_things"
    assert spec["paths"]["/x"]["get"]["operationId"] == "unique"


def _versioned_op(ref: str) -> JSON:
    return {
        "parameters": [{"name": "Intercom-Version", "in": "header", "schema": {"$ref": REF + ref}}],
        "responses": ok(),
    }


def test_unify_header_enums_gives_every_operation_the_same_values() -> None:
    spec = spec_of(
        {
            "/a": {"get": _versioned_op("version"), "post": _versioned_op("version")},
            "/b": {"get": _versioned_op("version")},
            "/beta": {"get": _versioned_op("version_beta")},
        },
        {
            "version": {"type": "string", "enum": ["2.0", "Preview"], "default": "Preview"},
            "version_beta": {"type": "string", "enum": ["preview", "Experimental"], "default": "preview"},
        },
    )
    assert ops.unify_header_enums(spec) == 1
    header = spec["paths"]["/beta"]["get"]["parameters"][0]
    assert header["schema"] == {"$ref": REF + "version"}
    # Case-insensitive duplicates are not added twice; new values are.
    assert spec["components"]["schemas"]["version"]["enum"] == ["2.0", "Preview", "Experimental"]
    assert "version_beta" not in spec["components"]["schemas"]
    assert ops.unify_header_enums(spec) == 0


def test_unify_header_enums_keeps_a_component_still_used_elsewhere() -> None:
    spec = spec_of(
        {"/a": {"get": _versioned_op("v1")}, "/b": {"get": _versioned_op("v1")}, "/c": {"get": _versioned_op("v2")}},
        {
            "v1": {"type": "string", "enum": ["A"]},
            "v2": {"type": "string", "enum": ["a"]},
            "user": {"type": "object", "properties": {"v": {"$ref": REF + "v2"}}},
        },
    )
    assert ops.unify_header_enums(spec) == 1
    assert "v2" in spec["components"]["schemas"]


def _paginated_components() -> JSON:
    return {
        "list": {"type": "object", "properties": {"data": {"type": "array"}, "pages": {"$ref": REF + "pages"}}},
        "pages": {"type": "object", "properties": {"next": {"$ref": REF + "next"}, "page": {"type": "integer"}}},
        "next": {"type": "object", "properties": {"starting_after": {"type": "string"}}},
        "plain": {"type": "object", "properties": {"data": {"type": "array"}}},
    }


def test_cursor_pagination_params_are_added_where_missing() -> None:
    listed = {"$ref": REF + "list"}
    spec = spec_of(
        {
            "/contacts": {"get": {"parameters": [{"name": "q", "in": "query"}], "responses": ok(listed)}},
            "/paged": {"get": {"parameters": [{"name": "page", "in": "query"}], "responses": ok(listed)}},
            "/cursor": {"get": {"parameters": [{"name": "starting_after", "in": "query"}], "responses": ok(listed)}},
            "/search": {"post": {"requestBody": {"content": {}}, "responses": ok(listed)}},
            "/plain": {"get": {"responses": ok({"$ref": REF + "plain"})}},
            "/wrapped": {"get": {"responses": ok({"allOf": [listed]})}},
        },
        _paginated_components(),
    )
    assert ops.cursor_pagination_params(spec) == 2
    params = spec["paths"]["/contacts"]["get"]["parameters"]
    assert [(p["name"], p["in"], p["schema"]["type"]) for p in params[1:]] == [
        ("per_page", "query", "integer"),
        ("starting_after", "query", "string"),
    ]
    assert not any(p.get("required") for p in params[1:])
    assert len(spec["paths"]["/wrapped"]["get"]["parameters"]) == 2
    assert len(spec["paths"]["/paged"]["get"]["parameters"]) == 1
    assert len(spec["paths"]["/cursor"]["get"]["parameters"]) == 1
    assert "parameters" not in spec["paths"]["/search"]["post"]
    assert "parameters" not in spec["paths"]["/plain"]["get"]
    assert ops.cursor_pagination_params(spec) == 0


def _json_media(**media: Any) -> JSON:
    return {"400": {"description": "bad", "content": {"application/json": media}}}


def test_json_response_schema_refers_to_the_component_named_by_the_examples_type() -> None:
    spec = spec_of(
        {
            "/a": {
                "put": {
                    "responses": _json_media(
                        examples={
                            "x": {"value": {"type": "error.list", "errors": []}},
                            "y": {"value": {"type": "error.list"}},
                        }
                    )
                }
            }
        },
        {"error": {"type": "object", "properties": {"type": {"type": "string", "example": "error.list"}}}},
    )
    assert ops.json_response_schema(spec) == 1
    media = spec["paths"]["/a"]["put"]["responses"]["400"]["content"]["application/json"]
    assert media["schema"] == {"$ref": REF + "error"}


def test_required_request_bodies_marks_bodies_whose_schema_requires_fields() -> None:
    def body(schema: JSON) -> JSON:
        return {"requestBody": {"content": {"application/json": {"schema": schema}}}, "responses": ok()}

    spec = spec_of(
        {
            "/reply": {
                "post": body({"oneOf": [{"$ref": "#/components/schemas/a"}, {"$ref": "#/components/schemas/b"}]})
            },
            "/some": {"post": body({"oneOf": [{"$ref": "#/components/schemas/a"}, {"type": "object"}]})},
            "/free": {"post": body({"type": "object", "properties": {"x": {"type": "string"}}})},
            "/all": {"post": body({"allOf": [{"$ref": "#/components/schemas/a"}]})},
        },
        {
            "a": {"type": "object", "required": ["x"], "properties": {"x": {"type": "string"}}},
            "b": {"type": "object", "required": ["y"], "properties": {"y": {"type": "string"}}},
        },
    )
    assert ops.required_request_bodies(spec) == 2
    required = {path: bool(item["post"]["requestBody"].get("required")) for path, item in spec["paths"].items()}
    assert required == {"/reply": True, "/some": False, "/free": False, "/all": True}
    assert ops.required_request_bodies(spec) == 0  # idempotent


def test_json_response_schema_is_inferred_from_examples_or_any() -> None:
    spec = spec_of(
        {
            "/a": {
                "post": {
                    "responses": {
                        **_json_media(
                            examples={
                                "one": {"value": {"error_key": "x", "count": 1, "tags": ["a"]}},
                                "two": {"value": {"error_key": "y", "count": 1.5, "extra": True}},
                            }
                        ),
                        "422": {"description": "no example", "content": {"application/json": {}}},
                        "200": {"description": "text", "content": {"text/plain": {}}},
                    }
                }
            }
        }
    )
    assert ops.json_response_schema(spec) == 2
    responses = spec["paths"]["/a"]["post"]["responses"]
    assert responses["400"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "properties": {
            "error_key": {"type": "string"},
            "count": {"type": "number"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "extra": {"type": "boolean"},
        },
    }
    assert responses["422"]["content"]["application/json"]["schema"] == {}
    assert "schema" not in responses["200"]["content"]["text/plain"]


# -- schema rules ------------------------------------------------------------------------------------


def test_drop_schema_titles_removes_keywords_but_not_properties_named_title() -> None:
    spec = spec_of(
        components={
            "article": {
                "title": "Article",
                "type": "object",
                "properties": {
                    "title": {"type": "string", "title": "Title"},
                    "author": {"title": "Author", "type": "object", "properties": {"title": {"type": "string"}}},
                },
            }
        }
    )
    assert schemas.drop_schema_titles(spec) == 3
    article = spec["components"]["schemas"]["article"]
    assert "title" not in article and "title" in article["properties"]
    assert article["properties"]["title"] == {"type": "string"}
    assert article["properties"]["author"]["properties"] == {"title": {"type": "string"}}


def test_drop_constraint_only_unions() -> None:
    props = {"email": {"type": "string"}, "external_id": {"type": "string"}}
    spec = spec_of(
        components={
            "create": {
                "type": "object",
                "properties": props,
                "anyOf": [{"required": ["email"], "title": "A"}, {"required": ["external_id"]}],
            },
            "shaped": {
                "type": "object",
                "properties": props,
                "oneOf": [{"required": ["email"]}, {"properties": {"x": {}}}],
            },
            "bare": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]},
        }
    )
    assert schemas.drop_constraint_only_unions(spec) == 1
    components = spec["components"]["schemas"]
    assert "anyOf" not in components["create"] and components["create"]["properties"] == props
    assert "oneOf" in components["shaped"]
    assert "anyOf" in components["bare"]


def test_array_items_defaults_to_any() -> None:
    spec = spec_of(
        components={"x": {"type": "object", "additionalProperties": {"anyOf": [{"type": "array"}, {"type": "string"}]}}}
    )
    assert schemas.array_items(spec) == 1
    assert spec["components"]["schemas"]["x"]["additionalProperties"]["anyOf"][0] == {"type": "array", "items": {}}


def test_allof_sibling_properties_become_a_second_allof_member() -> None:
    spec = spec_of(
        components={
            "base": {"type": "object", "properties": {"a": {"type": "string"}}},
            "child": {
                "type": "object",
                "allOf": [{"$ref": REF + "base"}],
                "properties": {"b": {"type": "string"}},
                "required": ["b"],
            },
            "alias": {"allOf": [{"$ref": REF + "base"}], "description": "just an alias"},
        }
    )
    assert schemas.allof_sibling_properties(spec) == 1
    child = spec["components"]["schemas"]["child"]
    assert child["allOf"] == [
        {"$ref": REF + "base"},
        {"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"]},
    ]
    assert "properties" not in child and "required" not in child
    assert spec["components"]["schemas"]["alias"] == {"allOf": [{"$ref": REF + "base"}], "description": "just an alias"}


def test_union_sibling_properties_are_merged_into_every_variant() -> None:
    body = {
        "oneOf": [{"$ref": REF + "a"}, {"title": "B", "type": "object"}],
        "properties": {"skip": {"type": "boolean"}},
    }
    spec = spec_of(
        {"/r": {"post": {"requestBody": {"content": {"application/json": {"schema": body}}}, "responses": ok()}}}
    )
    assert schemas.union_sibling_properties(spec) == 1
    extra = {"type": "object", "properties": {"skip": {"type": "boolean"}}}
    assert body == {
        "oneOf": [
            {"allOf": [{"$ref": REF + "a"}, extra]},
            {"title": "B", "allOf": [{"title": "B", "type": "object"}, extra]},
        ]
    }


def test_distribute_allof_over_union() -> None:
    spec = spec_of(
        components={
            "reply": {"oneOf": [{"$ref": REF + "by_email"}, {"$ref": REF + "by_id"}]},
            "reply_with_flag": {"allOf": [{"$ref": REF + "reply"}, {"type": "object", "properties": {"f": {}}}]},
            "plain": {"allOf": [{"$ref": REF + "by_email"}, {"type": "object"}]},
            "by_email": {"type": "object"},
            "by_id": {"type": "object"},
        }
    )
    assert schemas.distribute_allof_over_union(spec) == 1
    flag = {"type": "object", "properties": {"f": {}}}
    assert spec["components"]["schemas"]["reply_with_flag"] == {
        "oneOf": [{"allOf": [{"$ref": REF + "by_email"}, flag]}, {"allOf": [{"$ref": REF + "by_id"}, flag]}]
    }
    assert "allOf" in spec["components"]["schemas"]["plain"]


def test_flatten_nested_unions() -> None:
    spec = spec_of(
        components={
            "u": {
                "oneOf": [
                    {"oneOf": [{"$ref": REF + "a"}, {"$ref": REF + "b"}], "nullable": True},
                    {"$ref": REF + "c"},
                    {"oneOf": [{"$ref": REF + "d"}], "properties": {"x": {}}},
                ]
            }
        }
    )
    assert schemas.flatten_nested_unions(spec) == 1
    u = spec["components"]["schemas"]["u"]
    assert u["oneOf"][:3] == [{"$ref": REF + "a"}, {"$ref": REF + "b"}, {"$ref": REF + "c"}]
    assert "properties" in u["oneOf"][3]
    assert u["nullable"] is True


def test_hoist_union_variants_names_components_after_titles_refs_or_position() -> None:
    spec = spec_of(
        {
            "/tickets/{id}/reply": {
                "post": {
                    "operationId": "replyTicket",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [
                                        {"allOf": [{"$ref": REF + "admin_reply"}, {"type": "object"}]},
                                        {"$ref": REF + "x"},
                                    ]
                                }
                            }
                        }
                    },
                    "responses": ok(),
                }
            }
        },
        {
            "customer": {
                "oneOf": [
                    {"title": "Intercom User ID", "properties": {"intercom_user_id": {"type": "string"}}},
                    {"properties": {"email": {"type": "string"}}},
                    {"type": "string"},
                ]
            },
            "customer_intercom_user_id": {"type": "object"},
        },
    )
    assert schemas.hoist_union_variants(spec) == 3
    components = spec["components"]["schemas"]
    assert components["customer"]["oneOf"] == [
        {"$ref": REF + "customer_intercom_user_id_2"},
        {"$ref": REF + "customer_variant_2"},
        {"type": "string"},
    ]
    assert components["customer_intercom_user_id_2"]["properties"] == {"intercom_user_id": {"type": "string"}}
    body = spec["paths"]["/tickets/{id}/reply"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["oneOf"][0] == {"$ref": REF + "reply_ticket_request_admin_reply"}
    assert "reply_ticket_request_admin_reply" in components


def test_nullable_components_move_to_their_references() -> None:
    spec = spec_of(
        {"/v": {"get": {"responses": ok({"$ref": REF + "visitor"})}}},
        {
            "visitor": {"type": "object", "nullable": True, "properties": {"avatar": {"type": "object"}}},
            "name": {"type": "string", "nullable": True},
            "holder": {
                "type": "object",
                "properties": {
                    "v": {"$ref": REF + "visitor"},
                    "vs": {"type": "array", "items": {"$ref": REF + "visitor"}},
                    "described": {"allOf": [{"$ref": REF + "visitor"}], "description": "d"},
                },
                "allOf": [{"$ref": REF + "visitor"}],
            },
            "either": {"oneOf": [{"$ref": REF + "visitor"}, {"type": "string"}]},
        },
    )
    assert schemas.nullable_components(spec) == 1
    components = spec["components"]["schemas"]
    assert "nullable" not in components["visitor"]
    assert components["name"]["nullable"] is True  # primitives keep it: they make no class
    assert components["holder"]["properties"]["v"] == {"$ref": REF + "visitor", "nullable": True}
    assert components["holder"]["properties"]["vs"]["items"] == {"$ref": REF + "visitor"}  # a list holds no nulls
    assert components["holder"]["properties"]["described"]["nullable"] is True
    assert components["holder"]["allOf"] == [{"$ref": REF + "visitor"}]
    assert components["either"]["nullable"] is True
    assert spec["paths"]["/v"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": REF + "visitor"
    }


def test_nullable_ref_becomes_a_nullable_anyof() -> None:
    spec = spec_of(
        components={
            "x": {
                "type": "object",
                "properties": {
                    "a": {"$ref": REF + "a", "nullable": True, "description": "kept"},
                    "b": {"$ref": REF + "b", "nullable": False},
                    "c": {"$ref": REF + "c", "description": "left alone"},
                },
            }
        }
    )
    assert schemas.nullable_ref(spec) == 2
    props = spec["components"]["schemas"]["x"]["properties"]
    assert props["a"] == {"description": "kept", "anyOf": [{"$ref": REF + "a"}], "nullable": True}
    assert props["b"] == {"$ref": REF + "b"}
    assert props["c"] == {"$ref": REF + "c", "description": "left alone"}


def test_disambiguate_class_names_hoists_inline_schemas_named_like_a_component() -> None:
    spec = spec_of(
        components={
            "ticket": {
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["ticket"]}, "id": {"type": "string"}},
            },
            "ticket_type": {"type": "object", "properties": {"name": {"type": "string"}}},
            "list": {"type": "object", "properties": {"type": {"type": "string", "enum": ["list"]}}},
            "list_type": {"type": "string", "enum": ["list"]},  # same values: the generator shares the class
            "contact": {"type": "object", "properties": {"location": {"type": "object", "properties": {}}}},
            "contact_location": {"type": "object"},
        }
    )
    assert names.disambiguate_class_names(spec) == 2
    components = spec["components"]["schemas"]
    assert components["ticket"]["properties"]["type"] == {"$ref": REF + "ticket_type_enum"}
    assert components["ticket_type_enum"] == {"type": "string", "enum": ["ticket"]}
    assert components["contact"]["properties"]["location"] == {"$ref": REF + "contact_location_model"}
    assert components["list"]["properties"]["type"] == {"type": "string", "enum": ["list"]}
    assert names.disambiguate_class_names(spec) == 0


def test_disambiguate_class_names_ignores_single_ref_aliases() -> None:
    spec = spec_of(
        components={
            "conversation": {
                "type": "object",
                "properties": {"channel": {"allOf": [{"$ref": REF + "conversation_channel"}], "nullable": True}},
            },
            "conversation_channel": {"type": "object"},
        }
    )
    assert names.disambiguate_class_names(spec) == 0


# -- hand patches and the whole pipeline ---------------------------------------------------------------


def test_merge_patch_and_apply_patches() -> None:
    assert merge_patch({"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"c": None, "e": 4}, "f": [1]}) == {
        "a": 1,
        "b": {"d": 3, "e": 4},
        "f": [1],
    }
    spec = spec_of(components={"x": {"type": "object", "properties": {"a": {"type": "integer"}}}})
    applied, stale = apply_patches(spec, {"schemas": {"x": {"properties": {"a": {"type": "string"}}}, "gone": {}}})
    assert (applied, stale) == (1, ["gone"])
    assert spec["components"]["schemas"]["x"]["properties"]["a"] == {"type": "string"}


def test_repository_patches_file_is_valid_and_near_empty() -> None:
    from codegen.normalize.patches import DEFAULT_PATCHES, load_patches

    patches = load_patches(DEFAULT_PATCHES)
    assert set(patches) <= {"schemas", "paths"}
    count = len(patches.get("schemas") or {}) + len(patches.get("paths") or {})
    assert count <= 3, "hand patches are a last resort: prefer a generic rule"


SAMPLE: JSON = spec_of(
    {
        "/jobs/{job}": {
            "get": {
                "operationId": "getJob",
                "parameters": [{"name": "job", "in": "query", "schema": {"type": "string"}}],
                "responses": ok({"$ref": REF + "job"}),
            }
        }
    },
    {
        "job": {
            "title": "Job",
            "type": "object",
            "nullable": True,
            "properties": {"owner": {"$ref": REF + "owner", "nullable": True}},
        },
        "owner": {"title": "Job", "type": "object"},
    },
)


def test_normalize_returns_a_copy_and_counts_for_every_rule() -> None:
    original = copy.deepcopy(SAMPLE)
    out, counts = normalize(SAMPLE, patches={}, corrections=[])
    assert original == SAMPLE
    assert list(counts) == ["hand-patches", "corrections", "corrections-skipped", *(rule.name for rule in RULES)]
    assert counts["path-param-location"] == 1
    assert counts["drop-schema-titles"] == 2
    assert counts["nullable-components"] == 1
    assert out["components"]["schemas"]["job"]["properties"]["owner"] == {
        "anyOf": [{"$ref": REF + "owner"}],
        "nullable": True,
    }
    again, counts_again = normalize(out, patches={}, corrections=[])
    assert again == out
    assert set(counts_again.values()) == {0}


def test_rule_names_are_unique_and_documented() -> None:
    readme = (ROOT / "openapi" / "README.md").read_text(encoding="utf-8")
    rule_names = [rule.name for rule in RULES]
    assert len(set(rule_names)) == len(rule_names)
    for rule in RULES:
        assert f"`{rule.name}`" in readme, f"rule {rule.name} is not documented in openapi/README.md"
        assert rule.apply.__doc__ and len(rule.apply.__doc__) > 100


def test_cli_prints_counts_and_writes_byte_identical_output(tmp_path: Path) -> None:
    src = tmp_path / "in.yaml"
    dump_spec(SAMPLE, src)
    outputs = []
    for name in ("a.yaml", "b.yaml", "c.json"):
        result = subprocess.run(
            [sys.executable, "-m", "codegen.normalize", str(src), str(tmp_path / name)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "path-param-location: 1" in result.stdout.splitlines()
        for rule in RULES:
            assert re.search(rf"^{re.escape(rule.name)}: \d+$", result.stdout, re.MULTILINE)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    assert load_spec(tmp_path / "a.yaml") == json.loads(outputs[2])


def test_cli_fails_with_one_line_on_a_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: [3.0\n")
    result = subprocess.run(
        [sys.executable, "-m", "codegen.normalize", str(bad), str(tmp_path / "out.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- the real specs -------------------------------------------------------------------------------------


# Generating the three real specs end to end, with the project's templates, is tested in
# tests/test_generated.py (through codegen/regenerate.py, which fails on any generator warning).


@pytest.fixture(scope="module")
def pinned_normalised(pinned_spec_path: Path) -> tuple[JSON, dict[str, int]]:
    return normalised_with_counts(pinned_spec_path)


def test_pinned_spec_specific_defects_are_fixed(pinned_normalised: tuple[JSON, dict[str, int]]) -> None:
    """Spot checks on the pinned spec: the defects named in openapi/README.md are gone."""
    normalised, counts = pinned_normalised
    assert counts["drop-schema-titles"] > 0 and counts["nullable-ref"] > 0
    versions = set()
    for _p, _m, operation in iter_operations(normalised):
        for param in operation.get("parameters", []):
            if param.get("name") == "Intercom-Version":
                versions.add(json.dumps(param["schema"], sort_keys=True))
    assert len(versions) == 1, versions
    listing = normalised["paths"].get("/contacts", {}).get("get")
    if listing is not None:
        names_ = {p["name"] for p in listing.get("parameters", [])}
        assert {"per_page", "starting_after"} <= names_
    assert all(op.get("operationId") for _p, _m, op in iter_operations(normalised))


# -- roles, required response fields and corrections ----------------------------------------------


def _role_spec() -> dict[str, Any]:
    """A contact answered by GET and sent by nothing, a tag both answered and sent, an inline plan."""
    return {
        "openapi": "3.0.1",
        "paths": {
            "/contacts/{id}": {
                "get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": REF + "contact"}}}}}}
            },
            "/tags": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "tag"}}}},
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": REF + "tag"}}}}},
                }
            },
        },
        "components": {
            "schemas": {
                "contact": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string"},
                        "id": {"type": "string"},
                        "avatar": {"type": "object", "properties": {"image_url": {"type": "string"}}},
                        "role": {"type": "string"},
                        "plan": {
                            "type": "object",
                            "properties": {"type": {"type": "string"}, "id": {"type": "string"}},
                        },
                    },
                },
                "tag": {"type": "object", "properties": {"type": {"type": "string"}, "id": {"type": "string"}}},
            }
        },
    }


def test_roles_mark_response_only_and_shared_schemas() -> None:
    spec = _role_spec()
    from codegen.normalize.rules_roles import mark_schema_roles

    assert mark_schema_roles(spec) == 4  # contact, its avatar and plan objects, tag
    schemas = spec["components"]["schemas"]
    assert schemas["contact"]["x-intercom-role"] == "response"
    assert schemas["contact"]["properties"]["plan"]["x-intercom-role"] == "response"
    assert schemas["tag"]["x-intercom-role"] == "both"
    assert mark_schema_roles(spec) == 0  # idempotent


def test_required_response_fields_covers_api_objects_and_evidence_only() -> None:
    spec = _role_spec()
    from codegen.normalize.corrections import apply_corrections
    from codegen.normalize.rules_roles import mark_schema_roles, required_response_fields

    apply_corrections(spec, [{"schema": "contact", "field": "role", "required": True, "evidence": "x"}])
    mark_schema_roles(spec)
    assert required_response_fields(spec) == 1
    schemas = spec["components"]["schemas"]
    assert schemas["contact"]["required"] == ["type", "id", "role"]
    assert "required" not in schemas["contact"]["properties"]["plan"]  # inline: not an API object
    assert "required" not in schemas["tag"]  # also sent: request models keep what the spec says
    assert "x-intercom-required-in-responses" not in schemas["contact"]


def test_corrections_widen_fields_and_skip_what_a_spec_lacks() -> None:
    spec = _role_spec()
    from codegen.normalize.corrections import apply_corrections

    applied, skipped = apply_corrections(
        spec,
        [
            {"schema": "contact", "field": "avatar", "also": [{"type": "string"}], "nullable": True, "evidence": "x"},
            {"schema": "contact", "field": "sms_consent", "add": {"type": "boolean"}, "evidence": "x"},
            {"schema": "contact", "field": "role", "values": ["lead"], "evidence": "x"},
            {"schema": "contact", "field": "no_such_field", "nullable": True, "evidence": "x"},
            {"schema": "no_such_schema", "field": "id", "nullable": True, "evidence": "x"},
            {"schema": "contact", "field": "id", "add": {"type": "string"}, "evidence": "x"},
        ],
    )
    assert applied == 3
    assert skipped == ["contact.no_such_field", "no_such_schema.id", "contact.id"]
    props = spec["components"]["schemas"]["contact"]["properties"]
    assert props["avatar"] == {"nullable": True, "anyOf": [{"$ref": REF + "contact_avatar"}, {"type": "string"}]}
    assert spec["components"]["schemas"]["contact_avatar"] == {
        "type": "object",
        "properties": {"image_url": {"type": "string"}},
    }
    assert props["sms_consent"] == {"type": "boolean"}
    assert props["role"]["enum"] == ["lead"]


def test_the_corrections_file_is_well_formed_and_every_entry_cites_evidence() -> None:
    from codegen.normalize.corrections import load_corrections

    entries = load_corrections()
    assert len(entries) > 20
    assert all(len(entry["evidence"]) > 20 for entry in entries)


@pytest.mark.parametrize(
    ("entry", "named"),
    [
        ("{schema: contact, field: avatar, nullable: true}", "(contact.avatar)"),
        ("{schema: contact, field: avatar, nullable: true, evidence: '  '}", "(contact.avatar)"),
        ("{path: '/tags/{id}', parameter: id, type: string}", "(/tags/{id} id)"),
        (
            "{schema: conversation_list_item, same_as: conversation, evidence: ''}",
            "(conversation_list_item = conversation)",
        ),
    ],
    ids=["field", "blank", "parameter", "same_as"],
)
def test_a_correction_without_evidence_is_refused_naming_it(tmp_path: Path, entry: str, named: str) -> None:
    from codegen.normalize.corrections import load_corrections

    path = tmp_path / "corrections.yaml"
    path.write_text(f"corrections:\n  - {entry}\n")
    with pytest.raises(ValueError, match="'evidence' is required") as raised:
        load_corrections(path)
    assert f"corrections[0] {named}: 'evidence' is required" in str(raised.value)


LIST_ITEM = "conversation_list_item"


def _listed_spec(item: dict[str, Any]) -> dict[str, Any]:
    """A conversation, a list of ``item``s (the schema ``conversation_list_item``) and a search answering it."""
    conversation = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "The conversation's id."},
            "state": {"type": "string", "enum": ["open", "closed"]},
            "conversation_parts": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
        },
        "x-intercom-required-in-responses": ["id", "state"],
    }
    listing = {"type": "object", "properties": {"conversations": {"type": "array", "items": {"$ref": REF + LIST_ITEM}}}}
    return {
        "openapi": "3.0.1",
        "paths": {
            "/conversations/search": {
                "post": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": REF + "list"}}}}}}
            }
        },
        "components": {"schemas": {"conversation": conversation, "list": listing, LIST_ITEM: item}},
    }


SAME_AS = {"schema": "conversation_list_item", "same_as": "conversation", "evidence": "x"}


def test_a_list_item_made_the_same_as_its_object_is_that_object() -> None:
    from codegen.normalize.corrections import apply_corrections

    item = {
        "type": "object",
        "description": "A conversation as listed.",
        "properties": {
            "id": {"type": "string", "example": "1"},
            "state": {"type": "string", "enum": ["open", "closed"]},
        },
    }
    spec = _listed_spec(item)
    assert apply_corrections(spec, [SAME_AS]) == (1, [])
    schemas = spec["components"]["schemas"]
    assert "conversation_list_item" not in schemas
    assert schemas["list"]["properties"]["conversations"]["items"] == {"$ref": REF + "conversation"}
    assert schemas["conversation"]["properties"]["conversation_parts"]  # the object is unchanged


@pytest.mark.parametrize(
    "item",
    [
        {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "state": {"type": "string", "enum": ["open", "closed"]}},
        },
        {"type": "object", "properties": {"id": {"type": "string"}, "state": {"type": "string", "enum": ["open"]}}},
        {"type": "object", "properties": {"id": {"type": "string"}}},  # the object requires state, which it lacks
        {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "state": {"type": "string", "enum": ["open", "closed"]},
                "rank": {"type": "number"},
            },
        },
    ],
    ids=["a field of another type", "another enum", "a required field missing", "a field the object lacks"],
)
def test_a_list_item_is_not_made_its_object_when_something_would_be_lost(item: dict[str, Any]) -> None:
    from codegen.normalize.corrections import apply_corrections

    spec = _listed_spec(item)
    before = copy.deepcopy(spec)
    assert apply_corrections(spec, [SAME_AS]) == (0, ["conversation_list_item=conversation"])
    assert spec == before


def test_a_same_as_correction_needs_evidence(tmp_path: Path) -> None:
    from codegen.normalize.corrections import load_corrections

    path = tmp_path / "corrections.yaml"
    path.write_text("corrections:\n  - {schema: conversation_list_item, same_as: conversation}\n")
    with pytest.raises(ValueError, match="'evidence' is required"):
        load_corrections(path)
