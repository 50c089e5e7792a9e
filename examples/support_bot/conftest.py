"""Opt in to the testing kit's pytest plugin (the ``intercom_fake`` fixture), as a user's conftest.py does."""

pytest_plugins = ["intercom_client.testing.pytest_plugin"]
