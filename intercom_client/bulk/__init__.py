"""Bulk and long-running work: procedures of many calls, with the rules Intercom documents built in.

Each helper takes a client (``AsyncIntercom`` for the async helpers, ``Intercom`` for their sync twins)
and reports its progress the same way (``on_progress=`` callback, ``progress_bar=``, INFO logs on the
``intercom_client.bulk`` logger; see :mod:`intercom_client.bulk._progress`).
"""

from ._progress import Progress, ProgressBar, ProgressBarUnavailableError, ProgressCallback

__all__ = [
    "Progress",
    "ProgressBar",
    "ProgressBarUnavailableError",
    "ProgressCallback",
]
