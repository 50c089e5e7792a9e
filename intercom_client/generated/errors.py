# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""The errors generated code raises: the SDK's typed errors, defined in the hand-written layer."""

from .._exceptions import ResponseDecodingError, error_for_response

__all__ = ["ResponseDecodingError", "error_for_response"]
