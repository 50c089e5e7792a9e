"""The models' shared base (intercom_client/_model.py): one declaration per field, everything else derived.

Models declared here by hand the way the generated ones are (an attrs class, then ``received_fields``
or ``sent_fields``) pin what the base derives from the table: the field table of the slow path, the
JSON names, the discriminator, lazy nested fields, what an absent field reads as, ``to_dict``. The last
test walks the generated models and checks that each field is written once beyond its annotation.
"""

from __future__ import annotations

import ast
import datetime
from pathlib import Path
from typing import Any

import pytest
from attrs import define
from attrs import field as attrs_field

from intercom_client import decoding_issues
from intercom_client._decoding import (
    UNSET,
    DecodingIssue,
    FieldSpec,
    LazyField,
    Pending,
    Unset,
    check_int,
    check_str,
    parse_datetime,
)
from intercom_client._model import Field, Model, list_of, one_of, received_fields, sent_fields
from intercom_client.generated.models import Contact

MODELS_DIR = Path(__file__).resolve().parents[1] / "intercom_client" / "generated" / "models"


@define(kw_only=True, slots=False)
class Tag(Model):
    id: str
    name: str | None = None
    additional_properties: dict[str, Any] = attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = attrs_field(init=False, factory=tuple, eq=False, repr=False)


@define(kw_only=True, slots=False)
class Note(Model):
    type_: str
    tags: list[Tag] | None = None
    body: Tag | str | None = None
    at: datetime.datetime | None = None
    count: int | str | None = None
    additional_properties: dict[str, Any] = attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = attrs_field(init=False, factory=tuple, eq=False, repr=False)


@define(kw_only=True, slots=False)
class NewNote(Model):
    type_: str = "note"
    body: str | Unset | None = UNSET
    tag: Tag | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(Tag, id=Field(check_str, required=True), name=check_str)
received_fields(
    Note,
    type_=Field(check_str, json="type", required=True, const="note"),
    tags=list_of(Tag.from_dict),
    body=one_of(Tag.from_dict, check_str),
    at=parse_datetime,
    count=one_of(check_int, check_str),
)
sent_fields(
    NewNote, type_=Field(check_str, json="type", required=True, const="note"), body=check_str, tag=Tag.from_dict
)

NOTE = {"type": "note", "tags": [{"id": "1"}], "body": {"id": "2", "name": "b"}, "at": "2024-05-01T10:00:00+00:00"}


def test_the_declaration_gives_the_field_table_the_json_names_and_the_discriminator() -> None:
    table = Note._field_table()
    assert [(spec.json_name, spec.attribute, spec.required) for spec in table] == [
        ("type", "type_", True),
        ("tags", "tags", False),
        ("body", "body", False),
        ("at", "at", False),
        ("count", "count", False),
    ]
    assert table[0] == FieldSpec("type", "type_", check_str, True) and table[3].decode is parse_datetime
    assert Note._known_fields == frozenset({"type", "tags", "body", "at", "count"})
    assert Note._discriminator == (("type", "note"),)
    assert Tag._discriminator == ()


def test_a_received_model_decodes_nested_values_on_first_read_and_dates_at_once() -> None:
    assert isinstance(Note.__dict__["tags"], LazyField) and isinstance(Note.__dict__["body"], LazyField)
    assert "count" not in Note.__dict__ and "at" not in Note.__dict__  # a union of scalars is kept as it came
    note = Note.from_dict({**NOTE, "count": 3})
    assert isinstance(note.__dict__["tags"], Pending) and isinstance(note.__dict__["body"], Pending)
    assert note.at == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)
    assert note.tags == [Tag(id="1")] and note.body == Tag(id="2", name="b") and note.count == 3
    assert note.to_dict() == {**NOTE, "count": 3}
    assert note == Note.from_dict({**NOTE, "count": 3}) and decoding_issues(note) == []


