"""Bulk and long-running work: procedures of many calls, with the rules Intercom documents built in.

Each helper takes a client (``AsyncIntercom`` for the async helpers, ``Intercom`` for their sync twins)
and reports its progress the same way (``on_progress=`` callback, ``progress_bar=``, INFO logs on the
``intercom_client.bulk`` logger; see :mod:`intercom_client.bulk._progress`).

- :func:`walk_companies`: every company once through the scroll API (past the 10,000 cap of the list).
- :func:`sync_updated`: everything updated since a saved :class:`Checkpoint` (contacts, companies,
  conversations, tickets), none lost, none repeated.
- :class:`Filter`, :func:`all_of`, :func:`any_of`, :func:`search_body`: search queries that Intercom
  would accept, or a :class:`SearchQueryError` saying why not.
"""

from ._companies import (
    AsyncCompanyWalk,
    CompanyWalk,
    ScrollBusyError,
    ScrollRestartLimitError,
    ScrollStalledError,
    walk_companies,
)
from ._progress import Progress, ProgressBar, ProgressBarUnavailableError, ProgressCallback
from ._search import Filter, Group, Query, SearchQueryError, all_of, any_of, search_body
from ._sync import DEFAULT_OVERLAP, AsyncSyncRun, Checkpoint, CheckpointError, SyncRun, sync_updated

__all__ = [
    "DEFAULT_OVERLAP",
    "AsyncCompanyWalk",
    "AsyncSyncRun",
    "Checkpoint",
    "CheckpointError",
    "CompanyWalk",
    "Filter",
    "Group",
    "Progress",
    "ProgressBar",
    "ProgressBarUnavailableError",
    "ProgressCallback",
    "Query",
    "ScrollBusyError",
    "ScrollRestartLimitError",
    "ScrollStalledError",
    "SearchQueryError",
    "SyncRun",
    "all_of",
    "any_of",
    "search_body",
    "sync_updated",
    "walk_companies",
]
