"""Bulk and long-running work: procedures of many calls, with the rules Intercom documents built in.

Each helper has one name for both clients: pass an ``AsyncIntercom`` and ``await`` the call (or
``async for`` over it), pass an ``Intercom`` and it returns the result (or an iterable for ``for``)::

    job = await wait_for_job(async_client, job)       # Job
    job = wait_for_job(sync_client, job)              # Job, no await

Type checkers know which (the helpers' ``@overload``s); anything else than a client raises
:class:`ClientTypeError`. Every helper reports its progress the same way (``on_progress=`` callback,
``progress_bar=``, INFO logs on the ``intercom_client.bulk`` logger; see :mod:`intercom_client.bulk._progress`).

- :func:`walk_companies`: every company once through the scroll API (past the 10,000 cap of the list).
- :func:`sync_updated`: everything updated since a saved :class:`Checkpoint` (contacts, companies,
  conversations, tickets), none lost, none repeated.
- :class:`Filter`, :func:`all_of`, :func:`any_of`, :func:`search_body`: search queries that Intercom
  would accept, or a :class:`SearchQueryError` saying why not.
- :func:`wait_for_job`, :func:`cancel_job`: poll any of Intercom's asynchronous jobs until it ends
  (:data:`JOB_KINDS`); an export abandoned half-way is cancelled.
- :func:`start_data_export`, :func:`start_reporting_export`, :func:`download_export`,
  :func:`iter_export_records`: exports, their one-slot rule, and their result streamed to a file or
  read row by row at flat memory.
- :func:`fetch_complete_conversation`: a conversation and whether the 500-part cap cut it.
"""

from ._clients import ClientTypeError
from ._companies import (
    AsyncCompanyWalk,
    CompanyWalk,
    ScrollBusyError,
    ScrollRestartLimitError,
    ScrollStalledError,
    walk_companies,
)
from ._conversations import (
    PART_CAP,
    CompleteConversation,
    ConversationTruncatedError,
    fetch_complete_conversation,
)
from ._exports import (
    ExportExpiredError,
    ExportFormatError,
    ExportInProgressError,
    ExportRecord,
    Writable,
    download_export,
    iter_export_records,
    start_data_export,
    start_reporting_export,
)
from ._jobs import (
    DEFAULT_JOB_DEADLINE,
    JOB_KINDS,
    Job,
    JobError,
    JobFailedError,
    JobKind,
    JobTimeoutError,
    cancel_job,
    wait_for_job,
)
from ._progress import Progress, ProgressBar, ProgressBarUnavailableError, ProgressCallback
from ._search import Filter, Group, Query, SearchBody, SearchQueryError, all_of, any_of, search_body
from ._sync import DEFAULT_OVERLAP, AsyncSyncRun, Checkpoint, CheckpointError, SyncRun, sync_updated

__all__ = [
    "DEFAULT_JOB_DEADLINE",
    "DEFAULT_OVERLAP",
    "JOB_KINDS",
    "PART_CAP",
    "AsyncCompanyWalk",
    "AsyncSyncRun",
    "Checkpoint",
    "CheckpointError",
    "ClientTypeError",
    "CompanyWalk",
    "CompleteConversation",
    "ConversationTruncatedError",
    "ExportExpiredError",
    "ExportFormatError",
    "ExportInProgressError",
    "ExportRecord",
    "Filter",
    "Group",
    "Job",
    "JobError",
    "JobFailedError",
    "JobKind",
    "JobTimeoutError",
    "Progress",
    "ProgressBar",
    "ProgressBarUnavailableError",
    "ProgressCallback",
    "Query",
    "ScrollBusyError",
    "ScrollRestartLimitError",
    "ScrollStalledError",
    "SearchBody",
    "SearchQueryError",
    "SyncRun",
    "Writable",
    "all_of",
    "any_of",
    "cancel_job",
    "download_export",
    "fetch_complete_conversation",
    "iter_export_records",
    "search_body",
    "start_data_export",
    "start_reporting_export",
    "sync_updated",
    "wait_for_job",
    "walk_companies",
]
