"""One name per bulk helper: the client passed in picks the async or the sync driver.

Every public helper of :mod:`intercom_client.bulk` takes either client. With ``AsyncIntercom`` it
returns what you ``await`` (or ``async for``); with ``Intercom`` it does the work and returns the result
(or an iterable for ``for``). Its ``@overload``s tell type checkers which, so both mypy and pyright
know ``await wait_for_job(async_client, job)`` is a :class:`~intercom_client.bulk.Job` and that
``wait_for_job(sync_client, job)`` is one already. Anything else raises :class:`ClientTypeError`
before any work starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._exceptions import ConfigurationError

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # typing.TypeIs from Python 3.13; type checkers ship this stub

    from ..generated.client import AsyncIntercom, Intercom

__all__ = ["ClientTypeError", "is_async_client", "resource_method"]


class ClientTypeError(ConfigurationError, TypeError):
    """A bulk helper was given something that is neither an ``AsyncIntercom`` nor an ``Intercom``.

    Attributes:
        helper: The helper called (``"wait_for_job"``).
        given: The type name of what was passed instead of a client.
    """

    def __init__(self, helper: str, client: object) -> None:
        kind = type(client)
        given = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
        super().__init__(
            f"{helper}() takes an intercom_client.AsyncIntercom or an intercom_client.Intercom as its client, "
            f"not {given}"
        )
        self.helper = helper
        self.given = given


def is_async_client(client: object, helper: str) -> TypeIs[AsyncIntercom]:
    """True for an ``AsyncIntercom``, False for an ``Intercom``; :class:`ClientTypeError` for anything else.

    A type checker narrows ``client: AsyncIntercom | Intercom`` to ``Intercom`` where this is False.
    """
    from ..generated.client import AsyncIntercom, Intercom

    if isinstance(client, AsyncIntercom):
        return True
    if isinstance(client, Intercom):
        return False
    raise ClientTypeError(helper, client)


def resource_method(client: AsyncIntercom | Intercom, resource: str, name: str, *, raw: bool = False) -> Any:
    """``client.<resource>.<name>``, or with ``raw`` ``client.<resource>.with_raw_response.<name>``.

    The helpers' tables name an operation by its resource and method (``"data_export"``, ``"retrieve"``),
    the same on both clients: this is the method of ``client`` they name (a coroutine function with
    ``AsyncIntercom``). ``tests/test_bulk_jobs.py`` checks that every name in the tables is one.

    A package regenerated from an older spec may lack the operation (the bulk job status methods came after
    2026-01-27): ``ConfigurationError`` names the method, rather than an ``AttributeError`` from a helper.
    """
    methods: Any = getattr(client, resource, None)
    if not callable(getattr(methods, name, None)):
        raise ConfigurationError(
            f"this helper needs client.{resource}.{name}(), which this SDK does not have: it was generated "
            "from a spec without that operation"
        )
    return getattr(methods.with_raw_response, name) if raw else getattr(methods, name)
