"""Type annotations written the way ruff's RUF036 fix leaves them: ``None`` last in every union.

The generator writes ``list[None | Ticket]`` where a list's items may be null; ``make regenerate`` runs
``ruff check --fix`` with RUF036, which rewrites the code to ``list[Ticket | None]``. A docstring that
documents the annotation renders it through ``none_last`` (the templates' ``none_last`` filter) so that
it says what the code says.
"""

from __future__ import annotations

__all__ = ["none_last"]


def none_last(annotation: str) -> str:
    """``annotation`` with ``None`` moved to the end of each union, at every nesting level."""
    return _union(str(annotation))


def _union(text: str) -> str:
    parts = [_subscripted(part.strip()) for part in _split(text, "|")]
    others = [part for part in parts if part != "None"]
    return " | ".join(others + ["None"] * (len(parts) - len(others)))


def _subscripted(part: str) -> str:
    if not part.endswith("]") or "[" not in part:
        return part
    head, inner = part.split("[", 1)
    return f"{head}[{', '.join(_union(arg.strip()) for arg in _split(inner[:-1], ','))}]"


def _split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts
