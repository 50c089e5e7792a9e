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
from ._conversations import (
    PART_CAP,
    CompleteConversation,
    ConversationTruncatedError,
    fetch_complete_conversation,
    fetch_complete_conversation_sync,
)
from ._exports import (
    ExportExpiredError,
    ExportFormatError,
    ExportInProgressError,
    ExportRecord,
    Writable,
    download_export,
    download_export_sync,
    iter_export_records,
    iter_export_records_sync,
    start_data_export,
    start_data_export_sync,
    start_reporting_export,
    start_reporting_export_sync,
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
    cancel_job_sync,
    wait_for_job,
    wait_for_job_sync,
)
from ._progress import Progress, ProgressBar, ProgressBarUnavailableError, ProgressCallback
from ._search import Filter, Group, Query, SearchQueryError, all_of, any_of, search_body
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
    "SearchQueryError",
    "SyncRun",
    "Writable",
    "all_of",
    "any_of",
    "cancel_job",
    "cancel_job_sync",
    "download_export",
    "download_export_sync",
    "fetch_complete_conversation",
    "fetch_complete_conversation_sync",
    "iter_export_records",
    "iter_export_records_sync",
    "search_body",
    "start_data_export",
    "start_data_export_sync",
    "start_reporting_export",
    "start_reporting_export_sync",
    "sync_updated",
    "wait_for_job",
    "wait_for_job_sync",
    "walk_companies",
]
