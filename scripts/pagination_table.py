"""Derive, from the normalised spec, how each paginated operation pages (work in progress)."""

from __future__ import annotations

from typing import Any


def render_pagination_module(spec: dict[str, Any]) -> str:
    """The source of the generated pagination table module."""
    return '"""How each paginated operation pages, derived from the spec."""\n\nPAGINATED_OPERATIONS: dict[str, dict[str, str]] = {}\n'
