"""Pages as the real API cuts them: ``starting_after`` cursors, page numbers, and the search pages.

A cursor is opaque to the client (base64 of the offset into the current result list), so, as with
Intercom's own offset-backed cursors, a list that changes between two pages shifts under the cursor.
``per_page`` outside 1..150 is Intercom's 400.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any

from ._wire import Refusal

__all__ = ["MAX_PER_PAGE", "cursor_page", "decode_cursor", "number_page", "per_page_of"]

MAX_PER_PAGE = 150


def per_page_of(value: object, default: int) -> int:
    """``per_page`` as sent (query string or JSON), checked: 400 ``parameter_invalid`` outside 1..150."""
    if value is None:
        return default
    try:
        number = int(str(value))
    except ValueError:
        raise Refusal(400, "parameter_invalid", f"per_page must be an integer, got {str(value)[:40]!r}") from None
    if not 1 <= number <= MAX_PER_PAGE:
        raise Refusal(400, "parameter_invalid", f"per_page must be between 1 and {MAX_PER_PAGE}, got {number}")
    return number


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode().rstrip("=")


def decode_cursor(cursor: object) -> int:
    """The offset a cursor holds; 400 ``invalid_cursor`` for one the fake did not make."""
    if cursor in (None, ""):
        return 0
    text = str(cursor)
    try:
        offset = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))["offset"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise Refusal(400, "invalid_cursor", "the starting_after cursor is not one this API gave") from None
    if not isinstance(offset, int) or offset < 0:
        raise Refusal(400, "invalid_cursor", "the starting_after cursor is not one this API gave")
    return offset


def cursor_page(
    items: Sequence[Any], *, per_page: int, starting_after: object, key: str = "data", list_type: str = "list"
) -> dict[str, Any]:
    """One page of ``items`` after the cursor, with ``pages.next.starting_after`` while more remain."""
    offset = decode_cursor(starting_after)
    chunk = list(items[offset : offset + per_page])
    total_pages = -(-len(items) // per_page)
    pages: dict[str, Any] = {"type": "pages", "page": offset // per_page + 1, "per_page": per_page}
    pages["total_pages"] = total_pages
    if offset + per_page < len(items):
        pages["next"] = {"page": offset // per_page + 2, "starting_after": encode_cursor(offset + per_page)}
    return {"type": list_type, key: chunk, "total_count": len(items), "pages": pages}


def number_page(
    items: Sequence[Any], *, page: object, per_page: int, key: str = "data", list_type: str = "list"
) -> dict[str, Any]:
    """Page number ``page`` (from 1) of ``items``: ``pages.page`` and ``pages.total_pages`` tell the rest."""
    try:
        number = int(str(page)) if page not in (None, "") else 1
    except ValueError:
        raise Refusal(400, "parameter_invalid", f"page must be an integer, got {str(page)[:40]!r}") from None
    if number < 1:
        raise Refusal(400, "parameter_invalid", f"page must be at least 1, got {number}")
    start = (number - 1) * per_page
    total_pages = -(-len(items) // per_page)
    pages = {"type": "pages", "page": number, "per_page": per_page, "total_pages": total_pages}
    return {"type": list_type, key: list(items[start : start + per_page]), "total_count": len(items), "pages": pages}
