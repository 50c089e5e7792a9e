"""Run openapi-python-client on a normalised spec, with the resource surface's template globals.

    python -m codegen.generate --path NORMALISED.json [--config generator-config.yaml] \
        [--custom-template-path templates] --output-path DIR

The generator's own command line cannot give templates anything but the parsed spec; the resource
templates also need each operation's method name and pagination (codegen/generate/context.py), so this
runs the generator in-process with those added to its Jinja globals, and with the filters the
docstrings need: ``plain_text`` (codegen/plain_text.py), which every description goes through,
``docwrap`` that wraps it, ``example_text`` for example values, and ``none_last`` for the annotations a
docstring documents. Prints the generator's warnings and errors like its command line does, and exits 1
when there is any.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from ..plain_text import example_text, plain_text, wrap_text
from ..render import TEMPLATES
from ..spec import load_spec
from . import CONFIG
from .annotations import none_last
from .context import template_globals


def _copy_endpoints_shallowly() -> None:
    """Make the generator copy an ``Endpoint`` one level deep where it deep-copies it.

    openapi-python-client 0.29.1 deep-copies the endpoint it is building at each step (adding
    parameters, responses, sorting path parameters), and a deep copy of an endpoint copies every
    property and pydantic schema it reaches: on Intercom's spec that was 40% of a regeneration. Each
    step only appends to, sorts or reassigns the endpoint's own lists, sets and attributes, so copying
    those containers is enough; every other ``deepcopy`` in that module stays a deep copy. The output
    is unchanged: ``make regenerate`` reproduces the committed code byte for byte (tests/test_generated.py).
    """
    import copy

    from openapi_python_client.parser import openapi

    def copy_one_level(value: Any, memo: dict[int, Any] | None = None) -> Any:
        if not isinstance(value, openapi.Endpoint):
            return copy.deepcopy(value, memo)
        endpoint = copy.copy(value)
        for field in dataclasses.fields(endpoint):
            attribute = getattr(endpoint, field.name)
            if isinstance(attribute, (list, set, dict)):
                setattr(endpoint, field.name, attribute.copy())
        return endpoint

    openapi.deepcopy = copy_one_level  # type: ignore[attr-defined,assignment]


# Builtins the generator would suffix with "_" that the generated code may use as names as they are: a
# field named so shadows nothing the generated code calls. `Conversation.open_` read as a typo of the
# API's "open" (issue 24, item 7).
NOT_RESERVED = frozenset({"open"})


def _unreserve_names() -> None:
    """Let the generator name fields ``open`` (not ``open_``): see ``NOT_RESERVED``."""
    from openapi_python_client import strings

    strings.RESERVED_WORDS.difference_update(NOT_RESERVED)


def _plain_text(value: Any) -> str:
    """The templates' ``plain_text`` filter: a description of the spec (the generator wraps it in an
    ``UntrustedString``) as plain text (codegen/plain_text.py); still to be escaped for a docstring."""
    return plain_text(_untrusted(value))


def _example_text(value: Any) -> str:
    """The templates' ``example_text`` filter: an example value of the spec for a docstring
    (codegen/plain_text.py); still to be escaped for a docstring."""
    return example_text(_untrusted(value))


def _untrusted(value: Any) -> Any:
    """The text the generator wrapped in an ``UntrustedString`` (it goes into a docstring, escaped)."""
    from openapi_python_client.schema.untrusted_string import UntrustedString

    return value.get_untrusted_value() if isinstance(value, UntrustedString) else ("" if value is None else value)


def main(argv: list[str] | None = None) -> int:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.cli import handle_errors
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    parser = argparse.ArgumentParser(prog="python -m codegen.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, required=True)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--custom-template-path", type=Path, default=TEMPLATES)
    parser.add_argument("--output-path", type=Path, required=True)
    args = parser.parse_args(argv)

    config = Config.from_sources(
        ConfigFile.load_from_path(path=args.config),
        MetaType.NONE,
        args.path,
        "utf-8",
        True,
        output_path=args.output_path,
    )
    _copy_endpoints_shallowly()
    _unreserve_names()
    project = _get_project_for_url_or_path(config=config, custom_template_path=args.custom_template_path.resolve())
    if isinstance(project, GeneratorError):
        handle_errors([project])
        return 1
    project.env.globals.update(template_globals(load_spec(args.path)))
    project.env.filters["plain_text"] = _plain_text
    project.env.filters["example_text"] = _example_text
    project.env.filters["none_last"] = none_last
    project.env.filters["docwrap"] = wrap_text
    errors = project.build()
    if errors:
        handle_errors(errors)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