def test_values_of_another_shape_are_kept_with_their_paths() -> None:
    note = Note.from_dict({"type": "note", "tags": [{"id": "1"}, "x"], "body": ["no"], "extra": 1})
    assert note.tags == [Tag(id="1"), "x"] and note.body == ["no"]  # type: ignore[comparison-overlap]
    assert [issue.path for issue in decoding_issues(note)] == [("tags", 1), ("body",)]
    assert note.additional_properties == {"extra": 1}


def test_a_missing_or_null_required_field_reads_none_with_an_issue() -> None:
    for body, reason in (({"tags": []}, "required field is missing"), ({"type": None}, "required field is null")):
        note = Note.from_dict(body)
        assert note.type_ is None  # type: ignore[comparison-overlap]
        assert [(issue.path, issue.reason) for issue in decoding_issues(note)] == [(("type",), reason)]


def test_a_sent_model_tells_absent_from_null_and_decodes_at_once() -> None:
    note = NewNote.from_dict({"type": "note", "body": None, "tag": {"id": "7"}})
    assert note.body is None and note.tag == Tag(id="7") and "tag" not in NewNote.__dict__
    assert NewNote.from_dict({"type": "note"}).body is UNSET
    assert NewNote(body=None).to_dict() == {"type": "note", "body": None}
    assert NewNote(tag=Tag(id="1")).to_dict() == {"type": "note", "tag": {"id": "1"}}


def test_additional_fields_keep_the_order_they_came_in() -> None:
    extra = {f"field_{name}": index for index, name in enumerate("zqamxbkwcy")}
    body = {"type": "contact", "id": "1", "workspace_id": "w", "role": "user", "created_at": 1, "updated_at": 2}
    contact = Contact.from_dict({**extra, **body, "email": "a@example.com"})
    assert list(contact.additional_properties) == list(extra)
    assert list(contact.to_dict())[: len(extra)] == list(extra)


def test_a_table_that_does_not_match_the_class_is_refused_at_import() -> None:
    @define(kw_only=True, slots=False)
    class Odd(Model):
        a: str | None = None
        additional_properties: dict[str, Any] = attrs_field(factory=dict)

    with pytest.raises(TypeError, match="names \\['b'\\], the class \\['a'\\]"):
        received_fields(Odd, b=check_str)
    with pytest.raises(TypeError, match="also JSON names"):
        received_fields(Odd, a=Field(check_str, json="additional_properties"))


def _declarations(tree: ast.Module) -> dict[str, list[str]]:
    """Class name -> the attributes its ``received_fields``/``sent_fields`` call declares."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            call = node.value
            assert isinstance(call.func, ast.Name) and call.func.id in ("received_fields", "sent_fields")
            assert isinstance(call.args[0], ast.Name)
            found[call.args[0].id] = [k.arg for k in call.keywords if k.arg != "additional_properties" and k.arg]
    return found


def test_each_generated_model_writes_each_field_once_beyond_its_annotation() -> None:
    """A model class holds its annotations only (no per-field code), and its module declares each once."""
    problems: list[str] = []
    files = sorted(path for path in MODELS_DIR.glob("*.py") if path.name != "__init__.py")
    for path in files:
        tree = ast.parse(path.read_text())
        declared = _declarations(tree)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                problems.append(f"{path.name}: module-level function {node.name}")
            if not isinstance(node, ast.ClassDef) or node.name.endswith("Dict"):
                continue
            annotated = [
                statement.target.id
                for statement in node.body
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ]
            fields = [name for name in annotated if name not in ("additional_properties", "_decoding_issues")]
            methods = [s.name for s in node.body if isinstance(s, ast.FunctionDef) and s.name != "to_multipart"]
            if methods:
                problems.append(f"{path.name}: {node.name} defines {methods}")
            if declared.get(node.name) != fields:
                problems.append(f"{path.name}: {node.name} declares {declared.get(node.name)}, annotates {fields}")
    assert len(files) > 500
    assert problems == [], "\n".join(problems[:20])
