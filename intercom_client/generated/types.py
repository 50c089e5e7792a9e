# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
"""The decoding runtime the generated models and endpoints use, defined in the hand-written layer.

See ``intercom_client/_decoding.py`` for the decoding policy; this module only names what the
generated code imports, so that it keeps one relative import path.
"""

from .._decoding import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    File,
    FileTypes,
    RequestFiles,
    Response,
    Unset,
    WrongType,
    check_any,
    check_bool,
    check_float,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    decode_response,
    decode_variant,
    parse_date,
    parse_datetime,
    parse_uuid,
    pick_variant,
    redirect_location,
    to_jsonable,
)

__all__ = [
    "DECODE_ERRORS",
    "UNSET",
    "DecodingIssue",
    "FieldSpec",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "WrongType",
    "check_any",
    "check_bool",
    "check_float",
    "check_int",
    "check_scalar_list",
    "check_str",
    "decode_leniently",
    "decode_list",
    "decode_response",
    "decode_variant",
    "parse_date",
    "parse_datetime",
    "parse_uuid",
    "pick_variant",
    "redirect_location",
    "to_jsonable",
]
