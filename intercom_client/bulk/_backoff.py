"""Delays between the polls and retries of the bulk helpers: doubling from ``first`` up to ``cap``."""

from __future__ import annotations

import random


class Backoff:
    """Capped exponential delays: ``first``, twice that, four times ... never above ``cap``.

    Each delay is shortened by up to ``jitter`` (a fraction) at random, so that many workers started
    together do not poll in step; ``reset()`` starts again from ``first``.
    """

    def __init__(self, first: float, cap: float, *, jitter: float = 0.2) -> None:
        self._first = first
        self._cap = max(cap, first)
        self._jitter = jitter
        self._interval = first
        self._random = random.Random()

    def next(self) -> float:
        """The next delay, in seconds."""
        delay = self._interval * (1 - self._jitter * self._random.random())
        self._interval = min(self._cap, self._interval * 2)
        return delay

    def reset(self) -> None:
        self._interval = self._first
