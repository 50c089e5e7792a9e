# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""The runtime the generated models, endpoints and resources use, defined in the hand-written layer.

See ``intercom_client/_decoding.py`` for the decoding policy and ``intercom_client/_resource.py`` for
the resources; this module only names what the generated code imports, so that it keeps one relative
import path.
"""

from typing import TYPE_CHECKING

from .._body_fields import SearchQueryDict, body_fields
from .._call_options import NOT_GIVEN
from .._decoding import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    File,
    FileTypes,
    Pending,
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
from .._exceptions import ResponseDecodingError
from .._model import Field, FreeFormModel, JSONValue, Model, ModelRef, list_of, one_of, received_fields, sent_fields
from .._operation import OPERATION
from .._paths import path_segment
from .._reads import READ_ONLY
from .._resource import (
    AsyncResource,
    AsyncSurface,
    SyncResource,
    SyncSurface,
    TimeoutTypes,
    async_raw,
    request_body,
    request_options,
    resource,
    sync_raw,
)
from .._responses import BYTES, LOCATION, TEXT

if TYPE_CHECKING:
    from ..pagination import AsyncPaginator, Cursor, SyncPaginator

__all__ = [
    "BYTES",
    "DECODE_ERRORS",
    "LOCATION",
    "NOT_GIVEN",
    "OPERATION",
    "READ_ONLY",
    "TEXT",
    "UNSET",
    "AsyncPaginator",
    "AsyncResource",
    "AsyncSurface",
    "Cursor",
    "DecodingIssue",
    "Field",
    "FieldSpec",
    "File",
    "FileTypes",
    "FreeFormModel",
    "JSONValue",
    "Model",
    "ModelRef",
    "Pending",
    "RequestFiles",
    "Response",
    "ResponseDecodingError",
    "SearchQueryDict",
    "SyncPaginator",
    "SyncResource",
    "SyncSurface",
    "TimeoutTypes",
    "Unset",
    "WrongType",
    "async_raw",
    "body_fields",
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
    "list_of",
    "one_of",
    "parse_date",
    "parse_datetime",
    "parse_uuid",
    "path_segment",
    "pick_variant",
    "received_fields",
    "redirect_location",
    "request_body",
    "request_options",
    "resource",
    "sent_fields",
    "sync_raw",
    "to_jsonable",
]
