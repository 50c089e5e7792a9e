"""Every bulk helper has one name for both clients: it checks what it was given before any work."""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import intercom_client.bulk as bulk
from intercom_client import AsyncIntercom, ConfigurationError, Intercom
from intercom_client.bulk import ClientTypeError, Job

DONE = Job(kind="data_export", id="e1", state="completed", data={"download_url": ""})

# Each public helper, called with `client` and arguments that are valid otherwise.
CALLS: dict[str, Callable[[Any], object]] = {
    "walk_companies": lambda client: bulk.walk_companies(client),
    "sync_updated": lambda client: bulk.sync_updated(client, "contacts"),
    "wait_for_job": lambda client: bulk.wait_for_job(client, DONE),
    "cancel_job": lambda client: bulk.cancel_job(client, DONE),
    "start_data_export": lambda client: bulk.start_data_export(client, created_at_after=0, created_at_before=1),
    "start_reporting_export": lambda client: bulk.start_reporting_export(
        client, dataset_id="conversation", attribute_ids=["conversation.id"], start_time=0, end_time=1
    ),
    "download_export": lambda client: bulk.download_export(client, DONE, io.BytesIO()),
    "iter_export_records": lambda client: bulk.iter_export_records(client, DONE),
    "fetch_complete_conversation": lambda client: bulk.fetch_complete_conversation(client, "1"),
}


def test_every_public_helper_that_takes_a_client_is_listed_here() -> None:
    takes_a_client = {
        name
        for name in bulk.__all__
        if inspect.isfunction(getattr(bulk, name))
        and next(iter(inspect.signature(getattr(bulk, name)).parameters)) == "client"
    }
    assert takes_a_client == set(CALLS)
    assert not [name for name in bulk.__all__ if name.endswith("_sync")]


@pytest.mark.parametrize("helper", sorted(CALLS))
@pytest.mark.parametrize(
    ("given", "named"),
    [(httpx.Client, "httpx.Client"), (lambda: "tok_secret", "str"), (lambda: None, "NoneType")],
    ids=["httpx-client", "str", "none"],
)
def test_anything_but_a_client_is_a_typed_error_naming_it(helper: str, given: Callable[[], object], named: str) -> None:
    wrong = given()
    try:
        with pytest.raises(ClientTypeError) as caught:
            CALLS[helper](wrong)
    finally:
        if isinstance(wrong, httpx.Client):
            wrong.close()

    error = caught.value
    assert isinstance(error, ConfigurationError) and isinstance(error, TypeError)
    assert (error.helper, error.given) == (helper, named)
    assert str(error) == (
        f"{helper}() takes an intercom_client.AsyncIntercom or an intercom_client.Intercom as its client, not {named}"
    )
    assert "tok_secret" not in str(error)  # the type is named, never the value


async def test_the_client_picks_the_driver_before_any_request() -> None:
    """With AsyncIntercom a one-shot helper returns a coroutine (nothing sent until awaited)."""
    async with AsyncIntercom(token="t", base_url="http://127.0.0.1:9") as client:
        pending = bulk.fetch_complete_conversation(client, "1")
        try:
            assert inspect.iscoroutine(pending)
        finally:
            pending.close()
        records = bulk.iter_export_records(client, DONE)
        assert hasattr(records, "__anext__") and not hasattr(records, "__next__")
    with Intercom(token="t", base_url="http://127.0.0.1:9") as sync_client:
        rows = bulk.iter_export_records(sync_client, DONE)
        assert hasattr(rows, "__next__") and not hasattr(rows, "__anext__")
