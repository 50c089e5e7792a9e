"""Every generated docstring is true: it documents what the signature and the annotations say, in plain text.

Walks the generated package (intercom_client/generated): each resource class's public methods (their
Google-style ``Args:`` against ``inspect.signature``, the per-call options included, the methods in name
order), each model's ``Attributes:`` against its attrs fields and their annotations, and every module,
class and function docstring for Markdoc (``{% ... %}``) or HTML tags left over from the spec.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import attrs
import pytest

import intercom_client.generated as generated
from intercom_client.generated.types import AsyncResource, SyncResource

PER_CALL_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
# Markdoc tags, and HTML tags (an opening, closing or self-closing tag of an HTML element: ``<br>``, ``</p>``,
# ``<a href=..>``); ``<id>`` or ``<resource>`` are placeholders, not markup.
ELEMENTS = (
    "a|abbr|b|blockquote|body|br|caption|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|h[1-6]|"
    "head|hr|html|i|iframe|img|ins|kbd|li|mark|ol|p|pre|s|section|small|span|strong|sub|summary|sup|"
    "table|tbody|td|tfoot|th|thead|tr|tt|u|ul|video"
)
MARKUP = re.compile(rf"\{{%|%\}}|<br|</|<(?:{ELEMENTS})(?:\s[^<>]*)?/?>", re.I)
# Inline code (```<p>```, an example value ````<p>Hi</p>````, which wrapping may break over lines): there a
# tag is the text being documented, as in a literal block (see ``prose``).
CODE = re.compile(r"``[^`]+``|`[^`\n]+`")


def prose(doc: str) -> str:
    """``doc`` without its inline code and reST literal blocks (a line ending in ``::``, then the lines
    indented deeper than it)."""
    kept: list[str] = []
    literal_indent: int | None = None
    for line in inspect.cleandoc(doc).splitlines():
        depth = len(line) - len(line.lstrip())
        if literal_indent is not None and (not line.strip() or depth > literal_indent):
            continue
        literal_indent = depth if line.rstrip().endswith("::") else None
        kept.append(line)
    return CODE.sub("", "\n".join(kept))


ENTRY = re.compile(r"(\*{0,2}\w+)(?: \((.*?)\))?:(?:\s|$)", re.S)


def _modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(generated.__path__, generated.__name__ + ".")]
    return [generated, *(importlib.import_module(name) for name in sorted(names))]


MODULES = _modules()


def _resource_classes() -> list[type]:
    found = []
    for module in MODULES:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and issubclass(value, AsyncResource | SyncResource)
            ):
                found.append(value)
    return found


def _model_classes() -> list[type]:
    found = []
    for module in MODULES:
        if ".models." not in module.__name__:
            continue
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ and attrs.has(value):
                found.append(value)
    return found


RESOURCES = _resource_classes()
MODELS = _model_classes()


def _public_methods(cls: type) -> list[tuple[str, Callable[..., Any]]]:
    """The public methods the class defines itself, in definition order."""
    return [
        (name, value) for name, value in vars(cls).items() if inspect.isfunction(value) and not name.startswith("_")
    ]


def section(doc: str, title: str) -> dict[str, str | None] | None:
    """The entries of a Google-style section (``Args:``, ``Attributes:``): name -> the type in parentheses
    (None when there is none). An entry's continuation lines are joined to it first, so a type the
    wrapping broke over two lines is read whole. None when the docstring has no such section."""
    lines = inspect.cleandoc(doc).splitlines()
    try:
        start = lines.index(f"{title}:")
    except ValueError:
        return None
    entries: list[str] = []
    indent: int | None = None
    body = lines[start + 1 :]
    for number, line in enumerate(body):
        if not line.strip():
            # A blank line inside an entry's description is followed by a line indented deeper.
            following = next((rest for rest in body[number + 1 :] if rest.strip()), "")
            if indent is None or len(following) - len(following.lstrip()) <= indent:
                break
            continue
        depth = len(line) - len(line.lstrip())
        if depth == 0:
            break
        if indent is None:
            indent = depth
        if depth == indent:
            entries.append(line.strip())
        elif entries:
            entries[-1] += " " + line.strip()
    result: dict[str, str | None] = {}
    for entry in entries:
        match = ENTRY.match(entry)
        assert match, f"not a {title} entry: {entry!r}"
        result[match.group(1)] = match.group(2)
    return result


def _same_type(documented: str | None, annotation: Any) -> bool:
    if documented is None:
        return True
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return documented.replace(" ", "") == text.replace(" ", "")


def method_problems(cls: type) -> Iterator[str]:
    for name, function in _public_methods(cls):
        label = f"{cls.__module__}.{cls.__qualname__}.{name}"
        parameters = {p: v for p, v in inspect.signature(function).parameters.items() if p != "self"}
        documented = section(function.__doc__ or "", "Args")
        if documented is None:
            if parameters:
                yield f"{label}: no Args section"
            continue
        if set(documented) != set(parameters):
            extra = sorted(set(documented) - set(parameters))
            missing = sorted(set(parameters) - set(documented))
            yield f"{label}: documents {extra} not in the signature, leaves out {missing}"
        for parameter, documented_type in documented.items():
            if parameter in parameters and not _same_type(documented_type, parameters[parameter].annotation):
                yield f"{label}: {parameter} documented as {documented_type}, annotated {parameters[parameter].annotation}"
        for option in PER_CALL_OPTIONS:
            if option not in documented:
                yield f"{label}: per-call option {option} undocumented"


def model_problems(cls: type) -> Iterator[str]:
    label = f"{cls.__module__}.{cls.__qualname__}"
    fields = {f.name: f for f in attrs.fields(cls) if not f.name.startswith("_")}
    documented = section(cls.__doc__ or "", "Attributes")
    if documented is None:
        if fields:
            yield f"{label}: no Attributes section"
        return
    if set(documented) != set(fields):
        extra = sorted(set(documented) - set(fields))
        missing = sorted(set(fields) - set(documented))
        yield f"{label}: documents {extra} not among its fields, leaves out {missing}"
    for name, documented_type in documented.items():
        if name in fields and not _same_type(documented_type, fields[name].type):
            yield f"{label}: {name} documented as {documented_type}, annotated {fields[name].type}"


def _docstrings() -> Iterator[tuple[str, str]]:
    for module in MODULES:
        if module.__doc__:
            yield module.__name__, module.__doc__
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value) and value.__doc__:
                yield f"{module.__name__}.{name}", value.__doc__
            if isinstance(value, type):
                if value.__doc__:
                    yield f"{module.__name__}.{name}", value.__doc__
                for member_name, member in vars(value).items():
                    target = member.fget if isinstance(member, property) else member
                    doc = getattr(target, "__doc__", None) if inspect.isfunction(target) else None
                    if doc:
                        yield f"{module.__name__}.{name}.{member_name}", doc


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problems, e.g.:\n" + "\n".join(problems[:15])


@pytest.mark.pinned
def test_the_walk_finds_the_generated_surface() -> None:
    assert len(RESOURCES) >= 2 * 40
    assert sum(len(_public_methods(cls)) for cls in RESOURCES) >= 2 * 250
    assert len(MODELS) >= 500


def test_every_method_documents_exactly_its_parameters_with_their_types() -> None:
    problems = [problem for cls in RESOURCES for problem in method_problems(cls)]
    assert not problems, _report(problems)


def test_every_model_documents_exactly_its_fields_with_their_types() -> None:
    problems = [problem for cls in MODELS for problem in model_problems(cls)]
    assert not problems, _report(problems)


def test_no_markdoc_or_html_in_any_docstring() -> None:
    problems = [f"{where}: {match.group(0)!r}" for where, doc in _docstrings() if (match := MARKUP.search(prose(doc)))]
    assert not problems, _report(problems)


def test_resource_methods_are_in_name_order() -> None:
    problems = []
    for cls in RESOURCES:
        # In the order of the source (a test that deletes and restores a method moves it in the class dict).
        methods = [(name, method) for name, method in _public_methods(cls) if name != "with_raw_response"]
        names = [name for name, _ in sorted(methods, key=lambda item: item[1].__code__.co_firstlineno)]
        if names != sorted(names):
            problems.append(f"{cls.__module__}.{cls.__qualname__}: {names}")
    assert not problems, _report(problems)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            "Do it.\n\nArgs:\n    a (int): one\n    b (str |\n        None): two\n\nReturns:\n    x",
            {"a": "int", "b": "str | None"},
        ),
        ("Do it.\n\nArgs:\n    a: one, (not a type)\n", {"a": None}),
        ("Do it.", None),
    ],
)
def test_the_section_parser(doc: str, expected: dict[str, str | None] | None) -> None:
    assert section(doc, "Args") == expected


@pytest.mark.parametrize(
    "text", ["a {% admonition %} b", "x</br>y", "<br>", "<a href='x'>t</a>", "<p>", "<img src=x/>"]
)
def test_the_markup_pattern_finds_markup(text: str) -> None:
    assert MARKUP.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "a < b",
        "per_page <= 150",
        "list[int] -> None",
        "x<y",
        "/articles/<id>",
        "`<p>`",
        "``<p>\n</p>``",
        "See::\n\n    <p>\n\nafter",
    ],
)
def test_the_markup_pattern_leaves_plain_text(text: str) -> None:
    assert not MARKUP.search(prose(text))
