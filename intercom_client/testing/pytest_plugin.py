"""The pytest plugin of the testing kit: the ``intercom_fake`` fixture.

Opt in from your top-level ``conftest.py`` (or with ``pytest -p intercom_client.testing.pytest_plugin``)::

    pytest_plugins = ["intercom_client.testing.pytest_plugin"]

It is not registered through a ``pytest11`` entry point on purpose: pytest rewrites the assertions of
*every* module of a distribution that declares one, so all of intercom_client (some 1,300 modules) would
be imported through pytest's rewriting hook in every test run of every user, whether they use the kit
or not (and the modules' loader would no longer be the standard one).

Then::

    async def test_welcome(intercom_fake):
        alice = intercom_fake.contacts.add(email="alice@example.com")
        async with intercom_fake.async_client() as client:
            await my_service.welcome(client, alice.id)
        assert intercom_fake.calls("conversations.create")
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._fake import FakeIntercom

__all__ = ["intercom_fake"]


@pytest.fixture
def intercom_fake() -> Iterator[FakeIntercom]:
    """A fresh, empty :class:`FakeIntercom` for the test (one admin, ``intercom_fake.me``).

    The test fails at teardown when the fake met a defect of its own (an answer 500 it should not have
    given: ``intercom_fake.defects``), so that a bug of the kit is not taken for one of your code.
    """
    fake = FakeIntercom()
    yield fake
    if fake.defects:
        pytest.fail(f"FakeIntercom failed on a request (a defect of the kit): {fake.defects[0]!r}", pytrace=False)
