# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""The clients generated endpoint functions accept: defined in the hand-written layer.

Sync functions (``sync``, ``sync_detailed``) take an ``Intercom``; async ones take an ``AsyncIntercom``.
"""

from .._client import AsyncIntercom, Intercom

__all__ = ["AsyncIntercom", "Intercom"]
