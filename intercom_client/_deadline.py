"""An attempt's total deadline: when it must be over, seen by the transports that enforce it.

The client (``_client.py``) makes one :class:`AttemptDeadline` per attempt and sets it in
:data:`attempt_deadline` for the task (async) or thread (sync) that sends; the SDK's transports
(``_transport.py``) read it for each connect, read and write (:func:`time_left`) and start it when the
attempt has its connection. A module of its own so that the client need not import the transports
(httpcore, h11: some 18 ms) to make one.
"""

from __future__ import annotations

import contextvars
import math
import time

__all__ = ["AttemptDeadline", "attempt_deadline", "time_left"]


class AttemptDeadline:
    """When one attempt must be over: ``budget`` seconds after it gets its connection, and within ``call_left``.

    Both are seconds counted from now (None: no such limit). Until ``start()`` (the attempt has its
    connection) only the call's end applies, so that the wait for a pool slot is bounded by the call's
    deadline (and the pool timeout) but never eats into the attempt's own total.
    """

    __slots__ = ("_budget", "_call_ends", "_ends")

    def __init__(self, budget: float | None, call_left: float | None = None) -> None:
        self._budget = budget
        self._call_ends = None if call_left is None else time.monotonic() + call_left
        self._ends: float | None = None  # set by start()

    def start(self) -> None:
        """The attempt has its connection: its total starts now (a second call changes nothing)."""
        if self._ends is not None:
            return
        ends = math.inf if self._budget is None else time.monotonic() + self._budget
        self._ends = ends if self._call_ends is None else min(ends, self._call_ends)

    def longest(self) -> float | None:
        """The most the attempt may take from now, were it to have its connection at once (None: no limit)."""
        if self._call_ends is None:
            return self._budget
        left = max(0.0, self._call_ends - time.monotonic())
        return left if self._budget is None else min(self._budget, left)

    def ends(self) -> float | None:
        """The monotonic time by which the attempt must be over (before it starts: the call's end), or None."""
        ends = self._ends if self._ends is not None else self._call_ends
        return None if ends == math.inf else ends


# The deadline of the current attempt (None: none). A context variable, so that each task (async) or
# thread (sync) sees the deadline of the attempt it runs.
attempt_deadline: contextvars.ContextVar[AttemptDeadline | None] = contextvars.ContextVar(
    "intercom_client_attempt_deadline", default=None
)


def time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to the time left before the attempt's deadline; ``error`` once it has passed.

    Called for each connect, read and write: the attempt holds a connection, so its total starts.
    """
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    deadline.start()
    ends = deadline.ends()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error("the attempt's total deadline passed")
    return left if timeout is None else min(timeout, left)
