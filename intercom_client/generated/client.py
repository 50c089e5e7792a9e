# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""The clients: the generated resources (``client.contacts`` ...) on the hand-written runtime.

``AsyncIntercom`` and ``Intercom`` are what ``intercom_client`` exports and what generated endpoint
functions take as ``client=``. Their options, retries and transports are the runtime's
(``intercom_client/_client.py``, which imports nothing generated); the resources come from
``api/__init__.py``; the default ``Intercom-Version`` and the User-Agent name the spec this package
was generated from (``_spec.py``).
"""

from .._client import AsyncIntercomBase, SyncIntercomBase
from .._version import user_agent
from ._spec import API_VERSION, DEFAULT_API_VERSION, SPEC_COMMIT
from .api import AsyncResources, SyncResources

__all__ = ["USER_AGENT", "AsyncIntercom", "Intercom"]

USER_AGENT = user_agent(API_VERSION, SPEC_COMMIT)
"""The ``User-Agent`` header of every request: the SDK's version and the spec it was generated from."""


class AsyncIntercom(AsyncResources, AsyncIntercomBase):
    __doc__ = AsyncIntercomBase.__doc__

    _default_version = DEFAULT_API_VERSION
    _user_agent = USER_AGENT


class Intercom(SyncResources, SyncIntercomBase):
    __doc__ = SyncIntercomBase.__doc__

    _default_version = DEFAULT_API_VERSION
    _user_agent = USER_AGENT
