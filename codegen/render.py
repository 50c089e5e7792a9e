"""Render the project's own Jinja templates (templates/), the way openapi-python-client renders its ones.

``render("spec_pin.py.jinja", ...)`` gives the text of a generated module that the generator itself
does not write (the spec pin, the pagination table); ``literal`` (also the templates' ``literal``
filter) writes a Python value the way ruff formats it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

__all__ = ["TEMPLATES", "literal", "render"]


def literal(value: Any) -> str:
    """A Python literal of ``value`` as ruff would format it (double quotes, one-tuples with a comma)."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if value is None or isinstance(value, bool | int):
        return repr(value)
    raise TypeError(f"no literal for {type(value).__name__}")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["literal"] = literal
    return env


def render(template: str, **context: Any) -> str:
    """The text of ``templates/<template>`` rendered with ``context``."""
    return _environment().get_template(template).render(**context)
