"""Bulk and long-running work: procedures of many calls, with the rules Intercom documents built in.

Each helper takes a client (``AsyncIntercom`` for the async helpers, ``Intercom`` for their sync twins)
and reports its progress the same way (``on_progress=`` callback, ``progress_bar=``, INFO logs on the
``intercom_client.bulk`` logger; see :mod:`intercom_client.bulk._progress`).
"""

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

__all__ = [
    "DEFAULT_JOB_DEADLINE",
    "JOB_KINDS",
    "PART_CAP",
    "CompleteConversation",
    "ConversationTruncatedError",
    "ExportExpiredError",
    "ExportFormatError",
    "ExportInProgressError",
    "ExportRecord",
    "Job",
    "JobError",
    "JobFailedError",
    "JobKind",
    "JobTimeoutError",
    "Progress",
    "ProgressBar",
    "ProgressBarUnavailableError",
    "ProgressCallback",
    "Writable",
    "cancel_job",
    "cancel_job_sync",
    "download_export",
    "download_export_sync",
    "fetch_complete_conversation",
    "fetch_complete_conversation_sync",
    "iter_export_records",
    "iter_export_records_sync",
    "start_data_export",
    "start_data_export_sync",
    "start_reporting_export",
    "start_reporting_export_sync",
    "wait_for_job",
    "wait_for_job_sync",
]
