"""The stateful operations, by ``"<resource>.<method>"``: every area module's table in one."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import _contacts, _conversations, _records, _tickets, _workspace
from ._state import Handler

__all__ = ["HANDLERS"]

HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        **_contacts.HANDLERS,
        **_workspace.HANDLERS,
        **_conversations.HANDLERS,
        **_tickets.HANDLERS,
        **_records.HANDLERS,
    }
)
