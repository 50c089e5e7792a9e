# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""The Intercom OpenAPI description this package was generated from."""

from typing import Final

API_VERSION = "Preview"
"""The spec's ``info.version``."""
DEFAULT_API_VERSION: Final = "Preview"
"""The ``Intercom-Version`` every client sends unless told otherwise (``version=``, ``intercom_version=``): the
pinned decision of openapi/source.json (``default_api_version``), not the spec's default."""
SPEC_COMMIT = "8889625a7b931d8649e18726e7f872ff073520fc"
SPEC_SHA256 = "7d6e5858977dfe1e073f2f4fa911523c3b3a3b9881b905358b7ed85bc724b983"
OPERATION_COUNT = 256
