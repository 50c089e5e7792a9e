"""Capped exponential backoff with jitter: the client's retries and the bulk helpers' polls use it."""

from __future__ import annotations

import random


def backoff_delay(attempt: int, *, first: float, cap: float, jitter: float, rng: random.Random) -> float:
    """The delay before retry or poll number ``attempt + 1``: ``first * 2**attempt``, at most ``cap``,
    shortened by up to ``jitter`` (a fraction) at random so that callers started together drift apart."""
    return min(cap, first * 2.0 ** min(attempt, 64)) * (1 - jitter * rng.random())


class Backoff:
    """Successive delays: ``first``, twice that, four times ... never above ``cap`` (jittered as
    :func:`backoff_delay` says); ``reset()`` starts again from ``first``."""

    def __init__(self, first: float, cap: float, *, jitter: float = 0.2) -> None:
        self._first = first
        self._cap = max(cap, first)
        self._jitter = jitter
        self._attempt = 0
        self._random = random.Random()

    def next(self) -> float:
        """The next delay, in seconds."""
        delay = backoff_delay(self._attempt, first=self._first, cap=self._cap, jitter=self._jitter, rng=self._random)
        self._attempt += 1
        return delay

    def reset(self) -> None:
        self._attempt = 0
